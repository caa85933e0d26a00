"""The Russian attribution tail of round 9 (extract/russian_sources.py, hooks in
russian_wording.py and russian_people.py): a listener and a date before the one who spoke, a
page's owner, a surname the parse left in the accusative, an impersonal passive "в МВД было
заявлено", "Слова X «…» приводит …", a quotation whose owner the next sentence or paragraph
names ("Об этом говорится в заявлении X", "Так описывает … X"), and a heading quotation over
a line naming who said it.

Constructed examples, each with a variant where the rule must not apply.
"""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_QUOTE = "«Задержания в республике не проводились»"


def test_the_speaker_after_a_listener_and_a_date_cut_at_commas():
    for told in ("корреспонденту ИА REGNUM", "журналистам «Кавказского узла»"):
        text = f"{_QUOTE}, — сообщили {told} сегодня, 22 января, в пресс-службе МВД по Чечне."
        assert speakers(text) == ["пресс-служба МВД по Чечне"]
    # No place after the listener: the listener is left as the patterns read it.
    text = f"{_QUOTE}, — сообщил корреспонденту ИА REGNUM сегодня, 22 января, Игорь Каляпин."
    assert speakers(text) == ["Игорь Каляпин"]


def test_the_owner_of_the_page_the_words_were_published_on():
    assert speakers(f"{_QUOTE}, — сообщается на сайте МВД по Чечне.") == ["МВД по Чечне"]
    text = f"{_QUOTE}, — говорится на сайте правозащитного центра «Мемориал»."
    assert speakers(text) == ["Memorial"]
    assert speakers(f"{_QUOTE}, — говорится в сообщении.") == [""]


def test_a_surname_left_in_the_accusative_agrees_with_the_first_name():
    text = "«Людей задерживают без суда и следствия», — цитирует «Медуза» Татьяну Локшину."
    assert speakers(text) == ["Татьяна Локшина"]
    # A surname that is a nominative in the first name's gender stays as written.
    text = f"{_QUOTE}, — сообщил РИА Новости пресс-секретарь главы Чечни Альви Каримов."
    assert speakers(text) == ["Альви Каримов"]
    text = (
        "Родители задержанного Ахмед Алиев и Марьям Алиева обратились в полицию. "
        "«Нашего сына забрали ночью», — рассказали они."
    )
    assert speakers(text) == ["Ахмед Алиев и Марьям Алиева"]


def test_an_impersonal_passive_speech_verb_is_the_bodys_it_names():
    text = "В МВД Чечни было заявлено, что «никаких задержаний в республике не проводилось»."
    assert speakers(text) == ["МВД Чечни"]
    text = "Ранее в МВД отмечалось, что «никаких задержаний в республике не проводилось»."
    assert speakers(text) == ["МВД"]
    # Not a speech verb: the place is where something happened, not who spoke.
    text = "В Грозном было задержано несколько человек, что «вызвало протесты у родных»."
    assert speakers(text) == [""]


def test_words_of_a_person_that_an_outlet_quotes():
    text = "Слова Кадырова «это ложь и провокация против нашего народа» приводит «Интерфакс»."
    assert speakers(text) == ["Кадыров"]
    text = "Слова Кадырова «это ложь и провокация против нашего народа» вызвали скандал."
    assert speakers(text) != ["Кадыров"]


def test_the_next_sentence_or_paragraph_names_the_owner():
    text = f"{_QUOTE}. Об этом говорится в заявлении МВД по Чечне."
    assert speakers(text) == ["МВД по Чечне"]
    text = (
        "«Меня забрали ночью прямо из дома. Держали в подвале и требовали назвать имена "
        "знакомых».\n\nТак описывает свое задержание Ислам, 27 лет."
    )
    assert speakers(text) == ["Ислам"]


def test_a_heading_quotation_over_a_line_naming_who_said_it():
    text = (
        "«Улица» поговорила с адвокатами.\n\n«Работу в Чечне прекращать не планирую»\n\n"
        "Адвокат Марина Дубровина\n\nСпецифика, безусловно, есть."
    )
    assert speakers(text)[-1] == "Марина Дубровина"
    # The line after it is a sentence, not a name: nobody is named for the heading.
    text = (
        "«Улица» поговорила с адвокатами.\n\n«Работу в Чечне прекращать не планирую»\n\n"
        "Адвокаты работают в Чечне много лет.\n\nСпецифика, безусловно, есть."
    )
    assert speakers(text)[-1] == ""


def test_a_subject_phrase_over_a_clause_is_the_later_persons():
    text = (
        "Член СПЧ Игорь Каляпин не собирается покидать Россию после того, как глава Чечни "
        "Рамзан Кадыров назвал его и журналистку Елену Милашину террористами и призвал "
        "правоохранителей «задержать пособников террористов». Об этом он заявил «Газете.Ru»."
    )
    assert speakers(text) == ["Рамзан Кадыров"]
    # Two people joined by "и" speak together.
    text = (
        "Игорь Каляпин и Олег Орлов приехали в Грозный. "
        "«Мы проверим все сообщения о похищениях», — заявили они."
    )
    assert speakers(text) == ["Игорь Каляпин и Олег Орлов"]


def test_an_outlet_quoted_between_the_verb_and_the_speaker():
    text = (
        'В суде прошло заседание.\n\n"Адвокат Петр Заикин заявил ходатайство о приобщении '
        'материалов", – рассказал "Кавказ.Реалии" председатель совета ПЦ "Мемориал" '
        "Александр Черкасов."
    )
    assert speakers(text) == ["Александр Черкасов"]
    # A name inside the quoted words did not tell the outlet: "собеседник" is not him.
    text += ' "Они были не готовы к заседанию", – пояснил собеседник.'
    assert "Петр Заикин" not in speakers(text)


def test_on_behalf_of_a_body_the_subject_after_the_verb_speaks():
    text = "От имени «Мемориала» выступил Олег Орлов: «Мы продолжим нашу работу в Чечне»."
    assert speakers(text) == ["Олег Орлов"]
    text = "От имени «Мемориала» выступил его председатель: «Мы продолжим нашу работу в Чечне»."
    assert speakers(text) != ["Олег Орлов"]
