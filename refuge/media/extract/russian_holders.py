"""A role's holder and its owner: "Пресс-секретарь Кадырова Альви Каримов ответил …".

The name in the genitive inside a role ("Кадырова") is what the role is of; the holder named
after it (or before it: "Альви Каримов, пресс-секретарь Кадырова,") is the sentence's subject,
and a later "он"/"она" continues the holder, never the owner: a spokesman's words are not the
leader's. The holder's gender is the verb's it agrees with ("Альви Каримов ответил"), where the
dictionary misreads a first name it knows ("Альви" as a woman's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from refuge.media.extract import russian

if TYPE_CHECKING:
    from refuge.media.extract.russian_people import People, Person

_ROLE_WORD = re.compile(r"[\w-]+")
_WORD = re.compile(r"[А-ЯЁа-яё][а-яё-]*")
_NAME_AT = re.compile(r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}")
_CLAUSE_END = re.compile(r"[.!?…;:,\n«»—–]")
# How far a role and its holder's name stand apart at most, in characters.
_REACH = 200


def in_a_role(people: People, at: int, text: str) -> bool:
    """Whether the name at ``at`` is part of the role the article gave someone else, before
    or after their name: "пресс-секретарь Кадырова Альви Каримов", "Альви Каримов,
    пресс-секретарь Кадырова," (Kadyrov is what the role is of, not a person in view)."""
    for person in people.people:
        for role in person.roles:
            if role.at == at or abs(role.at - at) > _REACH:
                continue
            words = _ROLE_WORD.findall(role.text)
            if not words:
                continue
            pattern = r"\W*".join(re.escape(w) for w in words)
            before = re.search(rf"(?:{pattern})\W*$", text[max(0, role.at - _REACH) : role.at])
            if before and role.at - len(before.group(0)) <= at < role.at:
                return True
            after = re.search(pattern, text[role.at : role.at + _REACH])
            if after and role.at + after.start() <= at < role.at + after.end():
                return True
    return False


def _agreeing(text: str, at: int) -> str:
    """The gender ("m", "f") of the past-tense verb right after the subject named at ``at``,
    within its clause ("Альви Каримов ответил"), else ""."""
    name = _NAME_AT.match(text, at)
    if name is None:
        return ""
    stop = _CLAUSE_END.search(text, name.end())
    for word in _WORD.findall(text, name.end(), stop.start() if stop else len(text))[:3]:
        parse = russian.morphology().parse(word.lower())[0]
        if parse.tag.POS == "VERB":
            return {"masc": "m", "femn": "f"}.get(str(parse.tag.gender), "")
    return ""


def subject_gender(person: Person, text: str, before: int, spelled: str) -> str:
    """A person's gender as the verbs they were the subject of before ``before`` agree, where
    all that do agree alike; else ``spelled``, the gender the name's spelling gave."""
    agreed = {_agreeing(text, at) for at in person.subject_at if at < before} - {""}
    return agreed.pop() if len(agreed) == 1 else spelled


def latest_subject_at(people: People, before: int, gender: str) -> tuple[int, Person] | None:
    """Where and who the latest subject of ``gender`` before ``before`` is, the gender read
    from the verbs a person agrees with before their name's spelling."""
    best: tuple[int, Person] | None = None
    for person in people.people:
        spelled = russian.name_gender(person.name)
        if gender and subject_gender(person, people.text, before, spelled) not in {"", gender}:
            continue
        at = max((a for a in person.subject_at if a < before), default=-1)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, person)
    return best
