"""What a count counts where the words that say it stand apart from the number (the
forty-eighth session, 2026-12-07; docs/media-rules.md, "Introduced quotations and counts named
elsewhere"): the amount's noun before its verb ("число обращений достигло 600", "the number of
men detained had risen to 100"), the noun after a participle ("около 15 задержанных в Шали
мужчин"), the verb before a count and not its relative clause, the noun put first ("задержали
человек 30"), and a bare count after the count of the same things it is compared with.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "С начала года ОВД-Инфо получил около 1200 запросов о юридической помощи.",
            {(1200, "around", "requests received")},
        ),
        ("За сутки число обращений достигло 600.", {(600, "", "requests received")}),
        ("Количество жалоб составило 45.", {(45, "", "complaints received")}),
        ("Число задержанных мужчин достигло 100.", {(100, "", "men detained")}),
        # Those held: political prisoners, however far their amount's verb.
        (
            "Количество политзаключенных за месяц увеличилось на 82 человека, по состоянию на 30 "
            "декабря составило 970 человек.",
            {(82, "", "people detained"), (970, "", "people detained")},
        ),
        (
            "Родственники около 15 задержанных в Шали мужчин обратились в прокуратуру.",
            {(15, "around", "men detained")},
        ),
        # Review: requests sent are no requests received; a participle's complement is not
        # its noun; a whole before its part is no rough number.
        (
            "Адвокаты направили более 20 запросов о местонахождении задержанных в МВД Чечни.",
            set(),
        ),
        ("Полиция задержала 3 подозреваемых в убийстве женщины.", {(3, "", "people detained")}),
        ("Среди задержанных мужчин 12 — жители Аргуна.", {(12, "", "people detained")}),
        ("Из нескольких десятков человек 12 были задержаны.", {(12, "", "people detained")}),
        # Second review: requests sent to a hotline are received; after two to four the
        # participle's noun is singular; a rough number past an adverb or a place.
        (
            "«За неделю нам направили 40 обращений из Чечни», — рассказала Ольга Баранова.",
            {(40, "", "requests received")},
        ),
        (
            "По данным «Мемориала», 3 задержанных в Шали мужчины до сих пор не освобождены.",
            {(3, "", "men detained")},
        ),
        (
            "По словам местных жителей, в среду силовики задержали еще человек 20.",
            {(20, "about", "people detained")},
        ),
        (
            "«Мы вывезли из Чечни уже человек 40», — говорит координатор сети.",
            {(40, "about", "people evacuated")},
        ),
        # Control: a participle joined to another count keeps its own people.
        (
            "Родственники 12 задержанных и двое мужчин пришли.",
            {(12, "", "people detained"), (2, "", "men detained")},
        ),
        (
            "За помощью к правозащитникам обратились 38 мужчин, которых удерживали в тюрьмах.",
            {(38, "", "men asked for help")},
        ),
        # Control: with no verb before it, the relative clause's event still says it.
        (
            "Двое мужчин, которые бежали из Чечни, получили убежище в Литве.",
            {(2, "", "men evacuated")},
        ),
        (
            "По словам жителя села, в ту ночь задержали человек 30, в основном молодых.",
            {(30, "about", "people detained")},
        ),
        # Control: a whole before its part is no rough number.
        ("Из сорока человек 30 были задержаны.", {(30, "", "people detained")}),
    ],
)
def test_russian_counts_named_elsewhere(text: str, expected: set) -> None:
    assert counts(text + "\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By mid-April the number of men detained had risen to more than 100.",
            {(100, "more than", "men detained")},
        ),
        (
            "The Moscow office took 312 calls in March alone, more than in the whole of 2018, "
            "when it received 270.",
            {(312, "", "calls received"), (270, "", "calls received")},
        ),
        # A relative clause says which people "the 11" are: a first mention, whose part takes
        # its event.
        (
            "Of the 11 who asked the helpline for help this week, four were women from Dagestan.",
            {(11, "", "people asked for help"), (4, "", "women asked for help")},
        ),
        # Control: "the two" of people counted before is no new count.
        (
            "Two brothers were detained in Argun. Police later released the two, who returned "
            "home.",
            {(2, "", "men detained")},
        ),
        # Second review: "the N" counted before in the article is called back, clause or not.
        (
            "Police detained three men in Shali on Monday. Lawyers for the three who remain in "
            "custody have not been allowed to see them.",
            {(3, "", "men detained")},
        ),
        (
            "Twelve men were detained in Grozny last week. Memorial has been in contact with the "
            "12, who say they were tortured.",
            {(12, "", "men detained")},
        ),
        # Control: another sentence's count lends nothing.
        (
            "The Moscow office took 312 calls in March. In 2018 it received 270.",
            {(312, "", "calls received"), (270, "", "messages received")},
        ),
    ],
)
def test_english_counts_named_elsewhere(text: str, expected: set) -> None:
    assert counts("Chechnya\n\n" + text + "\n") == expected
