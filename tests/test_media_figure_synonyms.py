"""Figures whose words the lists did not hold. Session 25 rewrote the numbers, qualifiers and
event verbs of the articles read for rules ("three" for "3", "no fewer than" for "at least",
"rounded up" for "detained") and kept the figures that stopped being read right: "slain" was
no killing, and "assisted 114 people flee" a flight, where "helped" made it an evacuation."""

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "At least three people were slain in the second wave, the group said.",
            (3, "at least", "people killed"),
        ),
        (
            "The network assisted 114 people flee the region last year.",
            (114, "", "people evacuated"),
        ),
        ("Since April, 31 men were assisted to escape from Chechnya.", (31, "", "men evacuated")),
    ],
)
def test_a_figure_in_other_words(text, figure):
    assert counts(f"Figures\n\n{text}\n") == {figure}
