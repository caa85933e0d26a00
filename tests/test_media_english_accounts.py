"""English accounts and statements, from constructed probes after blind set K's accounts and
from half K1 of its statements: a first name the lists hold opening a sentence is its subject
("Ruslan is 24. … he says"); a headline's capitals are no one named before "The man";
"That's how Ruslan describes …" after a quotation; "— Ilyas, 24" closing a paragraph; a
name with an age after it ("Leyla, 23,"), after "Asked …," or "One of them, a 20-year-old"; a
passive with no agent ("what was widely described as “…”") names no one; "Sir" is a title;
and "the detention and ill treatment of over 100 men" detained them."""

import pytest

from tests.media_helpers import counts, quoted

pytestmark = pytest.mark.once

HEADLINE = "Survivors Speak Out\n\n"
WORDS = "“They beat me with a pipe,”"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Ruslan is 24. He was detained in March. {WORDS} he says now.", "Ruslan"),
        (f"Ilyas remembers the basement well. {WORDS} he recalls.", "Ilyas"),
        (
            "The man, whose name has been changed for his safety, said he was held for twelve "
            f"days. {WORDS} he said.",
            "The man",
        ),
        ("“They beat me with a pipe.” That’s how Ruslan describes his first night.", "Ruslan"),
        ("“They beat me with a pipe.” — Ilyas, 24", "Ilyas"),
        (f"Sir Ian McKellen addressed the crowd. {WORDS} he said.", "Ian McKellen"),
        (
            "Amina fled Grozny in 2019. She now lives in Germany.\n\n“My brother said he "
            "would kill me,” she says.",
            "Amina",
        ),
        (f"The BBC spoke to Leyla, 23, who escaped in May.\n\n{WORDS} she said.", "Leyla"),
        (
            "Asked whether he would ever return, Ilyas shook his head. “Never,” he said. “There "
            "is nothing for me there.”",
            "Ilyas",
        ),
        (
            "Kochetkov said the group had evacuated 40 people. One of them, a 20-year-old from "
            f"Argun, described the conditions. {WORDS} he said.",
            "One of them, a 20-year-old",
        ),
    ],
)
def test_accounts(text, speaker):
    assert [s for _, s in quoted(f"{HEADLINE}{text}\n")] == [speaker]


def test_a_passive_with_no_agent_names_no_one():
    text = (
        f"{HEADLINE}As of June 2017, the Chechen government has imprisoned over 100 men in what "
        "was widely described as “gay concentration camps for men.”\n"
    )
    assert [s for _, s in quoted(text)] == [""]


def test_events_joined_before_of_are_the_counts():
    text = (
        f"{HEADLINE}Mr Duncan told the Commons: “The arbitrary detention and ill treatment of "
        "over 100 men in Chechnya is of the utmost concern to the UK.”\n"
    )
    assert counts(text) == {(100, "more than", "men detained")}


def test_another_witness_is_not_the_first():
    text = (
        f"{HEADLINE}One young man told Novaya Gazeta that he was beaten with a hose. “They "
        "wanted the names of my friends,” he said. Another said he was given electric shocks. "
        "“I thought I would die,” he said.\n"
    )
    assert [s for _, s in quoted(text)] == ["One young man", "Another"]
