"""How staff pages show times, dates and names: localised, with the time zone, never raw codes.

Registered as a template builtin (config/settings/base.py), so every template can use these
filters without ``{% load %}``.
"""

from __future__ import annotations

from datetime import date, datetime

from django import template
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from refuge.core.times import granularity_seconds

register = template.Library()


@register.filter
def when(value: datetime | None) -> str:
    """'1 April 2017, 14:05 UTC' / '1 апреля 2017 г. 14:05 UTC', in the display time zone."""
    if value is None:
        return ""
    local = timezone.localtime(value)
    return f"{formats.date_format(local, 'DATETIME_FORMAT')} {local.tzname()}"


@register.filter
def when_coarse(value: datetime | None) -> str:
    """A time Refuge stored rounded (reporter activity), saying so."""
    if value is None:
        return ""
    step = granularity_seconds()
    if step >= 86400:
        return _("%(day)s (to the day)") % {"day": day(value)}
    note = _("to the hour") if step >= 3600 else _("to the minute")
    return f"{when(value)} ({note})"


@register.filter
def day(value: date | datetime | None) -> str:
    """'1 April 2017' / '1 апреля 2017 г.'."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value)
    return formats.date_format(value, "DATE_FORMAT")


@register.filter
def fuzzy_date(value: date | None, precision: str = "day") -> str:
    """A date known to a precision: 'April 2017', '2017', or the full date."""
    if value is None:
        return _("date unknown")
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return formats.date_format(value, "YEAR_MONTH_FORMAT")
    return day(value)
