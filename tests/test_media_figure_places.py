"""Where a figure was counted: the place its own clause names (refuge/media/extract/
figure_places.py), so "1,700 detained nationwide" and "400 detained in Moscow" can be told
apart. Readings stored before the field have no place until read again.
"""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from refuge.media.articles import parse_article
from refuge.media.extract import extract

NATIONWIDE = (
    "Protests against the war\n\n"
    "Police detained 1,700 people across the country on Sunday, and 400 people were detained "
    "in Moscow, a monitoring group said.\n"
)
NATIONWIDE_RU = (
    "Задержания на акциях\n\n"
    "В воскресенье по всей стране задержаны 1700 человек, в Москве задержали 400 человек, "
    "сообщает правозащитный проект.\n"
)
IN_CHECHNYA = (
    "Detentions in the republic\n\n"
    "More than 100 men have been detained in Chechnya, the newspaper reported on Saturday.\n"
)
UNPLACED = (
    "Detentions reported\n\n"
    "At least 100 men have been detained, activists said on Monday, citing their sources.\n"
)


def _places(text: str) -> list[tuple[int, str, str]]:
    figures = extract(parse_article(text.encode(), source="f.txt")).figures
    return [(f.value, f.counted, f.place) for f in figures]


def test_a_figure_takes_the_place_its_own_clause_names() -> None:
    assert _places(NATIONWIDE) == [
        (1700, "people detained", "Russia"),
        (400, "people detained", "Moscow"),
    ]
    assert _places(NATIONWIDE_RU) == [
        (1700, "people detained", "Russia"),
        (400, "people detained", "Moscow"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list whose noun and verb are left out: each count its own place.
        (
            "Задержания\n\nДвое задержаны в Аргуне, один - в Грозном, сообщили источники.\n",
            [(2, "people detained", "Argun"), (1, "people detained", "Grozny")],
        ),
        # The place before the figure, in its clause.
        (
            "Задержания\n\nВ Чечне задержаны более 100 мужчин, сообщает газета.\n",
            [(100, "men detained", "Chechnya")],
        ),
        # Another clause's place is not the figure's.
        (
            "A report\n\nThe report, published in Moscow, says 12 people were detained.\n",
            [(12, "people detained", "")],
        ),
        # An adjective of a place names no place.
        (
            "Prisons\n\nAt least 12 people were detained in Russian prisons last year.\n",
            [(12, "people detained", "")],
        ),
        # An abbreviation's full stops end no clause; a sentence's does.
        (
            "Abroad\n\nPolice detained 40 men in the U.S. last year, the group said.\n",
            [(40, "men detained", "United States")],
        ),
        (
            "Abroad\n\nPolice detained 40 men. They were later released in the U.S.\n",
            [(40, "men detained", "")],
        ),
    ],
    ids=["list", "before", "other-clause", "adjective", "abbreviation", "next-sentence"],
)
def test_only_the_figures_own_clause_places_it(text, expected) -> None:
    assert _places(text) == expected


def test_extract_json_gives_each_figure_its_place(tmp_path, capsys) -> None:
    path = tmp_path / "nationwide.txt"
    path.write_text(NATIONWIDE)
    call_command("media", "extract", str(path), "--json")
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert [f["place"] for f in figures] == ["Russia", "Moscow"]
    assert set(figures[0]) == {
        "value",
        "high",
        "qualifier",
        "counted",
        "when",
        "text",
        "start",
        "end",
        "place",
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Where to, not where: the accusative after "в" (the nominative of most towns).
        ("Ещё 12 задержанных мужчин были доставлены в Грозный.", ""),
        ("7 человек были задержаны и отправлены в Гудермес.", ""),
        # Where: the locative, or a name that does not decline.
        ("В Грозном задержаны 30 мужчин.", "Grozny"),
        ("В Гудермесе задержаны 4 человека.", "Gudermes"),
        ("В Ведено задержаны 5 человек.", "Vedeno"),
    ],
)
def test_a_russian_place_is_where_only_in_the_locative(text: str, place: str) -> None:
    assert [found for _value, _counted, found in _places(f"Задержания\n\n{text}\n")] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Where people left or were taken from is the count's place, where no other is named.
        ("The Network evacuated 150 people from Chechnya last year.", "Chechnya"),
        ("At least 30 people fled out of Chechnya.", "Chechnya"),
        ("Более 100 человек были вывезены из Чечни.", "Chechnya"),
        # Where they were counted comes first; a place of another clause is not the figure's.
        ("Police detained 40 men from Chechnya in Moscow last week.", "Moscow"),
        ("Police detained 40 men, the report from Moscow said.", ""),
    ],
)
def test_where_people_came_from_places_a_count(text: str, place: str) -> None:
    assert [found for _value, _counted, found in _places(f"Evacuations\n\n{text}\n")] == [place]
