"""Adding articles to the ledger, and building the ledger from what is stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from refuge.audit.services import audit_record
from refuge.media.articles import Article, article_era, parse_article, read_article
from refuge.media.extract import Extraction, extract
from refuge.media.models import MediaArticle


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
    *, path: Path, published: date | None = None, outlet: str = "", actor: Any = None
) -> tuple[MediaArticle, bool]:
    """Read, extract and store one article file; the same file twice is stored once."""
    article = read_article(path, published=published, outlet=outlet)
    return article_store(article=article, actor=actor, via="file")


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
    article = parse_article(data, source=filename, published=published, outlet=outlet)
    return article_store(article=article, actor=actor, via="upload")


def article_store(*, article: Article, actor: Any = None, via: str) -> tuple[MediaArticle, bool]:
    """Extract quotations and figures from a read article and store it, audited."""
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
                "era": article_era(article),
                "text": article.text,
                "extraction": result.as_json(),
                "ingested_at": timezone.now(),
            },
        )
        # Every article is a source the record can cite; its grades are set by an analyst.
        from refuge.record.models import Source

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
