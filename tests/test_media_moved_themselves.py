"""People who moved themselves ("Two gays have moved from Chechnya to Lithuania") left, as
"перебрались" does; people someone moved ("moved 40 gay men to Canada", "were moved") were
evacuated. From half J1 of blind set J."""

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Two gays have moved from Chechnya to Lithuania.", (2, "", "people left")),
        ("Some 30 men have since moved abroad.", (30, "about", "men left")),
        ("Rainbow Railroad moved 40 gay men to Canada.", (40, "", "men evacuated")),
        ("Forty gay men were moved to Canada.", (40, "", "men evacuated")),
    ],
)
def test_who_moved_left_and_who_was_moved_was_evacuated(sentence, count):
    assert counts(f"Refuge abroad\n\n{sentence}\n") == {count}
