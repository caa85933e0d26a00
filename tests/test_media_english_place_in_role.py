"""A place is no named speaker's role; a role-only speaker keeps its place.

"…, the men were told by Aslan Iraskhanov in Grozny, who …" gave the role "in Grozny": where
he was is not who he is (english_things.tidy). A speaker known only by a role keeps the place
its label ends with, as "Officials in Grozny" does (mend 12, review 16): with no name, the
place is part of telling who speaks, and trimming it would join different people's words in
the ledger.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


def test_a_place_alone_is_no_named_speakers_role() -> None:
    text = (
        '"Nobody was beaten in the police station," the men were told by Aslan Iraskhanov in '
        "Grozny, who later repeated the claim.\n"
    )
    assert attributed(text) == [("Aslan Iraskhanov", "")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            '"They took him at night and we never saw him again," said the widow of an officer '
            "in Grozny.\n",
            "the widow of an officer in Grozny",
        ),
        (
            'Reporters spoke to the widow of an officer in Grozny, who said: "They took him at '
            'night and we never saw him again."\n',
            "the widow of an officer in Grozny",
        ),
    ],
)
def test_a_role_only_speaker_keeps_its_place(text: str, expected: str) -> None:
    assert attributed(text) == [(expected, "")]
