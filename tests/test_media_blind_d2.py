"""Rules from half D2 of blind set D (docs/benchmarks.md), read after its blind measurement."""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed

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
