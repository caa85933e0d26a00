from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def demo(request: HttpRequest) -> dict[str, object]:
    """Tell every template whether this is a demo instance (it then shows a banner)."""
    return {"refuge_demo": settings.REFUGE_DEMO}


def interface_languages(request: HttpRequest) -> dict[str, object]:
    """Each language by its own name ("English", "Русский"): the switch names a language the
    way a reader of it would look for it, never translated into the current one (which
    ``{% get_available_languages %}`` does)."""
    return {"interface_languages": settings.LANGUAGES}
