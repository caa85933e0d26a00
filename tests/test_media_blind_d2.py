"""Rules from half D2 of blind set D (docs/benchmarks.md), read after its blind measurement."""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "named",
    [
        "The St. Petersburg-based LGBT Network claimed last summer",
        "The LGBT Network claimed last summer",
    ],
)
def test_a_listed_body_under_a_longer_name_is_that_body(named):
    text = (
        f"Fled Chechnya\n\n{named} that at least 200 people were held in secret prisons.\n\n"
        "“The Network’s activists evacuated 119 people from the region,” it said in its report."
    )
    assert attributed(text)[-1][0] == "Russian LGBT Network"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause without its pronoun describes those counted; the main verb counts.
        (
            "Two women they were sheltering were arrested by the police the same day.",
            {(2, "", "women detained")},
        ),
        # Controls: with its pronoun, and a pronoun that opens no relative clause.
        (
            "Two women who they were sheltering were arrested by the police.",
            {(2, "", "women detained")},
        ),
        ("Police detained two women, and they were later released.", {(2, "", "women detained")}),
    ],
)
def test_counts(text, expected):
    assert counts("Raid\n\n" + text) == expected
