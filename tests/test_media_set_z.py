"""Constructions from sets Z and AA (collected by annotators who never ran the extractor,
measured at the first code of the session that read them, then read for rules)."""

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("introduced", "described", "speaker"),
    [
        # Set Z: "…, Valeri Valo, a Facebook user, has explained. "…" the user has written."
        ("Valeri Valo, a Facebook user, has explained", "the user", "Valeri Valo"),
        # Set Z: "Adam Delimkhanov, Russian MP from Chechnya, has commented …"
        ("Adam Delimkhanov, Russian MP from Chechnya, has commented", "the MP", "Adam Delimkhanov"),
        ("Only MP Adam Delimkhanov has commented", "the MP", "Adam Delimkhanov"),
    ],
)
def test_a_description_means_the_one_introduced_with_it(introduced, described, speaker):
    text = (
        f"Title here\n\nActivists were stopped because they had flags, {introduced}. "
        f'"The only demand was to remove the flag," {described} has written.\n'
    )
    assert [s for s, _ in attributed(text)] == [speaker]


def test_a_description_no_one_was_introduced_with_stays_a_description():
    text = (
        "Title here\n\nValeri Valo, a Facebook user, has explained what happened. "
        '"The only demand was to remove the flag," the policeman has written.\n'
    )
    assert [s for s, _ in attributed(text)] == ["the policeman"]


def test_the_one_asked_is_named_at_the_end_of_the_question():
    # Set Z: "Asked if Russia would adhere to the ECHR ruling Peskov replied that "…"" was
    # the whole question.
    text = (
        "Title here\n\nDmitry Peskov spoke to reporters on Thursday.\n\nAsked if Russia would "
        'adhere to the ECHR ruling Peskov replied that "all necessary decisions will be acted '
        'on."\n'
    )
    assert [s for s, _ in attributed(text)] == ["Dmitry Peskov"]


def test_the_title_again_is_the_one_who_holds_it():
    # Set AA: "Secretary of State Mike Pompeo …. “…”, the US secretary of state in a release.
    # … “…”, the secretary of state said." gave "US secretary", a second person.
    text = (
        "Title here\n\nThe US has imposed sanctions on Ramzan Kadyrov, Secretary of State Mike "
        'Pompeo has said in a statement. "This designation is due to gross violations", the US '
        "secretary of state in a release.\n\nPompeo said that the State Department has "
        'credible data.\n\n"We will encourage likeminded countries to act", the secretary of '
        "state said.\n"
    )
    assert [s for s, _ in attributed(text)][-1] == "Mike Pompeo"


def test_she_is_the_officer_who_spoke_not_the_woman_spoken_of():
    # Set AA: "SK SOS’s press secretary told Mediazona that … Suleymanova was killed. “…,”
    # she said." gave Suleymanova.
    text = (
        "Title here\n\nSeda Suleymanova fled Chechnya in 2023.\n\nSK SOS’s press secretary "
        "told Mediazona that activists cannot state that Suleymanova was killed. “We would "
        "like the prosecutor's office to investigate,” she said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["SK SOS’s press secretary"]
