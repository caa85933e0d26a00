"""Constructions from blind set R (collected on 2026-12-04, its first half read for rules)."""

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


def test_a_single_quote_closes_before_said_after_its_comma():
    # Half R1: "…,’said" read the mark as an apostrophe, so the quotation ran on to the next.
    text = (
        "Title here\n\n"
        "‘The threats against Igor Kochetkov are very serious and deserve a prompt reaction "
        "by the authorities,’said HRW LGBTI director Graeme Reid.\n\n"
        "According to Dmitry Makarov, the decision is correct.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Graeme Reid"]


def test_kavkazky_uzel_is_an_outlet_not_whom_he_means():
    # Half R1: the transliterated name was remembered as a man's.
    text = (
        "Title here\n\n"
        "According to Dmitry Makarov, a member of the Moscow Helsinki Group, the decision is "
        "correct. In an interview with the Kavkazky Uzel (Caucasian Knot) correspondent he "
        "said, “The Investigative Committee should consider the application.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Dmitry Makarov"]


def test_one_of_the_bodies_stays_in_a_compact_description():
    # Half R1: "a female activist of one of the Chechen NGOs" lost "one of".
    text = (
        "Title here\n\n"
        "“It can be very difficult to figure out such detentions,” said a female activist of "
        "one of the Chechen NGOs.\n"
    )
    assert [s for s, _ in attributed(text)] == ["a female activist of one of the Chechen NGOs"]
