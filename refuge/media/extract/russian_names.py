"""Russian personal names as the ledger groups them: a patronymic or second initial left out,
a surname folded across genders, two first names compared (moved out of russian_people.py,
which reached the 600-line limit)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from refuge.media.extract import russian, russian_case
from refuge.media.extract.parse_tree import Token

INITIAL = re.compile(r"[А-ЯЁA-Z]\.")


@lru_cache(maxsize=1 << 12)
def is_patronymic(word: str) -> bool:
    return any("Patr" in p.tag for p in russian.morphology().parse(word))


def fold(surname: str) -> str:
    """One key for a surname in either gender ("Бакаев"/"Бакаева") and in Latin letters' case."""
    lowered = surname.lower()
    return lowered[:-1] if lowered.endswith(("ова", "ева", "ина", "ына")) else lowered


def first_names_agree(a: str, b: str) -> bool:
    """Two names of one surname are one person unless both give different first names ("Р."
    is the initial of "Рамзан")."""
    first_a, first_b = a.split()[:-1], b.split()[:-1]
    if not first_a or not first_b:
        return True
    length = 1 if INITIAL.match(first_a[0]) or INITIAL.match(first_b[0]) else 3
    return first_a[0][:length].lower() == first_b[0][:length].lower()


def without_patronymic(name: str) -> str:
    """A name without its patronymic or a second initial ("Рамзан Ахматович Кадыров", "Т. Н.
    Москалькова"): agency copy gives them on first mention only, and the ledger groups a
    speaker's statements by name."""
    words = name.split()
    if len(words) != 3 or not (is_patronymic(words[1]) or INITIAL.fullmatch(words[1])):
        return name
    return f"{words[0]} {words[2]}"


def oblique_first_names(entities: list[russian.Entity]) -> list[russian.Entity]:
    """A first name alone in the case an earlier full name wrote it ("Оюба Титиева … Оюба
    отвезли"), which natasha leaves as written, as that full name: its case is not the
    nominative, so the register does not take it for a sentence's subject."""
    oblique: dict[str, set[str]] = {}
    for e in entities:
        words, seen = e.normal.split(), e.text.split()
        if e.kind == "PER" and len(words) > 1 and len(seen) == len(words) and words[0] != seen[0]:
            oblique.setdefault(seen[0], set()).add(e.normal)
    if not oblique:
        return entities
    return [
        replace(e, normal=next(iter(oblique[e.text])))
        if e.kind == "PER" and e.text == e.normal and len(oblique.get(e.text, ())) == 1
        else e
        for e in entities
    ]


# A man's genitive surname ("Кадырова"), then a surname in the nominative, a man's or a woman's.
_GENITIVE_SURNAME = re.compile(r"[А-ЯЁ][а-яё-]+(?:ова|ева|ёва|ина|ына)")
_NOMINATIVE_SURNAME = re.compile(r"[А-ЯЁ][а-яё-]+(?:ов|ев|ёв|ин|ын)а?")
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё-]+)\s+$")


def owners_apart(text: str, entities: list[russian.Entity]) -> list[russian.Entity]:
    """A role's owner and its holder natasha tagged as one name ("пресс-секретарь Кадырова
    Ахмади Алиев", where it does not know "Ахмади"), as two: the surname in the genitive
    right after a noun, then a first name and a surname ("вдова Бакаева Мадина Исаева"): no
    one's name holds two surnames. Not a name written surname first ("Кадырова Рамзана
    Ахматовича" ends in a patronymic)."""
    entities = kin_apart(text, entities)
    apart: list[russian.Entity] = []
    for index, e in enumerate(entities):
        words = e.text.split()
        before = _WORD_BEFORE.search(text[max(0, e.start - 40) : e.start])
        after = entities[index + 1] if index + 1 < len(entities) else None
        if (
            len(words) == 1
            and e.kind == "PER"
            and e.text == e.normal
            and _GENITIVE_SURNAME.fullmatch(e.text)
            and _holder_next(text, e, after)
            and before is not None
            and russian.part_of_speech(before.group(1).lower()) == "NOUN"
        ):
            # "Вдова Бакаева Мадина Исаева": natasha's woman "Бакаева" is the man the widow
            # was married to, in the genitive; no one's name holds two surnames.
            apart.append(replace(e, normal=russian.nominative_word(e.text, "masc")))
            continue
        if (
            e.kind == "PER"
            and len(words) == 3
            and _GENITIVE_SURNAME.fullmatch(words[1])
            and _first_name(words[2])
            and before is not None
            and _kin(before.group(1))
        ):
            # "Мать Зелимхана Бакаева Айна": the owner's name in the genitive, then the
            # holder's first name alone.
            holder = e.start + e.text.rindex(words[2])
            owner = e.text[: holder - e.start].rstrip()
            normal = russian.normal_name(owner)
            apart.append(replace(e, end=e.start + len(owner), text=owner, normal=normal))
            apart.append(replace(e, start=holder, text=words[2], normal=words[2]))
            continue
        if (
            e.kind != "PER"
            or len(words) != 3
            or not _GENITIVE_SURNAME.fullmatch(words[0])
            or not _NOMINATIVE_SURNAME.fullmatch(words[2])
            or is_patronymic(words[2])
            # "Адвокат Марина Ивановна Дубровина": a first name and a patronymic, one woman.
            or is_patronymic(words[1])
            or _first_name(words[0])
            or before is None
            or russian.part_of_speech(before.group(1).lower()) != "NOUN"
        ):
            apart.append(e)
            continue
        holder = e.start + e.text.index(words[1], len(words[0]))
        owner = russian.nominative_word(words[0], "masc")
        apart.append(replace(e, end=e.start + len(words[0]), text=words[0], normal=owner))
        apart.append(
            replace(
                e, start=holder, text=e.text[holder - e.start :], normal=e.text[holder - e.start :]
            )
        )
    return apart


_KIN_WORD = re.compile(r"([А-ЯЁа-яё]+)\s+")


def _kin(word: str) -> bool:
    """Whether a word is a kinship noun in any number and case ("Сестры", "братьев")."""
    return russian.lemma(word) in russian_case.KIN


def owner_of_kin(noun: Token, name: Token) -> bool:
    """Whether a name right after a kinship noun is whose kin they are, whatever the case of
    both ("по словам сестер Бакаева" are Bakaev's sisters' words, not his)."""
    return name.index == noun.index + 1 and _kin(noun.text)


def kin_apart(text: str, entities: list[russian.Entity]) -> list[russian.Entity]:
    """The names after a kinship noun as whose kin they are ("Сестры Бакаева рассказали"):
    natasha tags a kinship noun opening a sentence as a first name ("Сестра Бакаев"), and a
    man's genitive surname after one as a woman's ("Мать Бакаева" is Bakaev's mother)."""
    apart: list[russian.Entity] = []
    for e in entities:
        kin = _KIN_WORD.match(e.text)
        if e.kind == "PER" and kin and _kin(kin.group(1)):
            rest = e.text[kin.end() :]
            e = replace(e, start=e.start + kin.end(), text=rest, normal=russian.normal_name(rest))
        before = _WORD_BEFORE.search(text[max(0, e.start - 40) : e.start])
        if (
            e.kind == "PER"
            and e.text == e.normal
            and _GENITIVE_SURNAME.fullmatch(e.text)
            and before is not None
            and _kin(before.group(1))
        ):
            e = replace(e, normal=russian.nominative_word(e.text, "masc"))
        apart.append(e)
    return apart


def _first_name(word: str) -> bool:
    """Whether a word reads first as a first name ("Марина", "Екатерина"), which the surname
    pattern would take for a man's genitive "-ина" (not "Ильина", first a surname)."""
    return "Name" in russian.morphology().parse(word)[0].tag


def _holder_next(text: str, owner: russian.Entity, after: russian.Entity | None) -> bool:
    """Whether a first name and a surname, written as a nominative, follow ``owner`` at once."""
    if after is None or after.kind != "PER" or after.text != after.normal:
        return False
    words = after.text.split()
    return (
        len(words) == 2
        and not text[owner.end : after.start].strip()
        and bool(_NOMINATIVE_SURNAME.fullmatch(words[1]))
        and not is_patronymic(words[1])
    )


def name_tokens(
    phrase: list[Token], head: Token, names: list[Token], people: list[russian.Entity]
) -> list[Token]:
    """The words of the name in a speaker's noun phrase, in order: those the parse chained
    as ``names``, else a full name in the nominative closing a role of someone else's ("вдова
    Бакаева Мадина Исаева", "сестра убитого Ахмед Ахмедов", where the parser hangs the name
    from the owner); with every word of a name natasha found ("брат Исаевой Магомед Исаев",
    the surname hung from the owner, is not the role's)."""
    names = names or _holder_after_owner(phrase, head, people)
    found = [p for p in people if any(p.start <= t.start < p.end for t in names)]
    names = names + [t for t in phrase if any(p.start <= t.start < p.end for p in found)]
    return sorted({t.index: t for t in names}.values(), key=lambda t: t.index)


def _holder_after_owner(
    phrase: list[Token], head: Token, people: list[russian.Entity]
) -> list[Token]:
    """The words of a first name and a surname, written as a nominative, that end ``phrase``
    after its head noun and at least one word of whom the head is ("вдова Бакаева",
    "сестра убитого"): a genitive owner's name is never the nominative natasha left as is."""
    words = sorted((t for t in phrase if t.text[:1].isalnum()), key=lambda t: t.index)
    if not words or words[0] is not head:
        return []
    for person in people:
        inside = [t for t in words if person.start <= t.start < person.end]
        if (
            # A full name, or a first name alone ("мать Зелимхана Бакаева Лейла").
            (len(person.text.split()) >= 2 or _first_name(person.text))
            and person.text == person.normal
            and inside
            and inside[-1] is words[-1]
            and words.index(inside[0]) >= 2
            and person.start >= inside[0].start
        ):
            return inside
    return []
