"""Russian figures, fourth round (russian_claims.py, russian_figures.py, custody.py): how
Russian news counts people at the level of the claim rather than the phrase.

Constructed sentences, several per construction: an amount that changed to a number ("число
задержанных выросло до 60", not "up to"), a collective counted by a pronoun whose event is in
the next clause ("Нас было пятеро, всех задержали"), custody named as prison or captivity ("в
заключении", "в плену"), and calls counted like messages.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Число задержанных выросло до 60.", {(60, "", "people detained")}),
        ("Число погибших возросло до 12 человек.", {(12, "", "people killed")}),
        ("Количество погибших увеличилось до 30 человек.", {(30, "", "people killed")}),
        ("Число эвакуированных увеличилось до 150.", {(150, "", "people evacuated")}),
        # The value before "до" is what the amount was: no count.
        ("Число задержанных выросло с 40 до 60 человек.", {(60, "", "people detained")}),
        (
            "Число эвакуированных из Чечни выросло с 100 до 150.",
            {(150, "", "people evacuated")},
        ),
        # Elsewhere "до" stays an upper bound, and a possible rise is one too.
        ("Были задержаны до 200 мужчин.", {(200, "up to", "men detained")}),
        ("Число задержанных может вырасти до 100 человек.", {(100, "up to", "people detained")}),
        # A sum that rose counts no one.
        ("Цены выросли до 200 рублей.", set()),
    ],
)
def test_an_amount_that_changed_to_a_number(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Нас было пятеро, всех задержали.", {(5, "", "people detained")}),
        ("Их было трое, их задержали в Грозном.", {(3, "", "people detained")}),
        ("Нас было четверо, нас всех избили и задержали.", {(4, "", "people detained")}),
        ("Их было трое, они уехали из Чечни.", {(3, "", "people left")}),
        # No event, or one that names no one back: no count.
        ("Нас было двое в машине.", set()),
        ("Их было двое, оба погибли.", set()),
        ("Их было трое, задержали соседа.", set()),
    ],
)
def test_a_collective_counted_by_a_pronoun(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Четверо человек провели в заключении два месяца.", {(4, "", "people detained")}),
        ("В заключении находятся 12 человек.", {(12, "", "people detained")}),
        ("В плену остаются трое мужчин.", {(3, "", "men detained")}),
        # "в заключение" (in conclusion) is no prison.
        (
            "В заключение правозащитники отметили, что 12 человек получили помощь.",
            {(12, "", "people evacuated")},
        ),
        ("В заключение выступили 12 человек.", set()),
    ],
)
def test_custody_named_as_prison_or_captivity(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На горячую линию поступило 500 звонков.", {(500, "", "calls received")}),
        ("За неделю поступило 40 звонков от родственников.", {(40, "", "calls received")}),
        (
            "На горячую линию за год поступило свыше 1000 звонков.",
            {(1000, "more than", "calls received")},
        ),
        ("В организацию поступило более 200 обращений.", {(200, "more than", "messages received")}),
    ],
)
def test_calls_counted_like_messages(text: str, expected: set) -> None:
    assert counts(text) == expected
