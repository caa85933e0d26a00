"""Constructions from blind set S (collected on 2026-12-05; read for rules the next session,
once set T was collected)."""

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


def test_sentences_that_go_on_about_him_keep_the_name_in_reach():
    # Set S: four sentences between the name and "he says" used up the look-back, though
    # two of them were about him ("But one night he recalls …").
    text = (
        "Title here\n\n"
        "The young Maxim Lapunov tells stories of threats. He was held for 12 days.\n\n"
        "His lawyers say there is no proper investigation.\n\n"
        "The man spent two years living in Chechnya. He did not live openly.\n\n"
        "But one night he recalls being grabbed. This is when the first reports began.\n\n"
        "At a police facility, he says he faced torture:\n\n"
        "‘They burst in every 10 minutes shouting that they would kill me,’ he says.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Maxim Lapunov"]


@pytest.mark.parametrize("verb", ["told Agence France-Presse on Saturday", "said"])
def test_a_name_right_after_its_body_is_the_member(verb):
    # Set S: "the Russian LGBT Network Tim Bestvet told AFP" gave the Network.
    text = f"Title here\n\n“They are tired,” the Russian LGBT Network Tim Bestvet {verb}.\n"
    assert [s for s, _ in attributed(text)] == ["Tim Bestvet"]


def test_a_body_named_alone_still_speaks():
    text = "Title here\n\n“They are tired,” the Crisis Group North Caucasus SOS said.\n"
    assert [s for s, _ in attributed(text)] == ["North Caucasus SOS"]
