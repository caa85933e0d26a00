"""The sentence "One of them, a 25-year-old man, described …" brings in someone unnamed whom
a later "he" means, labelled as a direct attribution labels him; "One of them" with nothing that
says it is a person stays as it was."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = (
    "Police detained dozens of men in Chechnya.\n\n"
    "Tanya Lokshina of Human Rights Watch interviewed several victims. "
)
QUOTE = "\n\n“They wanted names,” he said. “Every day they asked for more names.”\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "One of them, a 25-year-old man, described being beaten daily.",
            "One of them, a 25-year-old man",
        ),
        ("One of them, a survivor, described being beaten daily.", "One of them, a survivor"),
        # Nothing says a person: the reports stay no one's.
        ("One of them, a long report, described the beatings.", ""),
    ],
)
def test_one_of_them_described(sentence, speaker):
    assert [s for _, s in quoted(f"{OPENING}{sentence}{QUOTE}")] == [speaker, speaker]


def test_said_directly_it_is_labelled_the_same():
    text = "Police detained dozens of men.\n\n“They wanted names,” one of them, a survivor, said.\n"
    assert [s for _, s in quoted(text)] == ["one of them, a survivor"]


def test_a_mother_unnamed_opening_a_sentence():
    text = (
        "Police detained dozens of men.\n\nA mother whose son disappeared in 2017 has appealed "
        "to the court. “I just want to know where he is buried,” she told the court.\n"
    )
    assert [s for _, s in quoted(text)] == ["A mother"]
