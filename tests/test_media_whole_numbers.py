"""Numbers in words are read whole, not as two figures (numbers.py, ``_THOUSANDS`` and
``_EN_HUNDREDS``).

"3 тысячи пятьсот" gave 500 alone; "one hundred and fifty thousand two hundred" gave 150 000
and 200; "nine hundred ninety-nine" gave 900 and 99. Ranges and counts out of a whole stay
apart, as tests/test_media_thousands.py checks.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts, ranges

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Digits before the multiplier, then the rest of the number in words.
        (
            "По данным правозащитников, 3 тысячи пятьсот человек покинули республику.",
            {(3500, "", "people left")},
        ),
        ("Задержаны 2 тысячи двести мужчин.", {(2200, "", "men detained")}),
        # Controls: digits with the multiplier alone, and a decimal.
        (
            "По данным правозащитников, 2 тысячи человек покинули республику.",
            {(2000, "", "people left")},
        ),
        (
            "По данным правозащитников, 1,5 тысячи человек покинули республику.",
            {(1500, "", "people left")},
        ),
        # The hundreds of thousands, with the rest after "thousand".
        (
            "Activists say one hundred and fifty thousand two hundred people have fled the region.",
            {(150200, "", "people left")},
        ),
        ("Two hundred fifty thousand people fled.", {(250000, "", "people left")}),
        ("Three hundred and twenty thousand people fled.", {(320000, "", "people left")}),
        # Hundreds without "and" before their tens and units.
        ("Activists say nine hundred ninety-nine people have fled.", {(999, "", "people left")}),
        ("Police detained nine hundred ninety-nine men.", {(999, "", "men detained")}),
        ("One hundred five men were detained.", {(105, "", "men detained")}),
        ("Nine hundred people were detained.", {(900, "", "people detained")}),
        (
            "По данным правозащитников, девятьсот девяносто девять человек покинули республику.",
            {(999, "", "people left")},
        ),
    ],
)
def test_a_number_in_words_is_one_figure(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between two hundred and three hundred people were detained.",
            {(200, "between", 300, "people detained")},
        ),
        (
            "Between a hundred and two thousand people were detained.",
            {(100, "between", 2000, "people detained")},
        ),
        (
            "Between two thousand and three thousand people were detained.",
            {(2000, "between", 3000, "people detained")},
        ),
    ],
)
def test_the_and_of_a_range_still_joins_two_numbers(text: str, expected: set) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Из трёх тысяч двое погибли.", {(2, "", "people killed")}),
        ("Из 3 тысяч пятеро погибли.", {(5, "", "people killed")}),
        ("Out of three thousand ten were killed.", {(10, "", "people killed")}),
    ],
)
def test_a_count_out_of_a_whole_stays_apart(text: str, expected: set) -> None:
    assert counts(text) == expected
