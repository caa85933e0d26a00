"""Analysts correct where a figure was counted, as they correct what it counts.

The extractor reads a figure's place from its own clause (`figure_places`) and misses one a
comma sets apart ("Nationwide, at least 100 men were detained"); the ledger keeps figures for
different places apart, so a wrong or missing place joins or splits counts. Dana (analyst)
reviews.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.media import selectors
from refuge.media.models import ExtractionReview, MediaArticle
from refuge.media.services import ReviewError, figure_review
from tests.conftest import signed_in_client
from tests.media_helpers import stored_article

pytestmark = pytest.mark.django_db

TEXT = (
    "Raids in Chechnya\n\nPolice detained 40 men in Grozny last week, activists said.\n\n"
    "Nationwide, at least 100 men were detained in 2017, the group said.\n"
)
IN_GROZNY = (35, 41)  # "40 men", in Grozny as read
NATIONWIDE = (92, 122)  # "at least 100 men were detained", no place read
AS_READ_NATIONWIDE = {"value": 100, "qualifier": "at least", "counted": "men detained"}


@pytest.fixture
def article(tmp_path: Path) -> MediaArticle:
    return stored_article(tmp_path, "raids.txt", TEXT, published=date(2017, 5, 1))


@pytest.fixture
def dana(persona_factory):
    return signed_in_client(persona_factory("dana", Role.ANALYST))


def _review(client, article: MediaArticle, span: tuple[int, int], **fields):
    data = {"kind": "figure", "start": span[0], "end": span[1], "action": "save", **fields}
    return client.post(reverse("media:review", args=[article.pk]), data, follow=True)


def _places() -> dict[int, str]:
    """The place of the ledger group each figure mention is in, by the mention's offset."""
    return {
        m["start"]: group["place"]
        for group in selectors.ledger_build()["figures"]
        for m in group["mentions"]
    }


def test_the_extractor_reads_the_places_these_tests_expect(article, dana) -> None:
    # The unplaced count joins the only place named for men detained in 2017.
    assert _places() == {IN_GROZNY[0]: "Grozny", NATIONWIDE[0]: "Grozny"}
    page = dana.get(reverse("media:article", args=[article.pk])).content.decode()
    assert "Extractor: 40, men detained; place: Grozny" in page
    assert '<option value="Grozny" selected>' in page


def test_an_analyst_places_a_figure_and_the_ledger_counts_it_there(article, dana) -> None:
    page = _review(dana, article, NATIONWIDE, **AS_READ_NATIONWIDE, place="Russia").content.decode()
    assert "Reviewed: at least 100, men detained; place: Russia" in page
    assert _places() == {IN_GROZNY[0]: "Grozny", NATIONWIDE[0]: "Russia"}


def test_none_named_takes_the_extractors_place_away(article, dana) -> None:
    _review(dana, article, IN_GROZNY, value=40, counted="men detained", place="")
    assert _places() == {IN_GROZNY[0]: "", NATIONWIDE[0]: ""}


def test_none_named_keeps_a_figure_from_joining_the_one_place_named(article, dana) -> None:
    # The nationwide count is not the Grozny one, though Grozny is the only place named: the
    # analyst's "none named" keeps it apart, where the extractor's silence would join them.
    _review(dana, article, NATIONWIDE, **AS_READ_NATIONWIDE)
    assert _places() == {IN_GROZNY[0]: "Grozny", NATIONWIDE[0]: "Grozny"}
    _review(dana, article, NATIONWIDE, **AS_READ_NATIONWIDE, place="")
    assert _places() == {IN_GROZNY[0]: "Grozny", NATIONWIDE[0]: ""}


def test_a_review_sent_without_a_place_keeps_the_one_read(article, dana) -> None:
    # A page from before the field: the number is corrected, the place stays as read, and
    # the page offers that place, so saving the review again does not take it away.
    page = _review(dana, article, IN_GROZNY, value=45, counted="men detained").content.decode()
    review = ExtractionReview.objects.get()
    assert "place" not in review.reading
    assert _places()[IN_GROZNY[0]] == "Grozny"
    assert "Reviewed: 45, men detained; place: Grozny" in page
    item = page[page.index(f'id="review-figure-{IN_GROZNY[0]}-{IN_GROZNY[1]}"') :]
    assert '<option value="Grozny" selected>' in item[: item.index("</article>")]


def test_a_place_the_gazetteer_lacks_is_refused_and_nothing_saved(article, dana) -> None:
    response = _review(dana, article, IN_GROZNY, value=40, counted="men detained", place="Atlantis")
    assert response.status_code == 400
    assert "Place: Select a valid choice." in response.content.decode()
    with pytest.raises(ReviewError):
        figure_review(
            actor=None,
            article=article,
            start=IN_GROZNY[0],
            end=IN_GROZNY[1],
            value=40,
            counted="men detained",
            place="Atlantis",
        )
    assert not ExtractionReview.objects.exists()


def test_a_figure_placed_wrong_is_not_counted_right(article, dana) -> None:
    # The number and what it counts were right, the place was not: the measure of how often
    # the extractor is right says so, and a review of the place alone agrees.
    _review(dana, article, NATIONWIDE, **AS_READ_NATIONWIDE, place="Russia")
    _review(dana, article, IN_GROZNY, value=40, counted="men detained", place="Grozny")
    reviews = selectors.ledger_build()["reviews"]
    assert (reviews["figures"], reviews["figures_right"]) == (2, 1)
