"""One first name opening a sentence with an age after it ("Amina, a 22-year-old woman from
Grozny, fled …", "Amina, 22, fled …") or what she is ("Amina, an activist,") is someone the
article named, whom a later "she" means even past a sentence that says "she said" inside; one
capitalised word with nothing after it that says it is a person is not ("Meanwhile, …")."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "Police detained dozens of men in Chechnya.\n\n"
QUOTE = "\n\n“My brother told me he would find me,” she said.\n"


@pytest.mark.parametrize(
    ("introduced", "speaker"),
    [
        ("Amina, a 22-year-old woman from Grozny, fled to Moscow in 2019.", "Amina"),
        ("Amina, 22, fled to Moscow in 2019.", "Amina"),
        ("Amina, an activist, fled to Moscow in 2019.", "Amina"),
    ],
)
def test_a_first_name_with_an_age_is_remembered(introduced, speaker):
    text = f"{OPENING}{introduced} Her family, she said, wanted to kill her.{QUOTE}"
    assert [s for _, s in quoted(text)] == [speaker]


def test_a_word_opening_a_sentence_is_no_name():
    text = f"{OPENING}Meanwhile, 22 people fled to Moscow. Her family, she said, was afraid.{QUOTE}"
    assert [s for _, s in quoted(text)] == [""]


@pytest.mark.parametrize(
    "opening",
    [
        "Police detained dozens of men in Chechnya.\n\n",
        "Police detained dozens of men in Chechnya. ",
    ],
)
def test_a_first_name_with_a_relative_clause_is_remembered(opening):
    # "Chechnya. Ruslan, who …" is no two-word name across the sentence's end.
    text = (
        f"{opening}Ruslan, who asked that his surname not be used, was held for ten days. "
        "“They beat me every day,” he said.\n"
    )
    assert [s for _, s in quoted(text)] == ["Ruslan"]
