"""Russian speakers resolved across the article: who is who (extract/russian_people.py).

Constructed examples, each with a variant where the name nearest the quotation is not the
speaker, so that the register of roles, not proximity, has to decide.
"""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once


def test_a_role_resolves_to_the_person_the_article_gave_it_not_the_nearest_name():
    text = (
        "Глава Чечни Рамзан Кадыров встретился с журналистами в Грозном.\n\n"
        "Пресс-секретарь Кремля Дмитрий Песков прокомментировал эту встречу.\n\n"
        "«Мы ничего не знаем о задержаниях в республике», — заявил глава Чечни."
    )
    assert speakers(text) == ["Рамзан Кадыров"]
    # The role the other way round: Peskov's kind of role, after Kadyrov was named last.
    text = (
        "Пресс-секретарь президента Дмитрий Песков ответил на вопросы в понедельник.\n\n"
        "Глава Чечни Рамзан Кадыров ранее назвал публикации клеветой.\n\n"
        "«Органы внутренних дел будут проверять эту информацию», — сказал представитель Кремля."
    )
    assert speakers(text) == ["Дмитрий Песков"]


def test_a_role_given_in_apposition_after_the_name_counts_too():
    text = (
        "Рамзан Кадыров, глава республики, назвал публикации клеветой. Его пресс-секретарь "
        "Альви Каримов добавил, что в Чечне нет геев.\n\n"
        "«Это ложь от начала до конца», — сказал глава республики."
    )
    assert speakers(text) == ["Рамзан Кадыров"]


def test_a_representative_of_a_body_is_the_one_person_the_article_gave_a_role_in_it():
    text = (
        "Координатор Российской ЛГБТ-сети Игорь Кочетков рассказал о ходе эвакуации. Об этом же "
        "писала журналистка Елена Милашина.\n\n"
        "«Нам продолжают звонить люди из Чечни», — рассказал представитель сети."
    )
    assert speakers(text) == ["Игорь Кочетков"]


def test_the_place_a_role_is_of_tells_two_holders_of_one_kind_apart():
    text = (
        "Омбудсмен Чечни Мансур Солтаев назвал нападение провокацией. Уполномоченный по правам "
        "человека в России Татьяна Москалькова направила обращения в прокуратуру.\n\n"
        "«Органы внутренних дел во всём разберутся», — сообщил уполномоченный по правам "
        "человека в ЧР."
    )
    assert speakers(text) == ["Мансур Солтаев"]


def test_a_role_two_people_share_stays_a_role():
    text = (
        "Журналист Иван Петров и журналист Олег Смирнов приехали в Грозный.\n\n"
        "«Нас встретили у самого аэропорта», — сказал журналист."
    )
    assert speakers(text) == ["журналист"]


def test_an_anonymous_source_stays_a_role_however_near_a_name():
    text = (
        "Глава Чечни Рамзан Кадыров не стал комментировать задержания.\n\n"
        "«Никаких задержаний по этому поводу не было», — сказал источник в МВД республики."
    )
    assert speakers(text) != ["Рамзан Кадыров"]


def test_a_surname_alone_is_the_full_name_the_article_gave():
    text = (
        "Пресс-секретарь президента Дмитрий Песков ответил на вопросы журналистов.\n\n"
        "«Я не являюсь большим специалистом в этой области», — сказал Песков."
    )
    assert speakers(text) == ["Дмитрий Песков"]


def test_a_redescription_is_the_latest_subject_not_the_first_name():
    text = (
        "Глава Чечни Рамзан Кадыров пригласил президента США Джо Байдена в республику.\n\n"
        "Ранее Джо Байден призвал защищать права меньшинств во всех странах мира.\n\n"
        "«Мы все должны встать на защиту этих прав», — отметил политик."
    )
    assert speakers(text) == ["Джо Байден"]
    # Feminine: "чиновница" is the woman last named as a subject, not the man named after her.
    text = (
        "Официальный представитель МИД Мария Захарова выступила на брифинге. Глава Чечни Рамзан "
        "Кадыров в тот же день находился в Москве.\n\n"
        "«Это не моя тема и не мой вопрос», — ответила чиновница."
    )
    assert speakers(text) == ["Мария Захарова"]


def test_a_quoted_headline_names_its_speaker_after_the_colon():
    text = (
        "«Не господину Кадырову учить меня любить Родину»: главред «Новой газеты» о "
        "последствиях расследования\n\n"
        "Редакция обратилась к читателям с вопросом."
    )
    assert speakers(text) == ["главред «Новой газеты»"]
    text = (
        "«Нам звонят каждый день и просят о помощи»: Игорь Кочетков о ситуации в Чечне\n\n"
        "Глава Чечни Рамзан Кадыров отрицает преследования."
    )
    assert speakers(text) == ["Игорь Кочетков"]


def test_a_document_is_the_words_of_those_the_article_says_made_it():
    text = (
        "После публикации бойцы полка записали видеообращение к Владимиру Путину. «Нас уже "
        "вынуждают взять на себя ответственность», — говорится в обращении."
    )
    assert speakers(text) == ["бойцы полка"]


def test_a_body_that_said_it_in_the_locative_is_the_body():
    text = (
        "Московский механизм ОБСЕ запущен по решению 16 стран.\n\n"
        "«Мы и другие страны потребовали от Москвы привлечь виновных к ответственности», — "
        "заявили в Госдепартаменте."
    )
    assert speakers(text) == ["State Department"]


def test_an_outlets_interlocutor_is_who_the_article_said_told_it():
    text = (
        "Об этом «Новой газете» рассказал правозащитник Олег Орлов. Глава Чечни Рамзан Кадыров "
        "ранее отрицал задержания.\n\n"
        "«Людей держат в подвалах без всяких документов», — говорит собеседник издания."
    )
    assert speakers(text) == ["Олег Орлов"]
    # Nobody told an outlet anything: the interlocutor stays unnamed, not Kadyrov.
    text = (
        "Глава Чечни Рамзан Кадыров отрицал задержания.\n\n"
        "«Людей держат в подвалах без всяких документов», — говорит собеседник издания."
    )
    assert speakers(text) != ["Рамзан Кадыров"]


def test_his_press_secretary_is_the_one_introduced_as_his():
    text = (
        "Глава Чечни Рамзан Кадыров назвал публикации ложью. Его пресс-секретарь Альви Каримов "
        "повторил это журналистам. Пресс-секретарь Кремля Дмитрий Песков отказался от "
        "комментариев.\n\n"
        "«В республике нет таких людей», — сказал его пресс-секретарь."
    )
    assert speakers(text) == ["Альви Каримов"]


def test_an_interview_answer_is_the_interviewees_not_the_last_name_before_it():
    text = (
        "О ситуации в Чечне в интервью Republic рассказал член совета Российской ЛГБТ-сети "
        "Игорь Кочетков. Ранее глава Чечни Рамзан Кадыров назвал сообщения ложью.\n\n"
        "— Почему именно ваша организация взялась помогать?\n\n"
        "«Потому что мы самая крупная в России ЛГБТ-организация и у нас есть ресурсы»."
    )
    assert speakers(text) == ["Игорь Кочетков"]


def test_a_first_name_and_patronymic_is_the_person_of_that_first_name():
    text = (
        "Глава Чечни Рамзан Кадыров назвал публикации ложью.\n\n"
        "«Это провокация против республики», — заявил Рамзан Ахматович. Песков отказался от "
        "комментариев."
    )
    assert speakers(text) == ["Рамзан Кадыров"]


def test_words_a_document_is_said_to_contain_are_its_owners_not_the_subjects():
    text = (
        "Спикер парламента Чечни Магомед Даудов прокомментировал доклад организации Human "
        "Rights Watch, в котором говорилось, что он «играл ключевую роль» в преследованиях."
    )
    assert speakers(text) == ["Human Rights Watch"]


def test_a_phrase_quoted_with_no_speech_verb_is_the_sentence_subjects():
    text = (
        "Председатель парламента Магомед Даудов ответил правозащитникам.\n\n"
        "Даудов связал публикации о себе с тем, что он выступает против «подмены семейных "
        "ценностей» на Кавказе, считая это «признаком вырождения любого народа»."
    )
    assert speakers(text) == ["Магомед Даудов", "Магомед Даудов"]
    # One who only underwent something is not the one quoted.
    text = (
        "Спикер парламента Магомед Даудов опубликовал пост.\n\n"
        "Григорий Шведов был представлен в нём собакой, которой нужно вырвать «пару клыков "
        "мудрости» и укоротить язык."
    )
    assert speakers(text) != ["Григорий Шведов"]


def test_the_press_in_general_is_the_outlet_the_article_named():
    text = (
        "«Новая газета» пишет о первых итогах проверки в Чечне.\n\n"
        "«Начальнику ОМВД поплохело, когда он узнал о данных следствия», - пишет СМИ."
    )
    assert speakers(text) == ["Novaya Gazeta"]


def test_announced_is_a_speech_verb_and_a_source_in_brackets_does_not_hide_the_speaker():
    text = (
        "Председатель парламента Чечни Магомед Даудов уходит в отставку.\n\n"
        "«Я принял решение сложить с себя полномочия Председателя Парламента ЧР», — объявил "
        "Даудов (цитата по ЧГТРК «Грозный»)."
    )
    assert speakers(text) == ["Магомед Даудов"]
