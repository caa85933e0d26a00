"""English figures from half L1 of blind set L: "reported about two gay men who …" tells of them
(no qualifier, where the number is not one people round to); "kept in secret prisons" and "put
in a cell" hold people; "40 arrests of queer Chechens and two deaths" counts deaths killed; and
from half M1 of blind set M: "abducted and beaten - and some killed" is the abduction of all
and the death of some, "brought in 22 people" took them in."""

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once

HEADLINE = "Chechnya\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We previously reported about two gay men who found asylum in Lithuania.",
            {(2, "", "men evacuated")},
        ),
        (
            "Novaya Gazeta wrote about 27 men who were executed in January.",
            {(27, "", "men killed")},
        ),
        # A round number after the same verbs is an estimate still.
        ("The group reported about 40 arrests.", {(40, "about", "people detained")}),
        (
            "More than 100 gay men in Chechnya have reportedly been kept in secret prisons.",
            {(100, "more than", "men detained")},
        ),
        ("Thirty men were put in a cell.", {(30, "", "men detained")}),
        (
            "The purge resulted in 40 arrests of queer Chechens and two deaths.",
            {(40, "", "people detained"), (2, "", "people killed")},
        ),
        # From half M1 of blind set M.
        (
            "At least 100 men were abducted and beaten - and some killed - on suspicion of "
            "being gay.",
            {(100, "at least", "men detained")},
        ),
        ("Two men were detained and killed.", {(2, "", "men killed")}),
        (
            "Canada has quietly brought in 22 people, with more to come.",
            {(22, "", "people evacuated")},
        ),
    ],
)
def test_figures(sentence, expected):
    assert counts(f"{HEADLINE}{sentence}\n") == expected
