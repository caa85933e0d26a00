"""Figures in both languages, the long tail, round 10 (figure_asides.py, figure_tail.py,
english_figures.py, numbers.py).

The constructed checklist of figs10 (docs/media-samples.md, "Sample figs10"): what figs9 left
(two clauses with a count each, "до полусотни", "Among the 27 killed", a count between dashes
that names who the count before is, English "one" before a person's noun, "left three … in a
grave condition") and Russian counts as human-rights reports write them (lists under "в числе
погибших", rows of a table, "из них шестеро — женщины"), with the controls that must stay.
"""

from __future__ import annotations

import pytest

from refuge.media.extract.numbers import number_value
from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fewer than 10 people were released, and at least 30 remain detained.",
            {(30, "at least", "people detained")},
        ),
        (
            "Police killed five and detained 12 suspects in Dagestan.",
            {(5, "", "people killed"), (12, "", "people detained")},
        ),
    ],
)
def test_a_clause_with_a_count_of_its_own_keeps_its_event(text: str, expected: set) -> None:
    """A verb conjoined after a number of its own is that number's, not the first count's."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Задержано до полусотни человек.", {(50, "up to", "people detained")}),
        ("Около полусотни человек покинули Чечню.", {(50, "around", "people left")}),
        ("Задержаны полсотни человек.", {(50, "", "people detained")}),
    ],
)
def test_half_a_hundred_is_read_in_every_case(text: str, expected: set) -> None:
    assert counts(text) == expected
    assert number_value("полусотней") == 50


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the 27 killed were two women.",
            {(27, "", "people killed"), (2, "", "women killed")},
        ),
        ("Police said they were in contact with the three.", set()),
    ],
)
def test_the_set_a_participle_describes_is_a_count(text: str, expected: set) -> None:
    """A set named by its participle ("the 27 killed") counts; "the three" refers back."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three men — two brothers and their cousin — were detained.",
            {(3, "", "men detained")},
        ),
        (
            "Трое мужчин — два брата и их двоюродный брат — были задержаны.",
            {(3, "", "men detained")},
        ),
        (
            "Пятеро задержанных — трое мужчин и две женщины — отпущены.",
            {(5, "", "people detained")},
        ),
        (
            "Three men were detained — two others were killed.",
            {(3, "", "men detained"), (2, "", "people killed")},
        ),
    ],
)
def test_a_count_between_dashes_names_who_the_count_before_is(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One policeman has been killed.", {(1, "", "people killed")}),
        (
            "One police officer was killed and four were injured.",
            {(1, "", "people killed")},
        ),
        ("One Chechen police officer was detained in Moscow.", {(1, "", "people detained")}),
        (
            "The report said that one of the men, Said-Ramzan Abdulkerimov, died in custody.",
            {(1, "", "men killed")},
        ),
        ("One resident told reporters that police came.", set()),
        ("One day, police detained three men.", {(3, "", "men detained")}),
        ("One of the detainees, Adam Ismailov, told reporters about it.", set()),
    ],
)
def test_english_one_before_a_person_counts_with_its_own_verb(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast killed two and left three of the police officers in a grave condition.",
            {(2, "", "people killed")},
        ),
        ("The attack left five people seriously wounded.", set()),
        ("The raid left two dead.", {(2, "", "people killed")}),
        ("Over 200 people left the region.", {(200, "more than", "people left")}),
    ],
)
def test_those_an_attack_left_did_not_flee(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В числе погибших - 103 человека, объявленные властями членами вооруженного "
            "подполья, 65 мирных жителей, 37 сотрудников силовых структур и военнослужащих и 6 "
            "представителей власти.",
            {
                (103, "", "people killed"),
                (65, "", "people killed"),
                (37, "", "people killed"),
                (6, "", "people killed"),
            },
        ),
        (
            "Среди погибших 12 подозреваемых в причастности к подполью, три сотрудника "
            "силовых структур и одно гражданское лицо — все в Дагестане.",
            {(12, "", "people killed"), (3, "", "people killed"), (1, "", "people killed")},
        ),
        (
            "Среди задержанных — семеро жителей Грозного и две женщины.",
            {(7, "", "people detained"), (2, "", "women detained")},
        ),
        ("Среди погибших трое полицейских, изъяты 2 автомата.", {(3, "", "people killed")}),
    ],
)
def test_a_list_under_the_set_it_counts_takes_the_set_s_event(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Задержаны: 14", {(14, "", "people detained")}),
        (
            "Погибли: 2 человека. Пропали без вести: 4 человека.",
            {(2, "", "people killed"), (4, "", "people detained")},
        ),
        ("Ранены: 5 человек.", set()),
        ("Ранено: 4; погибло: 2.", {(2, "", "people killed")}),
        ("Дата: 12 мая.", set()),
    ],
)
def test_a_row_of_a_table_takes_its_label_s_event(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Были задержаны 18 человек, из них шестеро — женщины.",
            {(18, "", "people detained"), (6, "", "women detained")},
        ),
        (
            "Задержаны 20 человек, пятеро из них — женщины.",
            {(20, "", "people detained"), (5, "", "women detained")},
        ),
        # "из которых" as "из них" (twenty-third session, constructed probes).
        (
            "Были задержаны 12 человек, пятеро из которых — женщины.",
            {(12, "", "people detained"), (5, "", "women detained")},
        ),
        (
            "Задержаны 12 человек, из них пятеро — несовершеннолетние.",
            {(12, "", "people detained"), (5, "", "people detained")},
        ),
    ],
)
def test_a_dash_after_a_part_names_its_people(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Число жертв выросло до 23.", {(23, "", "people killed")}),
        ("Число жертв возросло до 23 человек.", {(23, "", "people killed")}),
        ("Задержаны до 30 человек.", {(30, "up to", "people detained")}),
    ],
)
def test_a_tally_of_victims_that_grew_to_a_number(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Семерым удалось бежать из республики.", {(7, "", "people left")}),
        ("Пятерым удалось покинуть Чечню.", {(5, "", "people left")}),
    ],
)
def test_those_who_managed_to_flee_take_the_infinitive_s_event(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Задержаны родственники 12 боевиков.", set()),
        ("Police detained the relatives of 12 militants.", set()),
        ("Родственники 12 задержанных обратились в прокуратуру.", {(12, "", "people detained")}),
        (
            "Родственники 15 человек, так и не найденных после задержания, обратились в "
            "прокуратуру.",
            {(15, "", "people detained")},
        ),
        (
            "The families of 27 men executed in January demanded answers.",
            {(27, "", "men killed")},
        ),
    ],
)
def test_what_befell_the_kin_is_not_the_count_s(text: str, expected: set) -> None:
    """A count after "родственники" or "relatives of" counts what its own words say."""
    assert counts(text) == expected
