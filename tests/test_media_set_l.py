"""Constructions from the misses of sets read in the forty-second session (2026-12-06), sets
LB, LC, LR, LS and LT once measured, and their neighbours (docs/media-rules.md)."""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


def test_a_listed_first_name_outweighs_a_surname_ending_like_a_woman_s() -> None:
    # "Łukasz Jasina … “…,” he stressed" gave the quotation to the label before the name: a
    # surname in "-ina" read as a woman's, whom "he" could not mean.
    text = (
        "Poland summons envoy\n\nThe Polish foreign ministry spokesman Łukasz Jasina said the "
        "ambassador was summoned on Monday.\n\n“This is a violation of every norm we know of,” "
        "he stressed.\n\nCarlos Medina, a lawyer, spoke to reporters. “We will appeal this "
        "verdict in every court,” he said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Łukasz Jasina", "Carlos Medina"]


def test_one_of_a_group_named_first_is_called_back_by_what_sets_them_apart() -> None:
    # "One of the bloggers, Zavqibek Saidamini, … “…,” the video blogger said" went unresolved.
    text = (
        "Bloggers detained in Dushanbe\n\nPolice detained three bloggers on Monday. One of the "
        "bloggers, Zavqibek Saidamini, had criticised the authorities online.\n\n“They told me "
        "to delete every video or go to prison,” the video blogger said after his release.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Zavqibek Saidamini"]


def test_a_first_name_opening_a_sentence_beside_one_of_someone_s_friends() -> None:
    # Last session read "…, Kurban, one of Gadjiev's friends, was surprised" mid-sentence only.
    text = (
        "Title here\n\nAbdulmumin Gadjiev was sentenced on Tuesday. Police detained Zavqibek "
        "Saidamini.\n\nKurban, one of Gadjiev’s friends, spoke to the newspaper. “He was afraid "
        "to go home for months,” he said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Kurban"]


def test_a_count_after_a_place_and_a_dash_has_the_count_before_s_event() -> None:
    # Set LS: "В Москве силовики доставили в отделения полиции 2379 человек, в Санкт-Петербурге
    # — 1251" counted the first only: a gap after a country was read, not after "в" and a place.
    text = (
        "Заголовок новости здесь\n\nВ Москве силовики доставили в отделения полиции 2379 "
        "человек, в Санкт-Петербурге — 1251.\n"
    )
    assert counts(text) == {(2379, "", "people detained"), (1251, "", "people detained")}


def test_a_multiplier_in_the_prepositional_case_makes_the_number() -> None:
    # Set LS: "сообщили о 5 тысячах задержанных" counted nothing.
    text = (
        "Заголовок новости здесь\n\nПравозащитники сообщили о 5 тысячах задержанных на акциях "
        "31 января.\n\nРечь идет о 600 — 700 тысячах россиян, уехавших из страны.\n"
    )
    assert counts(text) == {
        (5000, "", "people detained"),
        (600000, "between", "people left"),
    }


def test_victims_are_broken_down_only_by_what_counts_them() -> None:
    # Set LS: "Жертвами стали 225 человек, включая 19 силовиков. Ещё 4 578 оказались в
    # статусе потерпевших, 4 353 из них получили ранения" counted no one: the next sentence's
    # "из них" broke down the others it counts, not the victims.
    text = (
        "Власти обнародовали число погибших\n\nЖертвами стали 225 человек, включая 19 "
        "силовиков. Ещё 4 578 оказались в статусе потерпевших, 4 353 из них получили ранения.\n"
    )
    assert counts(text) == {(225, "", "people killed"), (19, "", "people killed")}
    broken_down = (
        "Заголовок новости здесь\n\nЖертвами конфликта стали 43 человека. Из них 27 убиты.\n"
    )
    assert counts(broken_down) == {(27, "", "people killed")}


def test_a_verb_before_a_count_keeps_the_people_after_it_in_its_words() -> None:
    # Set LS: "умерли шесть задержанных" was the words "умерли шесть", which the annotation's
    # "шесть задержанных" overlaps by less than half.
    text = "Заголовок новости здесь\n\nВ изоляторах умерли шесть задержанных после беспорядков.\n"
    figures = extract(parse_article(text.encode(), source="f.txt")).figures
    assert [(f.text, f.counted) for f in figures] == [("умерли шесть задержанных", "people killed")]
    text = "Title here\n\nOfficials have killed two and detained 40 others.\n"
    figures = extract(parse_article(text.encode(), source="f.txt")).figures
    assert [f.text for f in figures] == ["killed two", "detained 40"]


def test_dashed_speech_with_its_speaker_holds_the_quotation_inside_it() -> None:
    # Set LR: "— …, — объясняет минчанин. — Потом задерживали уже всех с криками: «Сочувствующих
    # тоже пакуем»." gave the inner quotation to the words before it, and the dashed speech
    # was not read at all.
    text = (
        "Заголовок новости здесь\n\nОдин из них, Вадим, подтвердил это.\n\n— Ко мне побежала "
        "толпа людей. Я сразу лег на землю, — объясняет минчанин. — Потом задерживали уже всех "
        "с криками: «Сочувствующих тоже пакуем». Не смотрели ни на что.\n"
    )
    assert [s for s, _ in attributed(text)] == ["минчанин", "минчанин"]


def test_a_statement_placed_on_a_body_s_site_is_the_body_s() -> None:
    # Set LR: "— говорится в сообщении, размещенном на официальном сайте БАЖ" was the speaker
    # "сообщении, размещенном …"; "— отметили в ассоциации" was no one.
    text = (
        "Задержаны журналисты\n\nНе менее 25 журналистов было задержано в субботу, сообщает "
        'Белорусская ассоциация журналистов (БАЖ).\n\n"Задерживались как минимум 25 человек. '
        '20 освобождены", - говорится в сообщении, размещенном на официальном сайте БАЖ.\n\n'
        '"Коллеги не могут найти британского журналиста. Информации нет", - отметили в '
        "ассоциации.\n"
    )
    assert [s for s, _ in attributed(text)] == ["БАЖ", "БАЖ"]


def test_a_group_named_on_a_network_is_the_group_not_the_network() -> None:
    # Set LR: "— говорится в группе «Женщина, тюрьма, общество» во «ВКонтакте»" was VKontakte.
    text = (
        "Заголовок новости здесь\n\n«В Нижнем Новгороде неизвестные напали на активиста», — "
        "говорится в группе «Женщина, тюрьма, общество» во «ВКонтакте».\n"
    )
    assert attributed(text)[0][0] == "Женщина, тюрьма, общество"


def test_taken_to_the_police_or_a_district_department_is_detained() -> None:
    # Set LT: "в Московское РУВД доставили около 170 человек", "в полицию доставили около 200
    # человек" counted nothing.
    text = (
        "Заголовок новости здесь\n\nПо словам правозащитницы, в Московское РУВД доставили около "
        "170 человек, Советское — около 120, Заводское — 100.\n\nПо словам представителя МВД, в "
        "полицию доставили около 200 человек.\n"
    )
    assert counts(text) == {
        (170, "around", "people detained"),
        (120, "around", "people detained"),
        (100, "", "people detained"),
        (200, "around", "people detained"),
    }
    assert counts("Заголовок новости здесь\n\nВ полиции заявили, что 20 человек ушли.\n") == set()


def test_one_named_by_what_befell_them_is_a_count_where_it_ends_the_clause() -> None:
    # Set LT: "В Партизанском РУВД — один задержанный." counted nothing.
    assert counts("Заголовок новости здесь\n\nВ Партизанском РУВД — один задержанный.\n") == {
        (1, "", "people detained")
    }
    # One described is no count.
    assert counts("Заголовок новости здесь\n\nОдин задержанный рассказал, что его били.\n") == set()


def test_young_guys_are_men() -> None:
    # Set LR: "доставлены восемь молодых ребят" counted people.
    text = "Заголовок новости здесь\n\nВ отдел полиции были доставлены восемь молодых ребят.\n"
    assert counts(text) == {(8, "", "men detained")}
