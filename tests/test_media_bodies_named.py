"""Bodies by their own names and what they say (the fifty-first session, 2026-12-07;
docs/media-rules.md, "Bodies by their own names"): "The Union of Journalists stated" is the
union, "of" and all, not a person named "The Union" of a body "Journalists", nor the journalist
the article named before; "X issued a statement saying …: “…”" is X, whatever the words
before the name.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police searched the office of journalist Abdulmumin Gadzhiyev.\n\nThe Union of "
            "Journalists stated that they were “protesting the lawlessness of the security "
            "forces, which can be regarded as another attempt to put pressure”.",
            "Union of Journalists",
        ),
        (
            "The Committee of Soldiers’ Mothers said that “nobody was ever told anything about "
            "them”.",
            "Committee of Soldiers Mothers",
        ),
        # Controls: a person of a body, and a body the lists hold.
        (
            "Tanya Lokshina of Human Rights Watch said that “nobody was ever told anything”.",
            "Tanya Lokshina",
        ),
        (
            "The Council of Europe said that “this is a violation of the convention”.",
            "Council of Europe",
        ),
    ],
)
def test_a_body_by_its_own_name(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acting RFE/RL president Jeffrey Gedmin issued a statement saying that Kurmasheva should "
        "be released with immediate effect: “Alsu is a highly respected colleague, devoted wife, "
        "and dedicated mother to two children.”",
        "Acting president Jeffrey Gedmin issued a statement saying that she should be released: "
        "“Alsu is a highly respected colleague, devoted wife, and dedicated mother.”",
    ],
)
def test_who_issued_a_statement_saying(text: str) -> None:
    assert speakers(text) == ["Jeffrey Gedmin"]
