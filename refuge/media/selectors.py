"""Reading the media ledger."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from refuge.media.extract import Extraction, Figure, Mention, Quote
from refuge.media.ledger import ArticleRef, build_ledger
from refuge.media.models import MediaArticle


def _extraction_from_json(data: dict[str, Any]) -> Extraction:
    return Extraction(
        quotes=[Quote(**q) for q in data.get("quotes", [])],
        figures=[Figure(**f) for f in data.get("figures", [])],
        dates=[Mention(**d) for d in data.get("dates", [])],
        places=[Mention(**p) for p in data.get("places", [])],
        organisations=[Mention(**o) for o in data.get("organisations", [])],
    )


def ledger_build() -> dict[str, Any]:
    """Return the ledger of every stored article (article ids are the stored ids)."""
    items = [
        (
            ArticleRef(str(a.pk), a.title, a.published, a.outlet, a.era, a.text),
            _extraction_from_json(a.extraction),
        )
        for a in MediaArticle.objects.order_by("pk")
    ]
    return build_ledger(items)


def article_list() -> QuerySet[MediaArticle]:
    return MediaArticle.objects.order_by("published", "pk")


def article_get(*, article_id: int) -> MediaArticle:
    article = MediaArticle.objects.filter(pk=article_id).first()
    if article is None:
        raise Http404
    return article


def article_segments(article: MediaArticle) -> list[tuple[str, str, str]]:
    """Split the text into (kind, anchor, text) pieces: plain text, quotations and figures."""
    marks = sorted(
        [("quote", q["start"], q["end"]) for q in article.extraction.get("quotes", [])]
        + [("figure", f["start"], f["end"]) for f in article.extraction.get("figures", [])],
        key=lambda m: (m[1], m[0] != "quote"),
    )
    pieces, position = [], 0
    for kind, start, end in marks:
        if start < position:
            continue  # a figure inside a quotation stays inside it
        pieces.append(("text", "", article.text[position:start]))
        pieces.append((kind, f"at-{start}", article.text[start:end]))
        position = end
    pieces.append(("text", "", article.text[position:]))
    return pieces
