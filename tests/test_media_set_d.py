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


def test_a_users_handle_is_the_users_name():
    # Sets DC and YE: "wrote user abdmaqomedof", "the user _kasandra24_ wrote": the handle is
    # the name the ledger groups the account's words under.
    text = (
        "Title here\n\n“It's time for the authorities to leave people alone,” wrote user "
        "abdmaqomedof, whose post gained 10 likes.\n\n“Nobody believes these apologies,” the "
        "Instagram user _kasandra24_ wrote.\n"
    )
    assert [s for s, _ in attributed(text)] == ["abdmaqomedof", "_kasandra24_"]
