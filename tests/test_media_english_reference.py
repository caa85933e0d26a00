"""Whom English news refers back to (issue 16, sixth English speakers round).

Constructed examples from the round's reference checklist (docs/media-samples.md, "spken6"):
a role phrase is the person the article introduced with that role head and body ("Igor
Kalyapin, the head of the Committee Against Torture" ... "said the head of the Committee"); a
role nobody was introduced with stays the role; "he"/"she" is the nearest person of that
gender in the sentences before, the subject before the object and not one a preposition
governs, past a sentence whose subject is the pronoun itself, with the speaker of the
quotation before only where no sentence nearer names anyone; "the ministry" is a body named
with its kind first ("the Ministry of Defence"); a man's first name says his gender ("Rex
Tillerson" is no "she"); "X backed her" does not make X a woman; "it" is the body named
latest, listed or not; a sentence's end is no part of a name.
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from refuge.media.extract.discourse import first_name_gender
from refuge.media.extract.english_descriptions import role_holder
from refuge.media.extract.speakers import Speaker
from tests.media_helpers import attributed

pytestmark = pytest.mark.once


def _labels(text: str) -> list[str]:
    article = parse_article(text.encode(), source="constructed.txt")
    return [
        q.speaker or " ".join(x for x in (q.speaker_role, q.affiliation) if x)
        for q in extract(article).quotes
    ]


CASES = {
    # A definite role phrase: the person introduced with the same role head and body.
    "the-head-of-the-committee": (
        "Igor Kalyapin, the head of the Committee Against Torture, arrived in Grozny on Monday."
        '\n\n"We will not stop our work in Chechnya," said the head of the Committee.\n',
        ["Igor Kalyapin"],
    ),
    "the-head-of-the-network": (
        "Igor Kochetkov, the head of the Russian LGBT Network, said dozens had fled. "
        '"We have evacuated more than a hundred people," the head of the network said.\n',
        ["Igor Kochetkov"],
    ),
    "the-head-of-the-republic": (
        "Ramzan Kadyrov, the head of the Chechen Republic, spoke on Monday. "
        '"We will find them," the head of the republic said.\n',
        ["Ramzan Kadyrov"],
    ),
    "the-head-of-a-possessed-centre": (
        "Oleg Orlov, the head of Memorial's human rights centre, was fined. "
        '"I will appeal," the head of the centre said.\n',
        ["Oleg Orlov"],
    ),
    "the-role-and-a-deputy-beside-it": (
        "Igor Kalyapin, the head of the Committee Against Torture, and his deputy were "
        'detained. "We will not stop," said the head of the Committee.\n',
        ["Igor Kalyapin"],
    ),
    # A role nobody was introduced with stays the role: the commission is not the committee.
    "a-role-of-another-body-stays-a-role": (
        "Igor Kalyapin, the head of the Committee Against Torture, arrived in Grozny. "
        '"We will investigate every case," said the head of the commission.\n',
        ["the head of the commission"],
    ),
    # "he" past the speaker of the quotation before, to the men the last sentence names.
    "he-past-the-speaker-two-paragraphs-back": (
        "Igor Kalyapin, the head of the Committee Against Torture, arrived in Grozny on Monday."
        '\n\n"We will not stop our work in Chechnya," said the head of the Committee.\n\n'
        "HBO reporter David Scott confronted Kadyrov about the reports. "
        '"Why are you asking me these questions?" he says.\n',
        ["Igor Kalyapin", "David Scott"],
    ),
    # The object where the subject is of the other gender; a name no pronoun was said after.
    "he-the-object-after-a-woman": (
        'Tanya Lokshina met Ramzan Kadyrov last week. "There are no such people," he said.\n',
        ["Ramzan Kadyrov"],
    ),
    "she-past-a-man-by-his-first-name": (
        "Heather Nauert, the State Department spokeswoman, spoke to reporters. Secretary of "
        'State Rex Tillerson was in Moscow. "We urge Russia to investigate," she said.\n',
        ["Heather Nauert"],
    ),
    "she-past-the-man-who-was-with-her": (
        "Novaya Gazeta journalist Elena Milashina was attacked in Grozny. Alexander Nemov, a "
        'lawyer, was with her. "They beat me," she said.\n',
        ["Elena Milashina"],
    ),
    "she-not-the-man-who-backed-her": (
        "Elena Milashina, a journalist at Novaya Gazeta, broke the story. Dmitry Muratov, the "
        'editor, backed her. "We checked every name," she said.\n',
        ["Elena Milashina"],
    ),
    # Not the one a preposition governs: "ruled by Vladimir Putin loyalist Ramzan Kadyrov".
    "he-not-governed-by-a-preposition": (
        "The region is ruled by Vladimir Putin loyalist Ramzan Kadyrov, who has claimed that "
        'gay people do not exist. "There is no such thing here," he had said.\n',
        ["Ramzan Kadyrov"],
    ),
    # A passive's agent did it, and the one the role serves is not who "he" means.
    "he-the-passives-agent-not-whom-his-role-serves": (
        "The report was rejected by the press spokesman for Chechen leader Ramzan Kadyrov as "
        'lies. "These people do not exist here," he said.\n',
        ["press spokesman"],
    ),
    # A sentence whose subject is "he" goes on with the one before it: not the officer.
    "he-past-a-sentence-of-his-own": (
        '"They held me for two weeks," Gregory says.\n\n'
        "He described how police officer Ivan Petrov beat him with a pipe. "
        '"He laughed the whole time," he says.\n',
        ["Gregory", "Gregory"],
    ),
    # "It" is the body named latest, listed or not: not Memorial, named before the federation.
    "it-the-body-named-latest": (
        "The Memorial human rights center said in a statement that it was glad. The "
        "International Helsinki Federation for Human Rights released a statement on Monday. It "
        "noted that the lawyer “has been active in preparing cases for the court”.\n",
        ["International Helsinki Federation for Human Rights"],
    ),
    # A sentence's end is no part of a name: "Thursday.\n\nMusaeva, 56," is Musaeva, 56.
    "a-surname-after-a-sentence-end": (
        "A court sentenced Zarema Musaeva on Thursday.\n\nMusaeva, 56, was sentenced to prison "
        "for the same offense last year.\n\n“I did not commit any crime. I am the victim "
        "here,” Musaeva said.\n",
        ["Zarema Musaeva"],
    ),
    # Roles joined before one name, no article between, are that person's.
    "roles-joined-before-one-name": (
        "“She bothered people,” said fellow rights activist and friend Tanya Lokshina of Human "
        "Rights Watch.\n",
        ["Tanya Lokshina"],
    ),
    "two-roles-before-one-name": (
        '"We will not stop," said lawyer and activist Igor Kalyapin.\n',
        ["Igor Kalyapin"],
    ),
    # "the blogger called Kadyrov's father …" does not describe Kadyrov as a blogger: "the
    # popular blogger" is the one who has just spoken.
    "a-verb-between-a-description-and-a-name": (
        "Magomed Daudov called Tumso Abdurakhmanov an enemy after the blogger called Akhmad "
        "Kadyrov a traitor.\n\n"
        '"We will find you," Daudov said, according to the AP.\n\n'
        '"Daudov has issued a veiled threat," Abdurakhmanov told Current Time.\n\n'
        '"I have no kind of stability," the popular blogger explained.\n',
        ["Magomed Daudov", "Tumso Abdurakhmanov", "Tumso Abdurakhmanov"],
    ),
    "the-ministry-named-kind-first": (
        "The Ministry of Defence said on Friday it had opened an inquiry. "
        '"We take these reports seriously," the ministry said.\n',
        ["Ministry of Defence"],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_reference(text: str, expected: list[str]) -> None:
    assert _labels(text) == expected


def test_a_role_phrase_needs_every_word_of_its_body() -> None:
    described = {"Igor Kochetkov": {"head", "russian", "lgbt", "network"}}
    people = [Speaker("Igor Kochetkov")]
    heads = "head|chairman"
    assert role_holder("the head of the network", people, described, heads) == people[0]
    assert role_holder("the head of the committee", people, described, heads) is None
    assert role_holder("the chairman of the network", people, described, heads) is None


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Rex Tillerson", "m"), ("Igor Kalyapin", "m"), ("Zarema Musaeva", "f"), ("Chance", "")],
)
def test_first_names_that_say_a_gender(name: str, gender: str) -> None:
    assert first_name_gender(name) == gender


@pytest.mark.parametrize(
    "reported",
    [
        "The New York Times reported",
        # Spelt otherwise than its listed name ("The New York Times"): the same outlet.
        "New York Times reporters wrote",
    ],
)
def test_it_is_the_outlet_whose_report_came_before_however_spelt(reported: str) -> None:
    text = (
        f"Raids\n\n{reported} in April that 100 men were held. “They are kept in a former "
        "military base,” it said."
    )
    assert attributed(text) == [("The New York Times", "")]
