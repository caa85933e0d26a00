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
        # Every verb of change, in either reading: a participle, or closing the subject clauses.
        ("Число задержанных, выросшее до 60 человек, растёт.", {(60, "", "people detained")}),
        (
            "Общее количество людей, которые выехали из России, дошло до 30 человек.",
            {(30, "", "people left")},
        ),
        # A verb of an amount is no change: "до" after it is a bound.
        ("Число задержанных составляет до 200 человек.", {(200, "up to", "people detained")}),
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
        ("В организацию поступило более 200 обращений.", {(200, "more than", "requests received")}),
    ],
)
def test_calls_counted_like_messages(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За две войны погибли от 150 до 160 тысяч человек.",
            {(150000, "between", "people killed")},
        ),
        (
            "Среди погибших было примерно 30–40 тысяч чеченцев.",
            {(30000, "between", "people killed")},
        ),
        ("Погибли от 5 до 10 тысяч человек.", {(5000, "between", "people killed")}),
        # A lower end above the upper end's count keeps its own value.
        ("Погибли от 500 до 1 тыс. человек.", {(500, "between", "people killed")}),
        ("Задержаны от 30 до 40 человек.", {(30, "between", "people detained")}),
    ],
)
def test_a_range_sharing_its_multiplier(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жертвами стали как минимум 36 человек, в их числе 28 убитых и 8 раненых.",
            {(28, "", "people killed")},
        ),
        ("Погибли 5 человек, еще 12 раненых доставлены в больницу.", {(5, "", "people killed")}),
        # A total broken down after a dash takes no event from its parts.
        (
            "В январе жертвами конфликта стали 19 человек — 13 погибли и шестеро были ранены.",
            {(13, "", "people killed")},
        ),
        # A participle of the event still counts: "из 40 задержанных 12 …" (mend round 12:
        # the forty, whose detention the twelve's release ends, as in English).
        ("Из 40 задержанных 12 были освобождены.", {(40, "", "people detained")}),
    ],
)
def test_the_wounded_and_a_total_broken_down(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кадыров заявил, что у силовиков есть девять трупов боевиков.",
            {(9, "", "people killed")},
        ),
        ("В лесу обнаружены три трупа.", {(3, "", "people killed")}),
        (
            "Приток переселенцев из Чечни может достичь 300 тысяч человек.",
            {(300000, "up to", "people left")},
        ),
        ("Поток беженцев превысил 5 тысяч человек.", {(5000, "more than", "people left")}),
        # "руб." is a sum, "по двум основным направлениям" no people.
        ("Пострадавшие получили 41,25 млн руб. компенсации.", set()),
        ("Беженцы идут по двум основным направлениям.", set()),
    ],
)
def test_bodies_inflows_sums_and_things(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "INTERFAX.RU - В ходе спецоперации в Экажево уничтожено шесть боевиков и еще 11 "
            "задержаны, сообщил источник.",
            {(6, "", "people killed"), (11, "", "people detained")},
        ),
        (
            "ТАСС - В Грозном задержано пятеро мужчин, сообщил источник.",
            {(5, "", "men detained")},
        ),
    ],
)
def test_a_passive_verb_before_its_count_after_a_dateline(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сотни тысяч людей бежали из Чечни.", set()),
        ("Десятки тысяч человек покинули республику.", set()),
        ("Около сотни тысяч человек покинули республику.", {(100000, "around", "people left")}),
        ("Задержаны двое юношей 17 и 19 лет.", {(2, "", "men detained")}),
        ("Троих мужчин задержали на 3 или 4 дня.", {(3, "", "men detained")}),
        # A list of counts stays counts.
        ("Задержаны 17 и 19 человек.", {(17, "", "people detained"), (19, "", "people detained")}),
    ],
)
def test_many_and_lists_of_ages(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Из Чечни выехали 12 семей, всего 40 человек.", {(40, "", "people left")}),
        (
            "Задержаны 12 мужчин, всего 15 человек.",
            {(12, "", "men detained"), (15, "", "people detained")},
        ),
        (
            "Республику покинули пять семей, в общей сложности 23 человека.",
            {(23, "", "people left")},
        ),
        # No event before, or a verb of its own after: not the clause's total.
        ("Пострадали три семьи, всего 12 человек.", set()),
        (
            "Из Чечни выехали 12 семей, всего 40 человек получили помощь.",
            {(40, "", "people evacuated")},
        ),
    ],
)
def test_a_total_apposed_to_the_clause_before(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Грозном задержаны 10 человек. Еще трое — в Аргуне.",
            {(10, "", "people detained"), (3, "", "people detained")},
        ),
        (
            "В Грозном задержаны 10 человек. Еще 5 мужчин — в Аргуне.",
            {(10, "", "people detained"), (5, "", "men detained")},
        ),
        # A state after the dash is no place: those three are the wounded.
        ("Погибли двое. Еще трое — в тяжелом состоянии.", {(2, "", "people killed")}),
        (
            "В Грозном задержаны 10 человек. Еще трое – их родственники.",
            {(10, "", "people detained")},
        ),
    ],
)
def test_more_with_the_verb_of_the_sentence_before(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В больницы доставлены 24 пострадавших от пыток.", {(24, "", "people tortured")}),
        ("Организация зафиксировала 40 жертв пыток.", {(40, "", "people tortured")}),
        # What a count is part of is not its event: the verb's complement is.
        (
            "Из 100 задержанных не менее 20 подвергались пыткам.",
            {(20, "at least", "people tortured")},
        ),
        ("Трое из пятерых задержанных были убиты.", {(3, "", "people killed")}),
    ],
)
def test_victims_of_and_the_part_of_a_whole(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Организация помогла 40 пострадавшим выехать из Чечни.", {(40, "", "people evacuated")}),
        ("Сеть помогла 12 геям уехать за границу.", {(12, "", "people evacuated")}),
        ("Активисты помогли выехать 79 людям.", {(79, "", "people evacuated")}),
        # Help with anything else is no evacuation.
        ("Волонтеры помогли 30 беженцам найти жилье.", {(30, "", "people left")}),
    ],
)
def test_help_to_leave_hung_on_the_noun(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В ходе спецоперации нейтрализованы четыре боевика.", {(4, "", "people killed")}),
        ("Силовики нейтрализовали двух боевиков в Грозном.", {(2, "", "people killed")}),
        ("В результате операции ликвидированы трое боевиков.", {(3, "", "people killed")}),
        ("Были уничтожены пятеро боевиков.", {(5, "", "people killed")}),
    ],
)
def test_the_security_services_words_for_killing_count_the_killed(text: str, expected: set) -> None:
    assert counts(text) == expected
