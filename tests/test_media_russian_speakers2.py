"""Russian speakers, third round: the owner of a speech-act noun, a quotation a colon
introduces in the paragraph before.

Constructed examples, each with a variant where the nearest name or the sentence's speech verb
is not the speaker, so that the parse's government, not proximity, has to decide.
"""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once


def test_a_speech_noun_with_a_possessive_is_its_owners_not_the_verbs_subject():
    text = (
        "Министр печати Чечни Ахмед Дудаев отрицает, что жителей республики задерживали.\n\n"
        "Однако его оговорка о необходимости «наказать десяток провокаторов» означает, что "
        "задержания были, считает правозащитник Олег Орлов."
    )
    assert speakers(text) == ["Ахмед Дудаев"]
    # A woman's words, the pronoun "её".
    text = (
        "Уполномоченный по правам человека Татьяна Москалькова ответила журналистам.\n\n"
        "Её слова о том, что «ни одного обращения не поступало», удивили правозащитников, "
        "заявил адвокат Петр Заикин."
    )
    assert speakers(text) == ["Татьяна Москалькова"]


def test_a_speech_noun_with_a_genitive_owner_names_the_speaker():
    text = (
        "Слова Кадырова о том, что «в республике нет таких людей», прокомментировал член СПЧ "
        "Игорь Каляпин."
    )
    assert speakers(text) == ["Кадыров"]
    # A role in the genitive, the register giving it to the one person it names.
    text = (
        "Пресс-секретарь главы Чечни Альви Каримов встретился с журналистами в Грозном.\n\n"
        "Мнение пресс-секретаря о том, что «все это выдумки журналистов», разделил "
        "омбудсмен Нурди Нухажиев."
    )
    assert speakers(text) == ["Альви Каримов"]


def test_a_speech_noun_without_an_owner_leaves_the_quotation_to_the_speech_verb():
    text = (
        "Министр Джамбулат Умаров выступил в эфире телеканала «Грозный».\n\n"
        "Словами о необходимости «навести порядок в республике» он подтвердил задержания, "
        "сказал правозащитник Олег Орлов."
    )
    assert speakers(text) != ["Олег Орлов"]


def test_a_quotation_after_a_colon_closing_the_paragraph_is_the_interlocutors():
    text = (
        "Девушка обратилась за помощью в кризисную группу. Мы поговорили с Ольгой – "
        "координатором программы:\n\n"
        "«Мы вывезли ее из республики за одну ночь, потом она жила в нашем убежище»."
    )
    assert speakers(text) == ["Ольга"]
    # The introducing sentence's subject, where it is not the writer.
    text = (
        "Адвокат Петр Заикин провел пресс-конференцию в Москве. Журналистка Елена Милашина "
        "рассказала о деле так:\n\n"
        "«Следствие делает все, чтобы защита не попала в процесс»."
    )
    assert speakers(text) == ["Елена Милашина"]


def test_a_colon_after_a_sentence_about_a_thing_names_nobody_by_itself():
    text = (
        "Правозащитник Олег Орлов приехал в Грозный.\n\n"
        "Заявление организации гласит:\n\n"
        "«Мы требуем немедленно освободить задержанных»."
    )
    assert speakers(text) != ["Заявление"]


def test_a_full_name_met_only_in_an_oblique_case_is_given_in_the_nominative():
    # A first name the dictionary does not know, in the genitive, next to the surname alone.
    text = (
        "Редакция обратила внимание на статью замдиректора агентства Русланбека Ахтаева.\n\n"
        "«Следующей жертвой станет именно она», — пишет Ахтаев."
    )
    assert speakers(text) == ["Русланбек Ахтаев"]
    # The dative, with a first name that does not decline.
    text = (
        "К министру культуры Хож-Ахмеду Бисултанову вызвали музыкантов.\n\n"
        "«Шутить никому не позволим», — сказал артистам Бисултанов."
    )
    assert speakers(text) == ["Хож-Ахмед Бисултанов"]


def test_a_womans_name_in_the_genitive_is_not_turned_into_a_mans():
    text = (
        "Заявление матери певца Малики Бакаевой приняли в полиции. Сам Бакаев пропал в августе.\n\n"
        "«Я продолжаю ждать сына», — сказала Малика Бакаева."
    )
    assert speakers(text) == ["Малика Бакаева"]


def test_a_quotation_ending_its_paragraph_is_the_person_the_paragraph_is_about():
    # The sentence before has no subject of its own: the one before it gives it.
    text = (
        "Директор телеканала Руслан Хамзатов обвинил оппозиционера в убийстве блогера.\n\n"
        "Руслан Хамзатов, назвавший заказчика, никаких доказательств не привел. Но связал "
        "убийство с заявлениями блогера о правительстве в изгнании. «Старый интриган решил "
        "пойти на все, чтобы вернуть себе власть»."
    )
    assert speakers(text)[-1] == "Руслан Хамзатов"
    # The sentence before has its own subject, a person.
    text = (
        "Суд в Грозном продлил арест правозащитника.\n\n"
        "Адвокат Марина Дубровина осталась в Грозном для подстраховки. «Мы будем обжаловать "
        "это решение во всех инстанциях»."
    )
    assert speakers(text)[-1] == "Марина Дубровина"


def test_a_paragraph_about_a_thing_or_a_body_gives_its_last_quotation_no_speaker():
    text = (
        "Журналист Иван Петров приехал в Грозный.\n\n"
        "Полиция задержала троих жителей села. «Их били и угрожали родственникам»."
    )
    assert speakers(text)[-1] != "Полиция"
    text = (
        "Журналист Иван Петров приехал в Грозный.\n\n"
        "Решение суда вызвало протесты. «Это решение было принято заранее»."
    )
    assert speakers(text)[-1] != "Решение суда"
