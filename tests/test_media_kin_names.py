"""Kin share a surname: what the article says of one is not said of the other (the
forty-seventh session, 2026-12-07; docs/media-rules.md, "Where the parse slips").

A mention of the surname after another named person's first name ("his wife Maya Yagublu") and
an apposition that names someone new ("T. Yagublu, his wife Maya Yagublu") describe that
person, not the one the surname also names (`english_descriptions`).
"""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Opposition politician Tofig Yagublu has been on a hunger strike since January 5."
            "\n\nAs a sign of solidarity with T. Yagublu, his wife Maya Yagublu is also on a "
            "hunger strike at home. “I continue the hunger strike, my blood pressure has "
            "increased,” said the wife.\n",
            [("Maya Yagublu", "the wife")],
        ),
        # What is said of the one named stays theirs, beside their kin.
        (
            "Tofig Yagublu, an opposition politician, was detained in Baku. His wife Maya "
            "Yagublu stood outside the court.\n\n“I will not end the hunger strike,” the "
            "politician said.\n",
            [("Tofig Yagublu", "the politician")],
        ),
        (
            "Zelimkhan Bakaev, a singer, disappeared in Grozny in August. His brother Ruslan "
            "Bakaev, a lawyer, has searched for him since.\n\n“We have heard nothing from the "
            "police,” the lawyer said.\n",
            [("Ruslan Bakaev", "His brother")],
        ),
        # Review: an apposition that says who the person is stays theirs.
        (
            "Maxim Lapunov, the man Kadyrov's police held for twelve days, spoke to reporters in "
            "Moscow on Monday. Igor Kalyapin of the Committee Against Torture was with him.\n\n"
            "“They beat me every day,” the man said.\n",
            [("Maxim Lapunov", "the man")],
        ),
    ],
)
def test_kin_are_told_apart(text: str, expected: list[tuple[str, str]]) -> None:
    assert attributed(text) == expected
