"""Rules from half C1 of blind set C (docs/benchmarks.md): public articles outside the
repository, split by a hash of their names before the extractor ran; C1's misses were read,
C2's never. Each case is a general construction the misses showed, in constructed sentences,
with near misses whose answer must not change.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed, counts, speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of judging joined to another shares its subject.
        (
            "Putin has backed an investigation, but characterized the reports as “rumours, "
            "you could say, about what is happening in the North Caucasus”.",
            "Putin",
        ),
        (
            "Kadyrov met the envoy and dismissed the claims as “lies from start to finish”.",
            "Kadyrov",
        ),
        # Control: a verb of judging with its own subject, as before.
        (
            "The spokesman described the claims as “complete and utter nonsense from start "
            "to finish”.",
            "The spokesman",
        ),
    ],
)
def test_a_judging_verb_joined_to_another_shares_its_subject(text, expected):
    assert speakers("Chechnya\n\n" + text) == [expected]


def test_a_passive_judgement_still_names_no_one():
    text = "Chechnya\n\nThe reports were dismissed as “rumours about the North Caucasus”."
    assert speakers(text) == [""]


UMAROV = (
    "В Чечне прокомментировали статью\n\nИнформация о расстреле является «ложью», заявил "
    "министр Чечни Джамбулат Умаров.\n\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "«Я уверен, что это не подкрепленная никакими доводами, источниками и доказательствами "
        "ложь», — прокомментировал чиновник.",
        # Control: no source named inside the quotation.
        "«Я абсолютно уверен в том, что это ложь», — прокомментировал чиновник.",
    ],
)
def test_a_source_named_inside_a_quotation_is_no_ones_antecedent(first):
    text = UMAROV + first + "\n\n«Это очередной виток нездоровой фантазии», — добавил он."
    assert speakers(text)[-1] == "Джамбулат Умаров"


def test_an_anonymous_source_named_outside_quotations_is_still_he():
    text = (
        "Задержания\n\n«Задержали пятерых», — сообщил информированный источник в силовых "
        "структурах.\n\nПо его словам, «всех отпустили на следующий день после допроса»."
    )
    assert attributed(text)[-1] == ("источник в силовых структурах", "")


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "«Пресечена попытка похищения человека». Помощник Кадырова — о чеченке Халимат "
            "Тарамовой",
            "Помощник Кадырова",
        ),
        # Control: without the full stop, as before.
        (
            "«Пресечена попытка похищения человека» Помощник Кадырова — о чеченке Халимат "
            "Тарамовой",
            "Помощник Кадырова",
        ),
    ],
)
def test_a_headline_speaker_after_a_full_stop(headline, expected):
    assert speakers(headline + "\n\nЧеченку пытались похитить.") == [expected]


def test_a_headline_naming_what_the_piece_is_still_names_no_one():
    headline = "«Пресечена попытка похищения человека». Репортаж из Дагестана — о Тарамовой"
    assert speakers(headline + "\n\nЧеченку пытались похитить.") == [""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number that labels a department, not a count of its people.
        (
            "7 человек было доставлено в 28 отдел полиции, 11 человек – в 43 отдел полиции.",
            {(7, "", "people detained"), (11, "", "people detained")},
        ),
        # A gapped second count takes the verb of the first.
        (
            "На акции 7 человек было доставлено в отдел полиции на Невском, 11 человек – в "
            "отдел на Петроградской.",
            {(7, "", "people detained"), (11, "", "people detained")},
        ),
        (
            "В Грозном 5 человек было задержано в понедельник, 4 человека – во вторник.",
            {(5, "", "people detained"), (4, "", "people detained")},
        ),
        # Controls: counts of people after a number, one ending in 1.
        ("Полиция задержала 28 человек.", {(28, "", "people detained")}),
        ("В Грозном задержали 21 человека.", {(21, "", "people detained")}),
        # People named by their custody are counted as held.
        ("In 12 days he saw at least 30 prisoners.", {(30, "at least", "people detained")}),
        ("В камере было 12 заключённых.", {(12, "", "people detained")}),
        # Control: what befell them is their own verb's.
        ("At least 27 prisoners were executed.", {(27, "at least", "people killed")}),
        # Protection given by another country ends an evacuation, whatever they fled.
        (
            "The Baltic nation has given refuge to two gay men from Chechnya following reports "
            "of a campaign of torture.",
            {(2, "", "men evacuated")},
        ),
        (
            "Lithuanian authorities have granted asylum to two gay Russian men fleeing "
            "persecution in Chechnya.",
            {(2, "", "men evacuated")},
        ),
        ("He said asylum was granted to 31 people.", {(31, "", "people evacuated")}),
        # Control: refuge taken is a flight.
        ("Two men have taken refuge in Moscow.", {(2, "", "men left")}),
        # A second count with its noun and auxiliary left out is of the first one's noun.
        (
            "The paper alleged that more than 100 Chechen men were rounded up and at least "
            "three killed.",
            {(100, "more than", "men detained"), (3, "at least", "men killed")},
        ),
        # Control: after a comma, it may be anyone.
        (
            "Police detained 40 men and 12 women, and two died.",
            {(40, "", "men detained"), (12, "", "women detained"), (2, "", "people killed")},
        ),
    ],
)
def test_counts(text, expected):
    assert counts("Акция\n\n" + text) == expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # "It" is the outlet whose own report the paragraph before gave.
        (
            "Russian newspaper Novaya Gazeta reported in March that authorities were "
            "imprisoning gay men.",
            "Novaya Gazeta",
        ),
        # Controls: an outlet only cited, or no outlet at all, is no one "it" means.
        ("Authorities were imprisoning gay men, according to Novaya Gazeta.", ""),
        ("Authorities were imprisoning gay men, activists say.", ""),
    ],
)
def test_it_is_the_outlet_that_reported(first, expected):
    text = (
        f"Chechnya\n\n{first}\n\nIt said that families had been told to kill them to "
        "“cleanse their honour”."
    )
    assert speakers(text) == [expected]
