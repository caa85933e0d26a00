"""Numbers in words past a thousand are one number, not two (numbers.py, ``_THOUSANDS``).

"Three thousand five hundred people have fled" used to give two figures, 3000 and 500, both
wrong; so did "три тысячи пятьсот". The "and" of a range stays a range's.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts, ranges

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Activists say three thousand five hundred people have fled the region.",
            {(3500, "", "people left")},
        ),
        (
            "Two thousand three hundred and twelve people were detained, activists said.",
            {(2312, "", "people detained")},
        ),
        ("One thousand two hundred people were detained.", {(1200, "", "people detained")}),
        ("Some five thousand and twenty men were detained.", {(5020, "about", "men detained")}),
        (
            "По данным правозащитников, три тысячи пятьсот человек покинули республику.",
            {(3500, "", "people left")},
        ),
        ("Тысяча двести человек были задержаны.", {(1200, "", "people detained")}),
        (
            "Two thousand nine hundred ninety-nine people were detained.",
            {(2999, "", "people detained")},
        ),
        ("Twenty five thousand three hundred people fled.", {(25300, "", "people left")}),
        # Controls: a thousand alone, and a multiplier not followed by more of the number.
        ("Two thousand people were detained.", {(2000, "", "people detained")}),
        ("Более трех тысяч человек были задержаны.", {(3000, "more than", "people detained")}),
    ],
)
def test_thousands_with_what_follows_are_one_number(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_the_and_between_two_thousands_joins_a_range() -> None:
    assert ranges("Between two thousand and three thousand people were detained.") == {
        (2000, "between", 3000, "people detained")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count out of the thousands is its own number (review of the change).
        ("Из трёх тысяч двое погибли.", {(2, "", "people killed")}),
        ("Из тысячи пятеро погибли.", {(5, "", "people killed")}),
        ("Out of three thousand ten were killed.", {(10, "", "people killed")}),
        ("A total of three thousand five hundred people fled.", {(3500, "", "people left")}),
    ],
)
def test_a_count_out_of_the_thousands_stays_apart(text: str, expected: set) -> None:
    assert counts(text) == expected
