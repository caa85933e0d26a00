"""Constructions from the misses of the sets read in the forty-fifth session (2026-12-07): TA
and TB (English, on the held-out part's topics) and TR (Russian figures), each measured before
it was read, and QR, NS and LT from earlier sessions (docs/media-rules.md)."""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Set QR: the parser joined "которых … расстреляли" to the main verb; the count kept
        # the disappearance's event.
        (
            "Орлов подтвердил исчезновение 13 человек в Чечне, которых, по данным «Новой "
            "газеты», позднее расстреляли.",
            {(13, "", "people killed")},
        ),
        (
            "Газета сообщила о задержании 10 человек, которых затем убили.",
            {(10, "", "people killed")},
        ),
        # A relative clause that frees them, or is said of someone else's, leaves the noun's.
        (
            "Газета сообщила о задержании 10 человек, которых затем отпустили.",
            {(10, "", "people detained")},
        ),
        (
            "Газета сообщила о задержании 10 человек, чьих родственников затем убили.",
            {(10, "", "people detained")},
        ),
        ("Газета сообщила о расстреле 27 задержанных жителей.", {(27, "", "people killed")}),
        (
            "He confirmed the disappearance of 13 people who were later shot.",
            {(13, "", "people killed")},
        ),
        (
            "The evacuation of 40 people who were detained in Grozny began.",
            {(40, "", "people evacuated")},
        ),
    ],
)
def test_a_killing_said_of_those_counted_outweighs_the_noun_before_them(
    sentence: str, expected: set[tuple[int, str, str]]
) -> None:
    assert counts(f"Заголовок\n\n{sentence}\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Sets NS, QR and TR: brought in to a police department, a regiment, for a check.
        (
            "По словам Раджабова, в отдел было доставлено около пятнадцати человек.",
            {(15, "around", "people detained")},
        ),
        (
            "Для проверки были доставлены не более 10 человек, которые уже отпущены.",
            {(10, "up to", "people detained")},
        ),
        (
            "В начале января на территорию полка доставили минимум 56 человек.",
            {(56, "at least", "people detained")},
        ),
        (
            "Вместе с ним в райотдел были доставлены около 15 прихожан мечети.",
            {(15, "around", "people detained")},
        ),
        # Taken to hospital, or with no place at all, is no detention.
        ("12 человек были доставлены в больницу.", set()),
        ("В больницу на территории полка доставили 12 человек.", set()),
        ("Продукты для 500 человек были доставлены.", set()),
    ],
)
def test_people_brought_in_by_the_police_were_detained(
    sentence: str, expected: set[tuple[int, str, str]]
) -> None:
    assert counts(f"Заголовок\n\n{sentence}\n") == expected


_VIOLATIONS = "said their case was “marred with blatant violations.”"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # Set TB: "Memorial" was read as a body and "Human Rights Center" as its member.
        ("the Moscow-based Memorial Human Rights Center", "Memorial"),
        ("Memorial Human Rights Center", "Memorial"),
        # Set RB, left last session: where a body sits, in two words.
        ("the New York-based Committee to Protect Journalists", "Committee to Protect Journalists"),
        # A body's member named after it is still the member.
        ("the Russian LGBT Network Tim Bestvet", "Tim Bestvet"),
    ],
)
def test_a_body_s_name_is_not_taken_for_a_member_of_it(subject: str, expected: str) -> None:
    text = f"Title\n\nIn September, {subject} {_VIOLATIONS}\n"
    assert [s or r for s, r in attributed(text)] == [expected]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # Set TB: how the words came is no part of who sent them.
        ("said the source in an email.", "the source"),
        ("the official said in a phone call.", "the official"),
        ("said the Chechen leader in a speech on Friday.", "the Chechen leader"),
        ("said the man in the video.", "the man"),
    ],
)
def test_the_medium_of_speaking_is_no_part_of_the_speaker(after: str, expected: str) -> None:
    text = f"Title\n\n“We can confirm the information of new detentions in Chechnya,” {after}\n"
    assert [s or r for s, r in attributed(text)] == [expected]


def test_a_relative_clause_that_reports_the_words_is_not_who_spoke() -> None:
    # Set TA: the clause "who claimed that he was “…”" became part of the speaker.
    text = (
        "Title\n\nVideos of the singer were uploaded to YouTube by an unknown person who "
        "claimed that he was “resting in Germany with friends”.\n\n"
        "Those who know him said he was “a kind and gentle man”.\n"
    )
    assert [s or r for s, r in attributed(text)] == ["an unknown person", "Those who know him"]


def test_the_one_just_named_is_not_the_outlet_that_reports() -> None:
    # Set TA: "the man" went to Newsweek, the one name the sentence before gave.
    text = (
        "Title\n\nThe videos show a man resembling the singer. The man is also shown dancing "
        "and smoking a hookah, Newsweek reports.\n\n"
        '"There is absolutely nothing to do in Grozny or Moscow," the man says, according to '
        "NewNowNext.\n"
    )
    assert [s or r for s, r in attributed(text)] == ["the man"]


def test_an_order_given_by_someone_named_is_no_order_to_a_listener() -> None:
    # Set TB: the agent hung on the infinitive, so "were ordered" read as told by no one.
    text = (
        "Title\n\nAdam Eli noted that members were ordered to leave by NYPD officers, who told "
        'the crowd the Consulate was protected under Russian law and "isn\'t our land."\n\n'
        'The detainees were ordered to undress. "Nobody will ever find you here," they were '
        "told.\n"
    )
    assert [s or r for s, r in attributed(text)] == ["NYPD officers", ""]
