"""Response headers every Refuge page carries."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
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
