"""English witnesses and answers, from constructed probes in the styles of victims' accounts and
broadcast interviews: "A 21-year-old woman from Grozny told …" is someone unnamed, as "A young
woman" was; and "he replied" after "X asked Y about …" is Y's answer, not X's."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

HEADLINE = "Survivors Speak Out\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A 21-year-old woman from Grozny told Human Rights Watch that her family had "
            "threatened to kill her. “My uncle said he would do it himself,” she said.",
            "A 21-year-old woman",
        ),
        (
            "A 25-year-old man told Novaya Gazeta he was beaten.\n\n“They wanted names,” he said.",
            "A 25-year-old man",
        ),
    ],
)
def test_an_unnamed_witness_with_an_age(text, speaker):
    assert [s for _, s in quoted(f"{HEADLINE}{text}\n")] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [("he replied", "Ramzan Kadyrov"), ("he said", "David Scott")],
)
def test_a_reply_is_the_one_asked(attribution, speaker):
    text = (
        f"{HEADLINE}David Scott asked Ramzan Kadyrov about the killings. “They are devils,” "
        f"{attribution}.\n"
    )
    assert [s for _, s in quoted(text)] == [speaker]


def test_a_reply_after_a_pronoun_asked():
    text = (
        f"{HEADLINE}Ramzan Kadyrov spoke to David Scott. Scott pressed him on the killings.\n\n"
        "“They are devils,” he answered.\n"
    )
    assert [s for _, s in quoted(text)] == ["Ramzan Kadyrov"]
