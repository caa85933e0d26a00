"""An article stored by mistake leaves the ledger; one the record cites stays.

Dana (analyst) added the wrong file; Alice (caseworker) may read the ledger but not change it;
Charlie (analyst) names an article that is not there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.accounts.services import staff_keypair_unlock
from refuge.audit.models import AuditEntry
from refuge.media import selectors
from refuge.media.models import ExtractionReview, MediaArticle
from refuge.media.services import ArticleCitedError, article_delete, article_ingest, quote_review
from refuge.record import services as record
from refuge.record.fuzzydates import FuzzyDate
from refuge.record.models import ActType, Source
from tests.conftest import signed_in_client
from tests.media_helpers import stored_article

pytestmark = pytest.mark.django_db

TEXT = (
    "Raids in Chechnya\n\n“We have received about 30 unique messages,” said Natalia "
    "Poplevskaia of the Russian LGBT Network. Police detained 40 men in Grozny, she said.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> MediaArticle:
    return stored_article(tmp_path, "raids.txt", TEXT, published=date(2017, 5, 1))


@pytest.fixture
def dana(persona_factory):
    return persona_factory("dana", Role.ANALYST)


def _cite(dana, article: MediaArticle) -> None:
    """An act of the record that gives the article as its source."""
    key = record.record_key_for(
        user=dana.user, keypair=staff_keypair_unlock(user=dana.user, password=dana.password)
    )
    record.act_create(
        actor=dana.user,
        key=key,
        victim=record.person_create(key=key, identity={"name": "x"}),
        act_type=ActType.objects.get(key="detention"),
        when=FuzzyDate.parse("2017-04"),
        place=record.place_lookup("Grozny"),
        sources=[Source.objects.get(media_article=article)],
    )


def test_an_analyst_deletes_an_article_and_the_ledger_forgets_it(article, dana) -> None:
    quote = article.extraction["quotes"][0]
    quote_review(
        actor=dana.user, article=article, start=quote["start"], end=quote["end"], speaker="X"
    )
    assert selectors.ledger_build()["figures"]
    client = signed_in_client(dana)
    url = reverse("media:delete", args=[article.pk])
    assert url in client.get(reverse("media:article", args=[article.pk])).content.decode()
    page = client.get(url).content.decode()
    assert "This cannot be undone" in page and article.sha256 in page

    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == reverse("media:ledger")
    assert "Deleted: Raids in Chechnya." in response.content.decode()
    assert not MediaArticle.objects.exists()
    assert not ExtractionReview.objects.exists()
    assert not Source.objects.filter(kind=Source.Kind.MEDIA).exists()
    assert selectors.ledger_build()["figures"] == []
    entry = AuditEntry.objects.get(action="media.article_deleted")
    assert entry.details == {"sha256": article.sha256, "reviews": 1}
    assert entry.actor_id == dana.user.pk


def test_the_same_file_can_be_added_again_after_deletion(article, dana, tmp_path) -> None:
    article_delete(actor=dana.user, article=article)
    again, created = article_ingest(path=tmp_path / "raids.txt")
    assert created and again.sha256 == article.sha256
    assert Source.objects.filter(media_article=again).exists()


def test_an_article_the_record_cites_is_kept(article, dana) -> None:
    _cite(dana, article)
    client = signed_in_client(dana)
    url = reverse("media:delete", args=[article.pk])
    assert (
        "The record cites this article as the source of 1 act" in client.get(url).content.decode()
    )
    response = client.post(url)
    assert response.status_code == 409
    assert "Give them another source first." in response.content.decode()
    with pytest.raises(ArticleCitedError):
        article_delete(actor=dana.user, article=article)
    assert MediaArticle.objects.filter(pk=article.pk).exists()
    assert not AuditEntry.objects.filter(action="media.article_deleted").exists()


def test_only_analysts_and_coordinators_delete(article, persona_factory) -> None:
    alice = signed_in_client(persona_factory("alice", Role.CASEWORKER))
    url = reverse("media:delete", args=[article.pk])
    assert alice.get(url).status_code == 403
    assert alice.post(url).status_code == 403
    page = alice.get(reverse("media:article", args=[article.pk])).content.decode()
    assert url not in page
    charlie = signed_in_client(persona_factory("charlie", Role.ANALYST))
    assert charlie.post(reverse("media:delete", args=[article.pk + 1])).status_code == 404
    assert MediaArticle.objects.filter(pk=article.pk).exists()
