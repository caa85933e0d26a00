"""The roles a Russian article gives a name, read from the words around it with pymorphy2.

A role is the noun phrase before a name from its role noun on, in the name's case and with no
verb between ("пресс-секретарь Кремля Дмитрий Песков"; in "пресс-секретарь главы Чечни Рамзана
Кадырова" only "главы Чечни" is Kadyrov's), or in apposition after it ("Кадыров, глава
республики,"), with its head noun's lemma and the lemmas of what it is of ("Чечни", "ЧР" and
"республики" are one place). Reading a role needs only the words and the dictionary, never the
article's other people, so it stands apart from the register that folds the people and decides
who holds a role (russian_people.py), and the modules the register calls (russian_documents.py,
russian_reference.py) read words and roles here without importing the register. Moved out of
russian_people.py, which had reached the 600-line limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from refuge.media import lexicon
from refuge.media.extract import russian, russian_case, syntax

# Nouns naming a role a person can be introduced by ("координатор сети", "тётя Айшат"): the
# lexicon's Russian role words and more.
ROLE_LEMMAS = frozenset(w for w in lexicon.ROLE_WORDS.split("|") if not w.isascii()) | frozenset(
    """
    замминистра координатор председатель зампредседателя президент лидер политик депутат спикер
    член основатель основательница главред редактор корреспондент исследователь помощник помощница
    исследовательница сотрудник сотрудница заместитель мэр посол прокурор генпрокурор советник
    следователь судья экс-судья эксперт муфтий начальник командир премьер вице-премьер чиновник
    чиновница блогер певец певица тётя дядя подруга жена муж сын дочь защитник защитница советница
    парламентарий сенатор канцлер госсекретарь генсек генсекретарь комиссар докладчик
    спецдокладчик премьер-министр губернатор дипломат
    """.split()  # noqa: SIM905 - a word list reads best as words
)

# What a role is of, in words that name one place or body ("Чечни", "ЧР", "республики").
_SAME_PLACE = (
    frozenset({"чечня", "чр", "чеченский", "республика", "регион", "грозный", "кадыров"}),
    frozenset({"кремль", "путин", "президент", "рф", "россия", "российский", "государство"}),
    frozenset({"госдума", "дума"}),
)

# Prepositions, conjunctions and possessives: words that never say what a role is of.
STOP_WORDS = frozenset(
    """
    в во на по из от до для при с со к ко о об у за над под и а его её ее их свой своей своего
    """.split()  # noqa: SIM905 - a word list reads best as words
)
POSSESSIVE_WORDS = frozenset(syntax.POSSESSIVES)  # "его пресс-секретарь"
# A word, or a short title in guillemets read as one word ("«Новой газете»").
WORD = re.compile(r"[А-ЯЁа-яёA-Za-z][\w-]*|«[^»]{1,40}»")
_BOUNDARY = re.compile(r"[.!?;:()\n—–]")
_ABBREVIATED = re.compile(r"\(([А-ЯЁA-Z]{2,8})\)")
# A verb, an infinitive, a short participle or a gerund ends a role: the words after it are
# another clause's.
VERBAL_TAGS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


@dataclass(frozen=True)
class _Word:
    lemma: str
    pos: str
    cases: frozenset[str]  # every case the dictionary allows it
    case: str  # the likeliest
    animate: bool
    first_name: bool  # "Александру", "Сергею"


@lru_cache(maxsize=1 << 16)
def read_word(word: str) -> _Word:
    """One word's lemma, part of speech and cases (pymorphy2), each word parsed once."""
    parses = russian.morphology().parse(word.lower())
    if not parses:
        return _Word(word.lower(), "", frozenset(), "", False, False)
    tag = parses[0].tag
    return _Word(
        str(parses[0].normal_form),
        str(tag.POS or ""),
        frozenset(str(p.tag.case) for p in parses if p.tag.case),
        str(tag.case or ""),
        tag.animacy == "anim",
        "Name" in tag,
    )


@dataclass
class Role:
    at: int
    text: str
    head: str  # the role noun's lemma
    of: frozenset[str]  # the lemmas of what the role is of
    proper: frozenset[str] = frozenset()  # those of them that are names: places, bodies
    possessive: bool = False  # "его пресс-секретарь"

    def fits(self, wanted: Role) -> bool:
        """Whether this role can be the one ``wanted`` describes: what both say it is of
        overlaps, and no two names disagree ("в России" is not "в ЧР"); a body's abbreviation
        is the body ("глава СПЧ" is "председатель Совета по правам человека")."""
        if wanted.proper and self.proper and not wanted.proper & self.proper:
            return any(_abbreviates(word, self.text) for word in WORD.findall(wanted.text))
        return not wanted.of or not self.of or bool(self.of & wanted.of)


def _abbreviates(word: str, role: str) -> bool:
    """Whether ``word`` is an abbreviation of the body a role is of, prepositions aside, from
    a word in capitals: "СПЧ" of "председатель Совета по правам человека при президенте", not
    of "сотрудник полиции Чечни" (the role noun is no body's)."""
    if not re.fullmatch(r"[А-ЯЁ]{3,6}", word):
        return False
    words = [w for w in WORD.findall(role)[1:] if w.lower() not in _PREPOSITIONS]
    initials = "".join(w[0] for w in words)
    at = initials.upper().find(word)
    return at >= 0 and words[at][:1].isupper()


_PREPOSITIONS = frozenset({"по", "при", "в", "во", "на", "за", "для", "и", "с", "со", "о", "об"})


def _lemmas(word: str) -> set[str]:
    bare = word.strip("«»").split()[0] if word.strip("«»") else ""
    if not bare or bare.lower() in STOP_WORDS:
        return set()
    found = set()
    # "ЛГБТ-сети" is also a "сеть"; "Чечни", "ЧР" and "республики" are one place.
    for part in {bare, bare.rsplit("-", 1)[-1]}:
        lemma = read_word(part).lemma
        found.add(next((min(group) for group in _SAME_PLACE if lemma in group), lemma))
    return found


def _of(words: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of what a role is of, and those of them written as names."""
    every: set[str] = set()
    proper: set[str] = set()
    for word in words:
        lemmas = _lemmas(word)
        every |= lemmas
        if word[:1].isupper() or word.startswith("«"):
            proper |= lemmas
    return frozenset(every), frozenset(proper)


def read_role(words: list[str]) -> Role | None:
    """Return the role ``words`` name, from their first role noun on ("глава Чечни")."""
    for index, word in enumerate(words):
        head = read_word(word).lemma if not word.startswith("«") else ""
        if head in ROLE_LEMMAS:
            if "nomn" not in read_word(word).cases and any(
                read_word(w).pos == "NOUN" for w in words[:index]
            ):
                return None  # "Коллега правозащитника …": the role is the colleague's noun's
            of, proper = _of(words[index + 1 :])
            return Role(0, " ".join(words[index:]), head, of, proper)
    return None


def name_cases(entity: russian.Entity) -> frozenset[str]:
    """The cases a name can be in: the nominative where natasha's normal form is the name as
    written, else those its last word allows but the nominative ("Милашину": accusative)."""
    if entity.text == entity.normal:
        return frozenset({"nomn"})
    return read_word(entity.text.split()[-1]).cases - {"nomn"} or frozenset({"gent"})


def role_before_name(text: str, start: int, cases: frozenset[str]) -> Role | None:
    """The noun phrase right before a name that opens with a role noun in the name's case,
    no verb between: "пресс-секретарь главы Чечни Альви Каримов" is his role, but in
    "пресс-секретарь главы Чечни Рамзана Кадырова" only "главы Чечни" is Kadyrov's."""
    # A body's abbreviation in brackets is part of the title ("председатель Совета … (СПЧ)").
    stretch = _ABBREVIATED.sub(r" \1 ", text[max(0, start - 160) : start])
    window = _BOUNDARY.split(stretch)[-1]
    words = WORD.findall(window)[-16:]
    best = None
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.startswith("«"):
            continue
        read = read_word(word)
        if read.pos in VERBAL_TAGS:
            break
        if word[:1].isupper() and read.first_name and cases & read.cases:
            # "главе СК Александру Бастрыкину, … главы СУ Сергею Соколову": another name in
            # the same case is another's; "главы Чечни Рамзана Кадырова Альви Каримов" is not.
            break
        if word.lower() == "главе" and words[index - 1 : index] in (["во"], ["Во"]):
            break  # "группа во главе с Зиядом Сабсаби" is led by him: no "глава" of anything
        if read.lemma in ROLE_LEMMAS:
            # "Мать Зелимхана Ахмадова": the relative of the one named, not him; so too before
            # the named one's role ("брата журналистки Аноры Саркоровой").
            if "nomn" not in cases and russian_case.kin(
                word, next_to=index == len(words) - 1 or best is not None
            ):
                break
            if cases & read.cases:
                best = index
            elif "nomn" not in cases:
                break  # a role in another case is someone else's ("пресс-секретарь главы …")
    if best is None:
        return None
    role = read_role(words[best:])
    if role is not None and best and words[best - 1].lower() in POSSESSIVE_WORDS:
        role.possessive = True
    return role


def role_after_name(text: str, end: int, cases: frozenset[str]) -> Role | None:
    """A role in apposition, in the name's case and up to a verb: "Кадыров, глава
    республики,", "Каримов — пресс-секретарь …"; not "с Кадыровым, глава республики сказал",
    where the role is the next clause's subject."""
    match = re.match(r"\s*(?:,|—|–|-)\s+([^,.;:!?()\n—–]{3,80})", text[end:])
    if match is None:
        return None
    words = WORD.findall(match.group(1))[:6]
    verb = next(
        (i for i, word in enumerate(words) if read_word(word).pos in VERBAL_TAGS), len(words)
    )
    words = words[:verb]
    # A role word may be an adjective used as a noun: "уполномоченный по правам человека".
    if (
        not words
        or not russian.is_nominative(words[0], noun=read_word(words[0]).lemma not in ROLE_LEMMAS)
        or not cases & read_word(words[0]).cases
    ):
        return None
    role = read_role(words)
    return role if role is not None and role.text.split()[0] == words[0] else None
