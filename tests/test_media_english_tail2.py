"""English speakers, the long tail, round 9 (issue 16, spken9).

Constructed articles, several variants per class, with the cases that must not change: a title
opening a sentence with its noun or a relative clause after it ("“Welcome to Chechnya,” the
film by David France, …"), an interview under a headline with no interview word ("Igor Kochetkov
discusses …"), the speaker named in the sentence after a quotation ("“…” That was how Zelimkhan,
27, described …"), an age after a name ("So says Zelimkhan, 27,"), "he" after a long quotation
(the window the pronoun looks back over once began inside it), a role held in a place ("Russian
Ambassador to Berlin Sergey Nechaev"), and a page's text cut into lines of fixed width.
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from refuge.media.extract.model import Quote

pytestmark = pytest.mark.once


def _quotes(text: str) -> list[Quote]:
    return extract(parse_article(text.encode(), source="en-constructed.txt")).quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in _quotes(text)]


TITLES = {
    "apposed-noun": "“Welcome to Chechnya,” the film by David France, premiered at Sundance.",
    "relative-clause": (
        '"Welcome to Chechnya," which premiered at Sundance, follows activists who rescue men.'
    ),
    "possessive-noun": (
        "“Welcome to Chechnya,” David France’s documentary, follows activists in the region."
    ),
    "report-which": (
        "Magomed spoke to the NGO for its report “Russia: Anti-Gay Purge in Chechnya,” which "
        "was released today."
    ),
}


@pytest.mark.parametrize("text", TITLES.values(), ids=TITLES.keys())
def test_a_title_with_its_noun_or_clause_after_it_is_no_quotation(text: str) -> None:
    assert _quotes(text) == []


SPEECH_NOT_TITLES = {
    # Title case, but a speaker and a verb follow: speech.
    "title-case-speech": (
        "“They Will Kill Us All,” the activist said after the raid.",
        ["the activist"],
    ),
    # Words of speech before "which": not in title case.
    "which-after-speech": (
        "Kadyrov called the reports “lies and provocations by the West,” which his spokesman "
        "repeated on Monday.",
        ["Kadyrov"],
    ),
    "film-then-quotation": (
        "“Welcome to Chechnya,” the film by David France, premiered in 2020. “We wanted to "
        "show what happened,” France said.",
        ["David France"],
    ),
}


@pytest.mark.parametrize("case", SPEECH_NOT_TITLES.values(), ids=SPEECH_NOT_TITLES.keys())
def test_speech_after_or_near_a_title_stays_speech(case: tuple[str, list[str]]) -> None:
    text, expected = case
    assert _speakers(text) == expected


INTERVIEW = (
    "Igor Kochetkov discusses the investigation into the persecution in Chechnya\n\n"
    "What do you expect from the investigation?\n\n"
    "We want to give a detailed assessment of how the investigation was conducted. Nobody "
    "has been charged so far.\n\n"
    "Why did you go to the Investigative Committee?\n\n"
    "We had no other choice. The victims trusted us with their stories.\n"
)


def test_an_interview_under_a_headline_naming_the_guest() -> None:
    quotes = _quotes(INTERVIEW)
    assert [q.text[:10] for q in quotes] == ["We want to", "We had no "]
    assert [q.speaker for q in quotes] == ["Igor Kochetkov", "Igor Kochetkov"]


def test_an_interview_headline_with_on() -> None:
    text = INTERVIEW.replace("discusses the investigation into", "on the investigation into")
    assert _speakers(text) == ["Igor Kochetkov", "Igor Kochetkov"]


def test_a_news_headline_over_plain_paragraphs_is_no_interview() -> None:
    # No question follows: the paragraphs are the reporter's, not answers.
    text = (
        "Ramzan Kadyrov discusses security with the Kremlin\n\n"
        "The Chechen leader met officials in Moscow on Monday. Nothing was announced.\n"
    )
    assert _quotes(text) == []


NAMED_AFTER = {
    "that-was-how": (
        "“They beat me with pipes for three days and demanded the names of my friends. I "
        "thought I would never see my family again.” That was how Zelimkhan, 27, described "
        "his detention in Argun.",
        ["Zelimkhan"],
    ),
    "this-is-how": (
        "“They took everything from us.” This is how Aminat Bakaeva recalled the night of the "
        "search.",
        ["Aminat Bakaeva"],
    ),
    "words-of": (
        "“Nobody is safe in Chechnya now.” Those were the words of Oleg Orlov, Memorial's "
        "chairman.",
        ["Oleg Orlov"],
    ),
    "so-says-age": (
        "“They beat me with pipes for three days.” So says Zelimkhan, 27, who fled Chechnya.",
        ["Zelimkhan"],
    ),
    "age-after-said": (
        "“The drugs were planted,” said Titiev, 61.",
        ["Titiev"],
    ),
}


@pytest.mark.parametrize("case", NAMED_AFTER.values(), ids=NAMED_AFTER.keys())
def test_the_speaker_named_in_the_sentence_after(case: tuple[str, list[str]]) -> None:
    text, expected = case
    assert _speakers(text) == expected


def test_that_was_how_an_organisation_described_it_is_left_alone() -> None:
    text = "“The verdict is a travesty.” That was how Amnesty International described it."
    assert _speakers(text) != ["Amnesty"]


# "he" after a quotation that began more than the look-back's reach before: the window once
# started inside it, and its closing mark paired with the new quotation's opening one.
_LONG = "The council said it had studied the documents of the case for many months. " * 12
HE_AFTER_LONG_QUOTATION = (
    f'"{_LONG}The relationship led to the contract killing," the prosecutor\'s office said.\n'
    "Former commander Zelimkhan Khangoshvili was shot dead in Berlin in 2019. He had fled "
    "Georgia after another attack on him in 2015.\n"
    "The case was first handled by the Berlin office, then by the federal one.\n"
    "German Foreign Minister Heiko Maas did not rule out new sanctions against Russia. "
    '"The federal government reserves the right to take further action," he said.'
)


def test_he_after_a_long_quotation_is_the_man_named_before() -> None:
    assert _speakers(HE_AFTER_LONG_QUOTATION)[-1] == "Heiko Maas"


def test_he_after_a_short_quotation_still_resolves() -> None:
    text = HE_AFTER_LONG_QUOTATION.replace(_LONG, "")
    assert _speakers(text)[-1] == "Heiko Maas"


ROLE_IN_A_PLACE = {
    "ambassador-to": (
        "Russian Ambassador to Berlin Sergey Nechaev called the charges unsubstantiated. "
        "Earlier, Nechaev was summoned to the Foreign Ministry.\n\n"
        '"We consider the accusations against us unfounded and we reject them."',
        ["Sergey Nechaev"],
    ),
    "ombudsman-in": (
        "Ombudsman in Chechnya Nurdi Nukhazhiev said the activists had broken the law.\n\n"
        '"We have never interfered with their work in the republic."',
        ["Nurdi Nukhazhiev"],
    ),
}


@pytest.mark.parametrize("case", ROLE_IN_A_PLACE.values(), ids=ROLE_IN_A_PLACE.keys())
def test_a_role_held_in_a_place_before_the_name(case: tuple[str, list[str]]) -> None:
    text, expected = case
    assert _speakers(text) == expected


WRAPPED = (
    "Most of her colleagues believe the killing was ordered by those seeking revenge\n"
    'for her reporting. "There can be no other reason," said Alexei Venediktov, editor of the\n'
    'Ekho Moskvy radio station and a friend of the journalist. "She had no\n'
    'other life apart from her profession."\n'
)


def test_a_page_cut_into_lines_keeps_the_speaker() -> None:
    assert set(_speakers(WRAPPED)) == {"Alexei Venediktov"}


def test_a_real_paragraph_break_is_not_a_wrapped_line() -> None:
    # The line before ends a sentence: a paragraph of its own, about someone else.
    text = (
        '"There can be no other reason," said Alexei Venediktov.\n'
        "The prosecutor, Vyacheslav Rosinsky, spoke on television.\n"
        '"Investigators found a pistol and four bullet casings at the scene."\n'
    )
    assert _speakers(text) == ["Alexei Venediktov", ""]


CROSS_LINKED = (
    "The 1ADAT movement confirmed the killing on Monday.\n\n"
    "“We have been conducting our own investigation for several days,” the movement said in a "
    "Telegram post.\n\n"
    "{between}\n\n"
    "“At first, we couldn’t believe what happened, but now we have enough information that "
    "confirms his death.”\n"
)


@pytest.mark.parametrize(
    "between",
    [
        "Read also: Ukraine recognizes the Chechen Republic of Ichkeria",
        "Also on Chechnya Today: Kadyrov Meets Putin In Moscow",
    ],
)
def test_a_cross_link_between_two_paragraphs_of_speech(between: str) -> None:
    speakers = _speakers(CROSS_LINKED.format(between=between))
    assert speakers == ["the movement", "the movement"]


def test_a_paragraph_naming_someone_else_still_stops_the_speech() -> None:
    between = "Swedish police chief Anders Thornberg declined to comment on the reports."
    assert _speakers(CROSS_LINKED.format(between=between))[-1] != "the movement"


PAGE_TURN = (
    "“We have evacuated more than 40 people from the region,” Kochetkov said. “Most of them "
    "are now\n\n{turn}\n\nabroad and safe.”\n"
)


@pytest.mark.parametrize("turn", ["Continued on page 4", "(Continued from Page A1)"])
def test_a_page_turn_inside_a_quotation_is_no_part_of_it(turn: str) -> None:
    quotes = _quotes(PAGE_TURN.format(turn=turn))
    assert [q.text for q in quotes][1:] == ["Most of them are now", "abroad and safe."]
    assert {q.speaker for q in quotes} == {"Kochetkov"}


def test_a_quoted_page_turn_line_outside_a_quotation_is_left_alone() -> None:
    # Not inside an open quotation: the paragraph is read as any other.
    text = "Continued on page 4\n\n“We will appeal the verdict,” said Igor Kalyapin.\n"
    assert _speakers(text) == ["Igor Kalyapin"]


BODY_BEFORE_NAME = {
    "council-reported": (
        "Chairman of the Human Rights Council Mikhail Fedotov reported that the council had no "
        'information. According to him, activists "only deal with the old story of people with '
        'unconventional sexual orientation."'
    ),
    "commission-said": (
        '"We only deal with the old story of these people," said Head of the Public Monitoring '
        "Commission Mikhail Fedotov."
    ),
}


@pytest.mark.parametrize("text", BODY_BEFORE_NAME.values(), ids=BODY_BEFORE_NAME.keys())
def test_a_body_s_last_word_before_the_name_is_no_part_of_it(text: str) -> None:
    assert _speakers(text) == ["Mikhail Fedotov"]


def test_a_three_word_name_after_a_body_stays_whole() -> None:
    text = (
        '"The authorities must act," said UN High Commissioner for Human Rights Zeid Ra\'ad '
        "al-Hussein."
    )
    assert _speakers(text) == ["Zeid Ra'ad al-Hussein"]
