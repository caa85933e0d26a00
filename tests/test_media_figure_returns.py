"""Counts of people brought back from the war in Iraq and Syria (figure_returns.py), and two
events the figure lists missed, from sets YB, ZB and DR (docs/media-rules.md)."""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Set YB: children, so the war need not be named.
        (
            "Seven children were flown back on a similar flight last month.",
            {(7, "", "people evacuated")},
        ),
        # Set ZB: the women are counted by their own noun, the war named in the clause.
        (
            "Over the past two months, four women and 16 children from Russia and Kazakhstan "
            "have been returned from Syria and Iraq.",
            {(4, "", "women evacuated"), (16, "", "people evacuated")},
        ),
        # Set DR: the future and the passive, with children.
        (
            "Кадыров сообщил, что из Ирака в Россию перевезут 94 ребенка россиянок.",
            {(94, "", "people evacuated")},
        ),
        (
            "«Домой в Россию будет возвращено 94 ребенка», — сказал Кадыров.",
            {(94, "", "people evacuated")},
        ),
        (
            "Пятерых российских детей — уроженцев Чечни — доставили самолётом в Москву из Сирии.",
            {(5, "", "people evacuated")},
        ),
        # Set DR: adults, whose return is an evacuation because the paragraph names Iraq.
        (
            "Детей вывезут из Ирака в два этапа. Также планируется вернуть 45 человек, которые "
            "родились за пределами России.",
            {(45, "", "people evacuated")},
        ),
    ],
)
def test_a_return_from_the_war_abroad_is_an_evacuation(text: str, expected: set) -> None:
    assert counts(f"Title here\n\n{text}\n") == expected


@pytest.mark.parametrize(
    "text",
    [
        # A forced return is the opposite of an evacuation.
        "Police forcibly returned two women to the republic, where they were locked up.",
        "Двух девушек насильно вернули в Чечню из Москвы.",
        # Adults brought somewhere, with no war abroad named: custody, not rescue (set CR).
        "Потом привезли еще четырех человек.",
        "Three men returned home to Chechnya last year.",
        # Things returned, not people.
        "The Iraqi authorities returned 16 passports to Russia.",
    ],
)
def test_a_return_elsewhere_counts_no_one(text: str) -> None:
    assert counts(f"Title here\n\n{text}\n") == set()


def test_left_behind_is_not_leaving() -> None:
    # Set YB: "eight children and four women … who had been left behind in areas liberated
    # from Daesh" counted the women as having left.
    text = (
        "Title here\n\nKadyrov announced the evacuation from Iraq of eight children and four "
        "women, originating from Russia and Kazakhstan, who had been left behind in areas "
        "liberated from Daesh group's fighters.\n"
    )
    assert counts(text) == {(8, "", "people evacuated"), (4, "", "women evacuated")}


def test_evacuees_are_evacuated() -> None:
    assert counts("Title here\n\nA plane carrying 12 evacuees landed in Grozny.\n") == {
        (12, "", "people evacuated")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Set DR: neither word of "лишились жизни" is an event alone.
        (
            "В воскресенье по вине троих бандитов в городе Шали лишились жизни два сотрудника "
            "полиции.",
            {(2, "", "people killed")},
        ),
        (
            "В результате нападения жизни лишились два сотрудника полиции.",
            {(2, "", "people killed")},
        ),
        ("Двое мужчин были лишены жизни в подвале.", {(2, "", "men killed")}),
        ("Трое жителей лишились работы.", set()),
    ],
)
def test_losing_ones_life_is_being_killed(text: str, expected: set) -> None:
    assert counts(f"Заголовок\n\n{text}\n") == expected
