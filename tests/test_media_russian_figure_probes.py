"""Constructions from constructed Russian figure probes (written blind to the extractor on
2026-12-05 by a helper who never ran it, read for rules in the thirty-third session)."""

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Организация получила порядка 60 заявок на эвакуацию.",
            (60, "about", "requests received"),
        ),
        (
            "«Мы получили больше 40 просьб о помощи от родственников задержанных», — сообщили "
            "в организации.",
            (40, "more than", "requests received"),
        ),
        (
            "Благодаря программе поддержки 13 человек были переселены в безопасные регионы.",
            (13, "", "people evacuated"),
        ),
        (
            "Волонтёрам удалось спасти двоих парней, которых родственники собирались вернуть.",
            (2, "", "men evacuated"),
        ),
        (
            "По словам правозащитников, силовики задержали не менее 15 членов семей блогеров, "
            "критикующих Кадырова.",
            (15, "at least", "relatives detained"),
        ),
    ],
)
def test_requests_relatives_and_evacuations_in_other_words(sentence, expected):
    assert counts(f"Заголовок новости\n\n{sentence}\n") == {expected}


def test_another_count_whose_verb_is_left_out_takes_the_clause_befores():
    # "Несколько человек были задержаны в Шали, ещё 9 человек — в Урус-Мартане": no number
    # before to take the event from, but the clause's verb.
    text = (
        "Заголовок новости\n\nНесколько человек были задержаны в Шали, ещё 9 человек — "
        "в Урус-Мартане.\n"
    )
    assert counts(text) == {(9, "", "people detained")}
