"""Russian figures, second parse round (refuge/media/extract/russian_figures.py).

Constructed sentences, several per construction: a count shared by coordinated verbs, a verb
left out after a count, an amount noun, "один" after its verb, nouns animate in a later
reading, and the numbers of a time.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The object of a verb that names no event, shared by a later verb that does.
        (
            "Вошли вооруженные люди в масках, забрали всех четверых, и, не спрашивая ни о "
            "чем, посадили в машины и увезли в неизвестном направлении.",
            {(4, "", "people detained")},
        ),
        (
            "Они забрали четверых мужчин, посадили их в машину и увезли.",
            {(4, "", "men detained")},
        ),
        (
            "Полицейские остановили троих молодых людей и задержали без объяснения причин.",
            {(3, "", "people detained")},
        ),
        (
            "Ночью силовики избили и увели в неизвестном направлении двоих молодых людей.",
            {(2, "", "people detained")},
        ),
        # An active verb that shares the subject is not one that shares the object: those
        # wounded were not the ones shot.
        (
            "Боевики пытались прорваться к посту и ранили двух сотрудников, после чего были "
            "застрелены.",
            set(),
        ),
        # A negated later verb gives nothing.
        ("Силовики окружили пятерых мужчин, но не задержали.", set()),
    ],
)
def test_a_count_shared_by_coordinated_verbs(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Двое из них умерли в дороге, а еще четверо - по прибытии в Ингушетию.",
            {(2, "", "people killed"), (4, "", "people killed")},
        ),
        (
            "Пятеро задержанных погибли в первую ночь, а еще трое — через неделю.",
            {(5, "", "people killed"), (3, "", "people killed")},
        ),
        (
            # The two more are men like the six (figs9: the noun of the list is left out too).
            "Шестеро мужчин были задержаны в Аргуне, а еще двое — в Грозном.",
            {(6, "", "men detained"), (2, "", "men detained")},
        ),
    ],
)
def test_a_count_whose_verb_is_left_out(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кроме того, число убитых, по пока не подтвержденным данным, может быть больше — "
            "56 человек.",
            {(56, "", "people killed")},
        ),
        ("Общее количество задержанных достигло 40 человек.", {(40, "", "people detained")}),
        (
            "Число погибших, по данным правозащитников, составило 12 человек.",
            {(12, "", "people killed")},
        ),
        # An amount of something that befalls no one counts nothing; an amount of appeals
        # counts those received, as "Всего обращений: 45" does (the forty-eighth session).
        ("Общее количество автомобилей достигло 40.", set()),
        ("Общее количество обращений достигло 40.", {(40, "", "requests received")}),
    ],
)
def test_an_amount_gives_its_event(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Позже стало известно, что погиб один из сотрудников полиции.",
            {(1, "", "people killed")},
        ),
        ("В результате перестрелки погиб один сотрудник РОВД.", {(1, "", "people killed")}),
        ("Вечером был задержан один из участников акции.", {(1, "", "people detained")}),
        # "один" before its verb was already a count; one who only spoke is none.
        ("Один из свидетелей рассказал, что видел машину.", set()),
    ],
)
def test_one_after_its_verb(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В результате четыре боевика убиты, один задержан.",
            {(4, "", "people killed"), (1, "", "people detained")},
        ),
        ("Силовики уничтожили двух боевиков.", {(2, "", "people killed")}),
        # Places stay no people.
        ("Задержания прошли в трех районах республики.", set()),
    ],
)
def test_a_noun_animate_in_a_later_reading(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня около 14:00 неизвестными в Грозном похищена активистка.",
        "Сотрудники захвачены во вторник в 17:15 в селении Гойты.",
    ],
)
def test_the_numbers_of_a_time_count_no_one(text: str) -> None:
    assert not any(value in {0, 14, 15, 17} for value, _q, _c in counts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Those wounded are no count, however the parser hangs them.
        ("Два человека убиты, трое ранены.", {(2, "", "people killed")}),
        (
            "В результате теракта погибли 3 человека, еще 10 получили ранения.",
            {(3, "", "people killed")},
        ),
        ("Погибших — трое, раненых — пятеро.", {(3, "", "people killed")}),
        ("Задержанных — двенадцать, освобожденных — четверо.", {(12, "", "people detained")}),
    ],
)
def test_the_wounded_beside_a_count(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Задержаны 15 жительниц Грозного.", {(15, "", "women detained")}),
        ("Шесть чеченок получили убежище в Германии.", {(6, "", "women evacuated")}),
        ("Силовики похитили трех активисток.", {(3, "", "women detained")}),
        # Men and mixed groups stay as they were.
        ("Задержаны пятеро студентов.", {(5, "", "people detained")}),
        (
            "Были задержаны 12 мужчин и 3 женщины.",
            {(12, "", "men detained"), (3, "", "women detained")},
        ),
    ],
)
def test_women_by_morphology(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Не менее чем 30 мужчин были задержаны.", {(30, "at least", "men detained")}),
        ("Не меньше чем 12 человек погибли.", {(12, "at least", "people killed")}),
        ("Менее чем 20 человек смогли покинуть республику.", {(20, "up to", "people left")}),
    ],
)
def test_qualifiers_with_chem(text: str, expected: set) -> None:
    assert counts(text) == expected
