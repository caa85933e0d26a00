"""Russian speakers, fourth round: the parse made one tree, the owner of a document or of
quoted words, a bare role read against the people the article introduced.

Constructed examples, several wordings per mechanism, most with a name nearer the quotation
than its speaker or a subject that is not the speaker.
"""

import pytest

from refuge.media.extract.parse_tree import Token, Tree
from tests.media_helpers import speakers

pytestmark = pytest.mark.once


def _token(index: int, head: int, rel: str) -> Token:
    return Token(f"w{index}", index * 3, index * 3 + 2, index, head, rel)


def test_a_cycle_the_parser_made_hangs_from_the_main_clause():
    # 1 ← root; 3 and 4 each other's head, cut off from it.
    tokens = [_token(1, 0, "root"), _token(2, 4, "mark"), _token(3, 4, "nsubj")]
    tokens.append(_token(4, 3, "nmod"))
    tree = Tree(tokens, [])
    assert [t.index for t in tree.ancestors(tokens[1])][-1] == 1
    assert tree.by_index[3].head == 1


def test_a_second_root_hangs_from_the_speech_verb_before_it_not_a_relative_clauses():
    speech = {"w2"}.__contains__
    tokens = [_token(1, 2, "nsubj"), _token(2, 0, "root"), _token(3, 2, "obj")]
    tokens += [_token(4, 0, "root"), _token(5, 4, "nsubj")]
    Tree(tokens, [], speech)
    assert (tokens[3].head, tokens[3].rel) == (2, "parataxis")
    # The verb before is a relative clause's ("в сообщении которого говорится, что «…»").
    tokens = [_token(1, 0, "root"), _token(2, 1, "acl:relcl"), _token(3, 0, "root")]
    Tree(tokens, [], speech)
    assert tokens[2].head == 0


def test_words_a_verb_of_quoting_quotes_are_their_owners_not_the_outlets():
    text = (
        "Суд отказал защите.\n\n"
        "Кавказ.Реалии цитируют слова прокурора, что суд, вынося приговор, «не дал оценки ни "
        "одному доводу защиты»."
    )
    assert speakers(text) == ["прокурор"]
    text = (
        "Адвокат Петр Заикин обжаловал арест.\n\n"
        "«Интерфакс» приводит слова Заикина о том, что «суд не услышал ни одного довода»."
    )
    assert speakers(text) == ["Петр Заикин"]


def test_a_document_is_its_owners_in_the_genitive():
    text = (
        "Уполномоченный Татьяна Москалькова проверит эти сведения.\n\n"
        "«Уполномоченный считает информацию очень серьезной», — говорится в сообщении "
        "пресс-службы в понедельник."
    )
    assert speakers(text) == ["пресс-служба"]
    text = (
        "Члены совета обратились к председателю Следственного комитета.\n\n"
        "Согласно письму Фадеева, «чтобы снизить градус напряженности, считаю полезным "
        "передачу расследования»."
    )
    assert speakers(text) == ["Фадеев"]
    # The body the article named before, not "организация".
    text = (
        "Amnesty International опубликовала обращение.\n\n"
        "Правозащитники требуют «осудить любые дискриминационные комментарии властей», "
        "говорится в пресс-релизе организации."
    )
    assert speakers(text) == ["Amnesty International"]


def test_a_role_several_were_given_is_the_one_speaking_in_this_stretch():
    text = (
        "Российский омбудсмен Татьяна Москалькова собирается в Чечню.\n\n"
        "Москалькова уточнила, что полномочия прежнего омбудсмена Чечни Нурди Нухажиева "
        "окончились.\n\n"
        "«Я хотела бы своими глазами увидеть эти наработки», — пояснила омбудсмен."
    )
    assert speakers(text) == ["Татьяна Москалькова"]
    text = (
        "Пресс-секретарь Кремля Дмитрий Песков ответил на вопрос.\n\n"
        "Пресс-секретарь главы Чечни Альви Каримов позже отверг эти сведения.\n\n"
        "«Таких людей в республике нет», — сказал пресс-секретарь."
    )
    assert speakers(text) == ["Альви Каримов"]


def test_a_redescription_is_the_subject_named_after_its_verb():
    text = (
        "Директор телеканала Чингиз Ахмадов обвинил выходцев из Чечни. С его оценкой "
        "согласился уполномоченный по правам человека в регионе Мансур Солтаев.\n\n"
        "«Как хорошо, что эти люди больше не живут в республике», — добавил правозащитник."
    )
    assert speakers(text) == ["Мансур Солтаев"]
    text = (
        "Журналисты спросили о задержаниях. В Грозный приехал член СПЧ Игорь Каляпин.\n\n"
        "«Задержания в республике продолжаются», — сказал правозащитник."
    )
    assert speakers(text) == ["Игорь Каляпин"]
