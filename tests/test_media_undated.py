"""A wrong date given at ingest can be taken back: `refuge media ingest --undated` stores the
article with no date (not the file's either, then or at a later ingest, until a date is
given), and is refused together with --date."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from refuge.media.models import MediaArticle

pytestmark = pytest.mark.django_db

ARTICLE = Path(__file__).resolve().parent / "data" / "media_case" / "article-1.txt"


def _ingest(*args: str) -> str:
    out = io.StringIO()
    call_command("media", "ingest", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_a_wrong_date_is_taken_back_and_stays_taken_back(tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text("Detentions\n\nPolice detained about 40 men in Grozny in 2017.\n")
    _ingest(str(undated), "--date", "2071-04-05", "--outlet", "Novaya Gazeta")
    again = _ingest(str(undated), "--undated")
    assert again.startswith(f"{undated}: already there, read again")
    article = MediaArticle.objects.get()
    assert article.published is None
    assert article.outlet == "Novaya Gazeta"  # only the date is taken back
    assert article.era == 2017  # as for any undated article: the latest year it names
    _ingest(str(undated))  # the file names no date, and none is stored
    assert MediaArticle.objects.get().published is None
    _ingest(str(undated), "--date", "2017-04-05")
    assert MediaArticle.objects.get().published == date(2017, 4, 5)


def test_undated_sets_aside_the_files_own_date_until_a_date_is_given() -> None:
    _ingest(str(ARTICLE), "--undated")  # the file starts " date 2017-04-05"
    assert MediaArticle.objects.get().published is None
    # Ingesting the folder again later does not bring the wrong date back.
    _ingest(str(ARTICLE))
    assert MediaArticle.objects.get().published is None
    _ingest(str(ARTICLE), "--date", "2017-04-06")
    assert MediaArticle.objects.get().published == date(2017, 4, 6)
    _ingest(str(ARTICLE))  # the date given is kept, as any is
    assert MediaArticle.objects.get().published == date(2017, 4, 6)


def test_a_date_and_undated_together_are_refused() -> None:
    with pytest.raises(CommandError, match="argument --undated: not allowed with argument --date"):
        _ingest(str(ARTICLE), "--date", "2017-04-05", "--undated")
    assert not MediaArticle.objects.exists()
