"""A quotation attributed to "one" or "another" after the paragraph brought in people by number
and kind ("Several survivors spoke to the BBC.") is one of them ("one of the survivors"), not
"one"; with no such group in the paragraph the word stays as it was."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "Police detained dozens of men in Chechnya.\n\n"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Several survivors spoke to the BBC. “They beat us with pipes,” one said. “I still "
            "have nightmares,” another added.",
            ["one of the survivors", "another of the survivors"],
        ),
        (
            "Two of the men agreed to speak. “They beat us with pipes,” one said.",
            ["one of the men"],
        ),
        # No group in the paragraph.
        ("The reports were published on Monday. “They beat us with pipes,” one said.", ["one"]),
    ],
)
def test_one_of_the_group_before(text, speakers):
    assert [s for _, s in quoted(OPENING + text + "\n")] == speakers
