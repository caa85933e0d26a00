"""Figures, mend round 12 (issue 16): known wrong counts, mended as classes, in both languages.

Each test holds a known wrong output of main (f0c0b59) and its variants, which failed on main,
then near-miss controls, whose answer on main was right and must not change
(docs/media-samples.md, "Sample wt-mend-fig").
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В отделе 2 задержанных погибли от пыток.", {(2, "", "people killed")}),
        ("В отделе 3 задержанных умерли от пыток.", {(3, "", "people killed")}),
        ("В камере 2 задержанных погибли от пыток.", {(2, "", "people killed")}),
        ("В отделе 2 задержанных погибли от побоев.", {(2, "", "people killed")}),
        ("В отделе 2 задержанных погибли под пытками.", {(2, "", "people killed")}),
        ("В отделе 2 задержанных мужчин погибли от пыток.", {(2, "", "men killed")}),
        (
            "В отделе 2 задержанных погибли, сообщили правозащитники.",
            {(2, "", "people killed")},
        ),
    ],
)
def test_the_detained_who_died_are_deaths(text: str, expected: set) -> None:
    """The parser hung the count on the place before it ("отделе 2 задержанных"); the verb
    after it, left with no subject, is the count's, and says what befell them."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 задержанных погибли от пыток.", {(2, "", "people killed")}),
        ("В подвале 4 задержанных умерли от пыток.", {(4, "", "people killed")}),
        ("В отделе двое задержанных погибли от пыток.", {(2, "", "people killed")}),
        ("В отделе 2 задержанных подверглись пыткам.", {(2, "", "people tortured")}),
        ("3 задержанных скончались.", {(3, "", "people killed")}),
        ("Двое задержанных были убиты.", {(2, "", "people killed")}),
        ("Two of the detained men died under torture.", {(2, "", "men killed")}),
        ("At the police station, 2 detainees died from torture.", {(2, "", "people killed")}),
        ("В камере 12 задержанных.", {(12, "", "people detained")}),
        ("В доме 12 человек были задержаны.", {(12, "", "people detained")}),
        ("В отделе 2 задержанных находились без еды.", {(2, "", "people detained")}),
        ("В камере двух задержанных нашли телефон.", {(2, "", "people detained")}),
        ("В доме 12 задержанных прошли обыски.", {(12, "", "people detained")}),
        ("Из отдела 3 задержанных отпустили.", {(3, "", "people detained")}),
        ("В отделе 2 задержанных рассказали о пытках.", {(2, "", "people detained")}),
        ("В отделе 2 задержанных не погибли.", set()),
        ("В школе 20 учеников задержали.", {(20, "", "people detained")}),
    ],
)
def test_the_detained_who_died_controls(text: str, expected: set) -> None:
    assert counts(text) == expected
