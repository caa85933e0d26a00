"""What a role the article's memory holds says: whether words are a role, whether someone
named carries it, whether it is a person's; and the witnesses named by a changed name. Moved out
of memory.py, which had reached the 600-line limit."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from refuge.media import lexicon
from refuge.media.extract.org_aliases import org_name
from refuge.media.extract.person_names import is_person_name
from refuge.media.extract.wording import PSEUDONYM

if TYPE_CHECKING:
    from refuge.media.extract.speakers import Speaker


def is_role(words: str) -> bool:
    return re.fullmatch(lexicon.ROLE_WORDS, words.lower()) is not None


def carried(role: str, people: list[Speaker]) -> bool:
    """Whether someone named carries the head of ``role`` in their own."""
    head = role.split()[-1].lower()
    return any(p.name and head in p.role.lower().split() for p in people)


def is_people_role(role: str) -> bool:
    return bool(re.search(lexicon.ROLE_WORDS, role, re.I)) and org_name(role) != role


def apart(role: str, who: str) -> bool:
    """Whether the parse's role is no misreading of the words naming the speaker (no word)."""
    return bool(role) and not set(role.lower().split()) & set(who.lower().split())


def changed_names(text: str) -> list[str]:
    """Return the names ``text`` notes were changed: witnesses ("Aydamir (all names have been
    changed) was detained"), not the place before such a note ("in Argun (names changed)")."""
    return [
        match.group("who")
        for match in PSEUDONYM.finditer(text)
        if is_person_name(match.group("who"))
        and not re.search(r"\b(?:in|at|from|to|near|в|из)\s+$", text[: match.start()])
    ]
