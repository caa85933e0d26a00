"""People who "applied" (to a group, for help) asked for help, from the blind sample (blind5):
"130 people had applied, and 60 of them had been evacuated". Only as the subject of an
"applied" with no object: what someone applied to people ("applied electric shocks to 20 men")
or applied at all ("applied the new rules") counts no one asking.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Since the movement began, 130 people had applied, and 60 of them had been evacuated "
            "as of July.",
            {(130, "", "people asked for help"), (60, "", "people evacuated")},
        ),
        ("Since April, 45 men have applied to the group.", {(45, "", "men asked for help")}),
        (
            "Over 100 people applied to the network, and 40 were evacuated.",
            {(100, "more than", "people asked for help"), (40, "", "people evacuated")},
        ),
        # Controls: "applied" with an object.
        ("Police applied electric shocks to 20 men in the basement.", set()),
        ("Nine people have applied the new rules.", set()),
    ],
)
def test_those_who_applied_asked_for_help(
    sentence: str, expected: set[tuple[int, str, str]]
) -> None:
    assert counts("Help sought\n\n" + sentence) == expected
