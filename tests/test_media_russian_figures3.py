"""Russian figures, third round (numbers.py, russian_figures.py): constructions from a checklist
of how Russian news counts people.

Constructed sentences, several per construction: "полтора" before a multiplier, people named by
having fled, "N из которых" taking its noun from what the clause describes, the qualifier an
amount's verb gives, what a linking verb's complement or a victim noun names, and help "в
эвакуации".
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За неделю были задержаны полтора десятка человек.", {(15, "", "people detained")}),
        ("Около полутора тысяч человек покинули республику.", {(1500, "around", "people left")}),
        ("Полиция задержала полторы сотни мужчин.", {(150, "", "men detained")}),
        ("Были задержаны две сотни человек.", {(200, "", "people detained")}),
        # "полтора" alone is no count.
        ("Его держали в подвале полтора месяца.", set()),
    ],
)
def test_one_and_a_half_of_a_multiplier(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Ингушетии собралось уже более 100 тысяч беженцев из Чечни.",
            {(100000, "more than", "people left")},
        ),
        (
            "Более 160 тысяч переселенцев скопилось в регионах, граничащих с Чечней.",
            {(160000, "more than", "people left")},
        ),
        ("В лагере живут 350 беженцев.", {(350, "", "people left")}),
        # The verb's event comes first: those evacuated or detained.
        ("Из Чечни удалось вывезти 15 беженцев.", {(15, "", "people evacuated")}),
        ("Трое беженцев были задержаны на границе.", {(3, "", "people detained")}),
    ],
)
def test_people_named_by_having_fled(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На месте происшествия изъяты пистолет и три автомата, два из которых числились "
            "похищенными во время нападения.",
            set(),
        ),
        (
            "Силовики сожгли четыре дома, в одном из которых погибли двое детей.",
            {(2, "", "people killed")},
        ),
        (
            "Полицейские задержали пятерых мужчин, двое из которых были убиты.",
            {(5, "", "men detained"), (2, "", "men killed")},
        ),
        (
            "Задержаны 12 женщин, три из которых были избиты и подверглись пыткам.",
            {(12, "", "women detained"), (3, "", "women tortured")},
        ),
    ],
)
def test_part_of_what_a_relative_clause_describes(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Число задержанных может достигать 100 человек.", {(100, "up to", "people detained")}),
        ("Число погибших может достичь 30.", {(30, "up to", "people killed")}),
        ("Количество задержанных превысило 50 человек.", {(50, "more than", "people detained")}),
        (
            "По данным правозащитников, общее количество задержанных превышало 100 человек.",
            {(100, "more than", "people detained")},
        ),
        ("Число задержанных не превышает 10 человек.", {(10, "up to", "people detained")}),
        # Reaching a number is that number.
        ("Число задержанных достигло 40 человек.", {(40, "", "people detained")}),
    ],
)
def test_the_qualifier_an_amounts_verb_gives(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пыткам подверглись 26 задержанных.", {(26, "", "people tortured")}),
        ("26 задержанных подверглись пыткам.", {(26, "", "people tortured")}),
        ("Организация зафиксировала 40 жертв пыток.", {(40, "", "people tortured")}),
        ("Правозащитники назвали имена 27 жертв казни.", {(27, "", "people killed")}),
        (
            "По данным правозащитников, помощь в эвакуации оказали двум женщинам.",
            {(2, "", "women evacuated")},
        ),
        # Help to leave is an evacuation.
        (
            "Волонтеры оказали помощь в выезде из республики 30 людям.",
            {(30, "", "people evacuated")},
        ),
    ],
)
def test_what_a_complement_or_a_victim_noun_names(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В результате обстрела были убиты двое мирных жителей и ранены пятеро.",
            {(2, "", "people killed")},
        ),
        (
            "В результате обстрела погибли двое мирных жителей, ранены пятеро.",
            {(2, "", "people killed")},
        ),
        ("Были ранены трое полицейских и убиты двое.", {(2, "", "people killed")}),
    ],
)
def test_a_participle_right_before_a_count_is_its_own(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Силовики вывезли из села 11 человек.", {(11, "", "people detained")}),
        (
            "Полицейские вывезли троих мужчин в неизвестном направлении.",
            {(3, "", "men detained")},
        ),
        ("Активисты вывезли из Чечни 43 человека.", {(43, "", "people evacuated")}),
        ("Военные вывезли из Грозного 200 мирных жителей.", {(200, "", "people evacuated")}),
        # Whom the authorities, unnamed, "забрали" they detained; relatives taking someone
        # home did not.
        ("Четверых мужчин забрали из домов ночью.", {(4, "", "men detained")}),
        ("Силовики забрали троих молодых людей.", {(3, "", "people detained")}),
        ("Родственники забрали двоих детей домой.", set()),
    ],
)
def test_people_the_security_forces_took_away(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause the parser hung off the main verb is no second subject.
        (
            "В Ингушетии, население которой не превышает 300 тысяч человек, собралось уже "
            "более 100 тысяч беженцев из Чечни.",
            {(100000, "more than", "people left")},
        ),
    ],
)
def test_a_relative_clause_is_no_rival_subject(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В июне полицейские задержали двенадцать человек, в июле — еще восемь.",
            {(12, "", "people detained"), (8, "", "people detained")},
        ),
        (
            "В 2017 году погибли трое мужчин, в 2018-м — пятеро.",
            {(3, "", "men killed"), (5, "", "men killed")},
        ),
        (
            "В Аргуне задержали пятерых мужчин, в Грозном — троих.",
            {(5, "", "men detained"), (3, "", "men detained")},
        ),
        (
            "В марте республику покинули 40 человек, в апреле — еще 25.",
            {(40, "", "people left"), (25, "", "people left")},
        ),
        # No count before, nothing to share.
        ("В Аргуне прошли обыски, в Грозном — тоже.", set()),
    ],
)
def test_a_count_whose_verb_is_left_out_after_a_dash(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Под стражей находятся 12 человек.", {(12, "", "people detained")}),
        ("Под арестом остаются трое мужчин.", {(3, "", "men detained")}),
        # Guarding is no custody of those counted.
        ("Здание охраняли 12 человек.", set()),
    ],
)
def test_custody_without_a_place(text: str, expected: set) -> None:
    assert counts(text) == expected
