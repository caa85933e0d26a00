"""The person a definite description stands for, found by the words that introduced them.

"Valeri Valo, a Facebook user, has explained. “…” the user has written": the article's
memory met no "user", because the name came in a clause it does not read, yet the text says
plainly whose description it is. This is the last resort for an English "the …" no rule
resolved; it reads the text before the quotation, nearest introduction first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from refuge.media import lexicon
from refuge.media.extract.speakers import Speaker, org_in

# Two or three capitalised words on one line: a person's name as the text gives it; not a
# time or place opening a sentence ("On Monday, the Committee to Protect Journalists").
_NAME = (
    r"(?!(?:On|In|At|By|For|From|After|Since|During)\s)[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2}"
)
# "the user", "the Russian MP", "the 34-year-old activist": a head after at most two words.
# Not a description of something the person belongs to or works for ("the head of …").
_DESCRIPTION = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}?(?P<head>[A-Za-z]{2,})")
# Heads that name no person, or a person no introduction settles.
_NOT_PEOPLE = {"court", "statement", "report", "agency", "ministry", "group", "man", "woman"}
# Words that set one of a group apart from the one named: "the other lawyer".
_ANOTHER_ONE = {"other", "another", "second", "third", "first", "new", "fellow", "remaining"}


def introduced_as(role: str, before: str) -> Speaker | None:
    """Return the one person ``before`` introduced with the head of ``role``, by an
    apposition ("Valeri Valo, a Facebook user,") or a title ("MP Adam Delimkhanov").

    Only where the head names no one else: not after two so introduced, nor where the text
    also uses it of someone unnamed ("Austria's chancellor also spoke out"); and the
    description's other words are the introduction's ("the police spokesman" is not "Putin's
    spokesman").
    """
    description = _DESCRIPTION.fullmatch(role.strip())
    if description is None:
        return None
    head = description.group("head")
    if head.lower() in _NOT_PEOPLE:
        return None
    # An acronym keeps its case ("MP"), a word may open a sentence ("Lawmaker …").
    wanted = re.escape(head) if head.isupper() else f"(?i:{re.escape(head)})"
    # "Bilan Dzugaev, one of the advocates,": one of those the head names.
    one_of = rf"[Oo]ne\s+of\s+(?:the|his|her|their)\s+(?:[\w’'-]+\s+){{0,2}}?{wanted}e?s"
    described = rf"(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){{0,4}}?{wanted}"
    apposed = rf"(?P<apposed>{_NAME}),\s+(?:(?P<one_of>{one_of})|{described})\b"
    titled = rf"(?<![\w-]){wanted}\s+(?P<titled>{_NAME})"
    # "One of the bloggers, Zavqibek Saidamini,": the group first.
    fronted = rf"{one_of},\s+(?P<fronted>{_NAME})"
    introductions = list(re.finditer(f"{apposed}|{titled}|{fronted}", before))
    names = {m.group("apposed") or m.group("titled") or m.group("fronted") for m in introductions}
    if len(names) != 1:
        return None
    mentions = re.finditer(rf"(?<![\w-]){wanted}(?![\w-])", before)
    if any(not any(m.start() <= w.start() < m.end() for m in introductions) for w in mentions):
        return None
    # One of a group may be called back by what sets them apart: "Zavqibek Saidamini, one of
    # the bloggers," is "the video blogger" after.
    last = introductions[-1]
    qualifiers = role.split()[1:-1]
    if last.group("one_of") or last.group("fronted"):
        if any(q.lower() in _ANOTHER_ONE for q in qualifiers):
            return None  # "the other lawyer" after "X, one of the lawyers": not X
        qualifiers = []
    if any(q.lower() not in last.group(0).lower() for q in qualifiers):
        return None
    return Speaker(names.pop(), role)


# "The girl complained …" after "Liya Zaurbekova … said": the one woman the article named.
# Not "the man": in this coverage he is most often a detainee the article leaves unnamed.
_PLAIN_PERSON = re.compile(r"[Tt]he\s+(?:young\s+)?(?P<noun>girl|woman)")


def the_one_of_gender(
    role: str, before: str, people: list[Speaker], gender: Callable[[str], str]
) -> Speaker | None:
    """Return the one woman ``people`` holds by full name for "the girl" or "the woman",
    where the text introduced no one else so ("a woman", "one girl"), else None."""
    plain = _PLAIN_PERSON.fullmatch(role.strip())
    if plain is None:
        return None
    noun = plain.group("noun")
    if re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,2}}{noun}\b", before):
        return None
    full = {p.name for p in people if " " in p.name and gender(p.name) == "f"}
    return Speaker(full.pop(), role) if len(full) == 1 else None


# People a body's name qualifies, whom "the experts" or "the monitors" may mean.
_MEMBERS = (
    "experts|researchers|investigators|monitors|observers|officials|rapporteurs|inspectors|"
    "diplomats|envoys|lawmakers|parliamentarians|delegates|prosecutors"
)


_LETTERS = re.compile(r"[A-Z]{2,6}")  # a body's letters: "UN", "OSCE"


def members_of_body(role: str, before: str) -> Speaker | None:
    """Return the last body's members ``before`` names with the noun of ``role``: "the
    experts" after "United Nations experts demanded …" (or "UN experts": a body's letters)."""
    plural = re.fullmatch(rf"[Tt]he\s+(?P<noun>{_MEMBERS})", role.strip())
    if plural is None:
        return None
    named = None
    for found in re.finditer(
        rf"(?<![\w’'-])(?P<body>(?:[A-Z][\w’'-]*[^\S\n]+){{1,4}}?)(?:[a-z-]+[^\S\n]+){{0,2}}"
        rf"{plural.group('noun')}\b",
        before,
    ):
        # "On Monday Human Rights Watch researchers", "Later UN experts": from the body's name.
        words = found.group("body").split()
        listed = org_in(" ".join(words))
        while len(words) > 1 and (
            org_in(" ".join(words[1:])) == listed if listed else not _LETTERS.fullmatch(words[0])
        ):
            words.pop(0)
        if listed or _LETTERS.fullmatch(words[0]):
            at = found.start() + found.group(0).index(" ".join(words))
            named = (before[at : found.end()], listed or words[0])
    return Speaker(role=named[0], affiliation=named[1]) if named else None


def spoke_in(paragraph: str, surname: str) -> bool:
    """Whether a paragraph has a surname speaking: "says Halina Dzerbysh", "Dzerbysh said"."""
    speech, name = lexicon.SPEECH_VERBS_EN, re.escape(surname)
    return bool(
        re.search(
            rf"\b(?:{speech})\s+(?:\w+\s+){{0,3}}{name}\b|\b{name}\s+(?:{speech})\b", paragraph
        )
    )
