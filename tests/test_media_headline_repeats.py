"""A headline's quotation the body quotes again is the body speaker's, from the blind sample
(blind5): "A Victim … Comes Forward: “I Was Sure They Were Going To Kill Me”" is Lapunov's, not
the headline's words before the colon. A control keeps a headline the body does not repeat.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "A Victim Of Chechnya’s Anti-Gay Pogrom Comes Forward: “I Was Sure They Were Going "
            "To Kill Me”\n\nMaxim Lapunov was released 12 days later. “I could hardly walk. I "
            "was sure they were going to kill me, I was preparing for that,” Lapunov told "
            "reporters.",
            "Maxim Lapunov",
        ),
        (
            "Survivor speaks out: “They beat us every single day”\n\nThe man, who asked not to "
            "be named, spent a month in a secret prison. “They beat us every single day, and "
            "nobody came,” Adam Ibragimov said.",
            "Adam Ibragimov",
        ),
    ],
)
def test_a_headline_quotation_is_the_body_speakers(text: str, speaker: str) -> None:
    assert quoted(text)[0][1] == speaker


def test_a_headline_quotation_the_body_does_not_repeat_keeps_its_reading() -> None:
    text = (
        "Kadyrov: “We do not have any gays here”\n\nThe Chechen leader spoke to HBO. “They "
        "are devils,” Kadyrov said."
    )
    assert quoted(text)[0] == ("We do not have any gays here", "Kadyrov")
