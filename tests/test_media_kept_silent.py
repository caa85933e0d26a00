"""Someone the article says did not speak is not whom the next "he" or "she" means (the
forty-seventh session, 2026-12-07; docs/media-rules.md, "Where the parse slips").

News names the people it asked and who did not answer between one speaker's words and the
next: "Peskov declined to comment. “…,” he said." is not Peskov's.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_BEFORE = (
    "Maxim Lapunov told reporters in Moscow that he had been held in a basement in Grozny for "
    "twelve days."
)
_AFTER = "\n\n“I want the people who did this to be punished,” he said.\n"


@pytest.mark.parametrize(
    "silence",
    [
        " Vladimir Putin has not commented on the case.",
        " Dmitry Peskov declined to comment.",
        "\n\nKadyrov's spokesman Alvi Karimov did not respond to a request for comment.",
        " Kadyrov's spokesman, Alvi Karimov, could not be reached for comment.",
        " Dmitry Peskov did not immediately reply to questions.",
    ],
)
def test_who_did_not_speak_is_not_he(silence: str) -> None:
    assert speakers(_BEFORE + silence + _AFTER) == ["Maxim Lapunov"]


def test_who_did_not_speak_is_not_she() -> None:
    text = (
        "Tatyana Moskalkova met the men in Moscow. Elena Milashina did not respond to requests "
        "for comment.\n\n“The men are safe now,” she said.\n"
    )
    assert speakers(text) == ["Tatyana Moskalkova"]


def test_who_spoke_otherwise_is_still_he() -> None:
    text = _BEFORE + " Dmitry Peskov did not deny the reports." + _AFTER
    assert speakers(text) == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Review: not coming back is no silence, nor is what the sentence goes on to say.
        (
            "Igor Kalyapin helped Maxim Lapunov leave Chechnya in 2017. Lapunov did not return "
            "to Chechnya, fearing for his life.\n\n“They would kill me there,” he said.\n",
            ["Maxim Lapunov"],
        ),
        (
            "Vladimir Putin met Ramzan Kadyrov in the Kremlin on Tuesday. Asked about the "
            "detentions, Dmitry Peskov did not answer directly, saying the Kremlin had no "
            "information.\n\n“This is a matter for law enforcement,” he added.\n",
            ["Dmitry Peskov"],
        ),
        (
            "Oleg Orlov of Memorial wrote to the Chechen leader in May. Ramzan Kadyrov did not "
            "reply to the letter, but called Orlov a liar on Grozny TV.\n\n“He will answer for "
            "his words,” he said.\n",
            ["Ramzan Kadyrov"],
        ),
    ],
)
def test_who_spoke_after_all_is_still_he(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
