"""Counts inside "a total of" and "a group of" ("A total of 23 people, including two women, were
evacuated") take the clause's verb as the bare count does; a part of a count that names its own
noun ("23 people, two of them women") counts that noun."""

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract

pytestmark = pytest.mark.once


def counts(text: str) -> list[tuple[int, str]]:
    figures = extract(parse_article((text + "\n").encode(), source="q.txt")).figures
    return [(f.value, f.counted) for f in figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A total of 23 people, including two women, were evacuated from the region.",
            [(23, "people evacuated"), (2, "women evacuated")],
        ),
        ("A group of 14 men was detained in Argun.", [(14, "men detained")]),
        (
            "Some 23 people, two of them women, were evacuated from the region.",
            [(23, "people evacuated"), (2, "women evacuated")],
        ),
        (
            "Police detained 23 people, two of them women.",
            [(23, "people detained"), (2, "women detained")],
        ),
        # Controls: where they went is no noun; names of people are no count.
        (
            "The network evacuated 150 people, 120 of them abroad.",
            [(150, "people evacuated"), (120, "people evacuated")],
        ),
        ("The names of 27 people were published.", []),
    ],
)
def test_counts_inside_a_total_and_parts_with_their_noun(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of people who have sought help from the network now stands at 300.",
            [(300, "people asked for help")],
        ),
        ("The number of those killed has climbed to 27.", [(27, "people killed")]),
    ],
)
def test_a_number_standing_at_a_level_counts_its_subject(text, expected):
    # Session 29's probes: "stands at 300" counted no one, and "who have sought help" was
    # read as help to escape ("climbed to 27" was read already, and stays so).
    assert counts(text) == expected
