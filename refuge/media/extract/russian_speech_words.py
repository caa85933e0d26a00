"""The Russian words that report speech: speech verbs by lemma, the nouns of a speech act,
the verbs that quote someone else's words and the short adjectives that attribute like a
speech verb (for syntax.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from refuge.media.extract import russian

if TYPE_CHECKING:
    from refuge.media.extract.parse_tree import Token, Tree

# Lemmas of Russian speech verbs, for the syntax parser's verb of a quotation ("заверил").
_SPEECH_LEMMA_WORDS = (
    "сказать заявить заявлять сообщить сообщать отметить отмечать добавить добавлять пояснить "
    "пояснять написать писать подчеркнуть подчёркивать подчеркивать рассказать рассказывать "
    "говорить сказать считать утверждать цитировать привести приводить ответить отвечать "
    "признаться признавать признать уточнить уточнять указать указывать заметить замечать "
    "заверить заверять пообещать обещать напомнить напоминать объяснить объяснять вспоминать "
    "вспомнить делиться поделиться констатировать возмутиться заключить резюмировать "
    "предупредить предупреждать пожаловаться жаловаться спросить спрашивать назвать называть "
    "опровергнуть опровергать отрицать подтвердить подтверждать уверять убеждать отмечаться "
    "высказаться высказываться прокомментировать комментировать говориться сообщаться "
    "передать передавать обратиться добавить цитировать процитировать восклицать воскликнуть "
    "продолжить продолжать рассуждать признаваться описать описывать указываться произнести "
    "произносить высказать объявить объявлять озвучить озвучивать посетовать сетовать "
    "возразить возражать парировать уточняться подчёркиваться утверждаться охарактеризовать "
    "характеризовать "
    # Demands and charges quote their makers: "Сеть потребовала возбудить дело «за …»",
    # "Кадыров обрушился на «тех, кто …»" (an attack in words).
    "потребовать требовать призвать призывать обвинить обвинять осудить осуждать обрушиться "
    # Chanting and shouting report words too: "«…!» — скандировали участники акции".
    "скандировать кричать крикнуть выкрикивать выкрикнуть прокричать"
)
SPEECH_LEMMAS = frozenset(_SPEECH_LEMMA_WORDS.split())
DEMANDS = frozenset("потребовать требовать призвать призывать обвинить обвинять".split())  # noqa: SIM905
# The impersonal verbs a document's words come with ("говорится в пресс-релизе …"): they name
# whose words a demand inside them repeats ("Правозащитники требуют «…», говорится в …").
DOCUMENT_VERBS = frozenset(
    "говориться сообщаться отмечаться указываться подчёркиваться утверждаться уточняться".split()  # noqa: SIM905
)
# Nouns of a speech act, whose owner said what they govern: "оговорка Умарова о необходимости
# «…»", "его слова о том, что «…»", "мнение пресс-секретаря о том, что «…»".
_SPEECH_NOUN_WORDS = (
    "слово заявление мнение позиция оговорка призыв обещание угроза требование утверждение "
    "высказывание фраза реплика комментарий совет предупреждение просьба обвинение признание "
    "цитата оценка ответ формулировка выражение"
)
SPEECH_NOUNS = frozenset(_SPEECH_NOUN_WORDS.split())
# Verbs that report someone else's words: their object's owner speaks ("цитируют слова X").
QUOTING = frozenset(
    [
        "цитировать",
        "процитировать",
        "привести",
        "приводить",
        "передать",
        "передавать",
        "повторить",
        "повторять",
    ]
)
# A short adjective of conviction attributes as a speech verb does ("«…», — уверена X",
# "убеждён X", "согласен X"); their lemmas are not verbs ("уверена" is "уверить"'s).
CONVINCED = frozenset(
    [
        *("уверен", "уверена", "уверены", "убежден", "убеждена", "убеждены"),
        *("убеждён", "убеждёна", "убеждёны", "согласен", "согласна", "согласны"),
    ]
)


def is_speech_verb(word: str) -> bool:
    """Return whether one Russian word is a form of a speech verb (by lemma: "заверил")."""
    return word.lower() in CONVINCED or russian.lemma(word) in SPEECH_LEMMAS


# "ответят по букве закона", "ответит перед судом", "ответить за свои слова": to answer is to be
# held to account there, no speech; "ответил на вопрос", "ответил по телефону" report words.
_ANSWER_LEMMAS = frozenset({"ответить", "отвечать"})
_ACCOUNT_TO = frozenset({"за", "перед"})
_LAW_WORDS = frozenset({"закон", "буква", "строгость", "суд", "правило"})


def reports_speech(tree: Tree, verb: Token) -> bool:
    """Return whether a verb of a parsed sentence reports speech: a speech verb, but not
    "ответить" governing whom or what one is to be held to account for or by."""
    if not is_speech_verb(verb.text):
        return False
    if russian.lemma(verb.text) == "говорить" and any(
        map(_a_mere_thing, tree.children(verb, "nsubj"))
    ):
        return False  # "оставшиеся проблемы говорят о «…»": they show it; no one speaks
    if russian.lemma(verb.text) not in _ANSWER_LEMMAS:
        return True
    for oblique in tree.children(verb, "obl"):
        case = {c.text.lower() for c in tree.children(oblique, "case")}
        governed = [oblique, *tree.children(oblique, "nmod")]
        if case & _ACCOUNT_TO or (
            "по" in case and any(russian.lemma(t.text) in _LAW_WORDS for t in governed)
        ):
            return False
    return True


# The things that "говорят" as people do: a body or a text speaks for someone.
_SPEAKING_THING_WORDS = (
    "организация ведомство министерство комитет центр сеть движение правительство власть "
    "суд прокуратура доклад отчёт отчет заявление документ письмо статья источник"
)
_SPEAKING_THINGS = frozenset(_SPEAKING_THING_WORDS.split())


def _a_mere_thing(subject: Token) -> bool:
    """Whether a subject is a lower-case inanimate noun that speaks for no one: "факты",
    "проблемы" (which show something when they "говорят о" it)."""
    if not subject.text[:1].islower():
        return False
    readings = [p for p in russian.morphology().parse(subject.text.lower()) if p.tag.POS == "NOUN"]
    return (
        bool(readings)
        and all(p.tag.animacy == "inan" for p in readings)
        and readings[0].normal_form not in _SPEAKING_THINGS
    )


def is_passive(word: str) -> bool:
    """Return whether a verb form is passive ("заявлено", "произнесены", "сообщается")."""
    parses = russian.morphology().parse(word.lower())
    tag = parses[0].tag if parses else None
    return tag is not None and ("pssv" in tag or tag.POS == "PRTS" or word.endswith("ся"))


# "так называемая «…»" quotes a term someone uses, not what anyone said in the sentence.
SO_CALLED = re.compile(r"\bтак\s+называем\w+\s*[«\"“]?\s*$", re.I)


def to_account(tree: Tree, noun: Token) -> bool:
    """Whether ``noun`` is "ответ" of "призвать (привлечь) к ответу", calling to account: no
    answer anyone gave ("призывает к ответу журналистов, которые «…»")."""
    return russian.lemma(noun.text) == "ответ" and any(
        c.text.lower() == "к" for c in tree.children(noun, "case")
    )


def dropped_subject(tree: Tree, verb: Token) -> str:
    """Return the pronoun a singular past speech verb with no subject stands for, by its
    gender, where the quotation is in the clause it reports ("Однако признал, что ситуация
    «…»": "он", the one the sentences before were about); else ""."""
    if tree.children(verb, "nsubj", "nsubj:pass") or not any(
        t.text.lower() == "что" and t.index > verb.index for t in tree.outside
    ):
        return ""
    parses = russian.morphology().parse(verb.text.lower())
    tag = parses[0].tag if parses else None
    if tag is None or tag.POS != "VERB" or tag.tense != "past" or is_passive(verb.text):
        return ""
    # Not the plural: "В руководстве республики заявили" names its speaker by place.
    return {"masc": "он", "femn": "она"}.get(str(tag.gender), "")
