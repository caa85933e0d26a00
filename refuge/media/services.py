"""Adding articles to the ledger, and building the ledger from what is stored."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from refuge.audit.services import audit_record
from refuge.media import labels
from refuge.media.articles import (
    Article,
    article_era,
    parse_article,
    read_article,
    require_paragraph,
)
from refuge.media.extract import Extraction, extract
from refuge.media.models import (
    EARLIEST_YEAR,
    ExtractionReview,
    MediaArticle,
    reviewed_spans,
    words_digest,
)
from refuge.media.selectors import article_citations, extracted_at, review_agreement
from refuge.record.models import Source


class ReviewError(ValueError):
    """A review that was not saved, and why (``reason``):

    - "gone": the words are no quotation or figure of the article (not now: it may have been
      read again since the page was shown);
    - "kept": a review of other words at those offsets is kept there, unused, until withdrawn;
    - "no review": there is no review to withdraw;
    - "invalid": a reading no form would send.
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


class ArticleCitedError(Exception):
    """An article the record cites, which is not deleted: the acts and evidence citing it."""

    def __init__(self, acts: int, evidence: int) -> None:
        super().__init__(f"cited by {acts} act(s) and {evidence} piece(s) of evidence")
        self.acts, self.evidence = acts, evidence


NAME_LIMIT = 200  # characters of a speaker's name, role or organisation


def extraction_json(article: Article, result: Extraction) -> dict[str, Any]:
    return {
        "article": {
            "title": article.title,
            "date": article.date.isoformat() if article.date else None,
            "outlet": article.outlet,
            "sha256": article.sha256,
        },
        **result.as_json(),
    }


def article_ingest(
    *,
    path: Path,
    published: date | None = None,
    undated: bool = False,
    outlet: str = "",
    actor: Any = None,
) -> tuple[MediaArticle, bool]:
    """Read, extract and store one article file; the same file twice is stored once."""
    article = read_article(path)
    return article_store(
        article=article,
        published=published,
        undated=undated,
        outlet=outlet,
        actor=actor,
        via="file",
    )


def article_upload(
    *,
    data: bytes,
    filename: str,
    published: date | None = None,
    outlet: str = "",
    actor: Any = None,
) -> tuple[MediaArticle, bool]:
    """Extract and store one article uploaded on the media page, as ``article_ingest`` does.

    Raises ArticleError (nothing stored) when the bytes are not a text or HTML article.
    """
    article = parse_article(data, source=filename)
    return article_store(
        article=article, published=published, outlet=outlet, actor=actor, via="upload"
    )


def article_store(
    *,
    article: Article,
    published: date | None = None,
    undated: bool = False,
    outlet: str = "",
    actor: Any = None,
    via: str,
) -> tuple[MediaArticle, bool]:
    """Extract quotations and figures from a read article and store it, audited.

    Its date and outlet are those given now, else those the same file was stored with before
    (given then, perhaps to correct the file's), else the file's own; ``undated`` stores it
    with no date instead, to take back a wrong one, the file's own too, and later ingests
    without a date leave it undated. Raises ArticleError
    (nothing stored) for text too short to be an article, such as a saved page of menus.
    """
    if undated and published:
        raise ValueError("an article is given a date or stored undated, not both")
    require_paragraph(article)
    earlier = MediaArticle.objects.filter(sha256=article.sha256).first()
    withdrawn = undated or (not published and earlier is not None and earlier.date_withdrawn)
    article = replace(
        article,
        date=None
        if withdrawn
        else published or (earlier.published if earlier else None) or article.date,
        outlet=outlet or (earlier.outlet if earlier else "") or article.outlet,
    )
    result = extract(article)
    with transaction.atomic():
        stored, created = MediaArticle.objects.update_or_create(
            sha256=article.sha256,
            defaults={
                "source": article.source[:255],
                "title": article.title[:500],
                "outlet": article.outlet[:200],
                "url": article.url[:1000],
                "published": article.date,
                "date_withdrawn": withdrawn,
                "era": article_era(article),
                "text": article.text,
                "extraction": result.as_json(),
                "ingested_at": timezone.now(),
            },
        )
        # Every article is a source the record can cite; its grades are set by an analyst.
        Source.objects.get_or_create(
            kind=Source.Kind.MEDIA,
            media_article=stored,
            defaults={
                "title": (article.title or article.source)[:300],
                "reliability_source": "F",
                "reliability_information": "6",
                "created_at": timezone.now(),
            },
        )
        audit_record(
            actor=actor,
            action="media.article_ingested" if created else "media.article_reingested",
            target=stored,
            details={"sha256": article.sha256, "via": via},
        )
    return stored, created


@transaction.atomic
def article_delete(*, actor: Any, article: MediaArticle) -> None:
    """Remove an article stored by mistake (the wrong file, a page of menus, a fabricated
    story) with its reviews and its record source, audited, so the ledger no longer counts it.

    Refused (ArticleCitedError, nothing changed) while an act or a piece of evidence of the
    record cites it: they would lose their source. The audit entry keeps its SHA-256, so the
    file can be recognised if it comes back.
    """
    article = MediaArticle.objects.select_for_update().get(pk=article.pk)
    acts, evidence = article_citations(article)
    if acts or evidence:
        raise ArticleCitedError(acts, evidence)
    audit_record(
        actor=actor,
        action="media.article_deleted",
        target=article,
        details={"sha256": article.sha256, "reviews": article.reviews.count()},
    )
    Source.objects.filter(media_article=article).delete()
    article.delete()


@dataclass
class Reread:
    """What reading every stored article again found: how many read differently, and how the
    stored readings (``before``) and the new ones (``after``) agree with the reviews
    (``selectors.review_agreement``'s counts, summed)."""

    articles: int = 0
    changed: int = 0
    stored: int = 0  # of those changed: all, unless an article was ingested again meanwhile
    before: Counter[str] = field(default_factory=Counter)
    after: Counter[str] = field(default_factory=Counter)
    # The articles whose new reading no longer finds words an analyst reviewed, with how many:
    # their pages list those reviews, kept until someone withdraws them.
    unmatched: list[tuple[MediaArticle, int]] = field(default_factory=list)


def articles_reread(
    *, store: bool, actor: Any = None, progress: Callable[[], None] = lambda: None
) -> Reread:
    """Extract every stored article again with this version's extractor and compare both
    readings with the analysts' reviews, so an upgrade's effect on the organisation's own
    articles is measured before it reaches the ledger. With ``store``, each article read
    differently gets its new reading in a transaction of its own, audited; one that stops
    midway leaves every article with one whole reading, and running it again goes on.
    """
    report = Reread()
    articles = MediaArticle.objects.order_by("pk").prefetch_related("reviews")
    for stored in articles.iterator(chunk_size=100):
        article = Article(
            text=stored.text,
            title=stored.title,
            date=stored.published,
            outlet=stored.outlet,
            url=stored.url,
            sha256=stored.sha256,
            source=stored.source,
        )
        # Through JSON, as stored, so that an unchanged reading compares equal.
        fresh = json.loads(json.dumps(extract(article).as_json()))
        report.articles += 1
        before, after = review_agreement(stored, stored.extraction), review_agreement(stored, fresh)
        report.before.update(before)
        report.after.update(after)
        if after["unmatched"] > before["unmatched"]:
            report.unmatched.append((stored, after["unmatched"]))
        if fresh != stored.extraction:
            report.changed += 1
            if store and _reread_save(stored, fresh, actor):
                report.stored += 1
        progress()
    return report


@transaction.atomic
def _reread_save(stored: MediaArticle, extraction: dict[str, Any], actor: Any) -> bool:
    """Store the new reading unless the article was ingested again since it was made (with
    another date, say, which the new reading did not see): that reading is as new."""
    current = MediaArticle.objects.select_for_update().get(pk=stored.pk)
    if current.ingested_at != stored.ingested_at:
        return False
    current.extraction = extraction
    current.save(update_fields=["extraction"])
    audit_record(
        actor=actor,
        action="media.article_reread",
        target=current,
        details={"sha256": current.sha256},
    )
    return True


def quote_review(
    *,
    actor: Any,
    article: MediaArticle,
    start: int,
    end: int,
    speaker: str = "",
    speaker_role: str = "",
    affiliation: str = "",
    dismissed: bool = False,
    seen: str | None = None,
) -> ExtractionReview:
    """Record an analyst's reading of who said the quotation at ``start``-``end``, or that it
    is not a statement at all; the ledger uses it instead of the extractor's from then on.

    ``seen``, the ``words_digest`` of the words the reviewer was shown, refuses the review if
    the article was read again meanwhile and other words now stand there (as for figures).
    """
    _extracted(article, ExtractionReview.Kind.QUOTE, start, end)
    if max(len(speaker), len(speaker_role), len(affiliation)) > NAME_LIMIT:
        raise ReviewError("invalid", f"a name, role or organisation over {NAME_LIMIT} characters")
    reading: dict[str, Any] = (
        {"dismissed": True}
        if dismissed
        else {"speaker": speaker, "speaker_role": speaker_role, "affiliation": affiliation}
    )
    return _review_save(actor, article, ExtractionReview.Kind.QUOTE, start, end, reading, seen)


def figure_review(
    *,
    actor: Any,
    article: MediaArticle,
    start: int,
    end: int,
    value: int = 0,
    high: int | None = None,
    qualifier: str = "",
    counted: str = "",
    place: str | None = None,
    year: int | None = None,
    dismissed: bool = False,
    seen: str | None = None,
) -> ExtractionReview:
    """Record an analyst's reading of the figure at ``start``-``end`` (its number, qualifier,
    what it counts, unless ``place`` is None where it was counted — "" for nowhere named —
    and, if ``year`` is given, the year whose wave it describes, when that is not its article's:
    "in 2017, 100 men were detained" in an article of 2019), or that it counts nothing the
    ledger keeps.

    A range ("from 15 to 30", "about 20 to 30") has an end; "between" always has one. The
    year is no later than the article's (or, for an undated one, this year).
    """
    extracted = _extracted(article, ExtractionReview.Kind.FIGURE, start, end)
    if not dismissed:
        if value < 0 or (high is not None and high < value):
            raise ReviewError("invalid", "a figure's number is at least 0; a range ends above it")
        if qualifier == "between" and high is None:
            raise ReviewError("invalid", "'between' needs the number the range goes up to")
        choices = dict(labels.counted_choices(current=extracted["counted"]))
        if qualifier not in labels.QUALIFIERS or counted not in choices:
            raise ReviewError("invalid", f"unknown qualifier {qualifier!r} or count {counted!r}")
        if place and place not in labels.PLACE_LABELS:
            raise ReviewError("invalid", f"unknown place {place!r}")
        latest = article.latest_year()
        if year is not None and not EARLIEST_YEAR <= year <= latest:
            raise ReviewError("invalid", f"a figure's year is from {EARLIEST_YEAR} to {latest}")
    reading: dict[str, Any] = (
        {"dismissed": True}
        if dismissed
        else {"value": value, "high": high, "qualifier": qualifier, "counted": counted}
    )
    if place is not None and not dismissed:
        reading["place"] = place
    if year is not None and not dismissed:
        reading["year"] = year
    return _review_save(actor, article, ExtractionReview.Kind.FIGURE, start, end, reading, seen)


def _extracted(article: MediaArticle, kind: str, start: int, end: int) -> dict[str, Any]:
    """Return the quotation (its first part) or figure the extractor found at those offsets."""
    found = extracted_at(article, kind, start, end)
    if found is None:
        raise ReviewError("gone", f"no {kind} of the article at {start}-{end}")
    return found


@transaction.atomic
def _review_save(
    actor: Any,
    article: MediaArticle,
    kind: str,
    start: int,
    end: int,
    reading: dict[str, Any],
    seen: str | None,
) -> ExtractionReview:
    words = article.text[start : reviewed_spans(article.extraction)[(kind, start, end)]]
    if seen is not None and seen != words_digest(words):
        raise ReviewError("gone", f"the words at {start}-{end} are not those the reviewer saw")
    kept = (
        ExtractionReview.objects.select_for_update()
        .filter(article=article, kind=kind, start=start, end=end)
        .exclude(words=words)
    )
    if kept.exists():  # never overwrite what a person decided about other words
        raise ReviewError("kept", f"a review of other words at {start}-{end} is kept")
    review, created = ExtractionReview.objects.update_or_create(
        article=article,
        kind=kind,
        start=start,
        end=end,
        defaults={
            "words": words,
            "reading": reading,
            "reviewed_by": actor,
            "reviewed_at": timezone.now(),
        },
    )
    # Offsets and what kind of change, not the reading: the log names no one (audit_record).
    audit_record(
        actor=actor,
        action="media.item_reviewed",
        target=article,
        details={
            "kind": kind,
            "start": start,
            "end": end,
            "dismissed": bool(reading.get("dismissed")),
            "again": not created,
        },
    )
    return review


@transaction.atomic
def review_withdraw(*, actor: Any, article: MediaArticle, kind: str, start: int, end: int) -> None:
    """Forget a review, also one whose words a newer extraction no longer finds: the
    extractor's reading of those words counts again."""
    deleted, _kinds = ExtractionReview.objects.filter(
        article=article, kind=kind, start=start, end=end
    ).delete()
    if not deleted:
        raise ReviewError("no review", f"no review of a {kind} of the article at {start}-{end}")
    audit_record(
        actor=actor,
        action="media.review_withdrawn",
        target=article,
        details={"kind": kind, "start": start, "end": end},
    )
