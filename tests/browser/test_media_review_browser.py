"""An analyst corrects a speaker and a figure on an article page, in Chromium with JS off."""

from __future__ import annotations

from pathlib import Path

import pytest

from refuge.accounts.models import Role
from refuge.media.models import ExtractionReview
from refuge.media.services import article_ingest
from tests.browser.checks import sign_in
from tests.conftest import create_persona

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CASE = Path(__file__).resolve().parents[1] / "data" / "media_case"


def test_an_analyst_reviews_a_speaker_and_a_figure_without_javascript(
    live_server, launch_browser
) -> None:
    dana = create_persona("dana", Role.ANALYST)
    article, _created = article_ingest(path=CASE / "article-5.txt")
    base = live_server.url
    page = launch_browser(javascript=False, width=1200).new_page()
    sign_in(page, base, dana)
    page.goto(f"{base}/media/articles/{article.pk}/")

    denial = page.locator("#review-quote-2430-2509")
    denial.locator("input[name=speaker]").fill("Alvi Karimov")
    denial.locator("input[name=speaker_role]").fill("spokesman for Ramzan Kadyrov")
    denial.locator("button[value=save]").click()
    assert "Saved: the ledger uses your reading." in page.inner_text("main")
    assert "Reviewed: Alvi Karimov, spokesman for Ramzan Kadyrov" in page.inner_text(
        "#review-quote-2430-2509"
    )

    # A range that ends below its start passes the browser's own checks, not the server's:
    # the page comes back with what was typed and the reason beside the figure.
    prisoners = page.locator("#review-figure-492-534")
    prisoners.locator("input[name=high]").fill("10")
    prisoners.locator("select[name=counted]").select_option("men detained")
    prisoners.locator("button[value=save]").click()
    refused = page.locator("#review-figure-492-534")
    assert "A range ends at or above its first number." in refused.inner_text()
    assert refused.locator("input[name=high]").input_value() == "10"
    assert refused.locator("select[name=counted]").input_value() == "men detained"
    refused.locator("input[name=high]").fill("30")
    refused.locator("button[value=save]").click()
    assert "Reviewed: 15–30, men detained" in page.inner_text("#review-figure-492-534")

    page.locator("#review-figure-630-654 button[value=dismiss]").click()
    assert "Reviewed: counts nothing" in page.inner_text("#review-figure-630-654")
    assert ExtractionReview.objects.count() == 3

    page.goto(f"{base}/media/?speaker=Alvi+Karimov")
    assert "reviewed" in page.inner_text("main article.message")
