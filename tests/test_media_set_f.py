"""Constructions from sets FB and FR (collected on 2026-12-06 by annotators who never ran the
extractor, measured at the session's first code, then read for rules; FA stays blind), from
the misses of earlier read sets, and their neighbours (docs/media-rules.md)."""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


def test_according_to_after_a_sentence_adverb_names_the_source() -> None:
    # Set AF: "Instead," was read as the subject of "according".
    text = (
        "Title here\n\nThe charges were not announced. Instead, according to Novaya Gazeta, the "
        "detainees were placed in “the basements and storage rooms of police departments”.\n\n"
        "However, according to Human Rights Watch, the men were “beaten with plastic pipes "
        "for hours”.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Novaya Gazeta", "Human Rights Watch"]


def test_an_aside_in_brackets_within_a_name_after_the_quotation() -> None:
    # Set CB: "Manana (aka Raisa) Tsiatiyeva told RFE/RL" named nobody.
    text = (
        "Title here\n\n“I found out after he had been returned. I felt complete surprise,” "
        "Khangoshvili's widow Manana (aka Raisa) Tsiatiyeva told RFE/RL.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Manana Tsiatiyeva"]
