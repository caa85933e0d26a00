"""Constructions from blind set T (collected and measured on 2026-12-05; read for rules the
next session, once set U was being collected)."""

import pytest

from tests.media_helpers import attributed, quoted

pytestmark = pytest.mark.once


def test_a_rival_named_after_the_quotation_leaves_the_deputy_known():
    # Set T: "— пояснил депутат" with two deputies named was the bare noun, because the other
    # deputy was a subject later in the article, after the quotation.
    text = (
        "Заголовок\n\n"
        "Слова депутата Госдумы от Чечни Адама Делимханова не являются угрозой. Об этом заявил "
        "депутат Госдумы от Чечни, член «Единой России» Шамсаил Саралиев.\n\n"
        "«Чуть грубее, действительно, но к нему не надо относиться как к посылу», — пояснил "
        "депутат. Делимханов ответил позже.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Шамсаил Саралиев"]


def test_an_outlet_that_thinks_is_the_speaker():
    # Set T: the parser hung the quotation from the relative clause of a later noun
    # ("высказывания Кадырова, который назвал"), so the statements' owner took it.
    text = (
        "Заголовок\n\n"
        "«Новая газета» считает «делом федерального центра» реакцию на высказывания главы "
        "Чечни Рамзана Кадырова, который назвал «террористами» журналистов.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Novaya Gazeta"]


@pytest.mark.parametrize("where", ["в издании", "в редакции"])
def test_said_at_the_paper_is_the_paper(where):
    # Set T: "— заявили в издании" gave the last body named, the Committee Against Torture.
    text = (
        "Заголовок\n\n"
        "Кадыров назвал «террористами» руководителя «Комитета против пыток» Игоря Каляпина и "
        "обозревателя «Новой газеты» Елену Милашину.\n\n"
        f"«Мы не считаем это конфликтом редакции и Кадырова», — заявили {where}.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Novaya Gazeta"]


def test_a_headline_quotation_then_the_outlet_about_what():
    text = (
        "«Это дело Кремля — реагировать на вопиющее поведение». «Новая газета» — о том, как "
        "Кадыров назвал журналистку террористкой\n\nТекст статьи без цитат.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Novaya Gazeta"]


def test_a_second_speech_verb_is_the_speakers_not_the_reported_subjects():
    # Set T: "заявил, что ФСБ курирует газету, и потребовал «…»" was parsed as the FSB's
    # demand.
    text = (
        "Заголовок\n\n"
        "Глава Чечни Рамзан Кадыров выступил в эфире. Глава Чечни заявил, что ФСБ курирует "
        "газету, и потребовал от «господ» из спецслужбы «остановить этих нелюдей, которые "
        "пишут, провоцируют мой народ».\n"
    )
    assert [s for s, _ in attributed(text)] == ["Рамзан Кадыров"]


def test_a_reported_clause_goes_on_with_its_own_subject():
    text = (
        "Заголовок\n\n"
        "Правозащитник Олег Орлов выступил в эфире. Орлов заявил, что ФСБ курирует газету и "
        "требует от редакции «остановить публикации о событиях в Чечне».\n"
    )
    assert [s for s, _ in attributed(text)] == ["ФСБ"]


def test_an_adverb_before_the_inner_speech_verb_still_splits_the_quotation():
    # Set T: "«…, – также заявил он. – …»" stayed one quotation with no speaker.
    text = (
        "Заголовок\n\n"
        "Кадыров выступил на заседании.\n\n"
        '"Пусть весь мир горит синим пламенем, – также заявил он. – Мы не оставим в покое '
        'тех, кто задевает честь."\n'
    )
    assert quoted(text) == [
        ("Пусть весь мир горит синим пламенем,", "Кадыров"),
        ("Мы не оставим в покое тех, кто задевает честь.", "Кадыров"),
    ]


def test_coming_down_on_someone_in_words_quotes_them():
    text = (
        "Заголовок\n\n"
        "Была показана запись заседания правительства, во время которого Кадыров обрушился "
        'на "тех, кто нарушает согласие между людьми, сплетничает".\n'
    )
    assert [s for s, _ in attributed(text)] == ["Кадыров"]


def test_a_court_that_finds_someone_guilty_words_the_charge():
    # Set T: "a judge … found Musaeva guilty of “…”" named no one.
    text = (
        "Title here\n\n"
        "Following a two-day retrial, a judge from the Shali City Court on Wednesday found "
        "Musaeva guilty of “disrupting the work of a penal colony” and sentenced her.\n"
    )
    assert [s for s, _ in attributed(text)] == ["a judge from the Shali City Court"]


def test_a_court_that_convicts_words_the_charge_though_the_parse_hangs_it_on_the_object():
    text = (
        "Title here\n\n"
        "A Grozny court convicted the brothers of “aiding an illegal armed group” in 2021.\n"
    )
    assert [s for s, _ in attributed(text)] == ["A Grozny court"]


def test_the_man_who_is_filming_is_told_apart_by_his_clause():
    # Set T: "demands the man who is filming" was cut to "the man", who is no one.
    text = "\n\n".join(
        [
            "Title here",
            '"Who sent you?" demands the man who is filming. "Who sent you?!" he repeats.',
        ]
    )
    assert [s for s, _ in attributed(text + "\n")] == ["the man who is filming"] * 2


def test_an_aside_between_dashes_is_no_part_of_the_speaker():
    text = (
        "Title here\n\n"
        "When asked who sent him, the alleged attacker – lying bloodied on the ground – said he "
        'had come from Moscow, adding "they have my mother".\n'
    )
    assert [s for s, _ in attributed(text)] == ["the alleged attacker"]


def test_a_banner_says_nothing():
    text = (
        "Title here\n\n"
        "The verdict was read out. “Let justice reign!” said the banner hanging over the "
        "compound of the court house.\n"
    )
    assert [s for s, _ in attributed(text)] == [""]


def test_what_people_decided_in_words_is_theirs():
    text = (
        "Title here\n\n"
        "After the first of the detainees had been shot, the officers decided “not to stain "
        "the room with blood, because the soldiers train here”.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the officers"]


CHANNEL = "Title here\n\nThe man says that he is the head of the channel 1ADAT.\n\n"


def test_an_outlet_quoting_someone_gives_their_words():
    text = CHANNEL + (
        "“He stopped communicating with the administrators. We do not know where he is now”, "
        "reports the Russian publication MBH Media, quoting the channel’s representative.\n"
    )
    assert [s for s, _ in attributed(text)] == ["the channel’s representative"]


def test_a_post_published_by_the_channel_is_the_channels():
    text = CHANNEL + (
        "“Any resident of the Chechen Republic can contact us. We will publish anonymously”, "
        "reads a post published by the channel on June 22.\n"
    )
    assert [s for s, _ in attributed(text)] == ["1ADAT"]
