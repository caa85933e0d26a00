"""Bodies by their own names and what they say (the fifty-first session, 2026-12-07;
docs/media-rules.md, "Bodies by their own names"): "The Union of Journalists stated" is the
union, "of" and all, not a person named "The Union" of a body "Journalists", nor the journalist
the article named before; "X issued a statement saying …: “…”" is X, whatever the words
before the name.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police searched the office of journalist Abdulmumin Gadzhiyev.\n\nThe Union of "
            "Journalists stated that they were “protesting the lawlessness of the security "
            "forces, which can be regarded as another attempt to put pressure”.",
            "Union of Journalists",
        ),
        (
            "The Committee of Soldiers’ Mothers said that “nobody was ever told anything about "
            "them”.",
            "Committee of Soldiers Mothers",
        ),
        # Controls: a person of a body, and a body the lists hold.
        (
            "Tanya Lokshina of Human Rights Watch said that “nobody was ever told anything”.",
            "Tanya Lokshina",
        ),
        (
            "The Council of Europe said that “this is a violation of the convention”.",
            "Council of Europe",
        ),
    ],
)
def test_a_body_by_its_own_name(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acting RFE/RL president Jeffrey Gedmin issued a statement saying that Kurmasheva should "
        "be released with immediate effect: “Alsu is a highly respected colleague, devoted wife, "
        "and dedicated mother to two children.”",
        "Acting president Jeffrey Gedmin issued a statement saying that she should be released: "
        "“Alsu is a highly respected colleague, devoted wife, and dedicated mother.”",
    ],
)
def test_who_issued_a_statement_saying(text: str) -> None:
    assert speakers(text) == ["Jeffrey Gedmin"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A judge is someone "he" may mean.
        (
            "A German court found Russian citizen Vadim Krasikov guilty of the murder.\n\n"
            "“Four children lost their father, two siblings their brother,” the judge said.\n\n"
            "“Some media suggested that Russia is on trial here,” he added.",
            "the judge",
        ),
        # The place a court sits in is no one.
        (
            "The defendant was convicted for “willingness to commit murder and preparing a "
            "serious act,” a spokeswoman for the Higher Regional Court in Munich said.",
            "a spokeswoman for the Higher Regional Court in Munich",
        ),
        # A participle opening the sentence, and a city's name, are no one "he" may mean.
        (
            "Contacted, an official of the court of the Chechen city of Achkhoi-Martan refused "
            "to confirm this conviction. “The court decision has not yet entered into force,” "
            "he assures us.",
            "",
        ),
        # A department closing a title is no part of the name after it.
        (
            "“Amin’s story is heartbreaking and inspiring,” said HRC Senior Director for "
            "Strategic Initiatives & Research Ty Cobb.",
            "Ty Cobb",
        ),
        (
            "“This is heartbreaking and inspiring,” said Director of Communications Jane Roe.",
            "Jane Roe",
        ),
        # "who" after a person's role of a body is the person, not the body.
        (
            "The bill was presented by Rati Ionatamishvili, chair of the Human Rights Protection "
            "and Civil Integration Committee, who claimed that the initiative “aligns with the "
            "values that Georgian society demands.”",
            "Rati Ionatamishvili",
        ),
        # An age goes back over a paragraph opening "Since then, however, she …".
        (
            "Lilit Martirosyan is a transgender activist.\n\nAs the first openly LGBT person "
            "to speak in parliament, Martirosyan told lawmakers that history was being made."
            "\n\nSince then, however, she has faced "
            "fierce verbal attacks.\n\n“I am the personification of all Armenian transgender "
            "people,” the 28-year-old told the committee.",
            "Lilit Martirosyan",
        ),
        # The author of a message no one is said to own is the author.
        (
            "In the video message, the young man says that he wants to apologize. “I was very "
            "much scolded by the leadership of the republic and my parents,” says the author of "
            "the video message.",
            "the author of the video message",
        ),
        (
            "According to a student, Mairbek by name, the mass detentions are “an indicator of "
            "weakness and fear of the authorities”.",
            "Mairbek",
        ),
        # An outlet told, then the body that spoke.
        (
            "«We can not comment on this information», — told RIA Novosti the regional Ministry "
            "of internal Affairs.",
            "the regional Ministry of internal Affairs",
        ),
        (
            "As noted in the Department, unidentified persons, refusing to fulfill legal "
            "demands of the law enforcement officers used physical violence against "
            "representatives of the authorities and tried to provoke a clash of parties, "
            "«including posting on social networks of false information about what is "
            "happening».",
            "the Department",
        ),
        # Controls.
        (
            "“We were all shocked by it,” one survivor, Movsar, said.",
            "Movsar",
        ),
        (
            "The authors of the report of Human Rights Watch write that “nobody was ever held "
            "to account”.",
            "Human Rights Watch",
        ),
        (
            "“Nobody was ever held to account for it,” the OSCE statement said.",
            "OSCE",
        ),
        (
            "“We will not stop,” said Ahmed, an official of the court.",
            "Ahmed",
        ),
    ],
)
def test_roles_places_and_names_around_them(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected
