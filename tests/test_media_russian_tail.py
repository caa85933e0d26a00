"""The long tail of Russian attribution (extract/russian_antecedents.py and hooks in syntax.py,
speakers.py): two people named together speaking as one, a statement whose owner the sentence
leaves out, an anonymous source referred back to, "по выражению", a term "так называемый", and
a speaker's phrase kept apart from the quotation the parser hung on it.

Constructed examples, each with a variant where the rule must not apply.
"""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_QUOTE = "«Мы проверим все сообщения о похищениях»"


def test_two_people_named_together_speak_as_one():
    for word in ("они", "оба", "оба правозащитника"):
        text = f"Игорь Каляпин и Олег Орлов приехали в Грозный. {_QUOTE}, — заявили {word}."
        assert speakers(text) == ["Игорь Каляпин и Олег Орлов"]
    text = (
        "Ахмед и Марьям Алиевы обратились в Комитет против пыток. "
        "«Нашего сына забрали ночью», — рассказали супруги."
    )
    assert speakers(text) == ["Ахмед и Марьям Алиевы"]
    text = (
        "Братья Ибрагим и Абубакар Янгулбаевы уехали из России. "
        "«Мы не вернемся в Чечню», — заявили они."
    )
    assert speakers(text) == ["Ибрагим и Абубакар Янгулбаевы"]
    text = (
        "Игорь Каляпин и Олег Орлов встретились с журналистами в Москве.\n\n"
        f"{_QUOTE}, — заявили правозащитники."
    )
    assert speakers(text) == ["Игорь Каляпин и Олег Орлов"]


def test_a_pair_is_not_taken_past_a_later_subject_or_by_a_singular_verb():
    text = (
        "Игорь Каляпин и Олег Орлов приехали в Грозный. Рамзан Кадыров ответил им. "
        "«Мы не допустим провокаций», — заявил он."
    )
    assert speakers(text) == ["Рамзан Кадыров"]
    text = f"Игорь Каляпин и Олег Орлов приехали в Грозный. {_QUOTE}, — сказал Каляпин."
    assert speakers(text) == ["Игорь Каляпин"]
    text = (
        "Игорь Каляпин и Олег Орлов приехали в Грозный. «Мемориал» выпустил доклад. "
        "«Людей забирают каждую ночь», — заявили они."
    )
    assert speakers(text) == ["Memorial"]
    assert speakers("«Нашего сына забрали ночью», — рассказали супруги.") == ["супруги"]


def test_a_statement_with_no_owner_is_the_latest_subjects():
    quote = "«Я никогда не позволю оскорблять мой народ и мою республику»"
    text = f"Кадыров ответил Емельяненко на критику\n\n{quote}, — говорится в сообщении."
    assert speakers(text) == ["Кадыров"]
    text = (
        "Глава Чечни Рамзан Кадыров опубликовал обращение в Telegram. "
        f"{quote}, — говорится в сообщении."
    )
    assert speakers(text) == ["Рамзан Кадыров"]
    text = (
        "Игорь Каляпин выступил с заявлением в Москве. Власти пока не ответили. "
        "«Людей задерживают без суда и следствия», — говорится в заявлении."
    )
    assert speakers(text) == ["Игорь Каляпин"]
    # The sentence that mentions the statement says who issued it, a body the gazetteer lacks too.
    text = (
        "Пресс-служба МВД по Чечне опубликовала сообщение. "
        "«Задержания в республике не проводились», — говорится в сообщении."
    )
    assert speakers(text) == ["Пресс-служба МВД по Чечне"]
    # "в сообщении Кадырова": his, not the government his name stands for in the gazetteer.
    text = (
        "Глава Чечни провел совещание. "
        "«Задержания в республике не проводились», — говорится в сообщении Кадырова."
    )
    assert speakers(text) == ["Кадыров"]
    # Nobody named: the statement stays without an owner.
    assert speakers(f"{quote}, — говорится в заявлении.") == [""]


def test_he_goes_back_to_an_anonymous_source_and_a_source_keeps_its_place_only():
    text = (
        "«Ни один человек не задержан», — сообщил «Интерфаксу» по телефону информированный "
        "источник в силовых структурах Северо-Кавказского федерального округа. По его словам, "
        "«идет обычная работа по расследованию преступления»."
    )
    assert speakers(text) == ["источник в силовых структурах"] * 2
    text = (
        "«Моего сына забрали ночью», — рассказала собеседница «Кавказского узла». По ее словам, "
        "«полиция ничего не объясняет родственникам»."
    )
    assert speakers(text)[-1] == "собеседница «Кавказского узла»"
    # A person named after the source is who "он" is.
    text = (
        "«Задержания продолжаются», — сказал источник в силовых структурах. Игорь Каляпин не "
        f"согласился. {_QUOTE}, — сказал он."
    )
    assert speakers(text)[-1] == "Игорь Каляпин"


def test_po_vyrazheniyu_names_the_speaker():
    quote = "«это заказная статья врагов нашего народа»"
    assert speakers(f"По выражению Игоря Каляпина, {quote}.") == ["Игорь Каляпин"]
    text = f"Рамзан Кадыров прокомментировал доклад. По его выражению, {quote}."
    assert speakers(text) == ["Рамзан Кадыров"]


def test_a_so_called_term_has_no_speaker():
    text = "Власти объявили о так называемой «контртеррористической операции в горных районах»."
    assert speakers(text) == [""]
    text = "Так, Рамзан Кадыров заявил: «Мы не допустим провокаций в республике»."
    assert speakers(text) == ["Рамзан Кадыров"]


def test_the_speakers_phrase_leaves_the_quotation_out():
    text = "«Меня держали в подвале двенадцать дней», — рассказал один из задержанных."
    assert speakers(text) == ["один из задержанных"]
    text = "«Нас держали в подвале две недели», — рассказал один из пострадавших."
    assert speakers(text) == ["один из пострадавших"]


def test_the_interlocutor_is_who_told_an_agency_whose_name_does_not_decline():
    text = (
        "Верховный суд Чечни оставил арест в силе, сообщил ТАСС адвокат Петр Заикин. "
        "«Оюб Титиев останется под стражей до 9 мая», — отметил собеседник."
    )
    assert speakers(text) == ["Петр Заикин"]
    # Nobody told an agency: the interlocutor stays as written.
    text = "«Задержания в республике продолжаются до сих пор», — сказал собеседник."
    assert speakers(text) == ["собеседник"]


def test_whose_words_an_agency_quotes_in_the_next_sentence():
    text = "«Мы не располагаем такой информацией». Слова Дмитрия Пескова приводит ТАСС."
    assert speakers(text) == ["Дмитрий Песков"]
    text = "«Мы не располагаем такой информацией». Слова Игоря Каляпина цитирует «Интерфакс»."
    assert speakers(text) == ["Игорь Каляпин"]
