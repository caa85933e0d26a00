"""A Russian full name's case and gender, read from its own endings and the words agreeing
with it, where natasha's normal form is not the nominative: the tagger reads a word from the
few words around it and leaves some names as written ("Оюба Титиева задерживали"), half
normalised ("Мадину Исаев"), or made a man's ("Малика Титиева заявила" → "Малик Титиев").

A name is a sentence's subject only in the nominative, so its normal form decides whether the
register may take it for one (russian_roles.name_cases): an oblique name left as written
would speak for the article's next "он".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from refuge.media.extract import russian
from refuge.media.extract.russian_speech_words import is_speech_verb

if TYPE_CHECKING:
    from refuge.media.extract.parse_tree import Token, Tree

# A Russian surname's endings by case, as the paradigm of "-ов/-ев/-ин" surnames declines
# them (the dictionary knows only some surnames; the paradigm knows all): the ending, then
# the (gender, case) readings it allows. "Ахмадову" is a man's dative or a woman's accusative.
_SURNAME_CASES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("у", (("masc", "datv"), ("femn", "accs"))),
    ("ой", (("femn", "gent"), ("femn", "datv"), ("femn", "ablt"), ("femn", "loct"))),
    ("ым", (("masc", "ablt"),)),
    ("ом", (("masc", "ablt"),)),
    ("е", (("masc", "loct"),)),
    ("а", (("masc", "gent"), ("masc", "accs"), ("femn", "nomn"))),
    ("", (("masc", "nomn"),)),
)
_SURNAME = re.compile(r"^(?P<stem>[А-ЯЁ][а-яё-]+(?:ов|ев|ёв|ин|ын))(?P<ending>у|ой|ым|ом|е|а|)$")
_VOWELS = "аеёиоуыэюя"


@cache
def _surname(word: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """The stem of a "-ов/-ев/-ин" surname and the readings its ending allows."""
    match = _SURNAME.match(word)
    if match is None:
        return None
    ending = match.group("ending")
    # "Ахмадову" is "-ов" + "у"; "Ахмадовой" is "-ов" + "ой".
    for written, readings in _SURNAME_CASES:
        if written == ending:
            return match.group("stem"), readings
    return None


def surname_may_be_genitive(word: str) -> bool:
    """Whether a written surname may be in the genitive: "Тарамовой", "Бакаева" may,
    "Тарамову" may not; a surname outside the "-ов/-ев/-ин" paradigm may (unknown)."""
    readings = _surname(word)
    return readings is None or any(case == "gent" for _gender, case in readings[1])


def name_may_be_genitive(written: str) -> bool:
    """Whether a written name may be in the genitive: its "-ов/-ев/-ин" surname may, and so
    may its first name where there is one the dictionary reads ("Оксану Шевченко" may not:
    "Шевченко" does not decline, but "Оксану" is accusative)."""
    words = written.split()
    if not surname_may_be_genitive(words[-1]):
        return False
    first = _first_name_readings(words[0]) if len(words) > 1 else {}
    return not first or any(case == "gent" for _gender, case in first)


def _first_name_readings(word: str) -> dict[tuple[str, str], float]:
    """The (gender, case) readings of a first name, weighted: the dictionary's names first,
    else any noun (an unknown name's reading by its ending: "Хеду" as "Хеда"); a first name
    ending in a consonant that stays as written is a woman's (a man's would decline: "Айшат",
    not "Айшату"), read as hers in every case."""
    parses = russian.morphology().parse(word)
    named = [p for p in parses if "Name" in p.tag] or [p for p in parses if p.tag.POS == "NOUN"]
    readings: dict[tuple[str, str], float] = {}
    for parse in named:
        if parse.tag.gender in {"masc", "femn"} and parse.tag.case and parse.tag.number != "plur":
            key = (str(parse.tag.gender), str(parse.tag.case))
            readings[key] = readings.get(key, 0.0) + parse.score
    if _undeclined(word):
        return {("femn", case): 1.0 for case in ("nomn", "gent", "datv", "accs", "ablt", "loct")}
    return readings


@cache
def _undeclined(word: str) -> bool:
    """Whether a first name ending in a consonant is only ever read as written (its
    dictionary form, "Айшат"): a man's would decline ("Айшату"), so in an oblique name it is a
    woman's."""
    parses = [p for p in russian.morphology().parse(word) if p.tag.POS == "NOUN"]
    return (
        word[-1:].lower() not in _VOWELS
        and bool(parses)
        and all(p.tag.case == "nomn" for p in parses)
    )


def _agreements(written: str) -> list[tuple[float, tuple[str, str]]]:
    """The (gender, case) readings the first name and the "-ов/-ев/-ин" surname of
    ``written`` share, each weighted by the first name's reading; none where the name is not
    of that form."""
    words = written.split()
    if len(words) not in {2, 3} or not all(w[:1].isupper() for w in words):
        return []
    surname = _surname(words[-1])
    if surname is None:
        return []
    first = _first_name_readings(words[0])
    return [(first[reading], reading) for reading in surname[1] if reading in first]


def agreeing(written: str) -> tuple[str, str] | None:
    """The likeliest gender and case the words of ``written`` agree in, else None."""
    both = _agreements(written)
    return max(both, key=lambda pair: pair[0])[1] if both else None


def nominative(written: str, gender: str) -> str:
    """``written`` in the nominative of ``gender``: the first name by the dictionary, the
    surname by its paradigm ("Айшат Ахмадову" → "Айшат Ахмадова")."""
    words = written.split()
    surname = _surname(words[-1])
    if surname is None:
        return written
    stem = surname[0]
    first = [russian.nominative_word(w, gender) for w in words[:-1]]
    return " ".join([*first, stem + ("а" if gender == "femn" else "")])


def _verb_gender(words: list[str]) -> str:
    """The gender of a past-tense verb in the singular among ``words``, else ""."""
    for word in words:
        for parse in russian.morphology().parse(word.strip(",.:;!?—–-").lower())[:1]:
            if parse.tag.POS == "VERB" and parse.tag.tense == "past":
                return str(parse.tag.gender or "")
    return ""


def in_case(written: str, normal: str, before: str, after: str) -> str:
    """The normal form of a person's full name ``written``, given natasha's ``normal`` and the
    words right ``before`` and ``after`` it in its sentence.

    - A name the agreement of its words reads as the nominative stays as written where a
      past-tense verb next to it agrees ("Малика Титиева заявила", not "Малик Титиев").
    - A name natasha left in another case, whole or in part ("Оюба Титиева", "Мадину Исаев",
      "Айшат Ахмадову"), comes back in the nominative of the gender its words agree in.
    """
    both = _agreements(written)
    if not both:
        return normal
    nominatives = {gender for _weight, (gender, case) in both if case == "nomn"}
    # "Жена Александра Черкасова рассказала": the name after a kinship noun is in the
    # genitive, and the verb agrees with the wife, not with a woman's reading of the name.
    governed = any(
        russian.lemma(w.strip(",.:;—–-")) in KIN or _genitive_person(w) for w in before.split()[-1:]
    ) and not re.search(r"\bправа?м?\s+человека\s*$", before)  # "по правам человека": a post
    if nominatives and not governed:
        if normal == written:
            return normal  # natasha kept it, and it can be a nominative ("Айна Бакаева")
        # Only the verb after the name, and only where the name opens its clause: in
        # "Полиция задержала Александра Черкасова" the verb before agrees with its own
        # subject, and in "Адвокат Александра Черкасова заявила" or "Жалоба Руслана Мусаева
        # поступила" the noun before the name is the verb's subject, the name its genitive.
        verb = _verb_gender(after.split()[:1]) if opens_clause(before) else ""
        if verb in nominatives or _undeclined(written.split()[0]):
            return written
    first_left = normal.split()[0] == written.split()[0]
    # natasha read a man's name ("Руслану Алханову" → "Руслан Алханов") and both words allow
    # a man's oblique reading: the woman's homonym ("Руслана") must not outweigh it.
    mans = any(g == "masc" and c != "nomn" for _weight, (g, c) in both)
    # Unless a woman's nominative opening its clause outweighs every man's oblique reading:
    # "Луиза Дадаева из «Новой газеты» … сказала" ("Руслану Алханову" has no nominative
    # reading at all; "по словам Малика Титиева" is governed).
    best = max(both, key=lambda pair: pair[0])
    mans = mans and not (
        opens_clause(before)
        and best[1] == ("femn", "nomn")
        and best[0] > max(w for w, (g, c) in both if g == "masc" and c != "nomn")
    )
    if mans and _gender_of(normal) == "masc" and normal != written and not first_left:
        return normal
    if governed:
        both = [pair for pair in both if pair[1][1] != "nomn"] or both
    gender, case = max(both, key=lambda pair: pair[0])[1]
    if case == "nomn":
        # "заявила уполномоченный … Луиза Дадаева": as written, where natasha made the
        # likeliest reading, a woman's nominative, a man's genitive ("Луиз Дадаев"). Not for
        # a first name that never declines ("Альви Каримова"), which reads alike in every case.
        first = russian.morphology().parse(written.split()[0])
        declined = not any("Fixd" in p.tag for p in first)
        return written if declined and _gender_of(normal) not in {gender, ""} else normal
    if normal == written or first_left or _gender_of(normal) != gender:
        return nominative(written, gender)
    return normal


def _genitive_person(word: str) -> bool:
    """Whether a word is a person's noun that cannot be a nominative: a name right after it is
    in its case ("Мать журналиста Евгения Куликова": the journalist is Евгений Куликов)."""
    if not word[:1].islower():
        return False  # "Адвокат Заремы Исаевой Марина Дубровина": another person's name
    parses = russian.morphology().parse(word)
    return any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in parses) and not any(
        p.tag.case == "nomn" for p in parses
    )


# What may stand between a clause's start and a name that is the clause's subject.
_CLAUSE_START = re.compile(r"[.!?;:,\n«»\"“”„()—–]")
_CONJUNCTIONS = frozenset(
    "и а но или да что чтобы как когда если хотя ведь же также тоже затем потом".split()  # noqa: SIM905
)


def opens_clause(before: str) -> bool:
    """Whether nothing but a conjunction stands between the start of the clause and a name
    whose clause ``before`` is the text right before (the sentence's start, a comma, a dash,
    a colon, a quotation mark)."""
    words = _CLAUSE_START.split(before)[-1].split()
    return all(w.lower() in _CONJUNCTIONS for w in words)


# Kinship nouns: a name right after one is in the genitive, whose relative it is ("Жена
# Александра Черкасова", "Мать Зелимхана Ахмадова"), whatever the verb's gender.
KIN = frozenset(
    """
    жена мать мама дочь вдова сестра супруга бабушка тётя тетя племянница внучка невеста
    муж отец папа сын брат супруг дедушка дядя племянник внук
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def kin(word: str, *, next_to: bool) -> bool:
    """Whether a kinship noun before a name in another case than the nominative is the
    relative of the one named: always as a nominative singular ("Мать Зелимхана Ахмадова"),
    in any number and case right ``next_to`` the name ("по словам сестер Бакаева")."""
    return word.lower() in KIN or (next_to and russian.lemma(word) in KIN)


def _gender_of(name: str) -> str:
    """The gender a normalised name's surname shows: "-ова" a woman's, "-ов" a man's."""
    surname = _surname(name.split()[-1])
    if surname is None:
        return ""
    return "femn" if name.endswith("а") else "masc"


def in_cases(text: str, entities: list[russian.Entity]) -> list[russian.Entity]:
    """The entities with each person's full name in the nominative its words agree in."""
    found: list[russian.Entity] = []
    for e in entities:
        if e.kind == "PER" and " " in e.text:
            before = text[max(0, e.start - 40) : e.start]
            normal = _adjectival_nominative(
                e.text, in_case(e.text, e.normal, before, text[e.end : e.end + 40])
            )
            if found and _after_owner(text, found[-1], e):
                normal = e.text  # "мать Зелимхана Бакаева Айна Бакаева": hers, as written
            e = replace(e, normal=normal) if normal != e.normal else e
        found.append(e)
    return found


# An adjectival surname's oblique endings ("Манского", "Манскому", "Манским", "Политковскую"),
# by the gender they decline for ("-ой" a woman's: a man's is a nominative, "Трубецкой").
_ADJECTIVAL = re.compile(r"(?P<stem>[А-ЯЁ][а-яё-]+[сзц]к)(?P<ending>ого|ому|им|ом|ой|ую)")
_ADJECTIVAL_GENDERS = {
    "ого": "masc",
    "ому": "masc",
    "им": "masc",
    "ом": "masc",
    "ой": "femn",
    "ую": "femn",
}


def _adjectival_nominative(written: str, normal: str) -> str:
    """``normal`` with an adjectival surname natasha left as written ("Виталия Манского" →
    "Виталий Манского") in the nominative of the gender of the first name it did decline."""
    words, written_words = normal.split(), written.split()
    surname = _ADJECTIVAL.fullmatch(words[-1])
    if surname is None or words[-1] != written_words[-1] or words[0] == written_words[0]:
        return normal
    first = [p for p in russian.morphology().parse(words[0]) if "Name" in p.tag]
    gender = str(first[0].tag.gender) if first else ""
    ending = surname.group("ending")
    if gender not in {"masc", "femn"} or _ADJECTIVAL_GENDERS[ending] != gender:
        return normal
    return " ".join([*words[:-1], surname.group("stem") + ("ий" if gender == "masc" else "ая")])


def _after_owner(text: str, owner: russian.Entity, name: russian.Entity) -> bool:
    """Whether a full name that can be a nominative follows at once a name in another case
    after a noun in the nominative ("мать Зелимхана Бакаева Айна Бакаева"): the first is
    whose kin or role it is, and the second, the one holding it, is in the noun's case; no
    one's name holds two surnames. Not after a noun in another case ("по словам
    пресс-секретаря Кадырова Альви Каримова": all three in the genitive)."""
    noun = re.search(r"([А-ЯЁа-яё-]+)\s+$", text[max(0, owner.start - 40) : owner.start])
    return (
        owner.kind == "PER"
        and owner.normal != owner.text
        and not text[owner.end : name.start].strip()
        and noun is not None
        and russian.is_nominative(noun.group(1).lower(), noun=True)
        and any(case == "nomn" for _weight, (_gender, case) in _agreements(name.text))
    )


_CLAUSE_END = re.compile(r"[.!?;\n]")


def _clause_before(text: str, start: int) -> str:
    """The words between the sentence's start and a quotation a colon introduces, else ""."""
    before = text[max(0, start - 200) : start].rstrip(' «"“„')
    if not before.endswith(":"):
        return ""
    return _CLAUSE_END.split(before[:-1])[-1]


def told_by_nobody(text: str, start: int) -> bool:
    """Whether the clause introducing a quotation with a colon reports it with a speech verb
    in the plural and nobody in the nominative to agree with it: "На что ему ответили: «…»",
    "Ему сказали: «…»" (an indefinite-personal sentence: the one addressed is in the dative,
    and whoever spoke is not named). Not "В МВД ответили:" (the body in "в" spoke), nor
    "Родственники сказали:"."""
    words = re.findall(r"[А-ЯЁа-яё-]+", _clause_before(text, start))
    if not words or len(words) > 8:
        return False
    verbs = [
        parse
        for word in words
        for parse in russian.morphology().parse(word.lower())[:1]
        if parse.tag.POS == "VERB"
    ]
    if len(verbs) != 1 or verbs[0].tag.number != "plur" or not is_speech_verb(verbs[0].word):
        return False
    for word in words:
        if word.lower() in {"в", "во", "от", "из"}:
            return False  # a body or a source in a prepositional phrase
        parses = russian.morphology().parse(word.lower())
        parse = parses[0]
        if parse.tag.case == "nomn" and parse.tag.POS in {"NOUN", "NPRO", "ADJF", "PRTF"}:
            return False
        if word.lower() == "все" or any(_counted_or_people(p) for p in parses):
            return False  # "Двое задержанных", "Все трое", "Кадыровцы ответили": a group
        if word[:1].isupper() and word != words[0]:
            return False  # a name
    return True


def _counted_or_people(parse: object) -> bool:
    """Whether a reading is a numeral or a person's noun in the nominative, whatever reading
    comes first: "двое", "несколько", "Кадыровцы" (first read as a genitive singular)."""
    tag = parse.tag  # type: ignore[attr-defined]
    return tag.case == "nomn" and (
        tag.POS == "NUMR" or (tag.POS == "NOUN" and tag.animacy == "anim")
    )


def plural(role: str) -> bool:
    """Whether a role's head noun can only be a plural ("Правозащитники отметили"): a group,
    never the one person last named. The head is the first word read as a noun: an
    adjective before it ("известный правозащитник") has no noun reading and decides
    nothing."""
    for word in role.split():
        nouns = [p for p in russian.morphology().parse(word.lower()) if p.tag.POS == "NOUN"]
        if nouns:
            return all(p.tag.number == "plur" for p in nouns)
    return False


def plural_subject(tree: Tree, head: Token) -> bool:
    """Whether a noun is the subject of a plural verb and reads as a nominative plural:
    "Кадыровцы ответили", which pymorphy2 reads first as the genitive singular of a
    "кадыровца" it guesses at, is already in the nominative, as written."""
    verb = tree.by_index.get(head.head)
    if head.rel != "nsubj" or verb is None:
        return False
    verb_parses = russian.morphology().parse(verb.text.lower())[:1]
    if not any(p.tag.POS == "VERB" and p.tag.number == "plur" for p in verb_parses):
        return False
    return any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur"
        for p in russian.morphology().parse(head.text.lower())
    )
