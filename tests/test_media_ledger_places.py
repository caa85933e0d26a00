"""The ledger keeps counts for different places apart: "1,700 detained nationwide" and "400
detained in Moscow" are two counts, not one count given two ways. It groups figures by event,
year and place and shows the place on the page, on the command line and in `ledger --json`.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.media import labels, lexicon, selectors
from tests.conftest import signed_in_client
from tests.media_helpers import stored_article
from tests.test_media_figure_places import IN_CHECHNYA, NATIONWIDE, NATIONWIDE_RU, UNPLACED

pytestmark = pytest.mark.django_db
CASE = Path(__file__).resolve().parent / "data" / "media_case"


def _groups() -> list[tuple[str, str, str, set[int], set[str]]]:
    return [
        (
            f["counted"],
            f["period"],
            f["place"],
            {m["value"] for m in f["mentions"]},
            {d["kind"] for d in f["discrepancies"]},
        )
        for f in selectors.ledger_build()["figures"]
    ]


def test_counts_for_different_places_are_no_discrepancy(tmp_path) -> None:
    stored_article(tmp_path, "en.txt", NATIONWIDE, published=date(2022, 3, 7))
    stored_article(tmp_path, "ru.txt", NATIONWIDE_RU, published=date(2022, 3, 7))
    assert sorted(_groups()) == [
        ("people detained", "2022", "Moscow", {400}, set()),
        ("people detained", "2022", "Russia", {1700}, set()),
    ]


def test_a_figure_without_a_place_joins_the_one_place_named(tmp_path) -> None:
    stored_article(tmp_path, "placed.txt", IN_CHECHNYA, published=date(2017, 4, 1))
    stored_article(tmp_path, "unplaced.txt", UNPLACED, published=date(2017, 4, 3))
    assert _groups() == [("men detained", "2017", "Chechnya", {100}, {"wording"})]


def test_a_figure_without_a_place_stays_apart_where_several_were_named(tmp_path) -> None:
    stored_article(tmp_path, "en.txt", NATIONWIDE, published=date(2022, 3, 7))
    stored_article(
        tmp_path,
        "unplaced.txt",
        "Detentions\n\nPolice detained 400 people on Sunday, activists said.\n",
        published=date(2022, 3, 8),
    )
    assert sorted(_groups()) == [
        ("people detained", "2022", "", {400}, set()),
        ("people detained", "2022", "Moscow", {400}, set()),
        ("people detained", "2022", "Russia", {1700}, set()),
    ]


def test_ledger_command_shows_the_place(tmp_path, capsys) -> None:
    stored_article(tmp_path, "en.txt", NATIONWIDE, published=date(2022, 3, 7))
    call_command("media", "ledger", "--json")
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert {f["place"] for f in figures} == {"Russia", "Moscow"}
    assert {m["place"] for f in figures for m in f["mentions"]} == {"Russia", "Moscow"}
    call_command("media", "ledger")
    out = capsys.readouterr().out
    assert "people detained (2022, Moscow): 400" in out
    assert "people detained (2022, Russia): 1700" in out


def test_a_reading_stored_before_places_has_none_until_read_again(tmp_path, capsys) -> None:
    stored = stored_article(tmp_path, "en.txt", NATIONWIDE, published=date(2022, 3, 7))
    for figure in stored.extraction["figures"]:
        del figure["place"]
    stored.save(update_fields=["extraction"])
    assert sorted(_groups()) == [
        ("people detained", "2022", "", {400, 1700}, {"number", "wording"})
    ]
    call_command("media", "reread")
    capsys.readouterr()
    assert {g[2] for g in _groups()} == {"Russia", "Moscow"}


def test_the_ledger_page_shows_the_place_in_the_readers_language(tmp_path, persona_factory) -> None:
    stored_article(tmp_path, "en.txt", NATIONWIDE, published=date(2022, 3, 7))
    analyst = signed_in_client(persona_factory("dana", Role.ANALYST))
    page = analyst.get(reverse("media:ledger")).content.decode()
    assert '<th scope="col">Place</th>' in page
    assert '<td data-label="Place">Moscow</td>' in page
    assert '<td data-label="Place">Russia</td>' in page
    analyst.post(reverse("set_language"), {"language": "ru", "next": "/"})
    page = analyst.get(reverse("media:ledger")).content.decode()
    assert '<th scope="col">Место</th>' in page
    assert '<td data-label="Место">Москва</td>' in page
    assert '<td data-label="Место">Россия</td>' in page


def test_every_place_the_extractor_names_has_a_label() -> None:
    assert set(labels.PLACE_LABELS) == set(lexicon.PLACES)


def test_the_case_articles_2017_detentions_stay_one_figure_in_chechnya(tmp_path, capsys) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(CASE, folder)
    call_command("media", "ingest", str(folder))
    capsys.readouterr()
    detained = [g for g in _groups() if g[:2] == ("men detained", "2017")]
    assert detained == [("men detained", "2017", "Chechnya", {100}, {"wording"})]
