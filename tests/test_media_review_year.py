"""Analysts say which year's wave a figure describes, when it is not its article's.

The ledger groups figures by the wave they describe, which it takes from the article: an
article of 2019 retelling "in 2017, more than 100 men were detained" puts that count beside
the 40 detained in 2019 and flags two numbers for one event. The extractor's own reading of
the year proved wrong more often than right, so a person decides. Dana (analyst) reviews.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.audit.models import AuditEntry
from refuge.media import selectors
from refuge.media.models import ExtractionReview, MediaArticle
from refuge.media.services import ReviewError, figure_review
from tests.conftest import signed_in_client
from tests.media_helpers import stored_article

pytestmark = pytest.mark.django_db

FIRST_WAVE = "Chechnya raids\n\nPolice detained more than 100 men in Chechnya, activists said.\n"
SECOND_WAVE = (
    "A new wave in Chechnya\n\nAt least 40 men were detained in Chechnya this month, activists "
    "said.\n\nIn 2017, more than 100 men were detained in Chechnya, the group recalled.\n"
)
RETOLD = (104, 135)  # "more than 100 men were detained", in the article of 2019
RETOLD_READING = {"value": 100, "qualifier": "more than", "counted": "men detained"}


def _ingest(tmp_path: Path, name: str, text: str, published: date | None) -> MediaArticle:
    return stored_article(tmp_path, name, text, published=published, undated=published is None)


@pytest.fixture
def retelling(tmp_path: Path) -> MediaArticle:
    _ingest(tmp_path, "first.txt", FIRST_WAVE, date(2017, 5, 1))
    return _ingest(tmp_path, "second.txt", SECOND_WAVE, date(2019, 1, 20))


@pytest.fixture
def dana(persona_factory):
    return signed_in_client(persona_factory("dana", Role.ANALYST))


def _review(client, article: MediaArticle, **fields):
    data = {"kind": "figure", "start": RETOLD[0], "end": RETOLD[1], "action": "save"}
    return client.post(reverse("media:review", args=[article.pk]), {**data, **fields}, follow=True)


def _waves() -> dict[str, tuple[list[int], list[str]]]:
    """Each wave of men detained in Chechnya: its numbers, and its kinds of discrepancy."""
    return {
        group["period"]: (
            sorted(m["value"] for m in group["mentions"]),
            [d["kind"] for d in group["discrepancies"]],
        )
        for group in selectors.ledger_build()["figures"]
        if group["counted"] == "men detained"
    }


def test_a_retold_count_is_in_its_articles_wave_until_reviewed(retelling) -> None:
    assert _waves() == {
        "2017": ([100], []),
        "2019": ([40, 100], ["number", "wording"]),
    }


def test_an_analyst_gives_the_year_and_the_ledger_counts_it_in_that_wave(retelling, dana) -> None:
    page = _review(dana, retelling, **RETOLD_READING, place="Chechnya", year=2017)
    assert "Reviewed: more than 100, men detained; place: Chechnya; year: 2017" in (
        page.content.decode()
    )
    assert _waves() == {"2017": ([100, 100], []), "2019": ([40], [])}
    assert AuditEntry.objects.filter(action="media.item_reviewed").count() == 1

    # Withdrawn, the count is its article's again.
    _review(dana, retelling, action="withdraw")
    assert _waves()["2019"][0] == [40, 100]


def test_the_ledger_page_says_a_count_counted_in_another_wave_is_retold(retelling, dana) -> None:
    ledger = reverse("media:ledger")
    assert "in an article of" not in dana.get(ledger).content.decode()
    _review(dana, retelling, **RETOLD_READING, place="Chechnya", year=2017)
    page = dana.get(ledger).content.decode()
    assert page.count("in an article of 2019") == 1


def test_an_empty_year_is_the_articles(retelling, dana) -> None:
    _review(dana, retelling, **RETOLD_READING, place="Chechnya", year="")
    assert "year" not in ExtractionReview.objects.get().reading
    assert _waves()["2019"][0] == [40, 100]


@pytest.mark.parametrize("year", [2020, 1850])
def test_a_year_the_article_cannot_count_is_refused_and_nothing_saved(
    retelling, dana, year
) -> None:
    response = _review(dana, retelling, **RETOLD_READING, place="Chechnya", year=year)
    assert response.status_code == 400
    page = response.content.decode()
    if year == 2020:
        assert "An article cannot count what happens after it: 2019 at the latest." in page
    # What was typed is offered again.
    assert f'name="year" type="number" min="1900" max="2019" placeholder="2019" value="{year}"' in (
        page
    )
    with pytest.raises(ReviewError):
        figure_review(
            actor=None,
            article=retelling,
            start=RETOLD[0],
            end=RETOLD[1],
            year=year,
            **RETOLD_READING,
        )
    assert not ExtractionReview.objects.exists()


def test_an_undated_articles_figure_takes_the_year_given(tmp_path: Path, dana) -> None:
    _ingest(tmp_path, "first.txt", FIRST_WAVE, date(2017, 5, 1))
    undated = _ingest(tmp_path, "second.txt", SECOND_WAVE, None)
    # The article names 2017 and no later year, so both its counts are placed in 2017.
    assert _waves() == {"2017": ([40, 100, 100], ["number", "wording"])}
    _review(
        dana,
        undated,
        start=24,
        end=53,
        value=40,
        qualifier="at least",
        counted="men detained",
        place="Chechnya",
        year=2019,
    )
    assert _waves() == {"2017": ([100, 100], []), "2019": ([40], [])}
