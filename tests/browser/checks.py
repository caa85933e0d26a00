"""Accessibility and phone-width checks for any page a browser test reaches.

The site sends no JavaScript and its pages are looked at with JavaScript off. axe-core is a
script, so it runs in a second, JavaScript-enabled context: the HTML the test's page shows is
served there again at the same address (Playwright answers the navigation itself; stylesheets
and images still come from the live server with the same cookies), and axe-core is injected into
that copy. Checking the copy rather than re-requesting the URL keeps the check faithful to what
the person saw: many staff pages are shown once (backup codes) or leave an audit row per read.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
FETCH_AXE = ROOT / "scripts" / "fetch-axe.sh"
# Impacts that fail a test; "moderate" and "minor" findings are printed, not fatal.
FATAL = {"serious", "critical"}
PHONE_WIDTH = 360

_DESCRIBED_BY = """() => {
  const missing = [];
  for (const el of document.querySelectorAll('[aria-describedby]')) {
    for (const id of el.getAttribute('aria-describedby').split(/\\s+/).filter(Boolean)) {
      if (!document.getElementById(id)) missing.push(id);
    }
  }
  return missing;
}"""

_WIDEST = """() => {
  const limit = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > limit + 0.5)
    .slice(0, 5)
    .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
         (typeof el.className === 'string' && el.className
           ? '.' + el.className.split(' ')[0] : '') +
         ' ' + Math.round(el.getBoundingClientRect().right) + 'px');
}"""


def axe_path() -> Path:
    """Return axe.min.js, pinned and verified by scripts/fetch-axe.sh (`make test` runs it)."""
    version = next(
        line.split("=", 1)[1]
        for line in FETCH_AXE.read_text().splitlines()
        if line.startswith("VERSION=")
    )
    path = ROOT / ".cache" / f"axe-core-{version}" / "axe.min.js"
    if not path.exists():
        pytest.fail(f"{path} is missing: run `bash scripts/fetch-axe.sh` (make test does)")
    return path


class PageChecks:
    """One JavaScript-enabled page that re-renders other pages for axe-core and width checks."""

    def __init__(self, playwright: Any, chromium: str, args: list[str]) -> None:
        self._playwright = playwright
        self._chromium = chromium
        self._args = args
        self._browser: Any = None
        self._copy: Any = None
        self._shown: dict[str, str] = {}
        self._axe = axe_path().read_text()

    def close(self) -> None:
        if self._browser is not None:
            self._browser.close()

    def _serve(self, route: Any) -> None:
        request = route.request
        if request.is_navigation_request() and request.url == self._shown.get("url"):
            route.fulfill(
                status=200, content_type="text/html; charset=utf-8", body=self._shown["html"]
            )
        else:
            route.continue_()

    def _copy_of(self, page: Any) -> Any:
        """Show ``page``'s HTML, at its address and with its cookies, in the JS-enabled page."""
        if self._browser is None:
            self._browser = self._playwright.chromium.launch(
                executable_path=self._chromium, headless=True, args=self._args
            )
            context = self._browser.new_context(
                java_script_enabled=True,
                bypass_csp=True,  # the site's CSP forbids every script, axe-core included
            )
            context.route("**/*", self._serve)
            self._copy = context.new_page()
        self._copy.context.clear_cookies()
        self._copy.context.add_cookies(page.context.cookies())
        self._shown = {"url": page.url, "html": page.content()}
        self._copy.set_viewport_size(page.viewport_size)
        self._copy.goto(page.url, wait_until="load")
        return self._copy

    def accessible(self, page: Any) -> None:
        """Fail on any serious or critical axe-core violation, or a dangling aria-describedby."""
        copy = self._copy_of(page)
        missing = copy.evaluate(_DESCRIBED_BY)
        copy.add_script_tag(content=self._axe)
        result = copy.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        problems = [
            f"{v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(" ".join(n["target"]) for n in v["nodes"][:4])
            for v in result["violations"]
            if v["impact"] in FATAL
        ]
        minor = [
            f"{v['id']} ({v['impact']})" for v in result["violations"] if v["impact"] not in FATAL
        ]
        if minor:
            print(f"axe-core, not fatal, {page.url}: {', '.join(minor)}")
        assert not missing, f"{page.url}: aria-describedby names missing ids {missing}"
        assert not problems, f"{page.url}:\n  " + "\n  ".join(problems)

    def fits_phone(self, page: Any) -> None:
        """Fail if the page scrolls sideways on a 360 px wide screen."""
        copy = self._copy
        if copy is None or self._shown != {"url": page.url, "html": page.content()}:
            copy = self._copy_of(page)
        copy.set_viewport_size({"width": PHONE_WIDTH, "height": 800})
        width = copy.evaluate("() => document.scrollingElement.scrollWidth")
        widest = copy.evaluate(_WIDEST) if width > PHONE_WIDTH else []
        assert width <= PHONE_WIDTH, f"{page.url} is {width} px wide at 360 px: {widest}"


def screenshot_dir() -> Path | None:
    """Where `make screenshots` (REFUGE_SCREENSHOTS=1) wants pictures; None on ordinary runs."""
    if os.environ.get("REFUGE_SCREENSHOTS") != "1":
        return None
    target = Path(os.environ.get("REFUGE_SCREENSHOT_DIR") or ROOT / "docs" / "screenshots")
    target.mkdir(parents=True, exist_ok=True)
    return target


def sign_in(page: Any, base: str, persona: Any) -> None:
    """Sign a test persona in (password, then a fresh two-factor code) on ``page``."""
    page.goto(f"{base}/accounts/sign-in/")
    page.fill("#id_username", persona.user.username)
    page.fill("#id_password", persona.password)
    page.click("main button[type=submit]")
    page.fill("#id_code", persona.next_code())
    page.click("main button[type=submit]")
    assert page.url == f"{base}/", page.url
