"""Constructions from the blind halves I2 to M2, read for rules from session 26 on (a new blind
set N is only measured)."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once


def test_a_name_after_a_role_of_coordinated_words_is_one_person():
    # K2: "Refugees" is a word of the critic's portfolio, not a second speaker.
    text = (
        "The NDP called on the government to act.\n\n"
        "“The Liberals must not only condemn the Chechen government’s action,” added NDP "
        "Immigration, Refugees and Citizenship critic, Jenny Kwan.\n"
    )
    assert [s for _, s in quoted(text)] == ["Jenny Kwan"]
