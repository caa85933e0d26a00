from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def reporter(request: HttpRequest) -> dict[str, object]:
    return {
        "reporter_title": settings.REFUGE_REPORTER_TITLE,
        "upload_limit_mb": settings.REFUGE_UPLOAD_MAX_BYTES // (1024 * 1024),
    }
