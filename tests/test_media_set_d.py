"""Constructions from sets DA and DC (collected on 2026-12-06 by annotators who never ran the
extractor, measured at the session's first code, then read for rules; DB stays blind), and one
from AE, read before."""

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


def test_in_his_words_is_according_to_him():
    # Set DC: "In his words, locals are demanding that … take legal steps “to stop …”" gave
    # the locals. "In his own words" after a clause's subject stays that subject's.
    text = (
        "Title here\n\nAkhmed Dudayev said the report caused “a wave of outrage and popular "
        "anger” in the republic. In his words, locals are demanding that the leadership take "
        "legal steps “to stop this publication's openly hostile activities.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Akhmed Dudayev"] * 2


def test_a_paragraph_of_quotation_after_a_subject_with_a_relative_clause():
    # Set DC: "Dudayev, who is also a top aide to Chechnya's leader, Ramzan Kadyrov, rejected
    # the reporting as false.\n\n“…”" named no one: Kadyrov, named in the relative clause,
    # and "Dudayev" remembered apart from "Akhmed Dudayev" made two people.
    text = (
        "Title here\n\nChechnya's press minister, Akhmed Dudayev, criticised the newspaper on "
        "Wednesday.\n\nDudayev, who is also a top aide to Chechnya's leader, Ramzan Kadyrov, "
        "rejected the reporting as false.\n\n“This fake publication has once again concocted "
        "vile slander.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Akhmed Dudayev"]


def test_a_participle_on_a_reported_clause_is_its_subjects():
    # Set AE: "neighbors … said Madina's mother-in-law chased away a neighbor who saw Madina
    # lying in the yard, claiming it was “nothing but theatrics.”" gave the neighbors.
    text = (
        "Title here\n\nNeighbors heard screams and said Madina's mother-in-law chased away a "
        "neighbor who saw her lying in the yard, claiming it was “nothing but theatrics.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Madina's mother-in-law"]
