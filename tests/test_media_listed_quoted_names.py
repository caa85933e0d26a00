"""Capitalised quoted phrases listed together are names, not quotations, from the blind sample
(blind5): "we started cooperating with “All Out” and “Enough is Enough”". Speech quoted in
parts (lower case, or with a personal pronoun) stays speech.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

_TITLE = "Funds raised\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "At the beginning of April we started cooperating with “All Out” and “Enough is Enough”. "
        "Later we received other proposals.",
        "The campaigns “Enough is Enough” and “All Out” raised money for the evacuation.",
        "Donors included “Enough is Enough”, “All Out” and COC Netherlands.",
    ],
)
def test_names_listed_in_quotation_marks_are_no_quotations(sentence: str) -> None:
    assert quoted(_TITLE + sentence) == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Kadyrov said “we are not afraid” and “we will find all of them” in the interview.",
            [("we are not afraid", "Kadyrov"), ("we will find all of them", "Kadyrov")],
        ),
        (
            "Kadyrov said “We are not afraid of anyone” and “We will find them all” in the "
            "interview.",
            [("We are not afraid of anyone", "Kadyrov"), ("We will find them all", "Kadyrov")],
        ),
    ],
)
def test_speech_quoted_in_parts_stays_speech(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert quoted(_TITLE + sentence) == expected
