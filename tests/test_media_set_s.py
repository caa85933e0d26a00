"""Constructions from blind set S (collected on 2026-12-05; read for rules the next session,
once set T was collected)."""

import pytest

from tests.media_helpers import attributed, quoted

pytestmark = pytest.mark.once


def test_sentences_that_go_on_about_him_keep_the_name_in_reach():
    # Set S: four sentences between the name and "he says" used up the look-back, though
    # two of them were about him ("But one night he recalls …").
    text = (
        "Title here\n\n"
        "The young Maxim Lapunov tells stories of threats. He was held for 12 days.\n\n"
        "His lawyers say there is no proper investigation.\n\n"
        "The man spent two years living in Chechnya. He did not live openly.\n\n"
        "But one night he recalls being grabbed. This is when the first reports began.\n\n"
        "At a police facility, he says he faced torture:\n\n"
        "‘They burst in every 10 minutes shouting that they would kill me,’ he says.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Maxim Lapunov"]


@pytest.mark.parametrize("verb", ["told Agence France-Presse on Saturday", "said"])
def test_a_name_right_after_its_body_is_the_member(verb):
    # Set S: "the Russian LGBT Network Tim Bestvet told AFP" gave the Network.
    text = f"Title here\n\n“They are tired,” the Russian LGBT Network Tim Bestvet {verb}.\n"
    assert [s for s, _ in attributed(text)] == ["Tim Bestvet"]


def test_a_body_named_alone_still_speaks():
    text = "Title here\n\n“They are tired,” the Crisis Group North Caucasus SOS said.\n"
    assert [s for s, _ in attributed(text)] == ["North Caucasus SOS"]


def test_last_june_is_a_time_not_a_speaker():
    # Set S: "Last June, the Network helped …" remembered "Last June" as a person.
    text = (
        "Title here\n\n"
        "Last June, the Russian LGBT Network helped the two men to leave Chechnya. The men "
        'were forced to film a video, in which they said "they were not men at all."\n'
    )
    assert [s for s, _ in attributed(text)] == ["The men"]


def test_a_quotation_ending_its_sentence_leaves_the_next_subject_for_they():
    # Set S: "… said that they were detained “because of their orientation.” The men were
    # forced to film a video, in which they said “…”" gave the Network named before.
    text = (
        "Title here\n\n"
        "The Russian LGBT Network helped the two men to leave. A lawyer of the Russian LGBT "
        'Network said that they were detained "because of their orientation." The men were '
        'forced to film a video, in which they said "they were not men at all."\n'
    )
    assert [s for s, _ in attributed(text)][-1] == "The men"


def test_they_after_an_unnamed_source_is_the_source():
    # Set S: "“…,” they claimed" after "A source close to activists … tells NewNowNext …" gave
    # the Chechen authorities named before.
    text = (
        "Title here\n\n"
        "The singer was detained by Chechen authorities, his friends say.\n\n"
        "A source close to activists in the region now tells NewNowNext he was tortured to "
        "death. “He arrived in Grozny and was picked up by police within three hours,” they "
        "claimed.\n"
    )
    assert [s for s, _ in attributed(text)] == ["A source close to activists in the region"]


@pytest.mark.parametrize("who", ["Her attacker", "Her husband"])
def test_her_before_a_noun_is_hers_not_she(who):
    # Set S: "Her attacker … asked her: ‘…’" gave the woman attacked.
    text = (
        "Title here\n\n"
        "In October 2015, Leila was attacked on the street in central Moscow.\n\n"
        f"{who} stabbed her and asked her: ‘When will you stop disgracing your people?’\n"
    )
    assert [s for s, _ in attributed(text)] == [who]


def test_what_the_reported_clause_promised_is_its_subjects():
    # Set S: "Macron said Putin … promised “the whole truth”" gave Macron.
    text = (
        "Title here\n\n"
        'Macron said Putin, who agreed to back an investigation, promised "the whole truth" '
        "about the reported persecution.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Putin"]


def test_it_after_the_court_stated_is_the_court():
    # Set S: "the Court stated …. It added that ‘…’" gave the group named before, and
    # "‘…’, read the court’s verdict" the verdict.
    text = (
        "Title here\n\n"
        "NC SOS Crisis Group, a queer rights organisation, stated that he was tortured.\n\n"
        "In its ruling on Monday, the Court stated that his life was in danger.\n\n"
        "It added that ‘it can be reasonably assumed that LGBT people may face imprisonment’.\n\n"
        "‘From the current and reliable data it can be concluded that the threat is not "
        "limited to Chechnya’, read the court’s verdict.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the Court", "the court"]


def test_words_quoted_again_later_are_the_later_speakers():
    # Set S: the lead's "emergency humanitarian visa" named no one; the article quotes the same
    # words further down, "according to Joël Deumier".
    text = (
        "Title here\n\n"
        'A Chechen gay has been admitted to France on an "emergency humanitarian visa".\n\n'
        'The 26-year-old was granted an "emergency humanitarian visa" last week, according to '
        "Joël Deumier of SOS homophobie.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Joël Deumier", "Joël Deumier"]


def test_a_papers_own_statement_is_the_papers():
    # Set S: "— говорится в заявлении «Новой газеты»" gave "заявление Новой газеты".
    text = (
        "Заголовок\n\n"
        "«Новая газета» подала заявление в Следственный комитет.\n\n"
        "«Кадыров заявляет о своих методах борьбы с террористами», — говорится в заявлении "
        "«Новой газеты».\n"
    )
    assert [s for s, _ in attributed(text)] == ["Novaya Gazeta"]


def test_a_bare_role_takes_whose_it_was_before():
    # Set S: "— цитирует «Интерфакс» пресс-секретаря" after "Вопрос пресс-секретарю Путина был
    # задан …" kept the bare role, which no table of offices can name.
    text = (
        "Заголовок\n\n"
        "Вопрос пресс-секретарю Путина был задан на фоне ситуации с бывшим судьей.\n\n"
        "«Эта традиция не коррелируется с законодательством Российской Федерации», — цитирует "
        "«Интерфакс» пресс-секретаря.\n"
    )
    assert [s for s, _ in attributed(text)] == ["пресс-секретарь Путина"]


@pytest.mark.parametrize(
    "between",
    ["", "Предположительно, извинения записаны под давлением: на лбу героя ролика видна ссадина. "],
)
def test_he_after_a_described_subject_a_sentence_or_two_back(between):
    # Set S: "Посетивший Чечню блогер попросил прощения. Предположительно, … «…», — говорит он"
    # named no one: only the sentence just before was read, and it named no one.
    text = (
        "Заголовок\n\n"
        f"Посетивший Чечню блогер попросил прощения за свое видео. {between}\n\n"
        "«Я приношу свои извинения всему чеченскому народу», — говорит он.\n"
    )
    assert [s for s, _ in attributed(text)] == ["блогер"]


def test_the_defence_is_its_lawyer():
    # Set S: "защита сообщила о «…» состоянии" after "ее адвокат Александр Савин" kept "защита".
    text = (
        "Заголовок\n\n"
        "Это второе взыскание, рассказал ее адвокат Александр Савин.\n\n"
        "В конце сентября защита сообщила о «близком к критическому» состоянии осужденной.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Александр Савин"]


def test_a_single_quotation_opened_in_a_paragraph_goes_on_in_the_next():
    # Half R2's remaining miss, read again: "It concludes that the men were held, ‘In secret
    # locations … / ‘They returned most …’" found no quotation in the first paragraph, and
    # the second's and third's took their opening marks and no speaker.
    text = (
        "Title here\n\n"
        "Human Rights Watch published a report. It says police rounded up dozens of men.\n\n"
        "It concludes that the men were held, ‘In secret locations for days or even weeks, and "
        "tortured them.\n\n"
        "‘They returned most of the men to their families, exposing their orientation.\n\n"
        "‘Those who have escaped Chechnya remain in danger.’\n"
    )
    assert quoted(text) == [
        ("In secret locations for days or even weeks, and tortured them.", "Human Rights Watch"),
        (
            "They returned most of the men to their families, exposing their orientation.",
            "Human Rights Watch",
        ),
        ("Those who have escaped Chechnya remain in danger.", "Human Rights Watch"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # Half R1's remaining miss, read again.
        (
            "Adam Delimkhanov criticised the men for ‘defaming the image of the Chechen "
            "Government and people’.",
            "Adam Delimkhanov",
        ),
        ("Kadyrov accused the newspaper of “spreading lies about the Chechen people”.", "Kadyrov"),
    ],
)
def test_the_grounds_of_a_judgement_are_the_judges_words(sentence, speaker):
    assert [s for s, _ in attributed(f"Title here\n\n{sentence}\n")] == [speaker]
