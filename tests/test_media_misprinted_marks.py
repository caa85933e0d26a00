"""Quotation marks a page got wrong, and the "they" of a body that spoke: an opening mark typed
for the closing one ("… in Grozny.“"), a closing mark left out before the attribution that ends
the paragraph ("“We were informed …, said … Svetlana Zakharova."), and "they wrote" after the
paper or the network has spoken, with no group named since."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

_NETWORK = (
    "Not all of the men are necessarily gay, the Russian LGBT Network told International "
    "Business Times.\n\n“As far as we know, the list is true,” they said.\n"
)


def test_an_opening_mark_typed_for_the_closing_one_closes():
    text = "“We had no choice,” he said. “That is why we publish the list.“\n\n" + _NETWORK
    assert quoted(text)[-1] == ("As far as we know, the list is true,", "Russian LGBT Network")
    assert quoted("“This is a lie,“ Mr Karimov said.\n") == [("This is a lie,", "Karimov")]
    # Opening a quotation, the mark still opens one.
    text = "Mr Karimov said: “This is a lie and a provocation.”\n"
    assert quoted(text) == [("This is a lie and a provocation.", "Karimov")]


def test_a_missing_closing_mark_before_the_attribution_ending_the_paragraph():
    text = (
        "“We were informed that the US is not going to issue visas, said Russia LGBT Network "
        "spokesperson Svetlana Zakharova.\n\nThe network has helped 40 people leave.\n"
    )
    assert quoted(text) == [
        ("We were informed that the US is not going to issue visas", "Svetlana Zakharova")
    ]
    # A quotation over paragraphs, each re-opened, runs on as before.
    text = "“We went to every police station.\n\n“Then we went to Moscow,” she said.\n"
    assert [q for q, _ in quoted(text)] == [
        "We went to every police station.",
        "Then we went to Moscow,",
    ]


def test_they_is_the_body_that_spoke_last():
    text = (
        "Novaya Gazeta published the names of 27 men.\n\n“According to our information, the "
        "detainees were shot that night,” the publication wrote.\n\nJournalists could not find "
        "any of their relatives.\n\n“We are publishing these facts because we have no choice,” "
        "they wrote.\n"
    )
    assert [s for _, s in quoted(text)] == ["Novaya Gazeta", "Novaya Gazeta"]
    text = "The newspaper Novaya Gazeta published the names.\n\n“We had no choice,” they wrote.\n"
    assert quoted(text) == [("We had no choice,", "Novaya Gazeta")]
    # A group named since is who "they" are.
    text = (
        "Novaya Gazeta published the names.\n\nFive elders have appeared as witnesses.\n\n"
        "“We saw them taken away,” they said.\n"
    )
    assert quoted(text) == [("We saw them taken away,", "Five elders")]
