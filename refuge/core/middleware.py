"""Response headers every Refuge page carries."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from refuge.crypto import CryptoError

logger = logging.getLogger("refuge.integrity")


class PrivatePageHeadersMiddleware:
    """Forbid caching of every page and switch off powerful browser features.

    Sits below WhiteNoise, so static files keep their long cache lifetimes; every page that a
    view renders may show private data, so none of them may be stored by a browser or proxy.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        add_never_cache_headers(response)
        response.headers.setdefault(
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
        )
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class IntegrityFailureMiddleware:
    """Turn a failed decryption into a clear error page instead of a crash.

    A ciphertext that does not open was altered on disk, or belongs elsewhere. Nothing is
    changed by showing this page; the event is logged without any content.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, CryptoError):
            return None
        logger.error("integrity check failed on %s %s", request.method, request.path)
        return render(request, "core/error.html", {"status": 500, "integrity": True}, status=500)


class _ClosingDelimiterWatcher:
    """Pass a request body through, noting whether the multipart closing delimiter went by."""

    def __init__(self, stream: Any, boundary: str) -> None:
        self.stream = stream
        self.delimiter = b"--" + boundary.encode("latin-1") + b"--"
        self.carry = b""
        self.seen = False

    def _watch(self, data: bytes) -> bytes:
        if not self.seen:
            window = self.carry + data
            self.seen = self.delimiter in window
            self.carry = window[-len(self.delimiter) :]
        return data

    def read(self, *args: Any) -> bytes:
        return self._watch(self.stream.read(*args))

    def readline(self, *args: Any) -> bytes:
        return self._watch(self.stream.readline(*args))


class CompleteMultipartMiddleware:
    """Refuse a multipart form whose body ends before its closing delimiter (400).

    Django's parser takes whatever arrived as the whole form, so a connection cut short by the
    client would otherwise store a report with a truncated attachment that its writer never
    got a receipt for. Sits above the CSRF middleware, which is the first to read the form.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        boundary = request.content_params.get("boundary", "") if request.content_params else ""
        if request.method == "POST" and request.content_type == "multipart/form-data" and boundary:
            watcher = _ClosingDelimiterWatcher(request._stream, boundary)
            request._stream = watcher  # type: ignore[assignment]
            request.POST  # noqa: B018 (parse now; a malformed body is a 400 as usual)
            if not watcher.seen:
                raise BadRequest("the form data ended before its closing delimiter")
        return self.get_response(request)


# What a hotline-only host serves: the reporter pages, their stylesheet and icon, the language
# switch and the health check. Nothing else exists there, not even the sign-in page.
HOTLINE_PATHS = ("/report/", "/static/refuge/reporter.", "/static/refuge/icon.")
HOTLINE_EXACT = ("/healthz", "/i18n/setlang/")


class HotlineFaceMiddleware:
    """On a host named in REFUGE_HOTLINE_HOSTS, answer 404 to every staff route.

    The hotline and the staff interface can then be two onion services (the staff one with Tor
    client authorisation): the hotline's address reveals no staff login to attack.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        hosts = settings.REFUGE_HOTLINE_HOSTS
        if hosts and request.META.get("HTTP_HOST", "").rsplit(":", 1)[0].lower() in hosts:
            path = request.path
            if not (path.startswith(HOTLINE_PATHS) or path in HOTLINE_EXACT):
                return HttpResponseNotFound(b"Not found", content_type="text/plain")
        return self.get_response(request)
