"""Extract quotations with their speakers, figures, dates, places and organisations."""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.articles import Article
from refuge.media.extract.dates import DATE, resolve_date
from refuge.media.extract.figures import figures_in
from refuge.media.extract.model import Extraction, Mention, Quote
from refuge.media.extract.spans import paragraphs_of, quote_spans, single_quote_spans, word_count
from refuge.media.extract.speakers import (
    Memory,
    Speaker,
    attribution,
    last_org_before,
    outlet_in,
    parse_who,
    previous_in_paragraph,
)


def _mentions(text: str, table: dict[str, list[str]]) -> list[Mention]:
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    pairs = sorted(
        ((alias, name) for name, aliases in table.items() for alias in aliases),
        key=lambda p: -len(p[0]),
    )
    for alias, name in pairs:
        for match in re.finditer(rf"(?<![\w]){re.escape(alias)}(?![\w])", text):
            span = (match.start(), match.end())
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            taken.append(span)
            found.append(Mention(text=match.group(0), value=name, start=span[0], end=span[1]))
    return sorted(found, key=lambda m: m.start)


# --- The whole article ---


def extract(article: Article) -> Extraction:
    text = article.text
    result = Extraction()
    paragraphs = paragraphs_of(text)
    spans = quote_spans(text)
    spans = sorted(
        [s for s in spans if word_count(text[s[0] : s[1]]) >= 3 or s[2] is not None]
        + single_quote_spans(text, spans),
        key=lambda s: s[0],
    )
    # A quotation in several parts: the first part's index, and its last part.
    parts: dict[int, list[int]] = {}
    for number, (_start, _end, part_of) in enumerate(spans):
        parts.setdefault(number if part_of is None else part_of, []).append(number)
    memory = Memory()
    scanned = 0
    speakers: dict[int, Speaker] = {}
    givens: dict[int, str] = {}
    for number, (start, end, part_of) in enumerate(spans):
        memory.scan(text[scanned:start])
        scanned = max(scanned, start)
        if part_of is None:
            group = parts.get(number, [number])
            last = spans[group[-1]]
            floor = spans[number - 1][1] + 1 if number else 0
            who, context = attribution(text, (start, end), (last[0], last[1]), paragraphs, floor)
            speaker = memory.resolve(parse_who(who), text[:start]) if who else Speaker()
            if not speaker.label:
                speaker = previous_in_paragraph(number, spans, speakers, paragraphs)
            if (
                speaker.label
                and not speaker.affiliation
                and re.search(r"spokes|press secretary|deputy", speaker.role, re.I)
            ):
                speaker = Speaker(speaker.name, speaker.role, last_org_before(text[:start]))
            memory.remember(speaker)
            speakers[number] = speaker
            givens[number] = outlet_in(context)
        else:
            speakers[number] = speakers.get(part_of, Speaker())
            givens[number] = givens.get(part_of, "")
        speaker = speakers[number]
        stripped_start = start + len(text[start:end]) - len(text[start:end].lstrip())
        stripped_end = end - (len(text[start:end]) - len(text[start:end].rstrip()))
        result.quotes.append(
            Quote(
                text=text[stripped_start:stripped_end],
                start=stripped_start,
                end=stripped_end,
                speaker=speaker.label,
                speaker_role=speaker.role if speaker.name else "",
                affiliation=speaker.affiliation,
                given_to=givens[number],
                part_of=part_of,
            )
        )
    result.figures = figures_in(text, article.date)
    result.dates = [
        Mention(text=m.group(0), value=resolve_date(m, article.date), start=m.start(), end=m.end())
        for m in DATE.finditer(text)
    ]
    result.places = _mentions(text, lexicon.PLACES)
    result.organisations = _mentions(text, lexicon.ORGANISATIONS)
    return result
