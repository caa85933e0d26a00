"""The reporter's short-lived browser session: every reporter POST answers with a redirect.

Browsers keep the body of a form POST in their session history (Chromium writes it to its
"Sessions" files on disk), so a page that answers a POST directly leaves the report text or the
receipt on a seized phone. Every reporter POST therefore stores its result here and redirects
to a GET page (post/redirect/get). What is stored in the server session is encrypted under a key
that lives only in an HttpOnly session cookie, so neither the server's disk nor the phone alone
holds anything readable, and the result is deleted as soon as it is shown.
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from refuge import crypto
from refuge.crypto.contexts import associated_data

FLASH = "f"
UNLOCKED = "u"


def cookie_name() -> str:
    """Return the reporter cookie's name (neutral, REFUGE_REPORTER_COOKIE_NAME)."""
    return str(settings.REFUGE_REPORTER_COOKIE_NAME)


def _cookie_key(request: HttpRequest) -> bytes:
    pending = getattr(request, "_refuge_reporter_key", None)
    if pending is not None:
        return bytes(pending)
    try:
        key = crypto.decode_key(request.COOKIES.get(cookie_name(), ""))
    except ValueError:
        key = crypto.random_key()
        request._refuge_reporter_new_cookie = True  # type: ignore[attr-defined]
    request._refuge_reporter_key = key  # type: ignore[attr-defined]
    return key


SESSION_CONTEXT = associated_data("intake.reporter-session")


def _seal(request: HttpRequest, data: dict[str, Any]) -> str:
    envelope = crypto.encrypt(
        _cookie_key(request), json.dumps(data).encode(), associated_data=SESSION_CONTEXT
    )
    return base64.b64encode(envelope).decode("ascii")


def _open(request: HttpRequest, stored: str | None) -> dict[str, Any] | None:
    if not stored or cookie_name() not in request.COOKIES:
        return None
    try:
        loaded: dict[str, Any] = json.loads(
            crypto.decrypt(
                _cookie_key(request), base64.b64decode(stored), associated_data=SESSION_CONTEXT
            )
        )
    except (ValueError, crypto.CryptoError):
        return None
    return loaded


def flash_put(request: HttpRequest, data: dict[str, Any]) -> None:
    """Keep ``data`` for the next GET page only."""
    request.session[FLASH] = _seal(request, data)


def flash_pop(request: HttpRequest) -> dict[str, Any] | None:
    return _open(request, request.session.pop(FLASH, None))


def report_unlock(request: HttpRequest, *, report_id: uuid.UUID, key: bytes) -> None:
    """Remember, for this browser session, that the receipt opened ``report_id``."""
    request.session[UNLOCKED] = _seal(
        request,
        {"report": str(report_id), "key": crypto.encode_key(key), "seen": time.time()},
    )


def unlocked_report(request: HttpRequest) -> tuple[uuid.UUID, bytes] | None:
    """Return the report this browser opened with its receipt, unless idle too long."""
    data = _open(request, request.session.get(UNLOCKED))
    if data is None:
        return None
    if time.time() - float(data["seen"]) > settings.REFUGE_REPORTER_IDLE_SECONDS:
        forget(request)
        return None
    data["seen"] = time.time()
    request.session[UNLOCKED] = _seal(request, data)
    return uuid.UUID(data["report"]), crypto.decode_key(data["key"])


def forget(request: HttpRequest) -> None:
    request.session.pop(UNLOCKED, None)
    request.session.pop(FLASH, None)


def reporter_session_end(request: HttpRequest) -> None:
    """End this browser's whole session now: the server row goes, a new empty one is not saved."""
    request.session.flush()


def reporter_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Set the cookie half of the reporter's session key when a view created one."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if getattr(request, "_refuge_reporter_new_cookie", False):
            response.set_cookie(
                cookie_name(),
                crypto.encode_key(_cookie_key(request)),
                httponly=True,
                samesite="Strict",
                secure=settings.SESSION_COOKIE_SECURE,
            )
        return response

    return wrapped
