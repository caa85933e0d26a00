"""Constructions from blind set V (collected on 2026-12-05, measured at the session's first
code, then read for rules once set W had been commissioned as the next blind set)."""

import pytest

from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


def test_a_role_is_the_one_named_with_it_in_the_next_paragraph():
    # Set V: "The Russian journalist who … has said … after a “jihad was declared against
    # her”." stayed a role; the next paragraph names "Novaya Gazeta journalist Elena
    # Milashina", whose own quotation comes three paragraphs on.
    text = (
        "Title here\n\nThe Russian journalist who broke the news has said that she is in hiding "
        "after a “jihad was declared against her”.\n\nSpeaking on the show, Novaya Gazeta "
        "journalist Elena Milashina said that a jihad had been declared on her.\n\n"
        "She said,\n\n“They reacted in a terrifying manner to the story we published.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Elena Milashina"] * 2


def test_who_commanded_the_words_spoke_them():
    # Set V: "The boss commanded to “knock out of him” the required information." gave the
    # man named before.
    text = (
        "Title here\n\nThe abductors brought Mr. Lapunov to a police office where their boss "
        "inspected his phone. Mr. Lapunov refused. The boss commanded to “knock out of him” "
        "the required information.\n"
    )
    assert [s for s, _ in attributed(text)] == ["The boss"]


def test_a_role_after_the_name_is_no_second_speaker():
    # Set V: "Gulnoza Said, Europe and Central Asia program coordinator at …, said" gave
    # "Gulnoza Said and Europe", the role's first words read as a second person.
    text = (
        "Title here\n\nGulnoza Said, Europe and Central Asia program coordinator at the New "
        "York-based Committee to Protect Journalists (CPJ), said the attack against "
        'Abdurakhmanov "is alarming and must be thoroughly investigated."\n'
    )
    assert [s for s, _ in attributed(text)] == ["Gulnoza Said"]


def test_which_after_a_body_is_the_body():
    # Set V: "… support from human rights activists such as Amnesty International, which has
    # warned he is “…”" gave the man the sentence is about.
    text = (
        "Title here\n\nTumso Abdurakhmanov lives in Sweden.\n\nHe has twice filed for asylum in "
        "Poland and has been turned down once already, despite strong support from human rights "
        'activists such as Amnesty International, which has warned he is "at a very real risk '
        'of torture and other inhuman or degrading treatment" if returned to Russia.\n'
    )
    assert [s for s, _ in attributed(text)] == ["Amnesty International"]


def test_a_note_posted_by_someone_is_theirs():
    # Set V: "“…,” says the explanatory note, posted by Elena Milashina." gave the note.
    text = (
        'Title here\n\n"I noticed a big group of people in the lobby. Then the whole crowd began '
        'beating us," says the explanatory note, posted by Elena Milashina.\n'
    )
    assert [s for s, _ in attributed(text)] == ["Elena Milashina"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The persecution resumed in December 2018 when, according to the Network’s "
            "information, about 40 individuals, men and women, were detained in Chechnya.",
            {(40, "about", "people detained")},
        ),
        (
            "More than 100 gay men or men believed to be gay were rounded-up and tortured in "
            "Chechnya.",
            {(100, "more than", "men detained")},
        ),
        (
            "A local court jailed Salekh Magamadov (21) and Ismail Isaev (19), whom police "
            "detained last year.",
            set(),
        ),
    ],
)
def test_figures_of_set_v(sentence, expected):
    # Set V: "about" after a comma read as "information about"; "rounded-up" with a hyphen;
    # ages in brackets after names counted as people detained.
    assert counts(f"Title here\n\n{sentence}\n") == expected


def test_a_subject_the_parser_made_an_apposition_of_a_place_phrase():
    # Set Q, left alone until set V's review of the read sets: "In the course of the meeting
    # …, which was widely covered by the Chechen broadcast media, Adam Shakhidov, an adviser
    # …, accused …": the parser hung the name on "media", and the verb had no subject.
    text = (
        "Title here\n\nIn the course of the meeting in Grozny, which was widely covered by the "
        "Chechen broadcast media, Adam Shakhidov, an adviser to President Kadyrov, accused "
        "Novaya Gazeta of defamation and referred to its journalists as “the enemies of our "
        "faith and our fatherland.”\n\n"
        "Police detained dozens of men.\n\n“They wanted names,” one of them, a survivor, said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Adam Shakhidov", "one of them, a survivor"]


def test_they_after_a_body_named_by_what_it_is_first():
    # Set Q, as above: "Britain’s leading queer charity for Muslims, Imaan LGBTQ, has
    # condemned …. “…,” they said on Twitter." named no one; a listed body named after the
    # description is still the one "they" means.
    text = (
        "Title here\n\nBritain’s leading queer charity for Muslims, Imaan LGBTQ, has condemned "
        "the reported camps.\n\n“We condemn the reported actions of the Chechen authorities,” "
        "they said on Twitter.\n\nRussian group LGBT Network has said it will evacuate people."
        "\n\n“No traditions can justify kidnapping or killing of a human being,” they said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Imaan LGBTQ", "Russian LGBT Network"]


_OWNERS = "Title here\n\nThe Chechen Interior Ministry and Human Rights Watch commented.\n\n"


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        # Set V, left alone then: a translated verb with no subject, the document's owner after.
        ("– said in a statement of the Chechen Interior Ministry.", "Chechen Interior Ministry"),
        (", said in the Ministry’s statement.", "Chechen Interior Ministry"),
        (", said in a joint statement by Amnesty International.", "Amnesty International"),
        # No owner: the body named last, as with "it said in a statement".
        ("– said in a statement.", "Human Rights Watch"),
    ],
)
def test_said_in_a_document_with_no_subject_is_the_documents_owner(attribution, expected):
    text = f"{_OWNERS}“No such people were detained in the republic at all” {attribution}\n"
    assert attributed(text) == [(expected, "")]


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        # Set V: "states the introduction to … the World Report … on the HRW's website".
        ("says the introduction to the report of Human Rights Watch.", "Human Rights Watch"),
        ("says the introduction to the HRW’s World Report.", "Human Rights Watch"),
        ("reads a statement on the website of the Russian LGBT Network.", "Russian LGBT Network"),
        ("reads the statement of the Chechen Interior Ministry.", "Chechen Interior Ministry"),
    ],
)
def test_a_document_or_a_part_of_it_speaks_for_its_owner(attribution, expected):
    text = f"{_OWNERS}“No such people were detained in the republic at all,” {attribution}\n"
    assert [s for s, _ in attributed(text)] == [expected]


def test_a_letter_to_someone_is_not_theirs():
    text = f"{_OWNERS}“No such people were detained in the republic at all,” says a letter to "
    text += "Vladimir Putin.\n"
    assert [s for s, _ in attributed(text)] != ["Vladimir Putin"]


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        # The parser hangs the first name on the second.
        (
            "Salekh Magamadov and Ismail Isaev told the court.",
            ("Salekh Magamadov and Ismail Isaev", ""),
        ),
        (
            "said the brothers, Salekh Magamadov and Ismail Isaev, in a video.",
            ("Salekh Magamadov and Ismail Isaev", "the brothers"),
        ),
        # Their lawyer is not they.
        (
            "said a lawyer for Salekh Magamadov and Ismail Isaev.",
            ("a lawyer for Salekh Magamadov and Ismail Isaev", ""),
        ),
    ],
)
def test_two_people_speaking_together_are_one_speaker(attribution, expected):
    text = f"Title here\n\n“We were beaten and forced to record a video,” {attribution}\n"
    assert attributed(text) == [expected]


def test_they_after_two_people_spoke_are_those_two():
    # Set V, left alone then: "“…,” they said" after a quotation of two named people.
    text = (
        "Title here\n\n“We were beaten,” said the brothers, Salekh Magamadov and Ismail Isaev, "
        "in a video.\n\n“We will appeal the sentence,” they said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Salekh Magamadov and Ismail Isaev"] * 2
