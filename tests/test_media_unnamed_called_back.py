"""Someone unnamed keeps being who speaks: "he" after "“…,” the man shared" is the man; "Вот
одна цитата от одной из жертв: «…»" is "одна из жертв", and "по словам одного из задержанных"
is "один из задержанных", in the nominative; and a newspaper's editorial board speaks for it
("The editorial board of Novaya Gazeta released a statement calling the sermon “…”")."""

import pytest

from tests.media_helpers import quoted, speakers

pytestmark = pytest.mark.once


def test_he_after_the_man_spoke_is_the_man():
    text = (
        "A 26-year-old man from Chechnya now shares what it meant to be gay. “People are killed "
        "over rumours there,” the man shared. The police let him go after the first round of "
        "questioning. “I escaped because I understood that I would not manage,” he said.\n"
    )
    assert [s for _, s in quoted(text)] == ["the man", "the man"]
    # Not a woman's words.
    text = text.replace("he said", "she said")
    assert [s for _, s in quoted(text)] == ["the man", ""]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Вот одна цитата от одной из жертв: «Задержанных пытали и били током».", "одна из жертв"),
        ("По словам одного из задержанных, «нас били током каждый день».", "один из задержанных"),
        ("По словам одной из задержанных, «нас били током каждый день».", "одна из задержанных"),
    ],
)
def test_one_of_them_in_the_nominative(sentence, speaker):
    assert speakers(sentence + "\n") == [speaker]


def test_an_editorial_board_speaks_for_its_paper():
    text = (
        "The editorial board of Novaya Gazeta released a statement calling the sermon “an "
        "incitement to massacre journalists.”\n"
    )
    assert [s for _, s in quoted(text)] == ["The editorial board of Novaya Gazeta"]
    # A journalist of the paper is herself.
    text = "Novaya Gazeta's Elena Milashina said the men were “taken at night by the police”.\n"
    assert [s for _, s in quoted(text)] == ["Elena Milashina"]
