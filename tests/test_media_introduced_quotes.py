"""A quotation standing as its own paragraph is the words of whoever the paragraph before
introduces (the forty-eighth session, 2026-12-07; docs/media-rules.md, "Introduced quotations
and counts named elsewhere").

News sets its speaker up before a colon and gives the words a paragraph of their own
("Kochetkov told reporters:\n\n“…”"), or in a sentence that only sets the speaker's tone ("Igor
Kochetkov is less optimistic.\n\n“…”").
"""

from __future__ import annotations

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_HEAD = "Chechnya\n\n"
_WORDS = "\n\n“People are still calling our hotline every day.”\n"


@pytest.mark.parametrize(
    ("introduction", "expected"),
    [
        # The opening clause names someone else; the parse finds the subject after it.
        (
            "Speaking at a news conference in Moscow alongside Elena Milashina of Novaya "
            "Gazeta, Kochetkov told reporters:",
            "Kochetkov",
        ),
        # Whose message it is: its owner, past an aside.
        (
            "Ismail Isaev's last message to a friend, sent from the back of a car on the "
            "highway, read:",
            "Ismail Isaev",
        ),
        # A full name and a role the parse reads no better than the wording: the wording's.
        (
            "Reacting to news that Russia moves to close International Memorial, Marie "
            "Struthers, Amnesty International’s Eastern Europe and Central Asia Director, said:",
            "Marie Struthers",
        ),
    ],
)
def test_a_colon_introduces_the_next_paragraph(introduction: str, expected: str) -> None:
    assert speakers(_HEAD + introduction + _WORDS) == [expected]


@pytest.mark.parametrize(
    "introduction",
    [
        # Review: whoever reads out, quotes or passes on words is not their speaker.
        "At the press conference, Igor Kochetkov read out a message from a man still hiding in "
        "Chechnya:",
        "At the hearing, judge Aslan Magomedov read out the testimony of Ruslan Ibragimov:",
    ],
)
def test_who_passes_words_on_is_not_their_speaker(introduction: str) -> None:
    assert speakers(_HEAD + introduction + _WORDS) == [""]


def test_a_participles_aside_leaves_the_verb() -> None:
    # Second review: "quoting" in an aside; the sentence's own verb is "told".
    text = "A police officer in Argun, quoting the criminal code at length, told Novaya Gazeta:"
    assert speakers(_HEAD + text + _WORDS) == ["A police officer in Argun"]


@pytest.mark.parametrize(
    "introduction",
    [
        "A woman from Gudermes agreed to speak.\n\nThis is what she told the Guardian:",
        "A woman from Gudermes agreed to speak.\n\nThat was how she described it to Novaya Gazeta:",
    ],
)
def test_this_is_what_she_told(introduction: str) -> None:
    assert speakers(_HEAD + introduction + _WORDS) == ["A woman"]


@pytest.mark.parametrize(
    "tone",
    [
        "Back in St Petersburg, Igor Kochetkov is less optimistic.",
        "Igor Kochetkov, of the Russian LGBT Network, puts it bluntly.",
        "Igor Kochetkov disagrees.",
        # Review: a role before the name.
        "Her lawyer, Igor Kochetkov, disagrees.",
        "The network's director, Igor Kochetkov, is less optimistic.",
    ],
)
def test_a_sentence_setting_the_tone_introduces_the_next_paragraph(tone: str) -> None:
    text = _HEAD + "Rainbow Railroad says the resettled men are rebuilding their lives.\n\n" + tone
    assert speakers(text + _WORDS) == ["Igor Kochetkov"]


def test_a_sentence_about_someone_else_introduces_no_one() -> None:
    # Control: a sentence that is about its subject but sets no tone names no speaker.
    text = _HEAD + "Igor Kochetkov left Russia in 2022." + _WORDS
    assert speakers(text) == [""]
