"""A year in words is no figure (numbers.py, ``year_in_words``).

"в две тысячи семнадцатом году" gave 2000, "in two thousand and seventeen" 2017 and "in
twenty seventeen" 20 and 17, each with the sentence's event. A year in digits was already
no count; the counts beside a year in words still are.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "text",
    [
        "В две тысячи семнадцатом году были задержаны мужчины.",
        "В две тысячи восемнадцатом году из Чечни бежали люди.",
        "Задержания начались в две тысячи семнадцатом.",
        "В две тысячи двадцать первом году задержали геев.",
        "Men were detained in two thousand and seventeen.",
        "Men were detained in two thousand seventeen.",
        "In two thousand seventeen police detained men.",
        "Men were detained in twenty seventeen.",
        "In twenty seventeen police detained men.",
        "People fled in twenty seventeen and twenty eighteen.",
        "Men were detained in nineteen ninety-nine.",
    ],
)
def test_a_year_in_words_gives_no_figure(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В две тысячи семнадцатом году задержали сто мужчин.", {(100, "", "men detained")}),
        ("In twenty seventeen, police detained 100 men.", {(100, "", "men detained")}),
        ("In two thousand and seventeen, police detained 40 men.", {(40, "", "men detained")}),
        # Counts, not years: no date word before, or an ordinal that is not a compound's end.
        ("Two thousand and seventeen people were detained.", {(2017, "", "people detained")}),
        ("A group of two thousand and twenty people fled.", {(2020, "", "people left")}),
        ("Пять первых задержанных избили.", {(5, "", "people detained")}),
    ],
)
def test_the_counts_beside_a_year_stay(text: str, expected: set) -> None:
    assert counts(text) == expected
