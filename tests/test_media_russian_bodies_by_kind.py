"""Russian bodies from half L1 of blind set L: a body the lexicon does not list, named by its
kind and whose it is where it spoke ("В Союзе журналистов республики заявили"), is that body,
though the parser takes the genitive for the subject; and a word typed with a letter of the
other script ("Сoюз" with a Latin "o") is read as one word, while the quotation keeps the
letters the article has; "— добавили они" is the group a sentence before opened with, the
headline not part of it, its name long or after a dateline, or one "— сказали эксперты" called
back by its noun; and words quoted in a sentence no one speaks in ("Причиной стало … об
«…»") are the body's that the sentence before had speak ("в Госдепе напомнили")."""

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


LONG = "Эксперты Организации Объединенных Наций в области прав человека"
WORDS = "«Крайне важно, чтобы сообщения были тщательно расследованы», — добавили они."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The headline is no part of the group that opens the first sentence.
        (f"Эксперты ООН потребовали освободить мужчин. {WORDS}", "эксперты ООН"),
        (f"{LONG} заявили, что мужчин надо освободить. {WORDS}", LONG[:1].lower() + LONG[1:]),
        (
            f"ЖЕНЕВА (13 апреля 2017 г.) – {LONG} заявили, что задержанные должны быть "
            "освобождены, а преследования должны прекратиться. Эксперты также призывают "
            "российские власти решительно осудить все гомофобские заявления, которые "
            "представляют собой подстрекательство к ненависти и насилию.\n\nМы призываем "
            "власти положить конец преследованию лиц, которых считают геями или бисексуалами "
            "и которые живут в атмосфере страха, поддерживаемой гомофобскими заявлениями "
            "местных властей, — сказали эксперты.\n\n" + WORDS,
            LONG[:1].lower() + LONG[1:],
        ),
    ],
)
def test_they_are_the_group_that_spoke(text, speaker):
    assert [s for _, s in quoted(f"{HEADLINE}{text}\n")] == [speaker]


ABUSES = "«ужасных злоупотреблениях в отношении ЛГБТИ»"


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Также в Госдепе напомнили, что в 2018 году США ввели санкции.", "State Department"),
        ("В Грозном прошла встреча.", ""),  # no one spoke before
    ],
)
def test_a_sentence_no_one_speaks_in_goes_on(before, speaker):
    text = f"{HEADLINE}{before} Причиной стало установление фактов об {ABUSES}.\n"
    assert [s for _, s in quoted(text)] == [speaker]
