"""Constructions from sets DA, DC and DR (collected on 2026-12-06 by annotators who never ran
the extractor, measured at the session's first code, then read for rules; DB stays blind)."""

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


def test_a_paragraph_of_quotation_goes_on_with_whoever_went_on_to_urge():
    # Set DA: "Cobb went on to urge Trump and Secretary of State Rex Tillerson to address the
    # issue.\n\n“…”" named no one: "went on to" reports speech, and those urged after the
    # verb are not who speaks.
    text = (
        "Title here\n\n“The Senate just sent a powerful message,” said Ty Cobb, director of "
        "Human Rights Campaign Global.\n\nCobb went on to urge Trump and Secretary of State "
        "Rex Tillerson to address the issue.\n\n“Members of both parties have now condemned "
        "the violence.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Ty Cobb", "Ty Cobb"]
