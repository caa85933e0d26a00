"""Each figure counts what its own verb says (english_figures.py).

"Police released one of the men and detained one of the women" counted a man detained: the
second verb's event was given to the first verb's object. The ledger has no released event
(labels.COUNTED_EVENTS), so the released count is no figure.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police released one of the men and detained one of the women.",
            {(1, "", "women detained")},
        ),
        (
            "Police released two of the men and detained three of the women.",
            {(3, "", "women detained")},
        ),
        ("Police released two men and detained three women.", {(3, "", "women detained")}),
        # The other order, and verbs that share one object or whose object is a pronoun.
        (
            "Police detained one of the men and released one of the women.",
            {(1, "", "men detained")},
        ),
        ("Police detained two men and released three women.", {(2, "", "men detained")}),
        ("Police detained and tortured 40 men.", {(40, "", "men detained")}),
        ("Police released 12 men on Monday.", set()),
        # The outcome's object described by an event is counted as at base.
        ("Police questioned 40 detained men.", {(40, "", "men detained")}),
    ],
)
def test_a_figure_counts_its_own_verb(text: str, expected: set) -> None:
    assert counts(text) == expected
