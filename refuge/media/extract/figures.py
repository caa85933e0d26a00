"""Figures: how many people were detained, killed, evacuated … and with what qualifier."""

from __future__ import annotations

import re
from datetime import date

from refuge.media import lexicon
from refuge.media.extract.dates import DATE, MONTH_EN, resolve_date
from refuge.media.extract.model import Figure
from refuge.media.extract.numbers import NUMBER, number_value
from refuge.media.extract.spans import sentence_end, sentence_start

_QUALIFIER = "|".join(sorted((re.escape(q) for q in lexicon.QUALIFIERS), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUALIFIER})\s+|anywhere from\s+|from\s+)?(?P<num>{NUMBER})"
    rf"(?:\s+to\s+(?P<high>{NUMBER}))?"
    rf"(?P<tail>(?:\s+(?!and\s+{NUMBER}\b)(?:of\s+(?:the|those)\s+)?(?:[\w’'-]+)){{0,14}})",
    re.I,
)


def _counted(tail: str, before: str) -> tuple[str, str] | None:
    """Return (noun, event) for the words after a number (and just before it)."""
    words = re.findall(r"[\w’'-]+", tail.lower())
    noun = ""
    for size in (2, 1):
        for i in range(min(len(words), 6)):
            candidate = " ".join(words[i : i + size])
            if candidate in lexicon.COUNTED_NOUNS:
                noun = lexicon.COUNTED_NOUNS[candidate]
                break
        if noun:
            break
    event = ""
    for word in words:
        if word in lexicon.EVENTS:
            event = lexicon.EVENTS[word]
            if event in {"killed"}:
                break
    if not event:
        for word in re.findall(r"[\w’'-]+", before.lower())[-4:]:
            if word in lexicon.EVENTS:
                event = lexicon.EVENTS[word]
    if not noun and not event:
        return None
    if not noun:
        noun = "messages" if event == "received" else "people"
    if not event:
        if noun in {"messages", "calls", "requests"}:
            event = "received"
        else:
            return None
    return noun, event


def figures_in(text: str, published: date | None) -> list[Figure]:
    figures = []
    position = 0
    while (match := _FIGURE.search(text, position)) is not None:
        # Rejected candidates must not swallow the words after them: go on after the number.
        position = match.end("num")
        if match.group("high"):
            position = match.end("high")
        number = match.group("num")
        after = text[match.end("num") : match.end("num") + 2]
        if re.match(r"\s*(?:st|nd|rd|th)\b|,\s*\d{4}", after) or re.match(r"\d{4}$", number):
            continue  # a date or a year, not a count
        before_text = text[max(0, match.start() - 40) : match.start()]
        if re.search(
            rf"(?:{MONTH_EN})\s*$",
            before_text,
        ):
            continue
        counted = _counted(match.group("tail"), before_text)
        if counted is None:
            continue
        noun, event = counted
        qualifier = lexicon.QUALIFIERS.get((match.group("qual") or "").lower(), "")
        if match.group(0).lower().startswith(("anywhere from", "from")) and match.group("high"):
            qualifier = "between"
        sentence = text[
            sentence_start(text, match.start(), 0) : sentence_end(text, match.end("num"), len(text))
        ]
        when = ""
        for date_match in DATE.finditer(sentence):
            if date_match.group("since") or date_match.group("month") or date_match.group("rmonth"):
                resolved = resolve_date(date_match, published)
                when = ("since " if date_match.group("since") == "since" else "") + resolved
                break
        end = match.end("num")
        tail_words = re.finditer(r"[\w’'-]+", match.group("tail"))
        for word in tail_words:
            end = match.start("tail") + word.end()
            if lexicon.EVENTS.get(word.group(0).lower()) == event or (
                lexicon.COUNTED_NOUNS.get(word.group(0).lower()) == noun and event == "received"
            ):
                break
        figures.append(
            Figure(
                value=number_value(number),
                qualifier=qualifier,
                counted=f"{noun} {event}",
                when=when,
                text=text[match.start() : end],
                start=match.start(),
                end=end,
                high=number_value(match.group("high")) if match.group("high") else None,
            )
        )
    return figures
