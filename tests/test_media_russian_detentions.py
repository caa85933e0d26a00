"""Russian detentions the figure readings missed (russian_figures.py, russian_verb_events.py,
custody.py): a subject the parser hung on the last of two joined verbs, "лишены свободы", and
custody named by "держали" or "застенки" (docs/media-rules.md)."""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parser hangs "56 человек" on "доставлены", which names no event.
        (
            "В декабре были задержаны и доставлены в отдел 56 человек.",
            {(56, "", "people detained")},
        ),
        ("Лишены свободы 27 человек.", {(27, "", "people detained")}),
        # "свободы" is no second object that would leave the count's verb in doubt.
        ("Полицейские незаконно лишили свободы 9 человек.", {(9, "", "people detained")}),
        ("В Аргуне держали 30 мужчин.", {(30, "", "men detained")}),
        ("В застенках оказались 20 человек.", {(20, "", "people detained")}),
        ("За решеткой оказались пятеро родственников блогера.", {(5, "", "relatives detained")}),
        ("За решётку отправили 3 человек.", {(3, "", "people detained")}),
        # Controls: a verb joined before with a subject of its own lends no event, and
        # "лишились работы" is no event.
        ("Трое жителей лишились работы.", set()),
        ("Полиция задержала блогера, и 40 человек вышли на улицы.", set()),
    ],
)
def test_russian_detentions(text: str, expected: set) -> None:
    assert counts(f"Заголовок\n\n{text}\n") == expected
