from __future__ import annotations

from django import template

from refuge.findings.selectors import period_label
from refuge.findings.texts import warning_text

register = template.Library()


@register.filter
def warnings_text(warnings: list[str]) -> list[str]:
    """Return the warnings in the reader's language ({{ m.warnings|warnings_text|join:"; " }})."""
    return [warning_text(w) for w in warnings]


@register.filter
def period_text(period: str) -> str:
    """Return a finding's year, or words for a year nobody can tell."""
    return period_label(period)
