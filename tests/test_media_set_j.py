"""Constructions from the misses of sets read before (the forty-first session, 2026-12-06),
from sets JB, JR and JS once measured, and their neighbours (docs/media-rules.md)."""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed, quoted

pytestmark = pytest.mark.once


def test_a_plural_s_possessive_keeps_its_apostrophe_in_the_label() -> None:
    # Set IB: "the spokesman for the prosecutors' office said" was labelled "… prosecutors
    # office": the apostrophe was taken for a closing quotation mark.
    text = (
        'Title here\n\n"Whether there was a political motive or not will of course be '
        "verified,\" the spokesman for the prosecutors' office said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the spokesman for the prosecutors' office"]


def test_a_closing_single_quotation_mark_is_still_no_part_of_the_label() -> None:
    text = "Title here\n\n“We were not told anything at all,” said the ‘volunteers’ of the group.\n"
    assert [s for s, _ in attributed(text)] == ["the volunteers of the group"]


def test_a_description_set_beside_the_experts_is_no_part_of_who_spoke() -> None:
    # Set FB: "“…,” the experts, a panel of five that advises the United Nations Human Rights
    # Council, said" was labelled "the experts, a panel of five", and never resolved.
    text = (
        "Title here\n\nUnited Nations experts demanded on Thursday that Chechnya halt the "
        "abduction of gay men.\n\n“These are acts of persecution and violence on an "
        "unprecedented scale,” the experts, a panel of five that advises the United Nations "
        "Human Rights Council, said in a statement.\n\n“The arrested men are subjected to "
        "physical and verbal abuse,” the experts wrote.\n"
    )
    assert [s for s, _ in attributed(text)] == ["United Nations experts"] * 2


def test_the_experts_of_a_body_named_by_its_letters() -> None:
    text = (
        "Title here\n\nUN human rights experts on Friday urged Russia to act.\n\n“This is a "
        "scandal for everyone involved,” the experts said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["UN human rights experts"]


def test_the_experts_no_body_qualified_stay_the_experts() -> None:
    text = (
        "Title here\n\nRussian experts doubted the figures.\n\n“The numbers cannot be "
        "checked by anyone,” the experts said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the experts"]


def test_she_after_a_sentence_closing_on_its_speaker_is_that_speaker() -> None:
    # Set DA: "Tatarintsev met state secretary Annika Söder, who “…”, Westlund said. She would
    # not disclose …, saying only: “…”" went to Söder, the first woman the sentence names.
    text = (
        "Title here\n\nForeign ministry spokeswoman Johanna Westlund told AFP the ambassador "
        'was summoned.\n\nTatarintsev met state secretary Annika Söder, who "emphasized that '
        'the government has a responsibility", Westlund said.\n\nShe would not disclose the '
        'Russian\'s comments, saying only: "He confirmed that he would pass on the message."\n'
    )
    assert [s for s, _ in attributed(text)][-1] == "Johanna Westlund"


def test_a_calling_before_a_name_the_parser_tagged_a_body_is_the_person_s_role() -> None:
    # Set IB: "Media cited Lelo party politician Grigol Gegelia as saying that …" was labelled
    # with every word, the parser taking the phrase for an organisation.
    text = (
        "Title here\n\nMedia cited Lelo party politician Grigol Gegelia as saying that the "
        "Ministry’s silence was “probably the best proof of the shameful, capitulating "
        "policy.”\n"
    )
    assert attributed(text) == [("Grigol Gegelia", "Lelo party politician")]


def test_two_single_marks_typed_for_a_double_one_close_the_quotation() -> None:
    # Set AF: "\"I urge the Russian authorities …,’’ said the OSCE's human rights director
    # Ingibjörg Sólrún Gísladóttir." ran to the paragraph's end, attribution and all, and went
    # to the OSCE named in the sentence before.
    text = (
        "Title here\n\nThe Organization for Security and Cooperation in Europe said Russia has "
        'an obligation to protect defenders.\n\n"I urge the Russian authorities to ensure his '
        "human rights, including access to a lawyer,’’ said the OSCE's human rights director "
        "Ingibjörg Sólrún Gísladóttir.\n"
    )
    assert quoted(text) == [
        (
            "I urge the Russian authorities to ensure his human rights, including access to a "
            "lawyer,",
            "Ingibjörg Sólrún Gísladóttir",
        )
    ]
