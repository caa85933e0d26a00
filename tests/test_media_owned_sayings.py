"""Words a named person's saying holds are that person's ("Alaudinov's caption, “…”",
"Freeland's promise of “…”"), "In the words of X, …" names X as "According to X" does, and
"According to the paper's deputy editor, Sergei Sokolov, …" names Sokolov (the
forty-eighth session, 2026-12-07; docs/media-rules.md, "Introduced quotations and counts named
elsewhere")."""

from __future__ import annotations

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_HEAD = "Chechnya\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alaudinov's caption, “our society will not accept this, and never will,” drew "
            "thousands of approving comments.",
            "Alaudinov",
        ),
        (
            "Foreign Minister Chrystia Freeland's promise of “a safe haven for people fleeing "
            "persecution” was welcomed by Kimahli Powell.",
            "Chrystia Freeland",
        ),
        ("Kadyrov's statement that “there are no gays in Chechnya” drew ridicule.", "Kadyrov"),
        (
            "David Isteev pointed to Kadyrov's warning, broadcast on Grozny television the "
            "previous week, that families should “deal with their own shame before the state "
            "has to.”",
            "Kadyrov",
        ),
        (
            "In the words of Oleg Orlov of the Memorial human rights centre, the case has "
            "become “a test of whether anyone is beyond Kadyrov's reach.”",
            "Oleg Orlov",
        ),
        # A role then a name set off by commas: the name, though the parser makes it the
        # subject of the clause after.
        (
            "According to the paper's deputy editor, Sergei Sokolov, the newsroom has received "
            "“dozens of messages promising to punish us” since April.",
            "Sergei Sokolov",
        ),
        # Control: a body's words stay the body's.
        (
            "According to the ministry, Ramzan Kadyrov, who visited the site, was “fully "
            "satisfied with the work”.",
            "the ministry",
        ),
        # Controls: who praises a statement as something speaks; a saying that reports
        # another's words gives them to that other.
        (
            "GLAAD praised Haley's statement as “the right step in speaking out against these "
            "violations.”",
            "GLAAD",
        ),
        (
            "Kadyrov's claim that Lokshina said “the men were tortured” drew ridicule.",
            "Lokshina",
        ),
        # Review: someone else speaking in the sentence owns the words; a day owns none.
        (
            "Kadyrov's spokesman Alvi Karimov called Lokshina's statement “a provocation paid "
            "for by the West.”",
            "Alvi Karimov",
        ),
        (
            "Asked about Lokshina's statement, Kadyrov said, “She is a liar and an enemy of the "
            "Chechen people.”",
            "Kadyrov",
        ),
        (
            "When asked about Kadyrov's promise, Lokshina replied, “We have heard these promises "
            "before.”",
            "Lokshina",
        ),
        (
            "Kadyrov dubbed Milashina's remarks “lies from start to finish” in a post on Telegram.",
            "Kadyrov",
        ),
    ],
)
def test_whose_saying_holds_the_words(text: str, expected: str) -> None:
    assert speakers(_HEAD + text + "\n") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Second review: a verb that only points to the saying, a speech verb elsewhere in the
        # sentence, an outlet reporting it, and "May" as a name keep the owner.
        "Human rights groups have ridiculed Kadyrov's claim that the men who called the hotline "
        "were “provocateurs paid by the West”.",
        "Kadyrov's statement, posted on Instagram on Sunday, that Milashina was “an enemy of "
        "the Chechen people” alarmed her colleagues.",
        "Lokshina recalled Kadyrov's promise that gay men would be “eliminated by the start of "
        "Ramadan”.",
        "Kadyrov's statement that the reports were “absolute lies and disinformation” came a "
        "day later.",
        "According to Meduza, Kadyrov's statement that the detainees were “terrorists, not "
        "gays” was made at a closed meeting.",
    ],
)
def test_the_owner_keeps_the_words_others_point_to(text: str) -> None:
    assert speakers(_HEAD + text + "\n") == ["Kadyrov"]


def test_may_is_a_name() -> None:
    text = (
        "Prime Minister Theresa May's promise of “robust action against those responsible” was "
        "welcomed by campaigners."
    )
    assert speakers(_HEAD + text + "\n") == ["Theresa May"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Second review: people a source names, not one role's holder, stay the source.
        (
            "According to relatives, Ismail Isaev, 17, was “beaten until he could not stand” at "
            "the police station in Argun.",
            "relatives",
        ),
        (
            "According to witnesses, Ruslan Dzhabrailov, the imam of the village mosque, was "
            "“dragged out of his house by armed men”.",
            "witnesses",
        ),
    ],
)
def test_a_name_after_people_is_not_the_source(text: str, expected: str) -> None:
    assert speakers(_HEAD + text + "\n") == [expected]


def test_a_days_statement_is_no_ones() -> None:
    text = (
        "The Chechen interior ministry issued a statement on Sunday. Sunday's statement that “no "
        "one has been detained” was contradicted by relatives."
    )
    assert "Sunday" not in speakers(_HEAD + text + "\n")[0]
