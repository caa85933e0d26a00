"""What the media extractor finds in a constructed text, for the tests of its mechanisms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from refuge.media.models import MediaArticle
from refuge.media.services import article_ingest


def speakers(text: str) -> list[str]:
    """The speaker of each quotation part, in order."""
    return [q.speaker for q in extract(parse_article(text.encode(), source="ru.txt")).quotes]


def attributed(text: str) -> list[tuple[str, str]]:
    """Each quotation part as (its speaker, the speaker's role), in order."""
    quotes = extract(parse_article(text.encode(), source="a.txt")).quotes
    return [(q.speaker, q.speaker_role) for q in quotes]


def quoted(text: str) -> list[tuple[str, str]]:
    """Each quotation part as (its text, its speaker), in order."""
    return [
        (q.text, q.speaker) for q in extract(parse_article(text.encode(), source="q.txt")).quotes
    ]


def counts(text: str) -> set[tuple[int, str, str]]:
    """Each figure as (value, qualifier, what it counts)."""
    figures = extract(parse_article(text.encode(), source="f.txt")).figures
    return {(f.value, f.qualifier, f.counted) for f in figures}


def ranges(text: str) -> set[tuple[int, str, int | None, str]]:
    """Each figure as (value, qualifier, upper end of a range or None, what it counts)."""
    figures = extract(parse_article(text.encode(), source="f.txt")).figures
    return {(f.value, f.qualifier, f.high, f.counted) for f in figures}


def stored_article(folder: Path, name: str, text: str, **options: Any) -> MediaArticle:
    """Write ``text`` to a file ``name`` in ``folder`` and ingest it (``options``: those of
    ``article_ingest``, as ``published``), as an analyst adding a file does."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    stored, _created = article_ingest(path=path, **options)
    return stored
