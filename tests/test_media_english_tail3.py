"""English speakers, second references, round 10 (issue 16, spken10).

Constructed articles, several variants per class, with the cases that must not change: a
signed statement (its signatory speaks; "X said in a statement signed by Y" stays X's), "said
through his spokesman" (the subject's words), a fragment in a "while" clause after another
speaker's, a surname spelled another way ("Kadyrow", "Titiyev"), a nickname and a first name
alone, a credit line under the words ("— Tanya Lokshina, HRW"), a noun the first mention gave
("German Chancellor Angela Merkel" … "the chancellor"), "the former"/"the latter", a pronoun
after a person named through her kin ("Raisa Turluyeva's son", "to X, whose son") and a
description before the name ("a 55-year-old Grozny resident, Dagmara").
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from refuge.media.extract.english_second import _alike, _described, _key
from refuge.media.extract.model import Quote

pytestmark = pytest.mark.once


def _quotes(text: str) -> list[Quote]:
    return extract(parse_article(text.encode(), source="en-constructed.txt")).quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in _quotes(text)]


SIGNED = {
    "colon": (
        "The statement, signed by Memorial chairman Oleg Orlov, said: “Kadyrov bears personal "
        "responsibility.”",
        "Oleg Orlov",
    ),
    "fragment": (
        "Memorial issued a statement on Friday. The statement, signed by its chairman Oleg "
        "Orlov, said the verdict was “a travesty of justice from start to finish.”",
        "Oleg Orlov",
    ),
    "body-subject": (
        "Memorial said in a statement signed by its chairman Oleg Orlov: “Kadyrov bears "
        "personal responsibility.”",
        "Memorial",
    ),
    "through-spokesman": (
        "“These reports are absolute lies,” Ramzan Kadyrov said through his spokesman, Alvi "
        "Karimov.",
        "Ramzan Kadyrov",
    ),
}


@pytest.mark.parametrize("case", SIGNED)
def test_a_signed_statement_is_its_signatorys(case: str) -> None:
    text, speaker = SIGNED[case]
    assert _speakers(text) == [speaker]


def test_a_while_clause_with_its_own_speaker() -> None:
    text = (
        "Tanya Lokshina called the verdict “a disgrace for the Russian courts”, while Igor "
        "Kochetkov said it was “exactly what we expected from Grozny”."
    )
    assert _speakers(text) == ["Tanya Lokshina", "Igor Kochetkov"]


def test_a_while_clause_whose_subject_does_not_speak() -> None:
    text = (
        "Elena Milashina wrote that Titiev had been stopped twice. Then the police told the "
        "activist that everything would go “in accordance with the law”, gave him back his "
        "keys and let him go, while a policeman sat in the car the whole time “keeping the "
        "evidence in his hands”."
    )
    assert _speakers(text) == ["the police", "Elena Milashina"]


def test_one_speaker_across_an_and_keeps_the_fragment() -> None:
    text = (
        "Kadyrov called them “so-called rights activists” who engaged in “double-talk and "
        "lies” and “writing papers in their offices”."
    )
    assert set(_speakers(text)) == {"Kadyrov"}


VARIANTS = {
    "w-for-v": ("Ramzan Kadyrov spoke on Grozny television.", "Kadyrow", "Ramzan Kadyrov"),
    "y-for-i": (
        "Tanya Lokshina of Human Rights Watch visited Grozny.",
        "Lokshyna",
        "Tanya Lokshina",
    ),
    "iy": ("Oyub Titiev, the head of Memorial's office, was detained.", "Titiyev", "Oyub Titiev"),
    "ay": (
        "Abubakar Yangulbaev, a lawyer, fled Russia in 2022.",
        "Yangulbayev",
        "Abubakar Yangulbaev",
    ),
    "swapped-letters": (
        "Tumso Abdurakhmanov fled Chechnya in 2015.",
        "Abdurakhamnov",
        "Tumso Abdurakhmanov",
    ),
    "first-name": ("Zelimkhan Akhmadov grew up in Argun.", "Zelimkhan", "Zelimkhan Akhmadov"),
    "nickname": (
        "Natalia Estemirova, known to her friends as Natasha, worked for Memorial.",
        "Natasha",
        "Natalia Estemirova",
    ),
}


@pytest.mark.parametrize("case", VARIANTS)
def test_a_name_given_another_way_is_the_full_name(case: str) -> None:
    first, label, speaker = VARIANTS[case]
    assert _speakers(f"{first} “We will not stop our work,” {label} said.") == [speaker]


def test_a_surname_of_someone_never_named_in_full_stays() -> None:
    text = "Tanya Lokshina visited Grozny. “We will not stop our work,” Kadyrow said."
    assert _speakers(text) == ["Kadyrow"]


def test_two_first_names_alike_settle_nothing() -> None:
    text = (
        "Zelimkhan Akhmadov and Zelimkhan Bakaev grew up in Argun. “We will not stop,” "
        "Zelimkhan said."
    )
    assert _speakers(text) == ["Zelimkhan"]


def test_transliteration_keys() -> None:
    assert _key("Kadyrow") == _key("Kadyrov")
    assert _key("Jangulbajev") == _key("Yangulbaev")
    assert _key("Kadyrov") != _key("Karimov")
    assert not _alike(_key("Abdurakhmanov"), _key("Abdurahmanova"))
    assert not _alike(_key("Kadyrov"), _key("Kadyorv"))  # too short to tell a slip


CREDITS = {
    "dash-next-line": (
        "“Nobody in Chechnya is safe from this campaign.”\n— Tanya Lokshina, Human Rights Watch"
    ),
    "dash-same-line": "“Nobody in Chechnya is safe from this campaign.” — Tanya Lokshina, HRW",
    "brackets": "“Nobody in Chechnya is safe from this campaign.” (Tanya Lokshina, HRW)",
    "en-dash-paragraph": "“Nobody in Chechnya is safe from this campaign.”\n\n– Tanya Lokshina",
}


@pytest.mark.parametrize("case", CREDITS)
def test_a_credit_line_names_the_speaker(case: str) -> None:
    assert _speakers(CREDITS[case]) == ["Tanya Lokshina"]


def test_a_dash_sentence_after_a_quotation_is_no_credit() -> None:
    text = "“Nobody in Chechnya is safe,” she said — Tanya Lokshina had warned of it for years."
    assert "Tanya Lokshina" not in _speakers(text)


NOUNS = {
    "title-before": (
        "German Chancellor Angela Merkel raised the reports with Putin.",
        "the chancellor",
        "Angela Merkel",
    ),
    "possessive-role": (
        "Novaya Gazeta's editor-in-chief, Dmitry Muratov, backed his reporter.",
        "the editor",
        "Dmitry Muratov",
    ),
    "apposed-after": (
        "Dmitry Peskov, President Vladimir Putin's spokesman, was asked about it.",
        "the Kremlin spokesman",
        "Dmitry Peskov",
    ),
    "kin": (
        "Zarema was taken on October 31, her mother, Lida Gaisanova, told Reuters.",
        "the mother",
        "Lida Gaisanova",
    ),
    "age-named": (
        "A 27-year-old man named Zelimkhan fled in 2017.",
        "the 27-year-old",
        "Zelimkhan",
    ),
    "former": ("Oleg Orlov and Tanya Lokshina went to Grozny in May.", "the former", "Oleg Orlov"),
    "latter": (
        "Oleg Orlov and Tanya Lokshina went to Grozny in May.",
        "the latter",
        "Tanya Lokshina",
    ),
}


@pytest.mark.parametrize("case", NOUNS)
def test_a_noun_the_first_mention_gave(case: str) -> None:
    first, label, speaker = NOUNS[case]
    assert _speakers(f"{first} “We will not stop our work,” {label} said.") == [speaker]


def test_a_noun_nobody_was_given_stays_a_role() -> None:
    text = "Maxim Lapunov spoke in Moscow. “The only charge was that I was gay,” the Siberian said."
    assert _speakers(text) == ["the Siberian"]


def test_a_group_is_not_the_one_person_named_in_it() -> None:
    before = "His relatives, Adam Bakaev and Aslan Bakaev, went to the police. "
    assert _described("the relatives", before) == ""
    assert _described("the relative", "His relative, Adam Bakaev, went to the police. ") == (
        "Adam Bakaev"
    )


def test_a_body_is_not_a_person_named_after_it() -> None:
    text = "Police Chief Tom Brown arrived. “We are investigating,” the police said."
    assert _speakers(text) != ["Tom Brown"]


KIN = {
    "possessive": "Raisa Turluyeva's son disappeared in 2009.\n\nHer brother-in-law saw him.",
    "whose": "The new mosque means nothing to Raisa Turluyeva, whose son disappeared.",
    "preposition-title": (
        "The new mosque means nothing to Raisa Turluyeva, whose son disappeared.\n\nTo Ms. "
        "Turluyeva, 40, the rule of strongman Ramzan Kadyrov is more frightening than the wars."
    ),
}


@pytest.mark.parametrize("case", KIN)
def test_she_after_a_person_named_through_her_kin(case: str) -> None:
    text = KIN[case] + "\n\n“Not a single woman here can live without that fear,” she said."
    assert _speakers(text) == ["Raisa Turluyeva"]


def test_a_description_then_the_name() -> None:
    quote = _quotes(
        "“We protested several times before,” a 55-year-old Grozny resident, Dagmara, told "
        "Kavkazky Uzel."
    )[0]
    assert (quote.speaker, quote.speaker_role) == ("Dagmara", "a 55-year-old Grozny resident")
