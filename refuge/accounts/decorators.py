"""View decorators for roles and re-authentication."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from refuge.accounts.session import recently_reauthenticated

View = Callable[..., HttpResponse]


def role_required(*roles: str) -> Callable[[View], View]:
    """Allow only signed-in staff whose role is one of ``roles``; others get 403."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if getattr(request.user, "role", None) not in roles:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def allowed_or_404(may_enter: Callable[[Any], bool]) -> Callable[[View], View]:
    """Allow only users for whom ``may_enter(user)`` holds; to anyone else the pages do not
    exist (404). For areas entered by role or by holding a team key."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not may_enter(request.user):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def reauth_redirect(next_url: str) -> HttpResponse:
    """Send the user to confirm their password (which also unlocks their key), then back."""
    return redirect(f"{reverse('accounts:reauth')}?{urlencode({'next': next_url})}")


def reauthentication_required(view: View) -> View:
    """Ask for the password again unless it was given in the last REFUGE_REAUTH_SECONDS."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not recently_reauthenticated(request):
            return reauth_redirect(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped
