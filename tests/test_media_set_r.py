"""Constructions from blind set R (collected on 2026-12-04; its first half read for rules that
session, its second the next, once set S was collected)."""

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract
from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


def test_a_single_quote_closes_before_said_after_its_comma():
    # Half R1: "…,’said" read the mark as an apostrophe, so the quotation ran on to the next.
    text = (
        "Title here\n\n"
        "‘The threats against Igor Kochetkov are very serious and deserve a prompt reaction "
        "by the authorities,’said HRW LGBTI director Graeme Reid.\n\n"
        "According to Dmitry Makarov, the decision is correct.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Graeme Reid"]


def test_kavkazky_uzel_is_an_outlet_not_whom_he_means():
    # Half R1: the transliterated name was remembered as a man's.
    text = (
        "Title here\n\n"
        "According to Dmitry Makarov, a member of the Moscow Helsinki Group, the decision is "
        "correct. In an interview with the Kavkazky Uzel (Caucasian Knot) correspondent he "
        "said, “The Investigative Committee should consider the application.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Dmitry Makarov"]


def test_one_of_the_bodies_stays_in_a_compact_description():
    # Half R1: "a female activist of one of the Chechen NGOs" lost "one of".
    text = (
        "Title here\n\n"
        "“It can be very difficult to figure out such detentions,” said a female activist of "
        "one of the Chechen NGOs.\n"
    )
    assert [s for s, _ in attributed(text)] == ["a female activist of one of the Chechen NGOs"]


def test_his_post_says_is_his():
    # Half R2: "as his post says" gave the post as the speaker.
    text = (
        "Title here\n\n"
        "Chechen head Ramzan Kadyrov said in his Telegram channel that he urged police to act.\n\n"
        'Kadyrov also, as his post says, "called on every Chechen to be especially vigilant '
        'towards his closest relatives."\n'
    )
    assert [s for s, _ in attributed(text)] == ["Ramzan Kadyrov"]


def test_an_outlet_quotes_its_source():
    # Half R2: "AFP quotes the source" with no "as saying" named no one.
    text = (
        "Title here\n\n"
        "News agency AFP reports with reference to a source close to the police.\n\n"
        "“In this murder, everything is indicative of political motives,” AFP quotes the "
        "source.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the source"]


def test_quote_and_details_are_labels_not_speakers():
    # Half R2: Ukrainska Pravda's "Quote from Kadyrov:" and "Details:" were taken for names.
    text = (
        "Title here\n\n"
        "Details: Ramzan Kadyrov wrote that the sons of three of the women are at the front.\n\n"
        'Quote: "At first, we said that if they only had one son, we wouldn’t take them."\n\n'
        'Quote from Kadyrov: "I told them that these men have to be deployed."\n'
    )
    assert attributed(text) == [("Ramzan Kadyrov", ""), ("Ramzan Kadyrov", "")]


def test_a_name_given_as_not_the_real_one_is_a_person():
    # Half R2: "Azmad (not his real name), spoke to AFP" was not remembered, and "Amalia (not
    # her real name) from Chechnya" was read as a body's name.
    azmad = (
        "Title here\n\n"
        "A 26-year-old gay man who escaped Chechnya has opened up about his experiences.\n\n"
        "Azmad (not his real name), spoke to AFP on the promise of anonymity.\n\n"
        "‘If it becomes known, you are in danger, and so are those close to you,’ he said.\n"
    )
    amalia = (
        "Title here\n\n"
        "‘They won’t even tell me where he is!’ says Amalia (not her real name) from Chechnya.\n"
    )
    assert [s for s, _ in attributed(azmad) + attributed(amalia)] == ["Azmad", "Amalia"]


def test_a_paragraph_naming_the_last_speaker_goes_on_with_her():
    # Half R2: "‘…,’ Amalia’s speech is interrupted by sobbing." names no speech verb.
    text = (
        "Title here\n\n"
        "‘They won’t even tell me where he is!’ says Amalia Dudayeva from Chechnya.\n\n"
        "‘If you start to demand things according to the law, they come at night and take "
        "your sons,’ Amalia’s speech is interrupted by sobbing.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Amalia Dudayeva", "Amalia Dudayeva"]


def test_a_role_before_a_speaking_name_makes_it_the_subject():
    # Half R2: "the blogger stressed" went to the blogger of the lead, not to the one who had
    # spoken since ("However, the reputed Chechen blogger Tumso Abdurakhmanov claimed …").
    text = (
        "Title here\n\n"
        "In late January, Imran Aliyev, a blogger of Chechen origin, was stabbed to death.\n\n"
        "However, the reputed Chechen blogger Tumso Abdurakhmanov claimed he knew the name of "
        "the killer. He works for a Chechen official, Abdurakhmanov suggests.\n\n"
        "“The person who had committed the crime did not go to the nearest airport,” the "
        "blogger stressed.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Tumso Abdurakhmanov"]


def test_figures_past_a_date_an_editors_note_and_a_verb_before_the_number():
    # Half R2: "on January, 30 he was found dead" counted 30 killed; "[… - ed.]" ended the
    # sentence; "killed two and detained 40" gave "two and detained 40" as the words.
    text = (
        "Title here\n\n"
        "Aliyev had a room for one night; on January, 30 he was found dead.\n\n"
        "Kadyrov said that the 15-20 women who took part in a rally in the city of Grozny [the "
        "capital of Chechnya - ed.] have been detained.\n\n"
        "So far, officials have killed two and detained 40, according to the group.\n"
    )
    assert counts(text) == {
        (15, "between", "women detained"),
        (2, "", "people killed"),
        (40, "", "people detained"),
    }
    figures = extract(parse_article(text.encode(), source="f.txt")).figures
    assert "killed two" in [f.text for f in figures]


def test_the_project_s_channel_is_the_project_named_before():
    # Half R2: "— говорится в публикации в телеграм-канале проекта" gave "издание" (a
    # publication read as an outlet's article), not the project.
    text = (
        "Заголовок\n\n"
        '"Проект Памяти" опубликовал исследование о похищениях в Чечне.\n\n'
        '"Тысячи родственников потерпевших до сих пор испытывают страдания", - говорится в '
        "публикации в телеграм-канале проекта.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Проект Памяти"]


def test_one_name_that_spoke_to_an_outlet_is_the_subject():
    # Half R2, Azmad without his note: one capitalised word opening a sentence is a name when
    # the person speaks to someone.
    text = (
        "Title here\n\n"
        "A 26-year-old gay man who escaped Chechnya has opened up about his experiences.\n\n"
        "Azmad spoke to AFP on the promise of anonymity.\n\n"
        "‘If it becomes known, you are in danger, and so are those close to you,’ he said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Azmad"]
