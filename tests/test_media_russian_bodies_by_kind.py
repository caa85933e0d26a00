"""Russian bodies from half L1 of blind set L: a body the lexicon does not list, named by its
kind and whose it is where it spoke ("В Союзе журналистов республики заявили"), is that body,
though the parser takes the genitive for the subject; and a word typed with a letter of the
other script ("Сoюз" with a Latin "o") is read as one word, while the quotation keeps the
letters the article has."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

HEADLINE = "Заголовок\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "В Союзе журналистов республики заявили, что угроз не было. «Оснований для опасений "
        "нет», — подчеркнули в организации.",
        "В Союзе журналистов республики заявили: «Оснований для опасений нет».",
    ],
)
def test_a_body_named_by_its_kind(text):
    assert [s for _, s in quoted(f"{HEADLINE}{text}\n")] == ["Союз журналистов республики"]


def test_a_word_in_two_scripts():
    words = "прекратить кампанию травли Чеченской республики"
    text = f"{HEADLINE}Сoюз журналистов Чечни написал письмо с требованием «{words}».\n"
    assert quoted(text) == [(words, "Союз журналистов Чечни")]


def test_quoted_letters_are_kept():
    mixed = "Сoюз"  # a Latin "o"
    text = f"{HEADLINE}«{mixed} журналистов нас не защищает», — сказал Игорь Кочетков.\n"
    assert quoted(text) == [(f"{mixed} журналистов нас не защищает", "Игорь Кочетков")]
