"""Russian constructions from half I1 of blind set I (2026-12-03): whom an outlet quotes
("— цитирует «Газета.ру» главу СПЧ Михаила Федотова") in the nominative; "Авторы письма
отмечают" after a group wrote it; a headline's role ("«…». Помощник Кадырова — о …") as the
person the article gives that role; and two counts joined past a relative clause, each ending
at its own noun."""

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "В Чечне задержали десятки мужчин.\n\n"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("цитирует «Газета.ру» главу СПЧ Михаила Федотова", "Михаил Федотов"),
        ("цитирует «Газета.ру» адвоката Ольгу Садовскую", "Ольга Садовская"),
        ("рассказал «Газете.ру» глава СПЧ Михаил Федотов", "Михаил Федотов"),
    ],
)
def test_whom_an_outlet_quotes_in_the_nominative(attribution, speaker):
    text = f"{OPENING}«Я связывался сегодня с нашими коллегами в Чечне», — {attribution}.\n"
    assert [s for _, s in quoted(text)] == [speaker]


def test_the_authors_of_a_letter_are_the_group_that_wrote_it():
    text = (
        f"{OPENING}«Мы призываем власти положить конец преследованию», — пишут эксперты ООН.\n\n"
        "Авторы письма отмечают, что преследование «в беспрецедентных масштабах» недопустимо.\n"
    )
    assert [s for _, s in quoted(text)] == ["эксперты ООН", "эксперты ООН"]


def test_a_headline_role_is_the_person_given_it_below():
    text = (
        "«Пресечена попытка похищения человека». Помощник Кадырова — о чеченке Халимат "
        "Тарамовой\n\nТак историю прокомментировал помощник главы Чечни Рамзана Кадырова, "
        "чеченский министр по национальной политике Ахмед Дудаев.\n"
    )
    assert [s for _, s in quoted(text)] == ["Ахмед Дудаев"]
    # No one below given the role: the role, as before.
    alone = text.split("\n\n")[0] + "\n\nТак историю прокомментировали в Грозном.\n"
    assert [s for _, s in quoted(alone)] == ["Помощник Кадырова"]


def test_two_counts_joined_past_a_relative_clause():
    text = (
        "За два года к нам обратились 37 девушек, которые позиционируют себя как лесбиянки, и "
        "две трансгендерные женщины из республик Северного Кавказа.\n"
    )
    figures = extract(parse_article(text.encode(), source="ru-q.txt")).figures
    assert [(f.value, f.counted, f.text) for f in figures] == [
        (37, "women asked for help", "37 девушек"),
        (2, "women asked for help", "две трансгендерные женщины"),
    ]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # A subheading ends in no stop: no one's, whatever the paragraph before reported.
        ("«Ты должен был ее где-нибудь в лесу расстрелять»", ""),
        # A paragraph that is only a quotation goes on from the speech before, as before.
        ("«Таких людей у нас нет».", "Глава Чечни"),
    ],
)
def test_a_subheading_is_no_continuation(line, speaker):
    text = f"{OPENING}Глава Чечни прокомментировал сообщения.\n\n{line}\n\n— Меня преследовали.\n"
    assert next(s for _, s in quoted(text)) == speaker
    # Nor does it go on with the quotation the paragraph before gave someone.
    quoting = f"{OPENING}Альви Каримов назвал публикации «неправдой и дезинформацией».\n\n{line}\n"
    expected = "Альви Каримов" if speaker else ""
    assert [s for _, s in quoted(quoting)] == ["Альви Каримов", expected]
