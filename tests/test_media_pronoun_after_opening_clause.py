"""The pronoun after a sentence whose subject is "he" behind an opening clause ("Asked by an
HBO journalist about the allegations, he laughed.") is not whom a preposition governs in that
clause (the journalist) but the one named before ("Kadyrov has repeatedly denied the
reports."); a surname alone opening a sentence before an auxiliary and a speech verb is a
name, and so is one that is the subject of a clause inside the sentence ("When Kadyrov was
asked …"), but not a sentence's first word before "is" ("Homophobia is prevalent …") nor a
body's last word ("Human Rights Watch interviewed …")."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "Police detained dozens of men in Chechnya.\n\n"
QUOTE = "\n\n“This is nonsense,” he said. “We don’t have such people.”\n"


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        (
            "Kadyrov has repeatedly denied the reports. Asked by an HBO journalist about the "
            "allegations, he laughed.",
            "Kadyrov",
        ),
        (
            "Kadyrov denied the reports. Asked by the journalist David Scott about the "
            "allegations, he laughed.",
            "Kadyrov",
        ),
        # A surname alone as the opening clause's own subject, named nowhere before.
        (
            "When Kadyrov was asked by an HBO journalist about the allegations, he laughed.",
            "Kadyrov",
        ),
        ("When Kadyrov was asked about the allegations, he laughed.", "Kadyrov"),
        # The one the clause names as its subject is still he.
        ("An HBO journalist asked about the allegations. He laughed.", "HBO journalist"),
    ],
)
def test_he_after_an_opening_clause(sentences, speaker):
    assert [s for _, s in quoted(f"{OPENING}{sentences}{QUOTE}")] == [speaker, speaker]


def test_a_capitalised_first_word_is_not_a_surname():
    text = (
        "Homophobia is prevalent in the region. “In Chechen society, there is no such thing,” "
        "he had said.\n"
    )
    assert [s for _, s in quoted(text)] == [""]


def test_a_bodys_last_word_is_not_a_surname():
    text = (
        "Tanya Lokshina of Human Rights Watch interviewed victims. “They wanted names,” he said.\n"
    )
    assert [s for _, s in quoted(text)] == [""]
