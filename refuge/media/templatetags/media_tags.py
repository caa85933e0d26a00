from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def lookup(mapping: dict[str, Any], key: str) -> Any:
    """Return mapping[key] in a template ({{ articles|lookup:quote.article }})."""
    return mapping.get(str(key))
