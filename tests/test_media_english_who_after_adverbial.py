"""A non-restrictive "who" that introduces an English quotation stands for a person.

"Maxim Lapunov was questioned by Magomed Daudov in 2017, who later told reporters: “…”": the
parser may hang the relative clause on the year, or read it as a complement of "questioned",
and the wording patterns then gave the whole clause before "who" as the speaker. A clause with
a verb is never a speaker: the relative clause describes the nearest phrase before its comma
that names a person, past adverbials of time or place ("in 2017", "on Monday", "in March").
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from tests.media_helpers import speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "text,expected",
    [
        # As seen: the agent of the passive, past the year.
        (
            "Maxim Lapunov was questioned by Magomed Daudov in 2017, who later told reporters: "
            '"He confessed to everything and we let him go."\n',
            "Magomed Daudov",
        ),
        # A weekday, the present perfect, the quotation after "that".
        (
            "The detainees have been interrogated by Abuzaid Vismuradov on Monday, who then told "
            'the court that "nobody was beaten in the police station".\n',
            "Abuzaid Vismuradov",
        ),
        # A month, a colon and a whole sentence quoted.
        (
            'The case was reviewed by Tatiana Moskalkova in March, who said: "I have sent a '
            'request to the prosecutor general and I expect an answer."\n',
            "Tatiana Moskalkova",
        ),
        # A force is no person "who" stands for: the one it held speaks (review 16, en-2).
        (
            'Lapunov was held by police in 2017, who later told reporters: "I was beaten for '
            'twelve days in a basement in Grozny."\n',
            "Lapunov",
        ),
    ],
)
def test_who_after_an_adverbial_is_the_nearest_person(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_a_speaker_is_never_the_clause_before_who() -> None:
    text = (
        "Maxim Lapunov was questioned by Magomed Daudov in 2017, who later told reporters: "
        '"He confessed to everything and we let him go."\n'
    )
    quote = extract(parse_article(text.encode(), source="w.txt")).quotes[0]
    assert (quote.speaker, quote.speaker_role) == ("Magomed Daudov", "")
    assert " was " not in quote.speaker
