"""Organisations' aliases, longest first, the patterns that look for each alias alone, and the
body or outlet a text names (moved out of speakers.py, which had reached the 600-line limit).

Those patterns are compiled once, here. Written inline (``re.search(rf"…{alias}…")`` in a loop
over the aliases), they were about 150 patterns an article put through ``re``'s own cache,
which keeps 512 and drops the oldest: with every other pattern of an extraction that cache
overflowed, and an article in the other language found most patterns dropped and compiled
them again (a twentieth of the CPU time over the development set).
"""

from __future__ import annotations

import re
from functools import cache

from refuge.media import lexicon

ORG_ALIASES = sorted(
    ((alias, name) for name, aliases in lexicon.ORGANISATIONS.items() for alias in aliases),
    key=lambda pair: -len(pair[0]),
)


@cache
def org_labels() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each alias as a whole speaker label ("the HRW", "Memorial says"), with its organisation,
    longest first; not the aliases that are also people's ("Кадыров")."""
    return tuple(
        (re.compile(rf"(?:the\s+)?{re.escape(alias)}(?:\s+(?:said|says))?", re.I), name)
        for alias, name in ORG_ALIASES
        if alias not in lexicon.PERSON_ALIASES
    )


@cache
def body_mentions() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each alias of a body that is not an outlet, as a whole word, with its organisation; not
    the aliases that are also people's."""
    return tuple(
        (re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)"), name)
        for alias, name in ORG_ALIASES
        if name not in lexicon.OUTLETS and alias not in lexicon.PERSON_ALIASES
    )


def alternation(aliases: list[str]) -> re.Pattern[str]:
    """Return one pattern for whole-word aliases, the longest first at any position; not the
    first word of an English adjective ("the Kremlin-critical newspaper" names no Kremlin)."""
    ordered = sorted(set(aliases), key=lambda alias: -len(alias))
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w]|-[a-z])")


_NAME_OF = dict(ORG_ALIASES)
_BODIES = alternation([a for a, name in ORG_ALIASES if name not in lexicon.OUTLETS])
_OUTLETS = alternation([a for a, name in ORG_ALIASES if name in lexicon.OUTLETS])
_BODIES_NOT_PEOPLE = alternation(
    [
        a
        for a, name in ORG_ALIASES
        if name not in lexicon.OUTLETS and a not in lexicon.PERSON_ALIASES
    ]
)


def canonical_name(alias: str) -> str:
    """The listed name of the body or outlet ``alias`` is written for ("ПАСЕ": "PACE"), or ""."""
    return _NAME_OF.get(alias, "")


def org_in(text: str, *, outlets: bool = False) -> str:
    """Return the first organisation named in ``text`` (by position)."""
    match = (_OUTLETS if outlets else _BODIES).search(text)
    return _NAME_OF[match.group(0)] if match else ""


def last_org_before(text: str) -> str:
    return last_org_mention(text)[1]


def last_org_mention(text: str) -> tuple[int, str]:
    """Return where the last listed body ``text`` names is named, and its canonical name
    ("the EU" is the European Union, named where "the EU" stands), or (-1, "")."""
    last = (-1, "")
    for match in _BODIES.finditer(text):
        # "внес Рамзана Кадырова в список": a person named in full, not the government.
        named_in_full = match.group(0) in lexicon.PERSON_ALIASES and _FIRST_NAME_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        )
        # "жену главы Чечни", "Kadyrov's nephew": the leader's family, not his government.
        family = _KIN_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if not (named_in_full or family or _KIN_AFTER.match(text, match.end())):
            last = (match.start(), _NAME_OF[match.group(0)])
    return last


_FIRST_NAME_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][a-zа-яё]+\s+$")
_KIN_BEFORE = re.compile(
    r"(?<![\w-])(?:жен[аыуе]|доч(?:ь|ери|ерей)|сын(?:а|у|ом|овья|овей)?|брат(?:а|у|ом|ья|ьев)?"
    r"|племянник(?:а|у|ом|и|ов)?|двоюродн\w+\s+брат\w*|родственник(?:а|у|ом|и|ов)?)\s+$",
    re.I,
)
_KIN_AFTER = re.compile(
    r"\s+(?:wife|daughters?|sons?|brothers?|nephews?|cousins?|relatives?|family)\b", re.I
)


def last_outlet_before(text: str) -> str:
    return last_outlet_in(text)[0]


def last_outlet_in(text: str) -> tuple[str, int]:
    """The last outlet ``text`` names, by its listed name, and where its words end (-1: none)."""
    found = list(_OUTLETS.finditer(text))
    return (_NAME_OF[found[-1].group(0)], found[-1].end()) if found else ("", -1)


def org_name(text: str) -> str:
    """Return the organisation named in ``text``, not counting aliases that name a person."""
    match = _BODIES_NOT_PEOPLE.search(text)
    return _NAME_OF[match.group(0)] if match else ""
