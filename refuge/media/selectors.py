"""Reading the media ledger."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from refuge.media.evaluation import same_speaker
from refuge.media.extract import Extraction, Figure, Mention, Quote
from refuge.media.ledger import ArticleRef, build_ledger
from refuge.media.models import (
    REVIEWED_FIELDS,
    ExtractionReview,
    MediaArticle,
    reviewed_spans,
    words_digest,
)
from refuge.record.models import Act, Evidence, Source


def _extraction_from_json(data: dict[str, Any]) -> Extraction:
    return Extraction(
        quotes=[Quote(**q) for q in data.get("quotes", [])],
        figures=[Figure(**f) for f in data.get("figures", [])],
        dates=[Mention(**d) for d in data.get("dates", [])],
        places=[Mention(**p) for p in data.get("places", [])],
        organisations=[Mention(**o) for o in data.get("organisations", [])],
    )


def _holding(
    reviews: Iterable[ExtractionReview], text: str, spans: dict[tuple[str, int, int], int]
) -> dict[tuple[str, int, int], Any]:
    """Return the reviews of what the extraction finds (``spans``, its ``reviewed_spans``)
    whose words the article's text still has there (for a quotation, the same paragraphs)."""
    return {
        (r.kind, r.start, r.end): r
        for r in reviews
        if (r.kind, r.start, r.end) in spans
        and text[r.start : spans[(r.kind, r.start, r.end)]] == r.words
    }


def _read(item: Any, review: ExtractionReview) -> Any:
    fields = REVIEWED_FIELDS[ExtractionReview.Kind(review.kind)]
    return replace(item, **{k: v for k, v in review.reading.items() if k in fields})


def _reviewed(
    extraction: Extraction, holding: dict[tuple[str, int, int], Any]
) -> tuple[Extraction, set[tuple[str, int]]]:
    """Return the extraction as analysts read it (their speakers and figures instead of the
    extractor's, without what they dismissed) and the kind and offset of what they reviewed.

    A quotation's review holds for every paragraph it continues into.
    """
    quote, figure = ExtractionReview.Kind.QUOTE, ExtractionReview.Kind.FIGURE
    reviewed: set[tuple[str, int]] = set()
    quotes: list[Quote] = []
    renumbered: dict[int, int] = {}
    for index, item in enumerate(extraction.quotes):
        first = extraction.quotes[index if item.part_of is None else item.part_of]
        review = holding.get((quote, first.start, first.end))
        if review is not None:
            reviewed.add((quote, item.start))
            if review.reading.get("dismissed"):
                continue
            item = _read(item, review)
        if item.part_of is not None:
            item = replace(item, part_of=renumbered[item.part_of])
        renumbered[index] = len(quotes)
        quotes.append(item)
    figures: list[Figure] = []
    for number in extraction.figures:
        review = holding.get((figure, number.start, number.end))
        if review is not None:
            reviewed.add((figure, number.start))
            if review.reading.get("dismissed"):
                continue
            number = _read(number, review)
        figures.append(number)
    return replace(extraction, quotes=quotes, figures=figures), reviewed


REVIEW_COUNTS = (
    "speakers",
    "speakers_right",
    "quotes_dismissed",
    "figures",
    "figures_right",
    "figures_dismissed",
)


def _agreement(extraction: Extraction, holding: dict[tuple[str, int, int], Any]) -> Counter[str]:
    """Count, for one article, the readings analysts reviewed and how many the extractor had
    right: the speaker's name for a quotation (no one, if the reviewer says no one is named),
    the number, range, qualifier, what it counts and, where the reviewer gave one, the place
    for a figure (a reviewed year is not counted: the extractor reads none)."""
    tally: Counter[str] = Counter()
    for quote in extraction.quotes:
        review = holding.get((ExtractionReview.Kind.QUOTE, quote.start, quote.end))
        if quote.part_of is not None or review is None:
            continue
        if review.reading.get("dismissed"):
            tally["quotes_dismissed"] += 1
            continue
        tally["speakers"] += 1
        tally["speakers_right"] += same_speaker(quote.speaker, [review.reading.get("speaker", "")])
    for figure in extraction.figures:
        review = holding.get((ExtractionReview.Kind.FIGURE, figure.start, figure.end))
        if review is None:
            continue
        if review.reading.get("dismissed"):
            tally["figures_dismissed"] += 1
            continue
        tally["figures"] += 1
        # Right when the reviewer's reading changes nothing (a review from before figures had
        # a place leaves the extractor's).
        tally["figures_right"] += _read(figure, review) == figure
    return tally


def review_agreement(article: MediaArticle, extraction: dict[str, Any]) -> Counter[str]:
    """Count how one extraction of ``article`` (the stored one, or a newer reader's) agrees
    with the analysts' reviews: ``_agreement``'s counts; ``dismissed_gone``, the dismissed
    readings it no longer makes at all; and ``unmatched``, the other reviews of words it does
    not find (a quotation no longer found, or found with other bounds)."""
    reviews = list(article.reviews.all())
    spans = reviewed_spans(extraction)
    holding = _holding(reviews, article.text, spans)
    tally = _agreement(_extraction_from_json(extraction), holding)
    for review in reviews:
        if (review.kind, review.start, review.end) in holding:
            continue
        # A dismissed reading is gone only if nothing is read there now: found again with
        # other bounds, it is back in the ledger, unreviewed.
        read_there = any(
            kind == review.kind and start < review.end and review.start < end
            for kind, start, end in spans
        )
        gone = review.reading.get("dismissed") and not read_there
        tally["dismissed_gone" if gone else "unmatched"] += 1
    return tally


def ledger_build() -> dict[str, Any]:
    """Return the ledger of every stored article (article ids are the stored ids), as analysts
    reviewed it; each quotation and figure mention says whether an analyst did, and
    ``reviews`` counts what they reviewed and how much of it the extractor had right."""
    items, reviewed, agreement = [], set(), Counter(dict.fromkeys(REVIEW_COUNTS, 0))
    years: dict[tuple[str, int], int] = {}  # the wave an analyst said a figure describes
    placed: set[tuple[str, int]] = set()  # figures whose place an analyst gave, or said none
    for a in MediaArticle.objects.order_by("pk").prefetch_related("reviews"):
        extracted = _extraction_from_json(a.extraction)
        holding = _holding(a.reviews.all(), a.text, reviewed_spans(a.extraction))
        agreement.update(_agreement(extracted, holding))
        extraction, marks = _reviewed(extracted, holding)
        items.append(
            (ArticleRef(str(a.pk), a.title, a.published, a.outlet, a.era, a.text), extraction)
        )
        reviewed |= {(kind, str(a.pk), start) for kind, start in marks}
        years |= {
            (str(a.pk), start): review.reading["year"]
            for (kind, start, _end), review in holding.items()
            if kind == ExtractionReview.Kind.FIGURE and review.reading.get("year")
        }
        placed |= {
            (str(a.pk), start)
            for (kind, start, _end), review in holding.items()
            if kind == ExtractionReview.Kind.FIGURE and "place" in review.reading
        }
    built = build_ledger(items, years, placed)
    for statement in built["statements"]:
        for quote in statement["quotes"]:
            quote["reviewed"] = ("quote", quote["article"], quote["start"]) in reviewed
        # The name analysts gave heads the statement, not the spelling first in the alphabet.
        given = Counter(q["speaker"] for q in statement["quotes"] if q["reviewed"] and q["speaker"])
        if given:
            statement["speaker"] = given.most_common(1)[0][0]
    for figure in built["figures"]:
        for mention in figure["mentions"]:
            mention["reviewed"] = ("figure", mention["article"], mention["start"]) in reviewed
    built["reviews"] = dict(agreement)
    return built


def still_to_review(ledger: dict[str, Any]) -> dict[str, Any]:
    """The ledger's statements and figures with a line no one has reviewed yet, each whole:
    an analyst's work list, what still rests on the extractor's reading alone."""
    return {
        **ledger,
        "statements": [
            s for s in ledger["statements"] if not all(q["reviewed"] for q in s["quotes"])
        ],
        "figures": [f for f in ledger["figures"] if not all(m["reviewed"] for m in f["mentions"])],
    }


def article_list() -> QuerySet[MediaArticle]:
    return MediaArticle.objects.order_by("published", "pk")


def article_get(*, article_id: int) -> MediaArticle:
    article = MediaArticle.objects.filter(pk=article_id).first()
    if article is None:
        raise Http404
    return article


def article_segments(article: MediaArticle) -> list[tuple[str, str, str]]:
    """Split the text into pieces to show it with its quotations and figures marked, each mark
    an anchor the ledger links to: ("text", "", words), ("open", kind, anchor), ("close", "", "").

    A figure inside a quotation is marked inside it (cut at the quotation's end; one that opens
    the quotation has no anchor of its own, the quotation's serves); a mark that
    starts inside another figure, or a quotation inside a quotation, is left unmarked.
    """
    marks = sorted(
        [("quote", q["start"], q["end"]) for q in article.extraction.get("quotes", [])]
        + [("figure", f["start"], f["end"]) for f in article.extraction.get("figures", [])],
        key=lambda m: (m[1], m[0] != "quote"),
    )
    text = article.text
    pieces: list[tuple[str, str, str]] = []
    position, quote_start, quote_end = 0, -1, -1

    def close_quote() -> None:
        nonlocal position, quote_start, quote_end
        pieces.extend([("text", "", text[position:quote_end]), ("close", "", "")])
        position, quote_start, quote_end = quote_end, -1, -1

    for kind, start, end in marks:
        if quote_end >= 0 and start >= quote_end:
            close_quote()
        if start < position or (kind == "quote" and quote_end >= 0):
            continue
        # A figure opening its quotation shares the quotation's anchor: ids stay unique.
        anchor = "" if kind == "figure" and start == quote_start else f"at-{start}"
        pieces.extend([("text", "", text[position:start]), ("open", kind, anchor)])
        if kind == "quote":
            position, quote_start, quote_end = start, start, end
            continue
        position = min(end, quote_end) if quote_end >= 0 else end
        pieces.extend([("text", "", text[start:position]), ("close", "", "")])
    if quote_end >= 0:
        close_quote()
    pieces.append(("text", "", text[position:]))
    return [piece for piece in pieces if piece != ("text", "", "")]


def article_review_items(article: MediaArticle) -> dict[str, list[dict[str, Any]]]:
    """Return the article's quotations (one per statement, however many paragraphs it spans)
    and figures as the extractor read them, each with its review if there is one, and the
    reviews whose words the latest extraction no longer finds (kept, and shown, not lost)."""
    reviews = list(article.reviews.select_related("reviewed_by"))
    spans = reviewed_spans(article.extraction)
    holding = _holding(reviews, article.text, spans)
    items: dict[str, list[dict[str, Any]]] = {"quotes": [], "figures": []}
    used = set()
    for kind, key in (
        (ExtractionReview.Kind.QUOTE, "quotes"),
        (ExtractionReview.Kind.FIGURE, "figures"),
    ):
        for item in article.extraction.get(key, []):
            if item.get("part_of") is not None:
                continue
            review = holding.get((kind, item["start"], item["end"]))
            used.add(id(review))
            items[key].append(
                {
                    "kind": kind,
                    "start": item["start"],
                    "end": item["end"],
                    "extracted": item,
                    "review": review,
                    "seen": words_digest(
                        article.text[item["start"] : spans[(kind, item["start"], item["end"])]]
                    ),
                }
            )
    items["unmatched"] = [
        {"kind": r.kind, "start": r.start, "end": r.end, "extracted": None, "review": r}
        for r in reviews
        if id(r) not in used
    ]
    return items


def article_citations(article: MediaArticle) -> tuple[int, int]:
    """How many acts and pieces of evidence of the record cite the article as their source."""
    sources = Source.objects.filter(media_article=article)
    return (
        Act.objects.filter(sources__in=sources).distinct().count(),
        Evidence.objects.filter(source__in=sources).count(),
    )


def extracted_at(article: MediaArticle, kind: str, start: int, end: int) -> dict[str, Any] | None:
    """The quotation (its first part) or figure the extractor found at ``start``-``end``."""
    items = article.extraction.get("quotes" if kind == ExtractionReview.Kind.QUOTE else "figures")
    return next(
        (
            dict(item)
            for item in items or []
            if item["start"] == start and item["end"] == end and item.get("part_of") is None
        ),
        None,
    )


def figure_counted_at(article: MediaArticle, start: str, end: str) -> str:
    """Return what the extractor says the figure at ``start``-``end`` (as a form sends them)
    counts, or "" when no figure is there."""
    if not (start.isdigit() and end.isdigit()):
        return ""
    found = extracted_at(article, ExtractionReview.Kind.FIGURE, int(start), int(end))
    return found["counted"] if found else ""
