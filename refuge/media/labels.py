"""The media ledger in words: discrepancy kinds, what figures counted and where, why a file was
refused.

The extractor and the ledger (refuge/media/extract, ledger.py) write stable English keys that the
command line prints as they are; the page shows them through these tables, in the reader's
language. A key the extractor learns later is shown as written.
"""

from __future__ import annotations

import re
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext, pgettext_lazy

from refuge.media.articles import ArticleError, TooShortError

DISCREPANCY_LABELS = {
    "speaker name": gettext_lazy("the speaker's name differs"),
    "speaker attribution": gettext_lazy("attributed to different speakers"),
    "given to": gettext_lazy("given to different outlets"),
    "wording": gettext_lazy("the wording differs"),
    "number": gettext_lazy("the numbers differ"),
}
# What a figure counted: the extractor's canonical noun and event (refuge/media/figure_words.py).
COUNTED_NOUNS = {
    "men": pgettext_lazy("counted", "men"),
    "women": pgettext_lazy("counted", "women"),
    "people": pgettext_lazy("counted", "people"),
    "messages": pgettext_lazy("counted", "messages"),
    "calls": pgettext_lazy("counted", "calls"),
    "requests": pgettext_lazy("counted", "requests"),
    "relatives": pgettext_lazy("counted", "relatives"),
    "complaints": pgettext_lazy("counted", "complaints"),
}
COUNTED_EVENTS = {
    "detained": pgettext_lazy("counted", "detained"),
    "evacuated": pgettext_lazy("counted", "evacuated"),
    "killed": pgettext_lazy("counted", "killed"),
    "left": pgettext_lazy("counted", "left"),
    "received": pgettext_lazy("counted", "received"),
    "tortured": pgettext_lazy("counted", "tortured"),
    "asked for help": pgettext_lazy("counted", "asked for help"),
}
# A figure's qualifier, as the extractor writes it ("" for a number given as exact).
QUALIFIERS = {
    "": pgettext_lazy("qualifier", "exactly"),
    "about": pgettext_lazy("qualifier", "about"),
    "around": pgettext_lazy("qualifier", "around"),
    "at least": pgettext_lazy("qualifier", "at least"),
    "more than": pgettext_lazy("qualifier", "more than"),
    "nearly": pgettext_lazy("qualifier", "nearly"),
    "up to": pgettext_lazy("qualifier", "up to"),
    "between": pgettext_lazy("qualifier", "between"),
}
# Where a figure was counted: the gazetteer's keys (refuge/media/lexicon.py, PLACES).
PLACE_LABELS = {
    "Chechnya": pgettext_lazy("place", "Chechnya"),
    "Argun": pgettext_lazy("place", "Argun"),
    "Grozny": pgettext_lazy("place", "Grozny"),
    "Gudermes": pgettext_lazy("place", "Gudermes"),
    "Vedeno": pgettext_lazy("place", "Vedeno"),
    "Moscow": pgettext_lazy("place", "Moscow"),
    "Russia": pgettext_lazy("place", "Russia"),
    "North Caucasus": pgettext_lazy("place", "North Caucasus"),
    "United States": pgettext_lazy("place", "United States"),
    "Syria": pgettext_lazy("place", "Syria"),
    "Ukraine": pgettext_lazy("place", "Ukraine"),
    "North Korea": pgettext_lazy("place", "North Korea"),
}
_VERSIONS = re.compile(r"^(\d+) versions in (\d+) articles$")


def discrepancies_shown(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the ledger's discrepancies with their kind, and counts, in words."""
    shown = []
    for item in found:
        values = []
        for value in item["values"]:
            versions = _VERSIONS.match(value)
            if versions:
                n, articles = int(versions.group(1)), int(versions.group(2))
                value = ngettext(
                    "%(n)d version in %(articles)s",
                    "%(n)d versions in %(articles)s",
                    n,
                ) % {
                    "n": n,
                    "articles": ngettext("%(n)d article", "%(n)d articles", articles)
                    % {"n": articles},
                }
            values.append(value)
        shown.append(
            {"kind": str(DISCREPANCY_LABELS.get(item["kind"], item["kind"])), "values": values}
        )
    return shown


def counted_label(counted: str) -> str:
    """Return what a figure counted ("men detained") in the reader's language; a noun or event
    the extractor learns later is shown as it is written."""
    noun, _sep, event = counted.partition(" ")
    if noun not in COUNTED_NOUNS:
        return counted
    if not event:
        return str(COUNTED_NOUNS[noun])
    if event not in COUNTED_EVENTS:
        return counted
    return pgettext("counted", "%(noun)s %(event)s") % {
        "noun": COUNTED_NOUNS[noun],
        "event": COUNTED_EVENTS[event],
    }


def place_label(place: str) -> str:
    """Return where a figure was counted in the reader's language; a place the gazetteer
    learns later is shown as it is written."""
    return str(PLACE_LABELS.get(place, place))


def place_choices() -> list[tuple[str, str]]:
    """The places a reviewer may say a figure was counted in: none named, or the gazetteer's."""
    return [("", _("none named")), *((key, str(label)) for key, label in PLACE_LABELS.items())]


# What a reviewer may say a figure counts: people undergo events, messages are received.
_PEOPLE = ("men", "women", "people", "relatives")
_RECEIVED = ("messages", "calls", "requests", "complaints")


def counted_choices(current: str = "") -> list[tuple[str, str]]:
    """Return the readings of what a figure counted that a reviewer may choose, in words, with
    ``current`` (the reading the figure has now) among them even if the list lacks it."""
    keys = [
        *(f"{noun} {event}" for noun in _PEOPLE for event in COUNTED_EVENTS if event != "received"),
        *(f"{noun} received" for noun in _RECEIVED),
        *COUNTED_NOUNS,
    ]
    if current and current not in keys:
        keys.append(current)
    return [(key, counted_label(key)) for key in keys]


def figure_shown(reading: dict[str, Any], *, in_full: bool = False) -> str:
    """Return one reading of a figure as the page says it: "at least 100, men detained", and
    ``in_full`` where it was counted, if a place is named, and the year it describes, if a
    reviewer gave one ("…; place: Grozny; year: 2017")."""
    qualifier = reading.get("qualifier", "")
    number = str(reading["value"])
    if reading.get("high") is not None:
        number += f"–{reading['high']}"  # a range says "between" by itself
    if qualifier and not (qualifier == "between" and reading.get("high") is not None):
        number = f"{QUALIFIERS.get(qualifier, qualifier)} {number}"
    shown = f"{number}, {counted_label(reading.get('counted', ''))}"
    if in_full and reading.get("place"):
        shown = _("%(reading)s; place: %(place)s") % {
            "reading": shown,
            "place": place_label(reading["place"]),
        }
    if in_full and reading.get("year"):
        shown = _("%(reading)s; year: %(year)s") % {"reading": shown, "year": reading["year"]}
    return shown


def article_error_text(error: ArticleError, *, limit_mb: int) -> str:
    """Return why a file was refused, in the reader's language."""
    reason = str(error)
    if isinstance(error, TooShortError):
        return _("too short for an article, only “%(found)s” (a page of menus or links?)") % {
            "found": error.found
        }
    if reason == "the file is empty":
        return _("the file is empty")
    if reason.startswith("the file is larger than"):
        return _("the file is larger than %(mb)d MB") % {"mb": limit_mb}
    if reason.startswith("the file is binary"):
        return _("this is not a text or HTML file")
    if reason.startswith("the file is not UTF-8"):
        return _("the file is not UTF-8 text")
    if reason.startswith("no article text"):
        return _("no article text was found in the file")
    if reason.startswith("bad date marker"):
        return _("the date line at the top is not a date (YYYY-MM-DD)")
    return reason
