"""Analysts and coordinators add articles on the media page, through the same service as
`refuge media ingest`; the ledger comes in pages, filtered by speaker and by article."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.audit.models import AuditEntry
from refuge.media import views
from refuge.media.models import MediaArticle
from tests.conftest import signed_in_client

pytestmark = pytest.mark.django_db

CASE = Path(__file__).resolve().parent / "data" / "media_case"


def _files(*names: str) -> list[SimpleUploadedFile]:
    return [SimpleUploadedFile(n, (CASE / n).read_bytes(), "text/plain") for n in names]


def test_an_analyst_uploads_articles_and_the_upload_is_audited(persona_factory) -> None:
    analyst = signed_in_client(persona_factory("dana", Role.ANALYST))
    response = analyst.post(
        reverse("media:upload"),
        {"articles": _files("article-1.txt", "article-5.txt"), "outlet": ""},
        follow=True,
    )
    assert "2 articles added to the ledger." in response.content.decode()
    assert set(MediaArticle.objects.values_list("source", flat=True)) == {
        "article-1.txt",
        "article-5.txt",
    }
    entry = AuditEntry.objects.filter(action="media.article_ingested").latest("seq")
    assert entry.details["via"] == "upload" and entry.actor_label == "dana"
    again = analyst.post(
        reverse("media:upload"), {"articles": _files("article-1.txt")}, follow=True
    )
    assert "1 article was already in the ledger; it was read again." in again.content.decode()
    assert MediaArticle.objects.count() == 2


def test_a_file_that_is_not_an_article_is_refused_in_the_readers_language(
    persona_factory,
) -> None:
    cora = signed_in_client(persona_factory("cora", Role.COORDINATOR))
    cora.post(reverse("set_language"), {"language": "ru"})
    binary = SimpleUploadedFile("photo.txt", b"\x00\x01\x02 not text", "text/plain")
    response = cora.post(reverse("media:upload"), {"articles": [binary]}, follow=True)
    assert "photo.txt: это не текстовый и не HTML-файл" in response.content.decode()
    assert not MediaArticle.objects.exists()


def test_an_upload_over_the_size_limit_is_refused(persona_factory, settings) -> None:
    settings.REFUGE_UPLOAD_MAX_BYTES = 2 * 2**20
    analyst = signed_in_client(persona_factory("dana", Role.ANALYST))
    big = SimpleUploadedFile("big.txt", b"word " * (600 * 1024), "text/plain")
    response = analyst.post(reverse("media:upload"), {"articles": [big]}, follow=True)
    assert "The files are too large: at most 2 MB." in response.content.decode()
    assert not MediaArticle.objects.exists()


def test_caseworkers_and_administrators_cannot_upload(persona_factory) -> None:
    for name, role in (("bob", Role.CASEWORKER), ("alice", Role.ADMINISTRATOR)):
        client = signed_in_client(persona_factory(name, role))
        page = client.get(reverse("media:ledger")).content.decode()
        assert reverse("media:upload") not in page
        refused = client.post(reverse("media:upload"), {"articles": _files("article-1.txt")})
        assert refused.status_code == 403
    assert not MediaArticle.objects.exists()


def test_the_ledger_pages_and_filters_by_speaker_and_article(persona_factory, monkeypatch) -> None:
    analyst = signed_in_client(persona_factory("dana", Role.ANALYST))
    names = [f"article-{n}.txt" for n in range(1, 6)]
    analyst.post(reverse("media:upload"), {"articles": _files(*names)})
    monkeypatch.setattr(views, "STATEMENTS_PER_PAGE", 2)
    first = analyst.get(reverse("media:ledger")).content.decode()
    assert "Page 1 of" in first and 'rel="next"' in first and "page=2" in first

    karimov = analyst.get(reverse("media:ledger"), {"speaker": "Ali Karimov"}).content.decode()
    assert "1 statement" in karimov and "Alvi Karimov" in karimov
    assert "&amp;page=" not in karimov  # one statement: one page

    article = MediaArticle.objects.get(source="article-5.txt")
    only = analyst.get(reverse("media:ledger"), {"article": article.pk}).content.decode()
    linked = only.count(reverse("media:article", args=[article.pk]) + "#at-")
    assert linked > 0
    others = MediaArticle.objects.exclude(pk=article.pk)
    statements_elsewhere_only = [
        a for a in others if reverse("media:article", args=[a.pk]) + "#at-" in only
    ]
    # Statements shown are those quoted in this article (they may also cite others).
    assert len(statements_elsewhere_only) < others.count()


def test_an_empty_file_is_refused_by_name_and_the_rest_of_the_batch_is_added(
    persona_factory,
) -> None:
    dana = signed_in_client(persona_factory("dana", Role.ANALYST))
    batch = [*_files("article-1.txt"), SimpleUploadedFile("blank.txt", b"", "text/plain")]
    page = dana.post(reverse("media:upload"), {"articles": batch}, follow=True).content.decode()
    assert "blank.txt: the file is empty" in page
    assert "1 article added to the ledger." in page
    assert list(MediaArticle.objects.values_list("source", flat=True)) == ["article-1.txt"]
