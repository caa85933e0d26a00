"""A single quotation opened with ’ after a space (a typesetter's slip for ‘) is a quotation,
and a place before a headline's colon is its topic, not a speaker; from the blind sample
(blind5): "Chechnya anti-gay purge: ’40 gay people detained, two dead’". Apostrophes ("the
’90s", "the brothers’ relatives") stay no quotation.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chechnya anti-gay purge: ’40 gay people detained, two dead’\n\nIgor Kochetkov said "
            "the detentions had resumed.",
            [("40 gay people detained, two dead", "")],
        ),
        (
            "Purge\n\nKochetkov told him: ’They took my phone and beat me for hours’ and then "
            "left.",
            [("They took my phone and beat me for hours", "Kochetkov")],
        ),
        # The opening mark typeset right: the place is no speaker there either.
        (
            "Grozny detentions: ‘Forty gay people were detained last month’\n\nThe network "
            "published a report on Monday.",
            [("Forty gay people were detained last month", "")],
        ),
        # Controls: apostrophes, and a person's name before the colon.
        (
            "Purge\n\nBack in the ’90s the brothers’ relatives fled, and nobody in the region’s "
            "villages knew.",
            [],
        ),
        (
            "Purge\n\nKochetkov: ‘They took my phone and beat me for hours’",
            [("They took my phone and beat me for hours", "Kochetkov")],
        ),
    ],
)
def test_single_quotations_and_headline_topics(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text) == expected


def test_a_mark_the_headline_leaves_unclosed_opens_nothing_in_the_body():
    # Session 25's rewriting of curly quotation marks as straight ones: the headline's “…’
    # became "…’, and its straight mark paired with the body's first opening mark, so every
    # quotation after it was read inside out.
    text = (
        'Actor Protests at Embassy Over Chechnya "Gay Purge’\n\n'
        "The actor Ian McKellen joined hundreds of protesters outside the embassy.\n\n"
        'McKellen said: "It is possible to think that gay people do not exist because they '
        'are frightened."\n'
    )
    assert quoted(text) == [
        (
            "It is possible to think that gay people do not exist because they are frightened.",
            "Ian McKellen",
        )
    ]
