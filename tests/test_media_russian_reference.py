"""Russian reference across sentences (extract/russian_reference.py): the one asked answers, a
plain noun re-describes the person just introduced, a first name is the one named in full.

Constructed examples of how Russian news refers back, each with a variant where the nearest
person is not the one meant, or where nobody was introduced and the noun stays as written.
"""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_QUOTE = "«Таких людей у нас в республике нет и не было»"


def test_the_one_asked_answers_not_the_asker():
    text = (
        "Журналист Дэвид Скотт спросил Кадырова о сообщениях из республики. "
        f"{_QUOTE}, — ответил он."
    )
    assert speakers(text) == ["Кадыров"]
    text = (
        "Журналистка Анна Смирнова задала вопрос Рамзану Кадырову о пропавших. "
        f"{_QUOTE}, — ответил он."
    )
    assert speakers(text) == ["Рамзан Кадыров"]
    # Not an answer: "добавил он" goes on with the asker, the sentence's subject.
    text = (
        "Журналист Дэвид Скотт спросил Рамзана Кадырова о задержаниях. "
        "«Мы хотим знать правду об этих людях», — добавил он."
    )
    assert speakers(text) == ["Дэвид Скотт"]


def test_a_plain_noun_is_the_person_the_sentence_before_introduced():
    text = (
        "Мать задержанного обратилась в Комитет против пыток. "
        "«Моего сына забрали ночью», — рассказала женщина."
    )
    assert speakers(text) == ["мать задержанного"]
    text = (
        "Родственники певицы Айны Бакаевой обратились в полицию. "
        "«Я не верю, что брат уехал сам», — сказала артистка."
    )
    assert speakers(text) == ["Айна Бакаева"]
    text = (
        "Максим Лапунов подал жалобу в Следственный комитет. "
        "«Меня держали в подвале двенадцать дней», — рассказал молодой человек."
    )
    assert speakers(text) == ["Максим Лапунов"]
    text = (
        "Марьям Алиева рассказала «Кавказскому узлу» о задержании сына. "
        "«Его били три дня», — сказала женщина."
    )
    assert speakers(text) == ["Марьям Алиева"]


def test_a_plain_noun_nobody_fits_stays_as_written():
    # Only a man was introduced: "женщина" is someone else.
    text = (
        "Рамзан Кадыров провел совещание в Грозном. "
        "«Моего сына забрали ночью», — рассказала женщина."
    )
    assert speakers(text) == ["женщина"]
    # Two women together: which of them is not said.
    text = (
        "Марьям Алиева и Малика Бакаева обратились в полицию. "
        "«Наших сыновей забрали ночью», — рассказала женщина."
    )
    assert speakers(text) == ["женщина"]
    # Named only as what happened to him, not introduced: "собеседник" is not Bakaev.
    text = (
        "По данным источника в МВД Чечни, дело по факту исчезновения Бакаева возбуждено не будет. "
        "«Он сам уехал, он взрослый и совершеннолетний человек», — пояснил мужчина."
    )
    assert speakers(text) == ["мужчина"]


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it():
    text = (
        "Абубакар Янгулбаев рассказал о давлении. Его брат Ибрагим Янгулбаев тоже уехал. "
        "«Нас преследуют уже много лет», — сказал Ибрагим."
    )
    assert speakers(text) == ["Ибрагим Янгулбаев"]
    text = (
        "Ибрагим Янгулбаев и Ибрагим Алиев уехали из России. "
        "«Нас преследуют уже много лет», — сказал Ибрагим."
    )
    assert speakers(text) == ["Ибрагим"]


@pytest.mark.parametrize(
    "named",
    [
        "Мовсар Эскарханов живет в Германии.",
        # The tagger puts the first name alone in the nominative: "Мовсар Эскарханова".
        "Журнал Time обнародовал имя одного из них — Мовсара Эскарханова.",
    ],
)
def test_a_first_name_the_dictionary_lacks_is_the_one_named_in_full(named):
    text = f"{named}\n\n«Они хотят меня обратно депортировать», — сказал Мовсар."
    assert speakers(text) == ["Мовсар Эскарханов"]


def test_a_committee_named_before_is_the_committee_of_its_statement():
    text = (
        "Комитет против пыток опубликовал заявление. "
        "«Людей задерживают без суда», — говорится в сообщении комитета."
    )
    assert speakers(text) in (["Комитет против пыток"], ["Committee Against Torture"])


def test_the_one_asked_is_given_in_her_own_gender():
    # natasha leaves "Татьяну Москалькову" as "Татьяна Москалькову": "она" says the ending.
    text = (
        "Журналист Иван Петров спросил Татьяну Москалькову о проверке. "
        "«Мы проверим каждое обращение из республики», — ответила она."
    )
    assert speakers(text) == ["Татьяна Москалькова"]


def test_a_quotation_paragraph_is_the_one_the_next_paragraph_names_with_words_between():
    text = (
        "«Мы эвакуировали из республики больше сорока человек».\n\n"
        "Об этом в интервью «Коммерсанту» заявил Игорь Кочетков."
    )
    assert speakers(text) == ["Игорь Кочетков"]
    text = (
        "«Это активизация эксплуататоров чеченской темы».\n\n"
        "Такое мнение высказал уполномоченный по правам человека в Чечне Нурди Нухажиев."
    )
    assert speakers(text) == ["Нурди Нухажиев"]


def test_a_stretch_of_quotation_paragraphs_goes_on_with_one_speaker():
    # Russian puts the full stop after the closing guillemet: «…». is still a whole paragraph.
    text = (
        "Председатель Комитета против пыток Игорь Каляпин рассказал о работе в Чечне.\n\n"
        "«Мы работаем в республике с 2009 года».\n\n"
        "«Наши юристы ездят туда вахтовым методом, так безопаснее».\n\n"
        "«Каждое дело мы доводим до суда, если это возможно»."
    )
    assert speakers(text) == ["Игорь Каляпин"] * 3
    # Someone else named in between takes the stretch from there.
    text = (
        "Игорь Каляпин рассказал о работе в Чечне.\n\n"
        "«Мы работаем в республике с 2009 года».\n\n"
        "Глава Чечни Рамзан Кадыров назвал правозащитников врагами.\n\n"
        "«Им нечего делать в нашей республике», — написал он."
    )
    assert speakers(text) == ["Игорь Каляпин", "Рамзан Кадыров"]


def test_a_role_the_article_gave_someone_stays_that_persons():
    # "певица" is a plain noun and a role: the singer named with it, not the mother named last.
    text = (
        "Певица Айна Бакаева пропала в 2019 году. Её мать Малика Бакаева обратилась в полицию. "
        "«Я не верю, что дочь уехала сама», — сказала певица."
    )
    assert speakers(text) == ["Айна Бакаева"]


def test_an_answer_is_read_from_its_own_quotation_not_the_next():
    # The first quotation, after a colon, is the asker's; only the second is answered.
    text = (
        "Журналист Дэвид Скотт спросил Кадырова о задержаниях в республике. "
        "Он добавил: «Мы хотим знать правду об этих людях». «Это провокация и ложь», — ответил "
        "Кадыров."
    )
    assert speakers(text)[0] == "Дэвид Скотт"


def test_a_role_of_a_mans_grammar_held_by_a_woman_is_not_the_plain_noun():
    # "Адвокат Марина Петрова приехала": the verb says a woman; "задержанный" is a man.
    text = (
        "Задержанный Ибрагим Исаев подал жалобу. Адвокат Марина Петрова приехала в суд. "
        "«Меня били три дня подряд», — сказал задержанный."
    )
    assert speakers(text) != ["Марина Петрова"]


def test_she_is_the_woman_the_sentence_before_named_when_none_was_a_subject():
    text = "Полиция задержала Халимат Тарамову в Грозном. «Я ни в чём не виновата», — сказала она."
    assert speakers(text) == ["Халимат Тарамова"]
    # A woman already a subject is the memory's "она", not the one named after her.
    text = (
        "Айна Бакаева рассказала о давлении на семью. Полиция задержала Зарему Мусаеву в "
        "Грозном. «Нас преследуют годами», — сказала она."
    )
    assert speakers(text) == ["Айна Бакаева"]
