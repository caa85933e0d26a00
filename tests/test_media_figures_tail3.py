"""Figures in both languages, the long tail, round 9 (figure_asides.py, figure_tail.py).

The constructed checklist of figs9 (docs/media-samples.md, "Sample figs9"): a count whose noun
and verb are left out before a place, two counts sharing one verb's noun, "числом", the
missing "так и не найденных", the wounded after "ещё", rates, ages in a list, clock times,
fractions of a counted set, deadly wounds, and the counts news writes that must stay as they
are (headlines, dates, articles, sums, vague amounts, round words, qualifiers).
"""

from __future__ import annotations

import pytest

from refuge.media.extract import russian_readings
from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За сутки в Чечне похищены семь человек. Двое задержаны в Урус-Мартане, один - в "
            "Ленинском районе Грозного.",
            {(7, "", "people detained"), (2, "", "people detained"), (1, "", "people detained")},
        ),
        (
            "Четверо боевиков были задержаны в Шатойском районе, еще один в Шалинском.",
            {(4, "", "people detained"), (1, "", "people detained")},
        ),
        (
            "В Грозном задержаны трое мужчин, двое - в Гудермесе.",
            {(3, "", "men detained"), (2, "", "men detained")},
        ),
        (
            "Двое погибли в Грозном, один - в Аргуне.",
            {(2, "", "people killed"), (1, "", "people killed")},
        ),
        (
            "Two men were detained in Argun, three in Gudermes.",
            {(2, "", "men detained"), (3, "", "men detained")},
        ),
    ],
)
def test_a_count_whose_noun_and_verb_are_left_out_before_a_place(text: str, expected: set) -> None:
    """The last count of a list takes the noun and the event of the count before it."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police killed five and detained 12 suspects in Dagestan.",
            {(5, "", "people killed"), (12, "", "people detained")},
        ),
        (
            "Security forces shot dead two and arrested four suspected militants.",
            {(2, "", "people killed"), (4, "", "people detained")},
        ),
        (
            "Chechen police kill 13, detain 41 militants this year",
            {(13, "", "people killed"), (41, "", "people detained")},
        ),
    ],
)
def test_two_counts_of_two_verbs_sharing_a_noun(text: str, expected: set) -> None:
    """The first count is the object of the verb before it, not the doer of the second verb."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Аргуне задержаны мужчины числом около 30.", {(30, "around", "men detained")}),
        (
            "Задержанные, числом не менее 40, содержатся в Аргуне.",
            {(40, "at least", "people detained")},
        ),
        (
            "Беженцы числом более 200 человек прибыли в Ингушетию.",
            {(200, "more than", "people left")},
        ),
        ("Силовики числом около 30 окружили дом.", set()),
        ("В списке — 2600 человек, так и не найденных полицией.", {(2600, "", "people detained")}),
        (
            "Родственники 15 человек, так и не найденных после задержания, обратились в "
            "прокуратуру.",
            {(15, "", "people detained")},
        ),
    ],
)
def test_counts_in_apposition_and_the_missing(text: str, expected: set) -> None:
    """ "числом" is "numbering" without commas; those "так и не найденных" are the missing."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Погибли трое, ещё пятеро ранены.", {(3, "", "people killed")}),
        ("One in five detainees said they had been tortured.", set()),
        ("Полиция задержала троих мужчин 25, 27 и 30 лет.", {(3, "", "men detained")}),
        ("Около 20.30 27 мая в лесу был задержан местный житель.", set()),
        ("Two-thirds of the 45 detainees were from Grozny.", {(45, "", "people detained")}),
        ("Twenty percent of the 300 people who fled were women.", {(300, "", "people left")}),
        ("Two men, 25 and 30, were detained.", {(2, "", "men detained")}),
        ("Число жертв достигло 30 человек.", {(30, "", "people killed")}),
        ("A thousand people fled.", {(1000, "", "people left")}),
        ("The number of detainees has risen to 45.", {(45, "", "people detained")}),
        ("Two police officers were wounded in the attack.", set()),
    ],
)
def test_no_one_counted_and_sets_named_by_a_part(text: str, expected: set) -> None:
    """The wounded, rates, lists of ages and clock times count no one; a fraction's set does."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the firefight, two law enforcement officers suffered deadly wounds.",
            {(2, "", "people killed")},
        ),
        ("Two police officers were fatally wounded in the attack.", {(2, "", "people killed")}),
        ("Двое полицейских получили смертельные ранения.", {(2, "", "people killed")}),
        ("Двое полицейских были смертельно ранены.", {(2, "", "people killed")}),
        ("Трое полицейских получили ранения.", set()),
    ],
)
def test_deadly_wounds_are_deaths(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Memorial: 27 people executed in Chechnya\n\nThe group said the men were shot.",
            {(27, "", "people killed")},
        ),
        ("В 2017 году задержаны более 100 человек.", {(100, "more than", "people detained")}),
        ("Дело возбуждено по части 2 статьи 105 УК РФ.", set()),
        ("Relatives paid 300,000 rubles to secure his release.", set()),
        ("Несколько десятков человек задержаны.", set()),
        ("Scores of men were rounded up.", set()),
        ("About a dozen people were killed.", {(12, "about", "people killed")}),
        ("Около полутора тысяч человек покинули Чечню.", {(1500, "around", "people left")}),
        ("As many as 100 men have been detained.", {(100, "up to", "men detained")}),
        ("Between 40 and 50 men were detained.", {(40, "between", "men detained")}),
        ("Задержаны двое 20-летних жителей Аргуна.", {(2, "", "people detained")}),
        ("Каждый второй задержанный подвергался пыткам.", set()),
    ],
)
def test_counts_news_writes_stay_as_they_are(text: str, expected: set) -> None:
    """Controls: headlines, dates, articles, sums, vague amounts, round words, qualifiers."""
    assert counts(text) == expected


def test_readings_find_each_number_in_the_first_sentence_listed() -> None:
    """Sentences found by a sweep over their starts, the first listed winning, as a scan."""

    class Tok:
        def __init__(self, start: int, stop: int) -> None:
            self.start, self.stop = start, stop

    sentences = [[Tok(10, 12), Tok(13, 20)], [Tok(0, 5), Tok(6, 15)], [Tok(30, 40)]]
    found = russian_readings._sentence_of(sentences, [3, 11, 16, 25, 35])  # type: ignore[arg-type]
    assert found == {3: 1, 11: 0, 16: 0, 35: 2}
