"""English speakers and spans, review 16 (issue 16): regressions of the mend round (round 12).

en-1: an inner quotation whose close coincides with the outer's took the next quotation's close
as the outer's, so narration and another speaker's words became the first speaker's.
Each text is the reviewer's; each fails on main (a64653b) unless it is a control.
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from tests.media_helpers import quoted, speakers

pytestmark = pytest.mark.once


# en-1: the inner close that ends both quotations is followed by another opening mark before
# the outer close the mend relied on, so the mark ends the quotation (the base's reading).
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Karimov told Interfax: “There are no “gay camps.” Human Rights Watch said: “There "
            "were, and there are.”",
            [
                ("There are no “gay camps.", "Karimov"),
                ("There were, and there are.", "Human Rights Watch"),
            ],
        ),
        (
            "Karimov said the story was “an invention of “Novaya Gazeta”. Kochetkov replied: "
            "“It is true.”",
            [("an invention of “Novaya Gazeta", "Karimov"), ("It is true.", "Kochetkov")],
        ),
        (
            "“Nobody has heard of “them,” Kadyrov said, “and nobody will.”",
            [("Nobody has heard of “them,", "Kadyrov"), ("and nobody will.", "Kadyrov")],
        ),
        (
            '"They called it a “camp,” he said. "It was a prison."',
            [("They called it a “camp,", ""), ("It was a prison.", "")],
        ),
        (
            "“I never used the words “gay camps,” Karimov said. “They are an invention.”",
            [
                ("I never used the words “gay camps,", "Karimov"),
                ("They are an invention.", "Karimov"),
            ],
        ),
        (
            "“Don't call it a “camp,” she said. “It was a prison.”",
            [("Don't call it a “camp,", ""), ("It was a prison.", "")],
        ),
    ],
)
def test_an_inner_close_shared_with_the_outer_ends_the_quotation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert quoted(text) == expected


# en-1, the texts where the right second speaker is arguable or lost in the base: no quotation
# may hold the narration and the next quotation, and no words may go to the first speaker.
@pytest.mark.parametrize(
    "text,first,wrong",
    [
        (
            "“Stop calling it “propaganda,” the lawyer said. Kadyrov called it “a lie.”",
            ("Stop calling it “propaganda,", "the lawyer"),
            "the lawyer",
        ),
        (
            "“We know of no “camps,” Karimov said. Lokshina replied: “These are “camps” of death.”",
            ("We know of no “camps,", "Karimov"),
            "Karimov",
        ),
        (
            "Каримов сказал: “Это выдумка “Новой газеты”. Кочетков ответил: “Это правда”.",
            ("Это выдумка “Новой газеты", "Каримов"),
            "Каримов",
        ),
        (
            "Мать Лапунова сказала: “Его увезли в “Кадыровку”. Следователь ответил ей: “Мы "
            "проверим”.",
            ("Его увезли в “Кадыровку", "Мать Лапунова"),
            "Мать Лапунова",
        ),
        (
            "“Нас держали в так называемой “школе”, — рассказал Лапунов. Каримов сказал: “Это "
            "ложь”.",
            ("Нас держали в так называемой “школе", "Лапунов"),
            "Лапунов",
        ),
        (
            '"Мы не знаем никаких «лагерей", — сказал Каримов. Локшина ответила: "Это «лагеря» '
            'смерти".',
            ("Мы не знаем никаких «лагерей", "Каримов"),
            "Каримов",
        ),
        (
            "„Мы не знаем никаких «лагерей“, — сказал Каримов. Локшина ответила: „Это «лагеря» "
            "смерти“.",
            ("Мы не знаем никаких «лагерей", "Каримов"),
            "Каримов",
        ),
        (
            "Он сказал: “Меня называли “позором семьи”, — и заплакал. “Я не вернусь”, — "
            "добавил он.",
            ("Меня называли “позором семьи", ""),
            "Он",
        ),
    ],
)
def test_the_next_quotation_is_never_the_first_speakers(
    text: str, first: tuple[str, str], wrong: str
) -> None:
    found = quoted(text)
    assert found[0] == first
    assert all(speaker != wrong for _, speaker in found[1:])
    assert not any(verb in quotation for quotation, _ in found for verb in ("said", "сказал"))


# en-2: "who" the parser hangs on a passive's subject is the agent only where that subject is a
# thing ("The case was cited by the prosecutor …, who"); a named person held by police is who.
@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Maxim Lapunov was held by police for twelve days in 2017, who later told Novaya "
            'Gazeta: "I was beaten every day."',
            "Maxim Lapunov",
        ),
        (
            "Zelimkhan was held by police for a week in 2019, who later told Novaya Gazeta: "
            '"I was beaten every day."',
            "Zelimkhan",
        ),
        (
            'Movsar was held by police for two weeks last year, who said afterwards: "They '
            'wanted names."',
            "Movsar",
        ),
    ],
)
def test_who_after_a_named_person_held_by_police_is_that_person(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# en-2 controls: main's answer, kept: an organisation or a thing held, or a named agent.
@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            'Memorial was sued by the prosecutor last year, who called it "a foreign agent".',
            "the prosecutor",
        ),
        (
            'Ayub was beaten by Daudov for hours, who said: "We will find all of you."',
            "Daudov",
        ),
        (
            'The case was cited by the prosecutor last week, who called it "a fabrication from '
            'start to end".',
            "the prosecutor",
        ),
    ],
)
def test_who_after_a_passive_keeps_a_named_agent(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# en-3: "Even" opens Norwegian men's names; it is cut only where the article names the rest
# without it, or the rest is a surname whose spelling says a person's ("Even Kadyrov said").
@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            'Even Pellerud, a Norwegian diplomat, said: "Russia must investigate these crimes."',
            "Even Pellerud",
        ),
        (
            'Even Aasland, a Norwegian researcher, said: "The evidence is overwhelming."',
            "Even Aasland",
        ),
        ('Even Bakken told reporters: "Norway will raise the case at the OSCE."', "Even Bakken"),
    ],
)
def test_even_as_a_given_name_stays_in_the_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# en-4: an apposition after the thing's comma that describes the thing is nobody; a person's
# role or name there still speaks ("The case, the prosecutor said, was “…”": mend 12).
@pytest.mark.parametrize(
    "text,speaker",
    [
        ('The case, a landmark for Russia, says "a great deal about the courts".', ""),
        (
            'The law, a relic of 2013, says that "propaganda of non-traditional relationships" '
            "is banned.",
            "",
        ),
        ('The video, a clip of two minutes, shows a man saying "we will find them all".', ""),
        # Controls (main's answer): a role or a name after the comma speaks.
        (
            'The case, a spokesman for Kadyrov said, was "a provocation from start to end".',
            "a spokesman for Kadyrov",
        ),
        ('The case, the prosecutor said, was "a fabrication from start to end".', "the prosecutor"),
    ],
)
def test_a_things_apposition_is_no_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# en-5: "who" after a place in an "of" phrase is the phrase's head, not the noun the place hangs
# on: a mother's words are not her son's.
@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            'He called the mother of a student from Grozny, who said: "My son is afraid to come '
            'home."',
            "the mother of a student from Grozny",
        ),
        # Control (main's answer): the place hangs on the phrase's head already.
        (
            'He met the wife of a policeman in Grozny, who said: "My husband was ordered to do '
            'it."',
            "the wife of a policeman in Grozny",
        ),
    ],
)
def test_who_after_a_place_in_an_of_phrase_is_its_head(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_the_parsers_stand_in_never_reaches_a_role() -> None:
    # Review 16 (both trees): a list of quotations gave ': “It is so.' as Karimov's role.
    text = (
        "Key quotes:\n- Karimov: “There are no “gay camps” here.”\n- Lokshina: “The evidence is "
        "overwhelming.”\n- Kochetkov: “We will keep documenting every case.”"
    )
    quotes = extract(parse_article(text.encode(), source="q.txt")).quotes
    assert [q.speaker for q in quotes] == ["Karimov", "Lokshina", "Kochetkov"]
    assert all("It is so" not in q.speaker_role + q.affiliation for q in quotes)


def test_two_inner_quotations_with_no_narration_between_stay_one() -> None:
    # Control (main's answer, the mend's improvement): no speech verb, colon or dash between.
    text = "“There is no “campaign”. There are no “prisons”,” Karimov told Interfax."
    assert quoted(text) == [("There is no “campaign”. There are no “prisons”,", "Karimov")]
