"""Figures in both languages, the long tail (figure_tail.py, and the words of figure_words.py).

Constructed sentences, several per construction: the event as a noun ("об уничтожении шести
боевиков", "the bodies of five men"), the count as the complement of victims ("Жертвами
боевиков стали девять человек", "Victims numbered at least 27"), the whole of a set a part is
taken from ("двоих из четверых ликвидированных", "two of the three detainees were released"),
English "one of the …" with its own event, a page's hard line break inside a sentence, another
source's count with its verb left out, English doers, and a span of hours.
"""

from __future__ import annotations

import pytest

from refuge.media.extract.figure_tail import prose_lines
from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Силовики сообщили об уничтожении шести боевиков.", {(6, "", "people killed")}),
        ("Ликвидация трех боевиков подтверждена.", {(3, "", "people killed")}),
        ("Нейтрализованы пять боевиков.", {(5, "", "people killed")}),
        ("Тела трех мужчин обнаружены в лесу.", {(3, "", "men killed")}),
        ("The bodies of five men were found near Grozny.", {(5, "", "men killed")}),
        ("Four militants eliminated in Chechnya's Grozny", {(4, "", "people killed")}),
        # Things are still no people, whatever was destroyed.
        ("В ходе спецоперации уничтожены три склада.", set()),
        ("Уничтожены три базы боевиков.", set()),
    ],
)
def test_killing_named_by_security_reports_and_bodies(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жертвами боевиков стали девять человек.", {(9, "", "people killed")}),
        ("Жертвами нападения стали двое полицейских.", {(2, "", "people killed")}),
        ("Жертвами теракта стали 12 человек, еще 40 ранены.", {(12, "", "people killed")}),
        # Victims of a conflict broken down into killed and wounded are both: the killed count.
        (
            "В 2010 году жертвами вооруженного конфликта стали 43 человека, из которых 27 убиты "
            "и 16 ранены.",
            {(27, "", "people killed")},
        ),
        ("Victims numbered at least 27.", {(27, "at least", "people killed")}),
        ("The number of detainees stood at 40.", {(40, "", "people detained")}),
        ("The number of people detained stood at 40.", {(40, "", "people detained")}),
        ("The death toll reached 12.", {(12, "", "people killed")}),
    ],
)
def test_the_count_as_the_complement_of_victims(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Установлены личности двоих из четверых ликвидированных боевиков.",
            {(4, "", "people killed")},
        ),
        ("Трое из пятерых похищенных вернулись домой.", {(5, "", "people detained")}),
        ("Из 40 задержанных 12 человек были освобождены.", {(40, "", "people detained")}),
        ("Двое из четырех задержанных дали показания.", {(4, "", "people detained")}),
        ("Two of the three detainees were released.", {(3, "", "people detained")}),
        ("Of the 40 men detained, 12 were released.", {(40, "", "men detained")}),
        ("One of the 27 killed was a teacher.", {(27, "", "people killed")}),
        # A part with an event of its own is the claim; the set is left out.
        (
            "Из 100 задержанных не менее 20 подвергались пыткам.",
            {(20, "at least", "people tortured")},
        ),
        ("Трое из пяти похищенных найдены убитыми.", {(3, "", "people killed")}),
        ("Two of the six died.", {(2, "", "people killed")}),
        # A set of no event counts no one.
        ("Двое из троих опрошенных ответили отрицательно.", set()),
    ],
)
def test_the_set_a_part_is_taken_from(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the wounded later died in hospital.", {(1, "", "people killed")}),
        ("One of the abducted men was found dead.", {(1, "", "men killed")}),
        ("One of the detainees told reporters he was beaten.", set()),
        ("One of the men detained in Argun later died in custody.", {(1, "", "men killed")}),
        # An event in what the one said is not the one's.
        ("One of the journalists said that two men were killed.", {(2, "", "men killed")}),
    ],
)
def test_english_one_of_with_its_own_event(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_a_hard_line_break_inside_a_sentence_is_a_space() -> None:
    assert prose_lines("были\nэвакуированы. Конец.\nНовая строка") == (
        "были эвакуированы. Конец.\nНовая строка"
    )
    assert counts("Более 30 человек были\nэвакуированы из республики.") == {
        (30, "more than", "people evacuated")
    }
    assert counts("В ходе спецоперации\nуничтожены 4 боевика.") == {(4, "", "people killed")}
    # A paragraph break stays one.
    assert counts("Задержаны 12 человек.\n\nСреди них двое несовершеннолетних.") == {
        (12, "", "people detained"),
        (2, "", "people detained"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По официальным данным, погибли 5 человек, по неофициальным — около 20.",
            {(5, "", "people killed"), (20, "around", "people killed")},
        ),
        (
            "В этом городе похищены по официальным данным четверо, а по неофициальным - около "
            "десяти уроженцев Ингушетии.",
            {(4, "", "people detained"), (10, "around", "people detained")},
        ),
    ],
)
def test_another_sources_count_with_its_verb_left_out(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 15 people had earlier seized three vehicles in the village.", set()),
        ("Ten gunmen killed three police officers.", {(3, "", "people killed")}),
        ("Police detained 15 people who had seized a bus.", {(15, "", "people detained")}),
        ("Пикет пройдет с 16 до 18 часов.", set()),
        ("Число задержанных выросло с 40 до 60 человек.", {(60, "", "people detained")}),
    ],
)
def test_doers_things_and_hours_count_no_one(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 12 men remain unaccounted for.", {(12, "at least", "men detained")}),
        ("The whereabouts of five men are still unknown.", {(5, "", "men detained")}),
        ("Eight men were taken away by security forces.", {(8, "", "men detained")}),
        ("Twelve men were airlifted out of the region.", {(12, "", "men evacuated")}),
        ("Пятеро взяты под стражу.", {(5, "", "people detained")}),
        ("Полсотни человек задержаны в Грозном.", {(50, "", "people detained")}),
        ("Half a dozen men were abducted.", {(6, "", "men detained")}),
        ("A dozen men were detained.", {(12, "", "men detained")}),
        # Families, like cases, are no people.
        ("More than 200 families were forced to flee their homes.", set()),
    ],
)
def test_missing_taken_airlifted_and_number_words(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 30 people, among them two women, were forced to leave the republic.",
            {(30, "about", "people left"), (2, "", "women left")},
        ),
        (
            "Five people, including a journalist and two activists, have been reported missing "
            "since Monday.",
            {(5, "", "people detained"), (2, "", "people detained")},
        ),
        # Reporting alone is still no event.
        ("Five people, including a journalist, reported the raid to the police.", set()),
    ],
)
def test_english_forced_to_leave_and_reported_missing(text: str, expected: set) -> None:
    assert counts(text) == expected
