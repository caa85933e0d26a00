"""The forms a count takes in news (the forty-ninth session, 2026-12-07; docs/media-rules.md,
"Words around a quotation and the forms of a count"): Russian digits with a case ending ("3-х
боевиков"), a range's noun after its upper end, qualifiers before and after the number
("практически", "no more than", "с лишним"), clock times and described things that count no
one, and the noun of a part ("13 of them") from the count of the whole.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Силовики задержали 3-х мужчин в Аргуне.", {(3, "", "men detained")}),
        ("В Грозном похитили 5-ти человек.", {(5, "", "people detained")}),
        # An ordinal's ending is no count: "восьмых классов", "девяностых годов".
        ("Среди задержанных были ученики 8-х классов.", set()),
        ("Задержания шли в 90-х годах.", set()),
        ("Силовики задержали от 30 до 50 мужчин в Аргуне.", {(30, "between", "men detained")}),
        ("Задержали от 2 до 3 тысяч человек.", {(2000, "between", "people detained")}),
        # Review: an adjective written apart from its number, a parent's children, a range of
        # two kinds, and "nearly all" are no such counts.
        ("Похитители увезли 3-х летнего ребенка в неизвестном направлении.", set()),
        ("В 4-х местной камере содержались 12 задержанных.", {(12, "", "people detained")}),
        ("Сотрудники полиции задержали мать 4-х детей.", set()),
        (
            "В ходе рейда силовики задержали от 20 до 30 женщин и детей.",
            {(20, "between", "people detained")},
        ),
        ("Практически все 40 задержанных были отпущены.", {(40, "", "people detained")}),
    ],
)
def test_russian_digits_and_ranges(text: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Практически 50 человек были задержаны.", (50, "nearly")),
        ("Без малого 50 человек были задержаны.", (50, "nearly")),
        ("Почти что 30 мужчин были задержаны.", (30, "nearly")),
        ("Ориентировочно 30 мужчин были задержаны.", (30, "about")),
        ("Задержаны 100 с лишним человек.", (100, "more than")),
        ("За неделю задержаны 40 с небольшим мужчин.", (40, "more than")),
        ("No more than 30 men were detained.", (30, "up to")),
        ("Just under 30 men were detained.", (30, "nearly")),
        ("In the region of 30 men were detained.", (30, "about")),
        ("Upward of 30 men were detained.", (30, "more than")),
        ("A minimum of 30 men were detained.", (30, "at least")),
        ("Forty or more men were detained.", (40, "at least")),
        ("The 40 or so survivors fled.", (40, "about")),
    ],
)
def test_qualifiers_before_and_after_the_number(text: str, expected: tuple[int, str]) -> None:
    assert {(value, qualifier) for value, qualifier, _counted in counts(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The host was taken away first, at around 2 a.m.", set()),
        ("Witnesses described two or three unmarked cars arriving after dark.", set()),
        ("The victim had eight stab wounds.", set()),
        # Review: things only after words that describe them, not after a plural or a time.
        (
            "Security forces killed 12 militants two days after the attack.",
            {(12, "", "people killed")},
        ),
        ("Guards tortured 3 inmates several times, the report says.", {(3, "", "people tortured")}),
        ("12 Chechen families were resettled in Austria last year.", set()),
        ("One or more of the detained men may have died, the group said.", set()),
        ("The network said 40 of them have been resettled abroad.", {(40, "", "people evacuated")}),
        (
            "According to relatives, 17 men attended a party in Grozny. Within three weeks, 13 "
            "of them had been arrested.",
            {(13, "", "men detained")},
        ),
        (
            "Of the 15 men interviewed by Human Rights Watch, 11 said they had been tortured.",
            {(11, "", "men tortured")},
        ),
        ("Twenty men fled to safety in Georgia.", {(20, "", "men left")}),
    ],
)
def test_what_an_english_count_counts(text: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police detained a further 12 men over the weekend, bringing the total number held "
            "since December to about 40.",
            {(12, "", "men detained"), (40, "about", "men detained")},
        ),
        (
            "Another 20 people were rounded up in Argun on Tuesday. The total rose to 34, the "
            "paper said.",
            {(20, "", "people detained"), (34, "", "people detained")},
        ),
        (
            "За выходные в Грозном задержали около десятка парней, а к среде их число выросло до "
            "полутора десятков.",
            {(10, "around", "men detained"), (15, "", "men detained")},
        ),
        # Review: a total of something else, or of theirs, is no total of the count before.
        (
            "Police detained 12 men on Monday. The total cost of the operation rose to 40 million "
            "roubles.",
            {(12, "", "men detained")},
        ),
        (
            "Security forces detained 12 men in Shali. The total number of people killed in the "
            "clashes rose to 30.",
            {(12, "", "men detained"), (30, "", "people killed")},
        ),
        (
            "В Грозном были задержаны 12 человек. На въездах в город появились новые блокпосты, "
            "их число достигло 30.",
            {(12, "", "people detained")},
        ),
        # Those a number is only part of are no total.
        (
            "В убежищах было 37 геев — но в их число включены и те 35, которые теперь уже уехали.",
            {(37, "", "people evacuated"), (35, "", "people left")},
        ),
        (
            "Из общего числа обратившихся (142 человека) большинство — жители Чечни.",
            {(142, "", "people asked for help")},
        ),
        (
            "Правозащитники не исключают, что число погибших может приближаться к сорока.",
            {(40, "nearly", "people killed")},
        ),
        ("The number of men detained is approaching 40.", {(40, "nearly", "men detained")}),
    ],
)
def test_totals_brackets_and_approaches(text: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Set VR: a count in brackets after its noun, detentions as a noun, a date after the
        # verb.
        ("Больше всего человек (68) задержали в Петербурге.", {(68, "", "people detained")}),
        ("МВД РФ сообщало о 3,3 тыс. задержаниях.", {(3300, "", "people detained")}),
        # A source between the dash and the count.
        (
            "Много людей задержали в Ярославле — по подсчетам «ОВД-Инфо», 57 человек.",
            {(57, "", "people detained")},
        ),
        ("В Москве прошли акции — по данным полиции, 500 человек.", set()),
        (
            "Более одной тысячи человек задержали 21 сентября в России.",
            {(1000, "more than", "people detained")},
        ),
        # The words quoted end at the number; custody with no word of detention; help asked.
        (
            "Her office had received “around 10” complaints related to Chechnya.",
            {(10, "around", "complaints received")},
        ),
        (
            "Sources told the paper that 20-30 men had been brought to the police station.",
            {(20, "between", "men detained")},
        ),
        (
            "It received messages from more than 100 people in Chechnya asking for help to leave.",
            {(100, "more than", "people asked for help")},
        ),
        ("About 40 relatives went to the police station to ask about them.", set()),
        # Review: a name that is a number, its own clause only, helpers asked for help,
        # officers brought in, an age range.
        ("The hotline “112” received 400 calls in a day.", {(400, "", "calls received")}),
        (
            "Больше всего человек (68) пришли на акцию, где полиция задержала 12.",
            {(12, "", "people detained")},
        ),
        ("The family turned to three lawyers for help.", set()),
        (
            "About 200 officers were brought to the police headquarters to reinforce the cordon.",
            set(),
        ),
        ("Men (18-60) were detained at checkpoints across the region.", set()),
    ],
)
def test_counts_real_news_writes(text: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(text) == expected
