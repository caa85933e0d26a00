"""Constructions from blind set U's first English delivery (collected and measured on
2026-12-05, then read for rules in the same session; the rest of U stayed blind)."""

import pytest

from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


def test_a_body_of_two_names_joined_by_and_is_no_person():
    # Set U: "MEPs from the Socialists and Democrats Group" gave "Democrats Group" as a name.
    text = (
        'Title here\n\n"We are deeply concerned by the report in the Russian newspaper", '
        "declared MEPs from the Socialists and Democrats Group in the European Parliament.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Socialists and Democrats Group"]


def test_a_members_letters_after_the_name_are_no_part_of_it():
    text = 'Title here\n\nThe vote was held on Monday. "It is a shame," said Soraya Post MEP.\n'
    assert [s for s, _ in attributed(text)] == ["Soraya Post"]


def test_they_after_people_who_just_spoke_are_those_people():
    # Set U: "They call for “…”" after "“…,” MEPs say." gave the Chechen government, the last
    # body named.
    text = (
        "Title here\n\n"
        "MEPs condemn Chechen government statements denying the existence of homosexuals.\n\n"
        "“Russia and its government carry the ultimate responsibility for investigating these "
        "acts,” MEPs say. They call for “immediate, independent, objective and thorough "
        "investigation” and ask the Commission to support Russia.\n"
    )
    assert [s for s, _ in attributed(text)] == ["MEPs", "MEPs"]


def test_the_statement_is_the_one_quoted_before():
    # Set U: "‘…,’ the statement read." gave the Russian Federation, named in between; and a
    # quotation nested in single marks was read as one of its own, its sentence's subject
    # speaking.
    text = (
        "Title here\n\n"
        "Sixteen countries invoked the Vienna Mechanism.\n\n"
        "‘Our countries continue to be deeply concerned about serious violations in Chechnya,’ "
        "a statement to Russia read.\n\n"
        "It deemed Russia’s response to past questioning as ‘inadequate’.\n\n"
        "‘Over the past 20 months, the Russian Federation has not provided a response,’ the "
        "statement read.\n\n"
        "‘The Russian delegation has denied credible reports, telling concerned delegations to "
        "“get our facts straight” and accusing us of spreading fake news.’\n"
    )
    assert [s for s, _ in attributed(text)] == ["a statement to Russia"] * 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Her organization had received more than 10 appeals from Chechen men.",
            (10, "more than", "requests received"),
        ),
        (
            "We demand a full investigation into the alleged detainments of more than 100 men "
            "and a separate investigation into the alleged deaths of three of these men.",
            (100, "more than", "men detained"),
        ),
    ],
)
def test_appeals_and_detainments_are_counted(sentence, expected):
    assert expected in counts(f"Title here\n\n{sentence}\n")
