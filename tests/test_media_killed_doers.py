"""A doer killed is no victim of the persecution (figure_objects.of_doers, figure_tail.settled).

"Security forces killed one of the attackers" and "один из нападавших был убит" counted one
killed; the ledger's killed are the persecution's victims. A part of those who did it ("of the
attackers", "из нападавших", "of the men who beat the journalist") was already no count when
detained; now when killed too. Militants ("боевики") stay counted, as the security reports'
tallies are (tests/test_media_figures_tail.py); so do helpers and the doers' relatives.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "text",
    [
        "Security forces killed one of the attackers.",
        "Security forces killed two of the gunmen.",
        "Two of the kidnappers were killed in a shootout.",
        "Police killed one of the men who beat the journalist.",
        "Two of the men who beat the journalist were killed.",
        "Один из нападавших был убит.",
        "Двое из нападавших были убиты.",
    ],
)
def test_a_part_of_the_doers_killed_is_no_count(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed two of the villagers.", {(2, "", "people killed")}),
        ("Police killed one of the detainees.", {(1, "", "people killed")}),
        ("One of the attackers' relatives was killed.", {(1, "", "relatives killed")}),
        ("Силовики уничтожили двух боевиков.", {(2, "", "people killed")}),
    ],
)
def test_victims_and_militants_killed_still_count(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_helpers_killed_still_count() -> None:
    # "who rescued the men" makes them helpers, not doers: their deaths are the ledger's.
    assert {
        value
        for value, _qualifier, _counted in counts(
            "Two of the volunteers who rescued the men were killed."
        )
    } == {2}
