"""Three English attributions from blind set J's half J1: words quoted in an adverbial clause
("The Kremlin is informed about the report, although “…,” Dmitry Peskov said") are the
speaker's beside them, not words said to the passive's subject; "…,’ adding to sanctions …"
names no one, since a participle's subject is its sentence's; and "their statement reads" is
whoever "they" are ("The countries called on Russia …")."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

HEADLINE = "Kremlin rejects the report\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin is informed about the report, although “the entire report is yet to be "
        "analyzed,” Dmitry Peskov said.",
        "The Kremlin is informed about the report and cannot agree with it, although “the "
        "entire report is yet to be analyzed,” Dmitry Peskov has stated today.",
    ],
)
def test_a_clause_of_circumstance_is_the_words_of_who_says_it(sentence):
    assert [s for _, s in quoted(f"{HEADLINE}{sentence}\n")] == ["Dmitry Peskov"]


def test_they_were_told_is_still_no_one():
    text = f"{HEADLINE}The detainees were told: “You will never leave this place.”\n"
    assert [s for _, s in quoted(text)] == [""]


@pytest.mark.parametrize("participle", ["adding", "explaining", "saying"])
def test_a_participle_names_no_speaker_after_it(participle):
    text = (
        f"{HEADLINE}The State Department sanctioned Kadyrov for “gross violations of human "
        f"rights and abuses,” {participle} to sanctions imposed by the Treasury.\n"
    )
    assert [s for _, s in quoted(text)] == ["State Department"]


def test_their_statement_is_the_group_they_are():
    text = (
        f"{HEADLINE}Sixteen countries issued a joint statement. The countries called on Russia "
        "to act.\n\n“We will continue to raise our concerns until we receive a substantive "
        "response,” their statement reads.\n"
    )
    assert [s for _, s in quoted(text)] == ["The countries"]
