from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def demo(request: HttpRequest) -> dict[str, object]:
    """Tell every template whether this is a demo instance (it then shows a banner)."""
    return {"refuge_demo": settings.REFUGE_DEMO}
