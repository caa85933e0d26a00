"""Review 13's Russian findings: a quoted name inside dash dialogue taken for a quotation, a
bare "собеседник" given to the paragraph's official, "глава ведомства" with two heads in
view, and a network page named as the speaker.

The reviewer's texts; each rule's own construction is kept working (test_media_russian_tail3).
"""

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from tests.media_helpers import quoted

pytestmark = pytest.mark.once


def test_a_quoted_name_in_dash_dialogue_leaves_the_line_a_quotation():
    text = "— Мой брат работал в «Мемориале», — рассказала Зарема. — Его забрали в марте."
    assert quoted(text) == [
        ("Мой брат работал в «Мемориале»", "Зарема"),
        ("Его забрали в марте.", "Зарема"),
    ]
    text = "— Он писал для «Новой газеты», — вспоминает его мать."
    assert [quote for quote, _speaker in quoted(text)] == ["Он писал для «Новой газеты»"]


@pytest.mark.parametrize(
    "text",
    [
        "По словам Заремы, ее брат работал в «Мемориале», — говорит она, — и его забрали в марте.",
        "По его словам, он смотрел фильм «Добро пожаловать в Чечню», — отметил собеседник.",
        "«Мемориал», — ответил он на вопрос, где работал его брат.",
        "Фильм «Добро пожаловать в Чечню», — рассказал режиссер Дэвид Франс, — снимали два года.",
    ],
)
def test_a_quoted_name_inside_a_sentence_is_not_a_quotation(text):
    assert quoted(text) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Глава Чечни Рамзан Кадыров отрицает, что в республике есть геи. «Меня держали в "
            "подвале две недели и били каждый день», — рассказывает собеседник.",
            "собеседник",
        ),
        (
            "Татьяна Москалькова пообещала проверить сообщения. «Моего сына забрали ночью», — "
            "рассказывает собеседница.",
            "собеседница",
        ),
        (
            "Правозащитник Игорь Кочетков заявил, что сеть эвакуировала более ста человек. "
            "«Меня забрали прямо с работы, и никто не знал, где я», — говорит собеседник.",
            "собеседник",
        ),
    ],
)
def test_a_bare_interlocutor_is_not_the_paragraphs_named_subject(text, role):
    quotes = extract(parse_article(text.encode(), source="ru.txt")).quotes
    assert [q.speaker for q in quotes] == [role]


def test_the_head_of_the_body_with_two_heads_in_view_stays_a_role():
    text = (
        "Глава СК Александр Бастрыкин поручил провести проверку, а глава МВД Владимир "
        "Колокольцев промолчал. «Проверка будет проведена», — сообщил глава ведомства."
    )
    assert [speaker for _quote, speaker in quoted(text)] == ["глава ведомства"]


def test_a_network_page_of_a_known_body_is_that_body():
    text = (
        "«Задержанных отпустили поздно вечером», — говорится на странице Российской ЛГБТ-сети "
        "во «ВКонтакте»."
    )
    assert [speaker for _quote, speaker in quoted(text)] == ["Russian LGBT Network"]
