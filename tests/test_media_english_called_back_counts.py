"""English counts after "the" call back people already introduced, from the blind sample
(blind5): "The two fled …", "the two have been threatened with honor killings", "arrested and
tortured the two men" count nobody new; the conventions count people where they are introduced.
A clause, a participle or "of" after the count says which people, as a first mention does.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once

_INTRODUCED = "Brothers held\n\nTwo brothers were detained in Nizhny Novgorod last week.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The two fled the Russian region after its crackdown but were arrested and sent back.",
        "NC SOS also said the two have been threatened with honor killings by distant relatives.",
        "The two men had escaped torture in the republic for their activism.",
        "Chechen authorities had allegedly arrested and tortured the two men for their activism.",
        "Activists fear the two brothers may be murdered.",
        "The two were tortured in the basement.",
    ],
)
def test_the_two_again_counts_no_one_new(sentence: str) -> None:
    assert counts(_INTRODUCED + sentence) == {(2, "", "men detained")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # Controls: the count itself, a count that says which, and "of them".
        ("Men held\n\nPolice detained two men in Grozny last week.", {(2, "", "men detained")}),
        ("Men held\n\nNovaya Gazeta named the 40 men held in Argun.", {(40, "", "men detained")}),
        (
            "Men held\n\nAt least 40 men were detained. The three of them who were killed were "
            "buried at night.",
            {(40, "at least", "men detained"), (3, "", "men killed")},
        ),
        (
            "Men held\n\nThe 12 men, who were not charged, were detained in Argun.",
            {(12, "", "men detained")},
        ),
        (
            "Men held\n\nRelatives of the 27 people executed in January were not told.",
            {(27, "", "people killed")},
        ),
        (
            "Men held\n\nAmong the 27 killed were two women.",
            {(27, "", "people killed"), (2, "", "women killed")},
        ),
    ],
)
def test_counts_that_say_which_people_stay(text: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(text) == expected
