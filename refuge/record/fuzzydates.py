"""Fuzzy dates: what is known of when something happened — a day, a month, a year, or nothing."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from refuge.core.errors import UserFacingError

PRECISIONS = ("day", "month", "year", "unknown")


class FuzzyDateError(UserFacingError, ValueError):
    """Not a date we understand; the message says which forms are."""


@dataclass(frozen=True, order=True)
class FuzzyDate:
    """A span [earliest, latest] and how precisely it was known. Sorts by earliest, latest."""

    earliest: date
    latest: date
    precision: str

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Parse "2017-04-05", "2017-04", "2017", "05.04.2017", "04.2017" or "" (unknown)."""
        text = text.strip()
        if not text or text.lower() in {"unknown", "?", "неизвестно"}:
            return cls(date.min, date.max, "unknown")
        patterns = [
            (r"(\d{4})-(\d{2})-(\d{2})", "ymd"),
            (r"(\d{2})\.(\d{2})\.(\d{4})", "dmy"),
            (r"(\d{4})-(\d{2})", "ym"),
            (r"(\d{2})\.(\d{4})", "my"),
            (r"(\d{4})", "y"),
        ]
        for pattern, shape in patterns:
            match = re.fullmatch(pattern, text)
            if not match:
                continue
            parts = [int(p) for p in match.groups()]
            try:
                if shape in {"ymd", "dmy"}:
                    year, month, day = parts if shape == "ymd" else parts[::-1]
                    exact = date(year, month, day)
                    return cls(exact, exact, "day")
                if shape in {"ym", "my"}:
                    year, month = parts if shape == "ym" else parts[::-1]
                    last = calendar.monthrange(year, month)[1]
                    return cls(date(year, month, 1), date(year, month, last), "month")
                return cls(date(parts[0], 1, 1), date(parts[0], 12, 31), "year")
            except ValueError as exc:
                raise FuzzyDateError(
                    _("“%(text)s” is not a real date: %(reason)s") % {"text": text, "reason": exc}
                ) from None
        raise FuzzyDateError(
            _(
                "“%(text)s” is not a date: use YYYY-MM-DD, YYYY-MM, YYYY (or DD.MM.YYYY), "
                "or leave it empty."
            )
            % {"text": text}
        )

    def overlaps(self, other: FuzzyDate) -> bool:
        """Whether the two could be the same day."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    def __str__(self) -> str:
        if self.precision == "day":
            return self.earliest.isoformat()
        if self.precision == "month":
            return self.earliest.strftime("%Y-%m")
        if self.precision == "year":
            return str(self.earliest.year)
        return "unknown"
