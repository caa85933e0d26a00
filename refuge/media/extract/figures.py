"""Figures: how many people were detained, killed, evacuated … and with what qualifier."""

from __future__ import annotations

import re
from datetime import date

from refuge.media import lexicon
from refuge.media.extract.dates import DATE, MONTH_EN, MONTH_RU, resolve_date
from refuge.media.extract.model import Figure
from refuge.media.extract.numbers import NUMBER, number_value
from refuge.media.extract.spans import sentence_end, sentence_start

_CLAUSE = "where|when|which|because|while|although|but|где|когда|который|которая|потому"
_QUALIFIER = "|".join(sorted((re.escape(q) for q in lexicon.QUALIFIERS), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUALIFIER}),?\s+(?:(?:о|об|в)\s+)?"
    r"|(?P<range>anywhere from|from|between|от)\s+)?"
    rf"(?P<num>{NUMBER})(?!\w)"
    # A range: "from 15 to 30", "between 20 and 30", "от 20 до 30", "20-30", "20–30".
    rf"(?:(?(range)\s+(?:to|and|до)\s+|(?:\s*[–—-]\s*(?=\d)|\s+to\s+))(?P<high>{NUMBER})(?!\w))?"
    # The words after the number, within the paragraph, up to the next number or clause.
    rf"(?P<tail>(?:(?:,(?=[^\S\n]+(?:котор\w+|who)\b))?[^\S\n]+(?!(?:and|и)\s+(?:another\s+|other\s+|(?:{_QUALIFIER})\s+)?{NUMBER}\b|{_CLAUSE}\b)"
    rf"(?:of\s+(?:the|those)\s+)?(?:[\w’'&-]+)){{0,14}})",
    re.I,
)


_LINKS = re.compile(
    r"(?:including|of them|of whom|among them|включая|в том числе|из них|среди них)"
    r"(?:[^.;]{0,30}\b(?:and|и))?\W*$",
    re.I,
)
# "helped 150 people flee", "помогли покинуть Чечню 150 людям": an evacuation, not a flight.
_HELPED = re.compile(
    r"\bhelp(?:s|ed|ing)?\W+(?:\w+\W+){0,2}$|(?<!\w)помог\w*\W+(?:\w+\W+){0,4}$", re.I
)
_ASKED_FOR_HELP = re.compile(
    r"\b(?:asked|sought|seek|seeking|applied|turned|reached out|contacted)\b"
    r"(?:\W+\w+){0,3}?\W+(?:help|assistance)",
    re.I,
)


def _noun(words: list[str]) -> str:
    for size in (2, 1):
        for i in range(min(len(words), 6)):
            candidate = " ".join(words[i : i + size])
            if candidate in lexicon.COUNTED_NOUNS:
                if candidate == "men" and words[i : i + 3] == ["men", "and", "women"]:
                    return "people"
                return lexicon.COUNTED_NOUNS[candidate]
    joined = " ".join(words[:6])
    for stem, noun in lexicon.COUNTED_STEMS_RU:
        if re.search(rf"(?<!\w){stem}", joined):
            return noun
    return ""


def _event(word: str) -> str:
    if word in lexicon.EVENTS:
        return lexicon.EVENTS[word]
    for stem, event in lexicon.EVENT_STEMS_RU:
        if word.startswith(stem):
            return event
    return ""


def _counted(tail: str, before: str) -> tuple[str, str] | None:
    """Return (noun, event) for the words after a number (and just before it)."""
    words = re.findall(r"[\w’'-]+", tail.lower())
    noun = _noun(words)
    event = ""
    if _ASKED_FOR_HELP.search(tail):
        event = "asked for help"
    for word in [] if event else words:
        found = _event(word)
        if found:
            # "detained and tortured" counts detentions; "held … and killed" counts deaths.
            if event and event != "tortured" and found != "killed":
                continue
            event = found
            if event == "killed":
                break
    if re.search(r"\b(?:to death)\b|до смерти", tail, re.I):
        event = "killed"  # "tortured to death"
    before_words = re.findall(r"[\w’'-]+", before.lower())[-4:]
    if re.search(r"[а-яё]", before.lower()):
        # Russian puts the event anywhere in the clause: "в тюрьмах … находились 200 мужчин".
        clause = re.split(r"[,.;:!?—–]", before.lower())[-1]
        before_words = re.findall(r"[\w’'-]+", clause)[-10:]
    if _HELPED.search(before):
        event = "evacuated"  # "helped 150 people flee" is an evacuation, not a flight
    elif not event:
        for word in before_words:
            event = _event(word) or event
    if not noun and not event:
        return None
    if not noun:
        noun = "messages" if event == "received" else "people"
    if not event:
        if noun in {"messages", "calls", "requests", "complaints"}:
            event = "received"
        else:
            return None
    return noun, event


def figures_in(text: str, published: date | None) -> list[Figure]:
    """Return every count of people (or messages) in ``text`` with what it counts."""
    figures: list[Figure] = []
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
        before_text = text[max(0, match.start() - 100) : match.start()]
        if re.search(rf"(?:{MONTH_EN})\s*$", before_text) or re.match(
            rf"\s+(?:{MONTH_RU})\b", text[match.end("num") :]
        ):
            continue  # "April 2", "26 января"
        if re.search(r"(?:\bиз|\bout of|\bof the)\s*$", before_text, re.I) or re.match(
            rf"\s+(?:{lexicon.NOT_COUNTS})\b|-year|-летн|\s*%", text[match.end("num") :], re.I
        ):
            continue  # "nine of 43" counts the nine; "12 days", "25-year-old" count nothing
        if number.lower() in {"one", "один", "одного"} and not re.match(
            r"\s+(?:man|woman|person|человек|мужчин|женщин)", match.group("tail")
        ):
            continue  # "no one has been detained"
        counted = _counted(match.group("tail"), before_text)
        own_event = any(_event(w) for w in re.findall(r"[\w’'-]+", match.group("tail").lower()))
        linked = _LINKS.search(before_text) and not own_event
        previous = figures[-1] if figures and match.start() - figures[-1].end < 120 else None
        if linked and previous is not None:
            # "including 104 men and 31 women", "at least two of them": the event of the
            # figure they belong to, and its noun unless they name their own.
            noun, _sep, event = previous.counted.partition(" ")
            noun = _noun(re.findall(r"[\w’'-]+", match.group("tail").lower())) or noun
            counted = (noun, event)
        elif (
            counted is not None
            and previous is not None
            and re.search(r"\b(?:them|whom|них)\b", match.group("tail")[:12])
        ):
            noun, _sep, event = previous.counted.partition(" ")
            # "evacuated 150 people, 120 of them abroad": where they went is not a new event.
            tail_events = {
                _event(w) for w in re.findall(r"[\w’'-]+", match.group("tail").lower())
            } - {""}
            abroad = re.search(r"\babroad\b|за границ|за рубеж", match.group("tail"), re.I)
            counted = (noun, event if abroad and tail_events <= {"left"} else counted[1])
        elif (
            counted is not None
            and previous is not None
            and not _noun(re.findall(r"[\w’'-]+", match.group("tail").lower()))
            and not re.search(r"[.;!?]", text[previous.end : match.start()])
            and re.match(r"\s*(?:were|was|have been|had been|были|было)\b", match.group("tail"))
        ):
            # "two men were killed and 40 were detained": the number names no noun of its own.
            counted = (previous.counted.partition(" ")[0], counted[1])
        if counted is None:
            continue
        noun, event = counted
        qualifier = lexicon.QUALIFIERS.get((match.group("qual") or "").lower(), "")
        if match.group("high") and (
            match.group("range") or re.match(r"\s*[–—-]", text[match.end("num") :])
        ):
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
            if _event(word.group(0).lower()) == event or (
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
