"""The ledger: the same statement across articles, the same figure for the same event, and
where they disagree (speaker names, outlets, numbers).

Statements are grouped by greedy, constrained agglomeration: pairs of quotations are joined,
most similar first, when their words overlap enough for their speakers — near-verbatim
wording joins any speakers; looser wording (a different translation of one original) only
joins compatible speakers (the same surname, or an unnamed speaker of the same organisation),
and never two different named people. A join is refused when it would put together statements
that cannot be the same: dated days apart, or from different years.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from refuge.media import translations
from refuge.media.extract import Extraction, Figure, Quote

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "who",
        "whom",
        "which",
        "what",
        "we",
        "you",
        "they",
        "he",
        "she",
        "i",
        "our",
        "your",
        "their",
        "his",
        "her",
        "them",
        "us",
        "not",
        "no",
        "do",
        "does",
        "did",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "have",
        "has",
        "had",
        "just",
        "simply",
        "such",
        "any",
        "all",
        "some",
        "so",
        "than",
        "then",
        "there",
        "here",
        "also",
        "very",
        "about",
        "into",
        "over",
        "under",
        "up",
        "out",
    ]
)
NEAR_VERBATIM = 0.5  # Jaccard of content words
SAME_SPEAKER_WORDING = 0.2


@dataclass
class ArticleRef:
    id: str
    title: str
    date: date | None
    outlet: str
    era: int | None  # the year the article is about: its date, else the latest year it names
    text: str = ""


@dataclass
class _Unit:
    article: ArticleRef
    quotes: list[Quote]
    words: set[str]
    statement_date: str = ""  # a date given for the statement itself ("the April 7 release")
    language: str = "en"
    anchors: set[str] = field(default_factory=set)  # what a translation keeps (translations.py)
    quote_anchors: dict[int, set[str]] = field(default_factory=dict)  # each quotation's, by id

    @property
    def speaker(self) -> Quote:
        return self.quotes[0]


@dataclass
class _Group:
    units: list[_Unit] = field(default_factory=list)


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    word = {"can't": "can", "cannot": "can", "don't": "do", "doesn't": "do", "won't": "will"}.get(
        word, word
    )
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[\w’']+", text) if w.lower() not in _STOP and len(w) > 2}


def _similarity(a: set[str], b: set[str]) -> float:
    if min(len(a), len(b)) < 3:
        return 0.0
    shared = len(a & b)
    return shared / min(len(a), len(b)) if shared >= 3 else 0.0


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _surname(quote: Quote) -> str:
    if not quote.speaker_role and not quote.speaker.istitle():
        return ""
    parts = quote.speaker.split()
    return parts[-1] if quote.speaker_role or len(parts) >= 2 else ""


def _named(quote: Quote) -> bool:
    return bool(quote.speaker_role) or (
        quote.speaker.istitle()
        and len(quote.speaker.split()) >= 2
        and quote.affiliation != quote.speaker
    )


def _compatible(a: Quote, b: Quote) -> bool:
    if _named(a) and _named(b):
        return _surname(a) == _surname(b)
    return bool(a.affiliation) and a.affiliation == b.affiliation


def _said_after_published(said: str, article: ArticleRef) -> bool:
    """Whether a statement dated ``said`` (YYYY-MM-DD or --MM-DD) postdates the article."""
    if not said or article.date is None:
        return False
    year, month_day = ("--" if said.startswith("--") else said[:4]), said[-5:]
    if year not in {"--", str(article.date.year)}:
        return False
    return month_day > article.date.isoformat()[-5:]


def _conflict(a: _Unit, b: _Unit) -> bool:
    """Whether two quotations cannot be one statement: different years, or dated apart."""
    if a.article.era and b.article.era and a.article.era != b.article.era:
        return True
    if _said_after_published(a.statement_date, b.article) or _said_after_published(
        b.statement_date, a.article
    ):
        return True
    return bool(a.statement_date and b.statement_date and a.statement_date != b.statement_date)


def _units(articles: list[tuple[ArticleRef, Extraction]]) -> list[_Unit]:
    """One unit per speaker per article: the parts and sentences of what they said there."""
    units: list[_Unit] = []
    languages = {id(article): translations.language_of(article.text) for article, _ in articles}
    # Anchors cost a lemma per Russian word: only a ledger in two languages needs them.
    bilingual = len(set(languages.values())) > 1
    for article, extraction in articles:
        article_text = article.text
        language = languages[id(article)]
        by_speaker: dict[str, _Unit] = {}
        for index, quote in enumerate(extraction.quotes):
            if quote.part_of is not None:
                continue
            parts = [quote] + [q for q in extraction.quotes if q.part_of == index]
            # "… said in the April 7 release": a date right after the quotation dates it.
            said = next(
                (
                    d.value
                    for d in extraction.dates
                    if d.value
                    and parts[-1].end < d.start < parts[-1].end + 80
                    and not d.text.lower().startswith(("since", "from"))
                    and not re.search(r"[.\n]", article_text[parts[-1].end + 2 : d.start])
                ),
                "",
            )
            words = set().union(*(_words(p.text) for p in parts))
            quote_anchors = (
                {id(p): translations.anchors(p.text, language) for p in parts} if bilingual else {}
            )
            anchors = set().union(*quote_anchors.values())
            key = quote.speaker or f"#{index}"
            unit = by_speaker.get(key)
            if unit is None:
                unit = _Unit(article, parts, words, said, language, anchors, quote_anchors)
                by_speaker[key] = unit
                units.append(unit)
            else:
                unit.quotes.extend(parts)
                unit.words |= words
                unit.anchors |= anchors
                unit.quote_anchors |= quote_anchors
                unit.statement_date = unit.statement_date or said
    return units


def group_statements(articles: list[tuple[ArticleRef, Extraction]]) -> list[dict[str, Any]]:
    units = _units(articles)
    groups = [_Group([u]) for u in units]
    owner = {id(u): g for u, g in zip(units, groups, strict=True)}
    pairs = []
    for i, a in enumerate(units):
        for b in units[i + 1 :]:
            if a.article.id == b.article.id:
                continue
            if a.language != b.language:
                shared = _translated(a, b)
                if shared:
                    pairs.append((shared, a, b))
                continue
            overlap = _similarity(a.words, b.words)
            verbatim = _jaccard(a.words, b.words)
            if verbatim >= NEAR_VERBATIM or (
                overlap >= SAME_SPEAKER_WORDING and _compatible(a.speaker, b.speaker)
            ):
                pairs.append((max(verbatim, overlap), a, b))
    for _similarity_value, a, b in sorted(pairs, key=lambda p: -p[0]):
        ga, gb = owner[id(a)], owner[id(b)]
        if ga is gb:
            continue
        if any(_conflict(x, y) for x in ga.units for y in gb.units):
            continue
        if {u.article.id for u in ga.units} & {u.article.id for u in gb.units}:
            continue
        ga.units.extend(gb.units)
        for unit in gb.units:
            owner[id(unit)] = ga
        groups.remove(gb)
    return [_describe_statement(g) for g in groups]


def _translated(a: _Unit, b: _Unit) -> float:
    """How much two versions in different languages share, if they can be one statement."""
    if not translations.same_speaker(a.speaker, b.speaker):
        return 0.0
    if not translations.close_in_time(a.article.date, b.article.date):
        return 0.0
    return translations.overlap(a.anchors, b.anchors)


def _originals(group: _Group) -> dict[int, tuple[str, int]]:
    """Map each translated quotation (by id) to the article and offset of its original."""
    languages = {u.language for u in group.units}
    if len(languages) < 2:
        return {}
    russian_names = [q.speaker for u in group.units if u.language == "ru" for q in u.quotes]
    original = translations.original_language(russian_names)
    sources = [
        (u.quote_anchors[id(q)], u.article.id, q.start)
        for u in group.units
        if u.language == original
        for q in u.quotes
    ]
    found = {}
    for unit in group.units:
        if unit.language == original:
            continue
        for quote in unit.quotes:
            mine = unit.quote_anchors[id(quote)]
            # The original quotation it shares most with; the first one if it shares nothing.
            best = max(sources, key=lambda s: len(s[0] & mine))
            found[id(quote)] = (best[1], best[2])
    return found


def _one_per_script(names: Iterable[str]) -> list[str]:
    """The names, one name in two scripts ("Alvi Karimov", "Альви Каримов") once: no
    discrepancy. The Latin spelling (sorted first) stands for both."""
    by_fold: dict[str, str] = {}
    for name in sorted(set(names)):
        by_fold.setdefault(translations.fold(name), name)
    return sorted(by_fold.values())


def _describe_statement(group: _Group) -> dict[str, Any]:
    quotes: list[dict[str, Any]] = []
    originals = _originals(group)
    for unit in group.units:
        for quote in unit.quotes:
            original = originals.get(id(quote))
            quotes.append(
                {
                    "article": unit.article.id,
                    "text": quote.text,
                    "speaker": quote.speaker,
                    "speaker_role": quote.speaker_role,
                    "given_to": quote.given_to,
                    "start": quote.start,
                    "end": quote.end,
                    "language": unit.language,
                    "translation_of": (
                        {"article": original[0], "start": original[1]} if original else None
                    ),
                }
            )
    named = _one_per_script(q["speaker"] for q in quotes if q["speaker_role"])
    speakers = _one_per_script(q["speaker"] for q in quotes if q["speaker"])
    outlets = sorted({q["given_to"] for q in quotes if q["given_to"]})
    discrepancies = []
    if len(named) > 1:
        discrepancies.append({"kind": "speaker name", "values": named})
    elif len(speakers) > 1:
        discrepancies.append({"kind": "speaker attribution", "values": speakers})
    if len(outlets) > 1:
        discrepancies.append({"kind": "given to", "values": outlets})
    articles = {u.article.id for u in group.units}
    # A translation is worded otherwise by nature: wordings differ within one language only.
    versions: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for unit in group.units:
        versions[unit.language][0].add(" ".join(sorted(unit.words)))
        versions[unit.language][1].add(unit.article.id)
    differing = [(w, a) for w, a in versions.values() if len(w) > 1 and len(a) > 1]
    if differing:
        worded = sum(len(w) for w, _a in differing)
        among = len(set().union(*(a for _w, a in differing)))
        discrepancies.append(
            {"kind": "wording", "values": [f"{worded} versions in {among} articles"]}
        )
    label = named[0] if named else (speakers[0] if speakers else "unattributed")
    return {
        "speaker": label,
        "articles": sorted(articles),
        "quotes": quotes,
        "discrepancies": discrepancies,
    }


def group_figures(
    articles: list[tuple[ArticleRef, Extraction]],
    years: dict[tuple[str, int], int] | None = None,
    placed: set[tuple[str, int]] | None = None,
) -> list[dict[str, Any]]:
    """Group figures by what was counted, the wave (year) they describe and the place counted
    in (``_group_place``). The wave is the one an analyst gave the figure (``years``, by
    article id and the figure's offset), else its article's: the article's date, else the
    latest year it names, else the wave whose figures its unreviewed ones repeat. A figure
    whose place an analyst gave (``placed``), "none named" too, keeps it: only the extractor's
    silence may join another figure's place."""
    reviewed = years or {}
    settled = placed or set()
    known: dict[tuple[str, int], list[int]] = defaultdict(list)
    for article, extraction in articles:
        for figure in extraction.figures:
            era = reviewed.get((article.id, figure.start)) or article.era
            if era:
                known[(figure.counted, era)].append(figure.value)
    dated: list[tuple[ArticleRef, list[tuple[Figure, int | None]]]] = []
    for article, extraction in articles:
        unreviewed = [f for f in extraction.figures if (article.id, f.start) not in reviewed]
        wave = article.era or _vote_era(unreviewed, known)
        dated.append(
            (article, [(f, reviewed.get((article.id, f.start), wave)) for f in extraction.figures])
        )
    places: dict[tuple[str, int | None], set[str]] = defaultdict(set)
    for _article, figures in dated:
        for figure, era in figures:
            if figure.place:
                places[(_event(figure.counted), era)].add(figure.place)
    groups: dict[tuple[str, int | None, str], list[tuple[ArticleRef, Figure]]] = defaultdict(list)
    for article, figures in dated:
        for figure, era in figures:
            event = _event(figure.counted)
            place = (
                figure.place
                if (article.id, figure.start) in settled
                else _group_place(figure.place, places[(event, era)])
            )
            groups[(event, era, place)].append((article, figure))
    ledger = []
    for (counted, era, place), mentions in sorted(
        groups.items(), key=lambda kv: (kv[0][1] or 0, kv[0][0], kv[0][2])
    ):
        values = sorted({(f.value, f.high or f.value) for _, f in mentions})
        # "about 800" and "около 800" (read "around") say the same: one of them, as written.
        said: dict[str, str] = {}
        for _, f in mentions:
            claim = f"{_SAME_AS.get(f.qualifier, f.qualifier)} {_number(f)}".strip()
            said.setdefault(claim, f"{f.qualifier} {_number(f)}".strip())
        stated = sorted(said.values())
        discrepancies = []
        if len(values) > 1:
            numbers = [f"{low}–{high}" if high != low else str(low) for low, high in values]
            discrepancies.append({"kind": "number", "values": numbers})
        if len(stated) > 1:
            discrepancies.append({"kind": "wording", "values": stated})
        ledger.append(
            {
                "counted": counted,
                "period": str(era) if era else "unknown",
                "place": place,
                "mentions": [
                    {
                        "article": article.id,
                        "value": figure.value,
                        "high": figure.high,
                        "qualifier": figure.qualifier,
                        "counted": figure.counted,
                        "text": figure.text,
                        "when": figure.when,
                        "start": figure.start,
                        "end": figure.end,
                        "place": figure.place,
                    }
                    for article, figure in mentions
                ],
                "discrepancies": discrepancies,
            }
        )
    return ledger


_SAME_AS = {"around": "about"}


def _group_place(place: str, named: set[str]) -> str:
    """The place a figure is grouped under: its own; for one whose clause names none, the one
    place its event and year were counted in, if only one was named. Where several were, no
    one can tell which it counts: it stays with the others that name none. Different places
    are different counts ("1,700 detained nationwide", "400 in Moscow"), a part and its whole
    too: never one group, never a discrepancy."""
    if place or len(named) != 1:
        return place
    return next(iter(named))


def _number(figure: Figure) -> str:
    """The number as said: "30", or a range "15–30"."""
    return f"{figure.value}–{figure.high}" if figure.high is not None else str(figure.value)


def _event(counted: str) -> str:
    """Deaths are one event whoever the dead are called ("three of the men", "three")."""
    return "people killed" if counted.endswith("killed") else counted


def _vote_era(figures: list[Figure], known: dict[tuple[str, int], list[int]]) -> int | None:
    votes: dict[int, int] = defaultdict(int)
    for figure in figures:
        for (counted, era), values in known.items():
            if _event(counted) == _event(figure.counted) and figure.value in values:
                votes[era] += 1
    return max(votes, key=lambda era: votes[era]) if votes else None


def build_ledger(
    articles: list[tuple[ArticleRef, Extraction]],
    years: dict[tuple[str, int], int] | None = None,
    placed: set[tuple[str, int]] | None = None,
) -> dict[str, Any]:
    return {
        "statements": group_statements(articles),
        "figures": group_figures(articles, years, placed),
    }
