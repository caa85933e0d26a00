"""System checks run at start-up (`refuge check`, and before serving)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, register

from refuge import crypto


@register()
def check_server_key(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    try:
        crypto.decode_key(getattr(settings, "REFUGE_SERVER_KEY", ""))
    except ValueError as exc:
        return [
            Error(
                f"REFUGE_SERVER_KEY is not a 32-byte URL-safe base64 key: {exc}",
                hint="Generate one: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'",
                id="refuge.E001",
            )
        ]
    return []


@register()
def check_csrf_middleware(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    if "refuge.core.csrf.NoReferrerCsrfViewMiddleware" not in settings.MIDDLEWARE:
        return [Error("CSRF protection is off: add NoReferrerCsrfViewMiddleware", id="refuge.E002")]
    return []
