"""`refuge media reread`: an upgraded extractor, measured on the organisation's own articles.

Stored extractions are what the extractor read when each article was ingested. After an
upgrade, the analysts' reviews are the one measure of the new extractor on articles that are in
no repository, so rereading compares the stored and the new readings with them before (or
without) storing the new ones. These tests make the stored reading an older extractor's by
changing it in the database, as an older version would have left it.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command

from refuge.accounts.models import Role
from refuge.audit.models import AuditEntry
from refuge.media.models import MediaArticle
from refuge.media.services import article_ingest, articles_reread, figure_review, quote_review

pytestmark = pytest.mark.django_db

CASE = Path(__file__).resolve().parent / "data" / "media_case"
DENIAL = (2430, 2509)  # article 5: "You cannot detain and persecute people who simply do not exist"
MESSAGES = (630, 654)  # article 5: "about 30 unique messages"


@pytest.fixture
def reviewed(persona_factory) -> MediaArticle:
    """Article 5 with an analyst's speaker for the denial and the messages figure confirmed;
    its stored reading then made an older extractor's: the figure counting something else and
    the denial not found at all."""
    dana = persona_factory("dana", Role.ANALYST).user
    article, _created = article_ingest(path=CASE / "article-5.txt")
    quote_review(
        actor=dana, article=article, start=DENIAL[0], end=DENIAL[1], speaker="Alvi Karimov"
    )
    figure_review(
        actor=dana,
        article=article,
        start=MESSAGES[0],
        end=MESSAGES[1],
        value=30,
        qualifier="about",
        counted="messages received",
    )
    older = article.extraction
    older["quotes"] = [q for q in older["quotes"] if q["start"] != DENIAL[0]]
    for figure in older["figures"]:
        if (figure["start"], figure["end"]) == MESSAGES:
            figure["counted"] = "people detained"
    article.save(update_fields=["extraction"])
    return article


def _reread(*flags: str) -> str:
    out = io.StringIO()
    call_command("media", "reread", *flags, stdout=out)
    return out.getvalue()


def _row(output: str, label: str) -> list[str]:
    line = next(line for line in output.splitlines() if line.strip().startswith(label))
    return line[len(label) + 2 :].split()


def test_a_dry_run_compares_both_readings_with_the_reviews_and_stores_nothing(reviewed) -> None:
    older = MediaArticle.objects.get().extraction
    output = _reread("--dry-run")
    assert "Read 1 article again with this version's extractor: 1 read differently." in output
    assert _row(output, "figures read right") == ["0", "of", "1", "1", "of", "1"]
    # The older reading does not find the reviewed quotation; this version's does.
    assert _row(output, "speakers named right") == ["0", "of", "0", "0", "of", "1"]
    assert _row(output, "reviews of words not found") == ["1", "0"]
    assert "Nothing stored (--dry-run)" in output
    assert MediaArticle.objects.get().extraction == older
    assert not AuditEntry.objects.filter(action="media.article_reread").exists()


def test_rereading_stores_the_new_readings_audited_and_once(reviewed) -> None:
    assert "Stored 1 new reading." in _reread()
    stored = MediaArticle.objects.get()
    assert DENIAL[0] in {q["start"] for q in stored.extraction["quotes"]}
    entry = AuditEntry.objects.get(action="media.article_reread")
    assert entry.details == {"sha256": stored.sha256}

    again = _reread()
    assert "0 read differently" in again
    assert "Stored" not in again
    assert _row(again, "figures read right") == ["1", "of", "1", "1", "of", "1"]
    assert AuditEntry.objects.filter(action="media.article_reread").count() == 1


def test_the_json_report_names_every_count(reviewed) -> None:
    report = json.loads(_reread("--dry-run", "--json"))
    assert report["articles"] == 1
    assert report["changed"] == 1
    assert report["stored"] == 0
    assert report["before"] == {
        "speakers": 0,
        "speakers_right": 0,
        "quotes_dismissed": 0,
        "figures": 1,
        "figures_right": 0,
        "figures_dismissed": 0,
        "dismissed_gone": 0,
        "unmatched": 1,
    }
    assert report["after"] | {"speakers": 1, "figures_right": 1, "unmatched": 0} == report["after"]
    assert report["unmatched"] == []


def _with_stray_quotation(article: MediaArticle) -> MediaArticle:
    """The article with words (its first five characters) an older version read as a
    quotation and this one does not."""
    stray = {**article.extraction["quotes"][0], "start": 0, "end": 5, "part_of": None}
    article.extraction["quotes"].insert(0, stray)
    article.save(update_fields=["extraction"])
    return article


def test_it_names_the_articles_whose_reviewed_words_the_new_reading_loses(
    reviewed, persona_factory
) -> None:
    _reread()
    article = _with_stray_quotation(MediaArticle.objects.get())
    cora = persona_factory("cora", Role.COORDINATOR).user
    quote_review(actor=cora, article=article, start=0, end=5, speaker="Anna Smirnova")
    output = _reread("--dry-run")
    assert _row(output, "reviews of words not found") == ["0", "1"]
    assert f"  /media/articles/{article.pk}/ article-5.txt (1 review)" in output
    report = json.loads(_reread("--dry-run", "--json"))
    assert report["unmatched"] == [{"article": article.pk, "title": article.title, "reviews": 1}]


def test_a_dismissed_reading_the_new_version_no_longer_makes_is_no_loss(
    reviewed, persona_factory
) -> None:
    _reread()
    article = _with_stray_quotation(MediaArticle.objects.get())
    cora = persona_factory("cora", Role.COORDINATOR).user
    quote_review(actor=cora, article=article, start=0, end=5, dismissed=True)
    output = _reread("--dry-run")
    assert _row(output, "dismissed quotations still read") == ["1", "0"]
    assert _row(output, "dismissed readings no longer made") == ["0", "1"]
    assert _row(output, "reviews of words not found") == ["0", "0"]


def test_a_dismissed_reading_found_again_with_other_bounds_is_back_not_gone(
    reviewed, persona_factory
) -> None:
    _reread()
    article = MediaArticle.objects.get()
    first = article.extraction["quotes"][0]
    first["end"] -= 1  # an older version read it a character shorter
    article.save(update_fields=["extraction"])
    cora = persona_factory("cora", Role.COORDINATOR).user
    quote_review(
        actor=cora, article=article, start=first["start"], end=first["end"], dismissed=True
    )
    output = _reread("--dry-run")
    assert _row(output, "dismissed readings no longer made") == ["0", "0"]
    assert _row(output, "reviews of words not found") == ["0", "1"]
    assert f"/media/articles/{article.pk}/" in output


def test_an_article_ingested_again_during_the_reread_keeps_that_reading(reviewed) -> None:
    later, _created = article_ingest(path=CASE / "article-1.txt")
    later.extraction["figures"] = []  # an older version's reading
    later.save(update_fields=["extraction"])
    calls = []

    def ingest_again() -> None:  # while the reread is past article 5, before article 1
        if not calls:
            article_ingest(path=CASE / "article-1.txt", published=date(2017, 4, 5))
        calls.append(True)

    report = articles_reread(store=True, progress=ingest_again)
    assert (report.changed, report.stored) == (2, 1)
    stored = MediaArticle.objects.get(pk=later.pk)
    assert stored.published == date(2017, 4, 5)
    assert stored.extraction["figures"]  # the reading made on ingesting, kept
    assert AuditEntry.objects.filter(action="media.article_reread").count() == 1


def test_the_ledger_uses_the_reviewed_reading_only_once_the_words_are_found_again(
    reviewed,
) -> None:
    def karimov_quotes() -> int:
        out = io.StringIO()
        call_command("media", "ledger", "--json", stdout=out)
        statements = json.loads(out.getvalue())["statements"]
        return sum(len(s["quotes"]) for s in statements if s["speaker"] == "Alvi Karimov")

    assert karimov_quotes() == 0
    _reread()
    assert karimov_quotes() == 1


def test_articles_nobody_reviewed_are_reread_without_a_comparison(db) -> None:
    article, _created = article_ingest(path=CASE / "article-1.txt")
    output = _reread()
    assert "Read 1 article again with this version's extractor: 0 read differently." in output
    assert "No analyst has reviewed a reading yet: nothing to compare with." in output
    assert MediaArticle.objects.get().extraction == article.extraction


def test_with_no_articles_there_is_nothing_to_read(db) -> None:
    assert "Read 0 articles again" in _reread("--dry-run")
