"""The Russian tail of round 10: quotation spans (a quoted name sharing its quotation's opening,
„…“, a short quotation a speech verb or a longer joined phrase makes one), a role said again
("глава ведомства", "защитник", a bare "собеседник"), "он" after a sentence of two subjects (the
main clause's, by the syntax parse), a first name alone in an oblique case, a chant, and a
headline quotation with its speaker after a dash.

Constructed examples, each with a variant where the rule must not apply.
"""

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from tests.media_helpers import speakers

pytestmark = pytest.mark.once


def _quotes(text: str) -> list[str]:
    return [q.text for q in extract(parse_article(text.encode(), source="ru.txt")).quotes]


def test_a_quoted_name_opening_a_quotation_shares_its_guillemet():
    text = (
        "«Медиазона» – это не тот ресурс, который может судить о Чечне. Республика не приемлет "
        "таких проявлений», – прокомментировал Джамбулат Умаров."
    )
    assert speakers(text) == ["Джамбулат Умаров"]
    assert _quotes(text)[0].startswith("Медиазона» – это не тот ресурс")
    # A quoted name with no unmatched closing mark after it stays a name.
    text = "«Медиазона» опубликовала доклад. «Это не тот ресурс», – сказал Джамбулат Умаров."
    assert _quotes(text) == ["Это не тот ресурс"]


def test_low_opening_marks_close_on_the_high_ones():
    text = "„Людей задерживают без суда и следствия“, — сказала Татьяна Локшина."
    assert _quotes(text) == ["Людей задерживают без суда и следствия"]
    assert speakers(text) == ["Татьяна Локшина"]


def test_a_quotation_naming_a_body_is_one_when_a_speech_verb_follows():
    text = "Дмитрий Песков ответил журналистам. «Это не вопрос Кремля», — отметил Песков."
    assert speakers(text) == ["Дмитрий Песков"]
    # Without the verb it reads as a name, as before.
    assert _quotes("Он говорил о «Новой газете Кремля» весь вечер.") == []


def test_a_short_phrase_joined_to_a_longer_quoted_phrase():
    text = (
        'Министр Джамбулат Умаров выступил в Грозном. Он называет обвинения "бессовестной '
        'практикой" и "печальной обыденностью нашего времени".'
    )
    assert _quotes(text) == ["бессовестной практикой", "печальной обыденностью нашего времени"]
    # A short phrase alone is a term, not a quotation.
    assert _quotes('Он называет обвинения "бессовестной практикой".') == []


def test_a_role_said_again_with_a_noun_for_any_body():
    text = (
        "Глава СК Александр Бастрыкин поручил провести проверку. «Все факты будут проверены», "
        "— сказал глава ведомства."
    )
    assert speakers(text) == ["Александр Бастрыкин"]


def test_the_defender_is_the_lawyer_the_article_named():
    text = (
        "Защиту Оюба Титиева ведет адвокат Петр Заикин. «Мой подзащитный не виновен», — сказал "
        "защитник."
    )
    assert speakers(text) == ["Петр Заикин"]


def test_a_bare_interlocutor_is_who_spoke_last_outside_quotations():
    text = (
        'Прокуратура взяла перерыв, добавил Александр Черкасов. "Они были не готовы. Завтра '
        'судья заслушает их", – пояснил собеседник.'
    )
    assert speakers(text) == ["Александр Черкасов"]
    # "собеседник издания" stays the one the article said told the outlet: nobody here.
    text = (
        "Глава Чечни Рамзан Кадыров отрицал задержания.\n\n«Людей держат в подвалах», — говорит "
        "собеседник издания."
    )
    assert speakers(text) != ["Рамзан Кадыров"]


def test_he_continues_the_main_clause_subject():
    text = (
        "Член СПЧ Игорь Каляпин не собирается покидать Россию после того, как глава Чечни Рамзан "
        "Кадыров назвал его террористом. Об этом он заявил «Газете.Ru».\n\n«Я давно занимаюсь "
        "проблемами прав человека в Чечне», — сказал он."
    )
    assert speakers(text) == ["Игорь Каляпин"]
    # The main clause's subject is Kadyrov: he stays.
    text = (
        "Глава Чечни Рамзан Кадыров заявил, что Игорь Каляпин помогает террористам.\n\n«Это "
        "враги народа», — сказал он."
    )
    assert speakers(text) == ["Рамзан Кадыров"]


def test_a_first_name_alone_in_the_case_of_the_full_name():
    text = (
        "Оюба Титиева задерживали дважды. После этого Оюба под конвоем отвезли в райотдел. Там "
        "он заявил: «Что вы вообще делаете? Это все незаконно!»"
    )
    assert speakers(text) == ["Оюб Титиев"]


def test_a_chant_before_the_reporter():
    text = (
        "«Свободу Оюбу Титиеву!» — скандировали участники акции, передает корреспондент "
        "«Кавказского узла»."
    )
    assert speakers(text) == ["участники акции"]


def test_a_headline_quotation_with_its_speaker_after_a_dash():
    text = "«В Чечне нет таких людей», — Кадыров\n\nГлава Чечни Рамзан Кадыров выступил в Грозном."
    assert speakers(text) == ["Рамзан Кадыров"]
    # A dash and a speech verb with nobody named leave the headline to the other rules.
    text = "«В Чечне нет таких людей», — заявили в Грозном\n\nВ Грозном прошло совещание."
    assert speakers(text) != ["Грозном"]


def test_a_group_without_the_place_it_stood():
    assert speakers("«Руки прочь от Мемориала!» — кричали пикетчики у здания суда.") == [
        "пикетчики"
    ]
    # A place written into the body the group is of stays: "в Чечне" is no place they stood.
    text = "«Задержаний не было», — заявили представители МВД в Чечне."
    assert speakers(text) != ["представители"]
