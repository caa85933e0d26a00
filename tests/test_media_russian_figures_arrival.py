"""Russian arriving where refuge is ("помогла 35 геям прибыть в Канаду") is an evacuation, as
English "arrived in Canada" is."""

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "sentence",
    [
        "Организация Rainbow Railroad помогла 35 представителям ЛГБТ-сообщества из Чечни "
        "прибыть в Канаду.",
        "Организация помогла 35 геям из Чечни прибыть в Торонто.",
        "Активисты помогли 35 мужчинам из Чечни благополучно прибыть в Германию.",
    ],
)
def test_helped_to_arrive_is_evacuated(sentence):
    assert {(value, counted.split()[-1]) for value, _q, counted in counts(sentence)} == {
        (35, "evacuated")
    }
