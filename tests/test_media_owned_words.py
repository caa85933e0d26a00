"""Words introduced as someone's answer, response or reply ("Then came Kadyrov’s answer: “…”",
"Kadyrov’s response was blunt: “…”") are that person's, not "Kadyrov’s answer" or
"Kadyrov’s"; someone who holds a role for them ("Kadyrov’s spokesman") is still not them."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "Police detained dozens of men in Chechnya.\n\n"
QUOTE = "“We don’t have those kinds of people here.”"


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Then came Kadyrov’s answer:", "Kadyrov"),
        ("Kadyrov’s response was blunt:", "Kadyrov"),
        ("Kadyrov’s reply:", "Kadyrov"),
        ("Kadyrov’s words were unambiguous:", "Kadyrov"),
        # A role held for him is not him.
        ("Kadyrov’s spokesman said:", "Kadyrov’s spokesman"),
    ],
)
def test_owned_words_are_the_owners(introduction, speaker):
    assert [s for _, s in quoted(f"{OPENING}{introduction} {QUOTE}\n")] == [speaker]
