"""Session state of a staff sign-in: second factor passed, last activity, last re-authentication."""

from __future__ import annotations

import time

from django.conf import settings
from django.http import HttpRequest

TWO_FACTOR_PASSED = "refuge_2fa"
LAST_SEEN = "refuge_last_seen"
REAUTHENTICATED_AT = "refuge_reauth_at"


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
