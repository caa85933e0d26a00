"""Who speaks a quotation its own sentence does not attribute, read from the sentences around it
(the forty-ninth session, 2026-12-07; docs/media-rules.md, "Words around a quotation and the
forms of a count"): the sentence after it ("She was speaking at …", "The words are Karimov's."),
the paragraph before it ("…, a relative told the website.", "…, according to David Isteev."),
a sentence that opens on someone's answer or tone ("Her message is simple."), a description
that looks back past "he", and a question's clause that is no antecedent.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_WORDS = "“We will not stop until every man is found and freed.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elena Milashina, the Novaya Gazeta journalist, has received threats.\n\n"
            f"{_WORDS} She was speaking at a press conference in Moscow on Thursday.",
            "Elena Milashina",
        ),
        (
            "Tatyana Moskalkova said she had sent a request. She declined to say more.\n\n"
            f"{_WORDS} Her remarks came a day after Kadyrov told Putin the reports were lies.",
            "Tatyana Moskalkova",
        ),
        (
            "Few statements drew as much condemnation that spring.\n\n"
            f"{_WORDS}\n\nThe words are Alvi Karimov's. He later said he was misquoted.",
            "Alvi Karimov",
        ),
        (
            f"{_WORDS}\n\nThe assessment comes from Svetlana Gannushkina, who has helped "
            "refugees since the 1990s.",
            "Svetlana Gannushkina",
        ),
        (
            "Chechen officials have been talkative this week.\n\n"
            f"{_WORDS}\n\nThe line, delivered to a state television crew on Tuesday, belonged "
            "to Dzhambulat Umarov, the republic's minister for national policy.",
            "Dzhambulat Umarov",
        ),
        (
            "Chechnya's authorities dismissed the report within hours.\n\n"
            f"{_WORDS} The comment came from Kadyrov's spokesman, Alvi Karimov, in an interview.",
            "Alvi Karimov",
        ),
        # Review: words after the quotation that name no speaker leave it to the rest; someone
        # named may have spoken elsewhere.
        (f"{_WORDS} Police were speaking to witnesses on Friday.", ""),
        (f"{_WORDS} Kadyrov's remarks came a day after the newspaper published the names.", ""),
    ],
)
def test_the_sentence_after_a_quotation_says_who_spoke(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The family of Zelimkhan Bakaev has heard nothing from investigators for months, "
            "a relative told the Caucasian Knot website on condition of anonymity.",
            "a relative",
        ),
        (
            "The group has helped more than 150 people leave the North Caucasus, according to "
            "David Isteev, who coordinates its crisis programme from outside Russia.",
            "David Isteev",
        ),
        ("Her message to the authorities is simple.", "Luiza"),
        ("For Lapina, the lesson of the case is obvious.", "Veronika Lapina"),
        (
            "Asked whether she would ever go back to Chechnya, she was silent for a long time.",
            "Luiza",
        ),
    ],
)
def test_the_paragraph_before_announces_whose_words_follow(paragraph: str, expected: str) -> None:
    text = (
        "Veronika Lapina, a coordinator at SK SOS, spoke on Monday. Luiza, whose son was "
        "detained in 2019, has written to the prosecutor.\n\n"
        f"{paragraph}\n\n“Nobody who has escaped from Chechnya is safe anywhere in Russia.”"
    )
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Review: a paragraph that quoted someone goes on with them, whatever its last sentence
        # cites; a credit after the words names their speaker.
        (
            "“They held me for eleven days,” said Ibragim, who now lives in Germany. His account "
            "matches those of other former detainees, according to Tanya Lokshina.\n\n"
            "“They used electric shocks. They wanted the names of our friends.”",
            "Ibragim",
        ),
        (
            "The men were handed over to their families after two weeks, a neighbour said.\n\n"
            "“I want to tell the truth about what happened to us.” Amin Dzhabrailov, survivor "
            "of the 2017 purge",
            "Amin Dzhabrailov",
        ),
        # Whom a question is put to, named, is the one who answers.
        (
            "Asked about the claims on Wednesday, Kadyrov's spokesman Alvi Karimov was "
            "dismissive. “This is all an invention of the Western press.”",
            "Alvi Karimov",
        ),
        # An answer others give, or a place, announces no one's words.
        (
            "Zarema asked her son whether he had been detained. Her son's response was silence. "
            "“I knew then that something terrible had happened to him.”",
            "",
        ),
        (
            "Tatiana Stanovaya has studied the Kremlin for years. For Moscow, the calculation is "
            "simple. “Kadyrov keeps Chechnya quiet, and nobody asks him any questions.”",
            "",
        ),
    ],
)
def test_what_announces_no_one(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_a_sentence_on_someones_answer_announces_the_words_after_it() -> None:
    text = (
        "Tatyana Moskalkova initially promised to look into the reports.\n\n"
        f"Months later, her tone had changed. {_WORDS}"
    )
    assert speakers(text)[-1] == "Tatyana Moskalkova"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Movsar spent nine days in a former military compound in Argun. He now lives in a "
            "small town in Germany.\n\n"
            f"“{_WORDS[1:-2]},” the former detainee said.",
            "Movsar",
        ),
        (
            "Maxim Lapunov, who comes from Omsk, spoke publicly on Monday. He said he had been "
            f"held for twelve days.\n\n“{_WORDS[1:-2]},” the Omsk native told reporters.",
            "Maxim Lapunov",
        ),
        # Review: not from further into a paragraph, where "he" may be someone else; nor a
        # title that ends in "general".
        (
            "Aslan Dugayev was held in Argun for nine days. Ramzan Kadyrov has denied that "
            "anyone was detained. He has said there are no gay men in Chechnya. "
            f"“{_WORDS[1:-2]},” the former detainee said.",
            "the former detainee",
        ),
        (
            "Ramzan Kadyrov dismissed the allegations as lies. "
            f"“{_WORDS[1:-2]},” the prosecutor general told the Federation Council.",
            "the prosecutor general",
        ),
    ],
)
def test_a_description_looks_back_past_he_to_the_one_named(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_whom_a_question_names_is_not_the_one_who_answers() -> None:
    text = (
        "Dmitry Peskov was pressed on the reports again during his daily call. Asked whether "
        "Vladimir Putin had raised the matter with Ramzan Kadyrov during their meeting in the "
        'Kremlin on Wednesday, he said: "This topic was not on the agenda."'
    )
    assert speakers(text) == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reply announced in a sentence of its own.
        (
            "Human Rights Watch said at least two dozen men had been detained, based on "
            "interviews by its Russia director, Tanya Lokshina.\n\nNurdi Nukhazhiev, Chechnya's "
            "ombudsman, rejected the findings the same day.\n\nLokshina had an answer ready.\n\n"
            "“Who would go and complain to the very people who are running the torture?”",
            "Tanya Lokshina",
        ),
        # Someone unnamed whom the subject met, and who spoke, is whom "she" means.
        (
            "In Shali, Elena Milashina met a woman who said her younger brother had been taken "
            "from the family home. “They came at night, four of them,” she said.",
            "a woman",
        ),
        # Review: not where the gender says the subject spoke, or the speaker is named after.
        (
            "In Grozny, Kochetkov met a woman who told him her son had disappeared after a raid. "
            "“This is the fourth case from that district this month,” he said.",
            "Kochetkov",
        ),
        (
            "Western governments condemned the detentions. Moscow hit back.\n\n“These claims are "
            "unfounded.” Maria Zakharova, the foreign ministry spokeswoman, was speaking at her "
            "weekly briefing.",
            "Maria Zakharova",
        ),
    ],
)
def test_who_a_reply_and_she_mean(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_a_place_before_a_full_name_is_no_part_of_it() -> None:
    # Set VA: however the surname is spelled later.
    text = (
        "Director of the Grozny ChGTRK and assistant to the head of Chechnya Ahmed Dudaev, "
        "explained to Kavkaz.Realii why bloggers apologized.\n\n“They receive explanations, "
        "and they themselves decide to apologize,” Dudayev assured."
    )
    assert speakers(text) == ["Ahmed Dudaev"]


def test_someone_the_speaker_spoke_of_is_not_whom_she_means() -> None:
    # Set VA. "The journalist" is not yet taken for Evloeva; her mother, spoken of, is no one
    # who speaks.
    text = (
        "Izabella Evloeva, the founder of Fortanga, left Russia last year.\n\nThe journalist "
        "said that her mother was hospitalised as a result of the search.\n\n‘They asked "
        "sarcastically if I liked it when my elderly parents were dragged there’, she said."
    )
    assert "mother" not in speakers(text)[-1]
