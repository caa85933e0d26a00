"""Dates, absolute and relative, resolved against the article's date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from refuge.media import lexicon
from refuge.media.extract.model import Mention
from refuge.media.extract.numbers import number_value

# Month names are written once, in the lexicon; everything here is built from them.
MONTHS = {name.lower(): number for number, name in enumerate(lexicon.MONTHS_EN, start=1)}
RU_MONTHS = {name: number for number, name in enumerate(lexicon.MONTHS_RU_GENITIVE, start=1)}
MONTH_EN = "|".join(lexicon.MONTHS_EN)
MONTH_RU = "|".join(lexicon.MONTHS_RU_GENITIVE)
_WEEKDAYS = {d.lower(): i for i, d in enumerate(lexicon.WEEKDAYS_EN)}
DATE = re.compile(
    r"\b(?:(?P<since>since|from|until|by)\s+)?"
    r"(?:(?:the\s+)?(?P<edge>end|beginning|start|middle) of\s+)?"
    rf"(?:(?P<month>{MONTH_EN})"
    r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
    rf"|(?P<rday>\d{{1,2}})\s+(?P<rmonth>{MONTH_RU})(?:\s+(?P<ryear>(?:19|20)\d{{2}}))?"
    rf"|(?:on\s+)?(?P<weekday>{'|'.join(lexicon.WEEKDAYS_EN)})"
    r"|(?P<today>today|yesterday)"
    r"|(?P<ago>(?:two|three|\d+)\s+(?:weeks|days|months) ago))\b",
)


def resolve_date(match: re.Match[str], published: date | None) -> str:
    if match.group("month"):
        month = MONTHS[match.group("month").lower()]
        year = (
            int(match.group("year"))
            if match.group("year")
            else (published.year if published else None)
        )
        day = int(match.group("day")) if match.group("day") else None
        # "since December", written in January, is last December; "on April 12" a week ahead
        # is this year.
        if (
            not match.group("year")
            and published
            and year is not None
            and (date(year, month, day or 1) - published).days > 62
        ):
            year -= 1
        if year is None:
            return f"--{month:02d}" + (f"-{day:02d}" if day else "")
        return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    if match.group("rmonth"):
        month = RU_MONTHS[match.group("rmonth")]
        year = (
            int(match.group("ryear"))
            if match.group("ryear")
            else (published.year if published else None)
        )
        day = int(match.group("rday"))
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    if published is None:
        return ""
    if match.group("weekday"):
        target = _WEEKDAYS[match.group("weekday").lower()]
        back = (published.weekday() - target) % 7
        return (published - timedelta(days=back)).isoformat()
    if match.group("today"):
        return (
            published - timedelta(days=1 if match.group("today") == "yesterday" else 0)
        ).isoformat()
    if match.group("ago"):
        amount_word, unit = match.group("ago").split()[:2]
        amount = number_value(amount_word)
        days = {"days": 1, "weeks": 7, "months": 30}[unit]
        return (published - timedelta(days=amount * days)).isoformat()
    return ""


def dates_in(text: str, published: date | None) -> list[Mention]:
    """Every date ``text`` names, resolved against the article's date."""
    return [
        Mention(text=m.group(0), value=resolve_date(m, published), start=m.start(), end=m.end())
        for m in DATE.finditer(text)
    ]
