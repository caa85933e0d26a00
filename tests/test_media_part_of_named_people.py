"""A part "of them" takes the noun of the people named before it, when no number stands
between: in Russian too ("десятки мужчин; по меньшей мере трое из них умерли"), past a
relative clause the parser hung on the amount ("десятки мужчин, как минимум двое из которых
погибли"), and from the sentence before when the part opens its own ("Dozens of men were
detained. Two of them died."). A capitalised Russian word is a name, not the people
("Кимахли Пауэлл, 31 из них"), and men and women together stay people."""

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В тюрьме содержатся несколько десятков мужчин; по меньшей мере трое из них умерли.",
            {(3, "at least", "men killed")},
        ),
        (
            "В Аргуне задержали десятки мужчин, как минимум двое из которых погибли.",
            {(2, "at least", "men killed")},
        ),
        ("В Аргуне задержали десятки мужчин. Двое из них погибли.", {(2, "", "men killed")}),
        ("Dozens of men were detained. Two of them died.", {(2, "", "men killed")}),
        ("Police detained dozens of men and women. Two of them died.", {(2, "", "people killed")}),
        (
            "Организация помогла 35 геям покинуть Россию. Как рассказал директор организации "
            "Кимахли Пауэлл, 31 из них получил убежище в Канаде.",
            {(35, "", "people evacuated"), (31, "", "people evacuated")},
        ),
        # Things, not people: the rifles the clause describes.
        ("Полиция изъяла десятки автоматов, два из которых числились похищенными.", set()),
    ],
)
def test_a_part_takes_the_people_named_before(text, expected):
    assert counts(text) == expected
