"""A staff sign-in's session state: start, second factor, last activity, last re-authentication."""

from __future__ import annotations

import base64
import time

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from refuge import crypto
from refuge.accounts.models import User
from refuge.crypto.contexts import associated_data

SIGNED_IN_AT = "refuge_signed_in_at"
TWO_FACTOR_PASSED = "refuge_2fa"
LAST_SEEN = "refuge_last_seen"
REAUTHENTICATED_AT = "refuge_reauth_at"
WRAPPED_PRIVATE_KEY = "refuge_wrapped_private_key"
UNLOCK_COOKIE = "refuge_unlock"
SESSION_KEY_CONTEXT = associated_data("accounts.session-key")


def mark_signed_in(request: HttpRequest) -> None:
    """Start the session's absolute lifetime (the password was just accepted)."""
    request.session[SIGNED_IN_AT] = time.time()


def within_max_age(request: HttpRequest) -> bool:
    """Return whether the session started less than REFUGE_SESSION_MAX_AGE_SECONDS ago.

    A session without a start time (opened before this check existed) counts as too old.
    """
    at = request.session.get(SIGNED_IN_AT)
    return at is not None and time.time() - float(at) <= settings.REFUGE_SESSION_MAX_AGE_SECONDS


def mark_two_factor_passed(request: HttpRequest) -> None:
    request.session[TWO_FACTOR_PASSED] = True
    mark_reauthenticated(request)


def two_factor_passed(request: HttpRequest) -> bool:
    return bool(request.session.get(TWO_FACTOR_PASSED))


def mark_reauthenticated(request: HttpRequest) -> None:
    request.session[REAUTHENTICATED_AT] = time.time()


def recently_reauthenticated(request: HttpRequest) -> bool:
    at = request.session.get(REAUTHENTICATED_AT)
    return at is not None and time.time() - float(at) <= settings.REFUGE_REAUTH_SECONDS


def mark_active(request: HttpRequest) -> None:
    request.session[LAST_SEEN] = time.time()


def touch_and_check_idle(request: HttpRequest) -> bool:
    """Record activity now; return False if the session had been idle too long."""
    now = time.time()
    last = request.session.get(LAST_SEEN)
    request.session[LAST_SEEN] = now
    return last is not None and now - float(last) <= settings.REFUGE_IDLE_TIMEOUT_SECONDS


# The staff private key, while signed in, is split between server and browser: the session row
# holds it encrypted, and the key to that envelope lives only in an HttpOnly session cookie. A
# seized server disk therefore holds no usable private key, not even for signed-in staff.


def private_key_split(keypair: crypto.KeyPair) -> tuple[str, str]:
    """Return the two halves of an unlocked key: the session's envelope and the cookie's key."""
    cookie_key = crypto.random_key()
    wrapped = base64.b64encode(
        crypto.encrypt(cookie_key, keypair.private_key, associated_data=SESSION_KEY_CONTEXT)
    ).decode("ascii")
    return wrapped, crypto.encode_key(cookie_key)


def remember_unlocked_keypair(request: HttpRequest, keypair: crypto.KeyPair) -> None:
    wrapped, cookie = private_key_split(keypair)
    request.session[WRAPPED_PRIVATE_KEY] = wrapped
    request._refuge_unlock_cookie = cookie  # type: ignore[attr-defined]


def unlocked_keypair(request: HttpRequest) -> crypto.KeyPair | None:
    """Return the signed-in staff member's keypair, or None if it is not unlocked."""
    wrapped = request.session.get(WRAPPED_PRIVATE_KEY)
    cookie = request.COOKIES.get(UNLOCK_COOKIE)
    if not wrapped or not cookie:
        return None
    try:
        private_key = crypto.decrypt(
            crypto.decode_key(cookie),
            base64.b64decode(wrapped),
            associated_data=SESSION_KEY_CONTEXT,
        )
    except (ValueError, crypto.CryptoError):
        return None
    return crypto.keypair_from_private(private_key)


def apply_unlock_cookie(request: HttpRequest, response: HttpResponse) -> None:
    """Set the cookie half of a newly unlocked key, or drop a stale one after sign-out."""
    value = getattr(request, "_refuge_unlock_cookie", None)
    if value is not None:
        response.set_cookie(
            UNLOCK_COOKIE,
            value,
            httponly=True,
            samesite="Strict",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    elif UNLOCK_COOKIE in request.COOKIES and not request.session.get(WRAPPED_PRIVATE_KEY):
        response.delete_cookie(UNLOCK_COOKIE, samesite="Strict")


def staff_user(request: HttpRequest) -> User:
    """Return the signed-in staff member (LoginRequiredMiddleware guarantees there is one)."""
    user = request.user
    assert isinstance(user, User)  # noqa: S101
    return user
