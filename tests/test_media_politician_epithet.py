""" "the politician" (and "the leader", "the president") after two people were described is the
one described in politics ("the Chechen leader Ramzan Kadyrov"), not the most salient one
("Kimahli Powell, the executive director of Rainbow Railroad", who spoke last). With no one in
politics, the most salient person, as before."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "“We now focus on integration,” said Kimahli Powell, the executive director of a charity."
QUOTE = "\n\n“If there are any, take them to Canada,” said the politician.\n"


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        ("The Chechen leader Ramzan Kadyrov suggested deporting gay men.", "Ramzan Kadyrov"),
        (
            "According to The Independent, the Chechen leader Ramzan Kadyrov himself suggested "
            "deporting gay men.",
            "Ramzan Kadyrov",
        ),
        ("Russian President Vladimir Putin discussed the issue.", "Vladimir Putin"),
        ("The charity has helped dozens of men.", "Kimahli Powell"),
    ],
)
def test_the_politician_is_the_one_in_politics(middle, speaker):
    text = f"{OPENING}\n\n{middle}{QUOTE}"
    assert [s for _, s in quoted(text)] == ["Kimahli Powell", speaker]
