"""On every staff request: idle expiry, the absolute session lifetime, the sign-in steps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from refuge.accounts.session import (
    apply_unlock_cookie,
    touch_and_check_idle,
    two_factor_passed,
    within_max_age,
)

# Views a signed-in user may reach before finishing the sign-in steps.
SIGN_IN_STEP_VIEWS = frozenset(
    {
        "accounts:logout",
        "accounts:password_first",
        "accounts:totp_enrol",
        "accounts:totp_verify",
        "set_language",
        "core:healthz",
    }
)


class StaffSessionMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        apply_unlock_cookie(request, response)
        return response

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: Any,
        view_kwargs: Any,
    ) -> HttpResponse | None:
        if not request.user.is_authenticated:
            return None
        if not touch_and_check_idle(request):
            logout(request)
            messages.info(request, _("Your session expired. Please sign in again."))
            return redirect("accounts:login")
        if not within_max_age(request):
            # However active, a session ends REFUGE_SESSION_MAX_AGE_SECONDS after sign-in: a
            # stolen session cookie is worth at most that long.
            logout(request)
            messages.info(request, _("You have been signed in for too long. Please sign in again."))
            return redirect("accounts:login")
        if two_factor_passed(request):
            return None
        match = request.resolver_match
        if match is not None and match.view_name in SIGN_IN_STEP_VIEWS:
            return None
        return redirect(next_sign_in_step(request))


def next_sign_in_step(request: HttpRequest) -> str:
    """Return the URL of the sign-in step this user must complete next."""
    user = request.user
    if getattr(user, "must_change_password", False):
        return reverse("accounts:password_first")
    if not getattr(user, "has_two_factor", False):
        return reverse("accounts:totp_enrol")
    return reverse("accounts:totp_verify")
