"""Words a named person's saying holds are that person's ("Alaudinov's caption, “…”",
"Freeland's promise of “…”"), and "In the words of X, …" names X as "According to X" does (the
forty-eighth session, 2026-12-07; docs/media-rules.md, "Introduced quotations and counts named
elsewhere")."""

from __future__ import annotations

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_HEAD = "Chechnya\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alaudinov's caption, “our society will not accept this, and never will,” drew "
            "thousands of approving comments.",
            "Alaudinov",
        ),
        (
            "Foreign Minister Chrystia Freeland's promise of “a safe haven for people fleeing "
            "persecution” was welcomed by Kimahli Powell.",
            "Chrystia Freeland",
        ),
        ("Kadyrov's statement that “there are no gays in Chechnya” drew ridicule.", "Kadyrov"),
        (
            "David Isteev pointed to Kadyrov's warning, broadcast on Grozny television the "
            "previous week, that families should “deal with their own shame before the state "
            "has to.”",
            "Kadyrov",
        ),
        (
            "In the words of Oleg Orlov of the Memorial human rights centre, the case has "
            "become “a test of whether anyone is beyond Kadyrov's reach.”",
            "Oleg Orlov",
        ),
        # Controls: who praises a statement as something speaks; a saying that reports
        # another's words gives them to that other.
        (
            "GLAAD praised Haley's statement as “the right step in speaking out against these "
            "violations.”",
            "GLAAD",
        ),
        (
            "Kadyrov's claim that Lokshina said “the men were tortured” drew ridicule.",
            "Lokshina",
        ),
    ],
)
def test_whose_saying_holds_the_words(text: str, expected: str) -> None:
    assert speakers(_HEAD + text + "\n") == [expected]
