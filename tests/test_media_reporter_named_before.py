"""A review of the foreign press quotes a reporter it named as writing in an outlet ("— пишет
Шон Уокер в The Guardian"), then calls him "репортер" or "корреспондент": the words are his.
With two reporters named, or none, the role stays as written."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

LATER = "\n\n«Охранники били их каждый день», — передает корреспондент.\n"


@pytest.mark.parametrize(
    ("opening", "speakers"),
    [
        (
            "«Задержанных держали в бывшей казарме», — пишет Шон Уокер в The Guardian.",
            ["Шон Уокер", "Шон Уокер"],
        ),
        (
            "«Задержанных держали в бывшей казарме», — пишет Шон Уокер в The Guardian. "
            "«Мы их не знаем», — сообщает Анна Смит в газете «Таймс».",
            ["Шон Уокер", "Анна Смит", "корреспондент"],
        ),
        (
            "«Задержанных держали в бывшей казарме», — говорится в докладе.",
            ["", "корреспондент"],
        ),
    ],
)
def test_the_reporter_is_the_one_named_writing(opening, speakers):
    assert [s for _, s in quoted(opening + LATER)] == speakers
