"""Web pages as evidence (Berkeley Protocol ¶ 155): the HTML as served, a full-page screenshot,
the response headers, the URL and the time, captured with Debian's Chromium (headless, through
Playwright), entirely in memory.

A capture is all or nothing: a fetch that fails, a redirect to another host, a page larger than
``REFUGE_CAPTURE_MAX_BYTES`` or an address inside the organisation's network (unless
``REFUGE_CAPTURE_ALLOW_PRIVATE``) raise ``CaptureError`` before anything is stored.
"""

from __future__ import annotations

import importlib.metadata
import ipaddress
import re
import socket
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class CaptureError(Exception):
    """The page could not be captured whole; the message says why. Nothing was stored."""


@dataclass
class Capture:
    url: str
    final_url: str
    status: int
    captured_at: datetime
    html: bytes
    screenshot: bytes
    headers: dict[str, str]
    tools: dict[str, str] = field(default_factory=dict)


def _host_allowed(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise CaptureError("only http:// and https:// addresses can be captured")
    if settings.REFUGE_CAPTURE_ALLOW_PRIVATE:
        return parts.hostname
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(parts.hostname, None)}
    except OSError as exc:
        raise CaptureError(f"the address does not resolve: {exc}") from exc
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            raise CaptureError("that address is inside a private network")
    return parts.hostname


def _reason(exc: Any) -> str:
    """The browser's error code (net::ERR_…, Timeout), never the address or the page."""
    found = re.search(r"net::ERR_[A-Z_]+|Timeout \d+ms exceeded", str(exc.message))
    return found.group(0) if found else "browser error"


def page_capture(url: str) -> Capture:
    """Capture ``url`` in a fresh headless Chromium; raise CaptureError if it cannot be whole."""
    host = _host_allowed(url)
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise CaptureError("Playwright is not installed") from exc
    limit = settings.REFUGE_CAPTURE_MAX_BYTES
    timeout_ms = settings.REFUGE_CAPTURE_TIMEOUT_SECONDS * 1000
    refused: list[str] = []

    def guard(route: Any) -> None:
        request = route.request
        if request.is_navigation_request() and urlsplit(request.url).hostname != host:
            refused.append(request.url)
            route.abort()
        else:
            route.continue_()

    launch: dict[str, Any] = {
        "executable_path": settings.REFUGE_CHROMIUM,
        "headless": True,
        "args": CHROMIUM_ARGS,
    }
    if settings.REFUGE_CAPTURE_PROXY:
        launch["proxy"] = {"server": settings.REFUGE_CAPTURE_PROXY}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(**launch)
            try:
                page = browser.new_page()
                page.route("**/*", guard)
                captured_at = timezone.now()
                try:
                    response = page.goto(url, wait_until="load", timeout=timeout_ms)
                except PlaywrightError as exc:
                    if refused:
                        raise CaptureError("the page redirects to another host") from exc
                    raise CaptureError(f"the page could not be fetched ({_reason(exc)})") from exc
                if response is None:
                    raise CaptureError("the page could not be fetched: no response")
                if refused or urlsplit(response.url).hostname != host:
                    raise CaptureError("the page redirects to another host")
                declared = int(response.headers.get("content-length", "0") or 0)
                if declared > limit:
                    raise CaptureError(f"the page is larger than {limit} bytes")
                html = response.body()
                if len(html) > limit:
                    raise CaptureError(f"the page is larger than {limit} bytes")
                screenshot = page.screenshot(full_page=True, type="png")
                return Capture(
                    url=url,
                    final_url=response.url,
                    status=response.status,
                    captured_at=captured_at,
                    html=html,
                    screenshot=screenshot,
                    headers=dict(response.headers),
                    tools={
                        "browser": f"Chromium {browser.version} (headless)",
                        "driver": f"Playwright {importlib.metadata.version('playwright')}",
                    },
                )
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise CaptureError(f"the browser failed ({_reason(exc)})") from exc
