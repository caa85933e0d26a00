"""A headline a page sets into an article's body ("Макрон обсудил с Путиным преследование геев
в Чечне", a link to another article) names no one the next paragraph's "он" continues; nor
does "один из тех" a reported clause is about ("заявил, что один из тех … жив")."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_BODY = (
    "Геев в Чечне нет, заявил министр по национальной политике Джамбулат Умаров. Кроме того, "
    "он подчеркнул, что не удивится новым историям.\n"
)
_QUOTE = "«Я не удивлюсь, если завтра придумают историю про марсиан», – отметил он.\n"


def test_he_after_an_inserted_headline_is_the_body_s_subject():
    text = _BODY + "Макрон обсудил с Путиным преследование геев в Чечне\n" + _QUOTE
    assert speakers(text) == ["Джамбулат Умаров"]


def test_a_sentence_of_the_body_still_gives_he():
    text = _BODY + "Макрон обсудил с Путиным преследование геев в Чечне.\n" + _QUOTE
    assert speakers(text) == ["Макрон"]


def test_one_of_those_a_reported_clause_is_about_is_not_he():
    text = (
        "Глава Чечни Рамзан Кадыров заявил, что один из тех, кого журналисты назвали убитым, "
        "оказался жив. Однако имени этого человека не назвал.\n\n"
        "По его словам, такие факты появляются в СМИ «в год два–три раза».\n"
    )
    assert speakers(text) == ["Рамзан Кадыров"]


def test_one_of_the_detained_opening_a_sentence_is_still_he():
    text = (
        "Полиция задержала десятки мужчин. Один из задержанных рассказал о пытках.\n\n"
        "По его словам, их «били каждый день по несколько часов».\n"
    )
    assert speakers(text) == ["один из задержанных"]
