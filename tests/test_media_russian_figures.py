"""Russian figures read from natasha's dependency parse (refuge/media/extract/russian_figures.py).

Constructed sentences, several per construction: the number's own verb says what befell those
counted, or that nothing listed did; the word windows of figures.py answer where the parse does
not.
"""

from __future__ import annotations

import signal

import pytest

from refuge.media.extract import russian_figures, russian_readings
from refuge.media.extract.parse_tree import Token, Tree
from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The count's own verb is no event: released, alive, wounded. The event of the sentence
        # before, or of the clause before, is not theirs.
        (
            "Из них 26 человек освобождены, 35 пропали без вести, двое найдены убитыми.",
            {(35, "", "people detained"), (2, "", "people killed")},
        ),
        (
            "Силовики задержали 40 человек; позже 15 из них отпустили.",
            {(40, "", "people detained")},
        ),
        ("Пятеро из списка погибли в декабре. Трое из них живы.", {(5, "", "people killed")}),
        ("Боевики ранили двух полицейских и скрылись.", set()),
        ("Всего в списке значится 31 человек.", set()),
        ("Трое сотрудников полиции получили ранения, один погиб.", {(1, "", "people killed")}),
    ],
)
def test_a_verb_that_is_no_event_counts_nothing(text, expected) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject of an event verb, of the participle completing it, or of a verb it shares.
        (
            "Более 3000 человек остаются пропавшими без вести в Чечне.",
            {(3000, "more than", "people detained")},
        ),
        (
            "В республике по-прежнему числятся пропавшими 1500 человек.",
            {(1500, "", "people detained")},
        ),
        (
            "В сводке МВД за 2019 год значатся 1200 пропавших без вести.",
            {(1200, "", "people detained")},
        ),
        (
            "Двое мужчин пытались прорваться в здание и ранили охранника, после чего были"
            " застрелены.",
            {(2, "", "men killed")},
        ),
        ("Четверо бандитов были уничтожены ответным огнем.", {(4, "", "people killed")}),
        ("Силовики захватили четырех правозащитников.", {(4, "", "people detained")}),
        ("Двое из задержанных, по словам родственников, скончались.", {(2, "", "people killed")}),
    ],
)
def test_the_event_is_the_verb_of_the_counted_phrase(text, expected) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "один" counts a person when it is the subject of an event; not when negated.
        (
            "Неизвестные напали на сотрудников полиции, один из которых погиб.",
            {(1, "", "people killed")},
        ),
        ("Один из задержанных скончался в отделе полиции.", {(1, "", "people killed")}),
        ("Один из похищенных найден убитым.", {(1, "", "people killed")}),
        ("Ни один человек не был задержан, заявили в МВД.", set()),
    ],
)
def test_one_is_a_count_as_the_subject_of_an_event(text, expected) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject of an active verb with an object did it; help to leave is an evacuation.
        ("Пять человек задержали подозреваемого в поджоге.", set()),
        ("Организация помогла выехать из Чечни 114 людям.", {(114, "", "people evacuated")}),
        ("Волонтёры помогли 35 геям покинуть Россию.", {(35, "", "people evacuated")}),
        ("Пятеро покинули республику с помощью волонтёров.", {(5, "", "people evacuated")}),
    ],
)
def test_doers_and_those_helped(text, expected) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause or participle describes those counted where their own verb says
        # nothing listed; the participle counted is its own description.
        (
            "Газете известны 27 человек, которые были застрелены в Грозном.",
            {(27, "", "people killed")},
        ),
        (
            "По данным правозащитников, 12 задержанных были отпущены домой, а четверо найдены"
            " мертвыми.",
            {(12, "", "people detained"), (4, "", "people killed")},
        ),
        ("Двенадцать похищенных мужчин до сих пор не найдены.", {(12, "", "men detained")}),
        ("Трое задержанных боевиков были доставлены в больницу.", {(3, "", "people detained")}),
    ],
)
def test_what_describes_those_counted(text, expected) -> None:
    assert counts(text) == expected


def test_two_numbers_on_one_noun_leave_it_to_the_words() -> None:
    # The parser hangs "43" on "человек" too: "девять человек из 43" counts the nine.
    text = "Из 43 вывезенных девять человек уже находятся за границей."
    assert {value for value, _q, _c in counts(text)} == {9}


def test_years_are_no_counts_but_thousands_are() -> None:
    assert counts("В 2017 году в Чечне задержаны 40 человек.") == {(40, "", "people detained")}


def test_candidate_sentences_are_parsed_in_one_batch(monkeypatch) -> None:
    calls = []
    parse = russian_readings.parse_sentences

    def counting(text, windows, quoted):
        calls.append(len(windows))
        return parse(text, windows, quoted)

    monkeypatch.setattr(russian_readings, "parse_sentences", counting)
    text = (
        "В Чечне задержаны 40 человек.\nИз них 26 человек освобождены.\n"
        "В 2017 году ничего не случилось.\nДвое найдены убитыми."
    )
    assert russian_readings.readings(text, []) == {}
    starts = [text.index("40"), text.index("26"), text.index("Двое")]
    found = russian_readings.readings(text, [(s, s + 2) for s in starts])
    assert calls == [3]  # one batch, one sentence per number, none without one
    assert found[starts[0]].counted == ("people", "detained")
    assert found[starts[1]].counted is None
    assert found[starts[2]] == russian_readings.Reading(("people", "killed"), "", subject=True)


def test_a_sentence_with_two_numbers_builds_one_tree(monkeypatch) -> None:
    # Building a tree repairs the sentence's parse in place: once per sentence, not per number.
    built = []
    tree = russian_readings.Tree

    def counting(sentence, quoted):
        built.append(sentence[0].start)
        return tree(sentence, quoted)

    monkeypatch.setattr(russian_readings, "Tree", counting)
    text = "В Чечне задержаны 40 человек и 26 женщин."
    starts = [text.index("40"), text.index("26")]
    found = russian_readings.readings(text, [(s, s + 2) for s in starts])
    assert built == [0]
    assert found[starts[0]].counted == ("people", "detained")


def test_a_cycle_of_coordinated_verbs_is_walked_once() -> None:
    # Tree repairs the cycles the parser leaves; the walks along "conj" still end on their own.
    words = ["Тогда", "сидели", "и", "молчали"]
    heads = [(2, "advmod"), (0, "root"), (4, "cc"), (2, "conj")]
    tokens, offset = [], 0
    for index, (word, (head, rel)) in enumerate(zip(words, heads, strict=True), start=1):
        tokens.append(Token(word, offset, offset + len(word), index, head, rel))
        offset += len(word) + 1
    tree = Tree(tokens, [])
    tokens[1].head, tokens[1].rel = 4, "conj"  # "сидели" and "молчали" each other's conj

    def stop(_signal: int, _frame: object) -> None:
        raise TimeoutError("the walk went round the cycle")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, 5)
    try:
        assert russian_figures._shared_object_event(tree, tokens[1], set()) == ""
        assert russian_figures._subject_event(tree, tokens[1], set()) == ""
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
