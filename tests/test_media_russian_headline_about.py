"""A Russian headline that opens with a quotation, then who said it, a dash and what about:
"«…» Сотрудники «Российской ЛГБТ-сети» — об эвакуации геев из Чечни". The words between the
quotation and the dash name the speaker, a person or a body; a headline naming what the piece
is ("Репортаж из Чечни — о …") names no one."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

BODY = "\n\nВ Чечне задерживают мужчин."
WORDS = "«Нас били каждый день и требовали назвать имена»"


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "«Они привыкли, что они люди последнего сорта, им эту мысль внушили» Сотрудники "
            "«Российской ЛГБТ-сети» — об эвакуации геев из Чечни",
            "Сотрудники Российской ЛГБТ-сети",
        ),
        (f"{WORDS} Бывший задержанный — о тюрьме в Аргуне", "Бывший задержанный"),
        (f"{WORDS} Правозащитник Игорь Петров — о преследованиях в Чечне", "Игорь Петров"),
        (
            "«Мы не можем вывезти всех, кто просит о помощи» Глава «Российской ЛГБТ-сети» "
            "Игорь Кочетков — про эвакуацию",
            "Игорь Кочетков",
        ),
    ],
)
def test_the_words_before_the_dash_name_the_speaker(headline, expected):
    assert speakers(headline + BODY) == [expected]


@pytest.mark.parametrize(
    "headline",
    [
        f"{WORDS} Репортаж из Чечни — о тюрьме в Аргуне",
        f"{WORDS} Как живут бывшие задержанные — о тюрьме в Аргуне",
    ],
)
def test_a_headline_naming_the_piece_names_no_speaker(headline):
    assert speakers(headline + BODY) == [""]
