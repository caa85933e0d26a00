"""A headline a page sets into an article's body ("Макрон обсудил с Путиным преследование геев
в Чечне", a link to another article) names no one the next paragraph's "он" continues."""

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
