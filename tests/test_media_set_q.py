"""Constructions from blind set Q (collected on 2026-12-04, its first half read for rules)."""

import pytest

from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


def _speakers(body: str) -> list[str]:
    return [s for s, _ in attributed(f"Title here\n\n{body}\n")]


def test_a_headline_strongman_is_a_role_before_the_name():
    # Half Q1: "Says Chechen Strongman Kadyrov" made "Chechen Strongman Kadyrov" a name, which
    # every later "Kadyrov" then took.
    body = (
        "'We Will Put the Whole World on Its Knees' Says Chechen Strongman Kadyrov\n\n"
        "The head of Chechnya, Ramzan Kadyrov, is an ally of Putin.\n\n"
        '"This is nonsense," Kadyrov tells HBO.'
    )
    assert _speakers(body) == ["Ramzan Kadyrov", "Ramzan Kadyrov"]


def test_a_role_held_for_someone_ends_at_a_dash():
    # Half Q1: the role ran on through the aside to "has".
    body = (
        "A spokesman for Ramzan Kadyrov—the President of the Chechen republic—has denied all "
        "reports of violence.\n\n"
        "“You cannot detain and persecute people who simply do not exist,” he told Interfax."
    )
    assert _speakers(body) == ["spokesman for Ramzan Kadyrov"]


def test_words_told_by_no_one_named_are_the_reporter_s():
    # Half Q1: a passive "told" named no one, though the paper reported the words.
    body = (
        "Novaya Gazeta reported in March that authorities were imprisoning gay men.\n\n"
        "It said that over 100 men had been arrested in the region, where homosexuality is "
        "taboo, and that their families have been told to kill them to “cleanse their honour”."
    )
    assert _speakers(body) == ["Novaya Gazeta"]


def test_referred_to_as_quotes_the_one_referring():
    # Half Q1: "referred to … as “…”" judges as "dismissed … as “…”" does.
    body = (
        "Adam Shakhidov referred to the journalists as “the enemies of our faith and our "
        "fatherland.”"
    )
    assert _speakers(body) == ["Adam Shakhidov"]


def test_a_name_after_a_quotation_with_no_verb_is_its_speaker():
    # Half Q1: "“…”, Olga Sadovskaya, a lawyer of …, in an interview published on August 23."
    body = (
        "“There is a case where we could not save a person. He was killed,” Olga Sadovskaya, "
        "a lawyer of the Team Against Torture, in an interview published on August 23."
    )
    assert _speakers(body) == ["Olga Sadovskaya"]


def test_one_of_someone_s_relatives_is_whom_he_means_not_a_krai():
    # Half Q1: "Krasnodar Krai opens investigation" made a region a person, and "One of
    # Tepsurkayev’s relatives" was no one.
    body = (
        "Krasnodar Krai opens investigation into abduction\n\n"
        "One of Tepsurkayev’s relatives, who asked to remain anonymous, told OC Media that "
        "investigators had not contacted his family.\n\n"
        "‘None of our relatives knows where he is or what is happening with him’, he said."
    )
    assert _speakers(body) == ["One of Tepsurkayev’s relatives"]


def test_the_report_is_the_paper_s_that_cited_sources_in_it():
    body = (
        "Novaya Gazeta—the publication that broke the news—cited two unidentified sources in "
        "a report Sunday.\n\n"
        "“According to our information, the detainees were shot that night,” the report said."
    )
    assert _speakers(body) == ["Novaya Gazeta"]


def test_rounded_up_and_tortured_counts_detentions():
    # Half Q1: as "detained and tortured over 100 men" already did.
    text = (
        "Title here\n\n"
        "Reports began emerging that police had rounded up and tortured over 100 gay men.\n"
    )
    assert counts(text) == {(100, "more than", "men detained")}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            # A Council of Europe commissioner is an ombudsman.
            "Комиссар Совета Европы по правам человека Нилс Муйжниекс призвал власти "
            "освободить Оюба Титиева.\n\n"
            "«Я призываю российские власти обеспечить немедленное освобождение Титиева», — "
            "отметил омбудсмен.",
            "Нилс Муйжниекс",
        ),
        (
            # Adjectives before the head noun agree with it in the nominative.
            "Блогер стал жертвой убийства, которое, по данным местных правоохранительных "
            "органов, «имеет все признаки политического мотива».",
            "местные правоохранительные органы",
        ),
        (
            # A past speech verb with no subject: the one its gender says.
            "В беседе с журналистами блогер Тумсо Абдурахманов подчеркнул, что не боится. "
            "Однако признал, что ситуация «реальна и опасна».",
            "Тумсо Абдурахманов",
        ),
    ],
)
def test_russian_speakers_of_half_q1(body, expected):
    assert _speakers(body) == [expected]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            # Half Q2: the paragraphs of a statement announced with a colon are its issuer's.
            "The Honourable Chrystia Freeland, Minister of Foreign Affairs, today released the "
            "following statement:\n\n"
            "“Canada is deeply concerned by reports of renewed persecution in Chechnya.\n\n"
            "“Canada reiterates its calls on Russia to protect human rights.”",
            ["Chrystia Freeland", "Chrystia Freeland"],
        ),
        (
            "A blog reports:\n\n"
            "Tonight the State Department has issued a second statement:\n\n"
            "“We are increasingly concerned about the situation in the Republic of Chechnya.”",
            ["State Department"],
        ),
        (
            # Half Q2: "Deputy Director" is all role: the name is "Steve Taylor".
            "Pride in London Deputy Director Steve Taylor told crowds they were “here this "
            "evening because gay men are being oppressed in Chechnya.”",
            ["Steve Taylor"],
        ),
    ],
)
def test_english_speakers_of_half_q2(body, expected):
    assert _speakers(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            # Half Q2: "according to" after the quotation is the report's source; the speech
            # verb before it has its own subject.
            "Musaeva’s lawyer, Alexander Savin, said her blood sugar “is approaching a critical "
            "mark” after weeks of increasing, according to the human rights NGO Crew Against "
            "Torture.",
            ["Alexander Savin"],
        ),
        (
            # Half Q2: "they" for one spokesperson the sentence before made its subject.
            "A Chechnyan government spokesperson has denied the allegations, saying there are "
            "no gay people in Chechnya.\n\n"
            "“You can’t detain and harass someone who doesn’t exist in the republic,” they said.",
            ["Chechnyan government spokesperson"],
        ),
    ],
)
def test_more_english_speakers_of_half_q2(body, expected):
    assert _speakers(body) == expected
