"""Whom a description by a newcomer's noun ("the survivor said", "the 28-year-old told") means
where the sentence before it names one person only: that person ("Maxim Lapunov was held for
twelve days. “…,” the survivor said"). Moved out of discourse.py, which had reached the
600-line limit."""

from __future__ import annotations

import re
from collections.abc import Callable

from refuge.media.extract.english_reference import surname_mention
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.speakers import Speaker
from refuge.media.extract.wording import NAME

# A phrase of time opening a sentence before its subject, for an age: "Since then, however,
# she has faced …. “…,” the 28-year-old told" (not "According to one victim, he …").
_OPENING_PHRASE = (
    r"(?:(?:Since|After|Before|Later|Then|Now|Soon|In|On|During|Today|Earlier|Still|But|However)"
    r"\b[^,.]{0,30},\s*(?:[a-z][^,.]{0,20},\s*)?)?"
)

_REPORTS = re.compile(rf",\s+({NAME}(?:\s+{NAME}){{0,2}})\s+report(?:s|ed)\b")


def just_named(
    noun: str, wanted: str, salient: list[Speaker], before: str, gender: Callable[[str], str]
) -> Speaker | None:
    """Return the one person the last sentence before a quotation names, where no one the
    article left unnamed was called by ``noun`` and their gender is not other than the
    ``wanted`` one ("m", "f", or "" where the noun tells none)."""
    if any(not p.name and re.search(rf"\b{noun}\b", p.role, re.I) for p in salient):
        return None  # "A survivor told …" then "the survivor said": the unnamed one
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", before) if re.search(r"\w", s)]
    last = sentences[-1] if sentences else ""
    # "Movsar … spent nine days in Argun. He now lives in Germany. “…,” the former detainee
    # said": a sentence opening with "he" or "she" goes on with whom the one before names.
    # Only from a sentence that opens its paragraph: further in, "he" may be someone else
    # ("Dugayev was held …. Kadyrov has denied it. He has said …").
    pronoun = {"m": "He", "f": "She"}.get(wanted, "He|She")
    aged_noun = noun[:1].isdigit()  # "the 28-year-old", which no role of another's fits
    if (
        len(sentences) > 1
        and re.match(
            rf"\W*(?:{_OPENING_PHRASE if aged_noun else '(?!)'}(?i:{pronoun})|(?:{pronoun}))\b",
            last,
        )
        and not any(surname_mention(last, p.name) for p in salient if p.name)
        and re.search(rf"(?:^|\n)\s*{re.escape(sentences[-2])}\s+{re.escape(last)}", before)
    ):
        last = sentences[-2]
    # Not the outlet that reports it: "The man is also shown …, Newsweek reports."
    reporting = {"", *(m.group(1) for m in _REPORTS.finditer(last))}
    here = [p for p in salient if p.name not in reporting and surname_mention(last, p.name)]
    aged = re.match(rf"\s*({NAME}(?:\s+{NAME}){{0,2}}),\s+\d{{1,2}},", last)
    # "Zelimkhan Akhmadov, 30, and Adam, 25, fled": "the 25-year-old" is the one given 25;
    # two given 25 leave it unsaid which (review 14).
    ages = re.findall(rf"({NAME}(?:\s+{NAME}){{0,2}}),\s+(\d{{1,2}}),", last)
    if aged_noun and len(ages) > 1:
        given = {name for name, years in ages if years == noun.split("-")[0]}
        return Speaker(given.pop()) if len(given) == 1 else None
    # Every other full name the sentence gives, whether the memory kept it or not: none. The
    # aged name is the one the sentence gives, no other ("Ruslan Aliev, 27, fled …").
    others = {
        m.group(0)
        for m in re.finditer(rf"{NAME}(?:\s+{NAME})+", last)
        if not org_in(m.group(0), outlets=True)
        and not org_in(m.group(0))
        and not any(surname_mention(m.group(0), p.name) for p in here)
        and not (aged is not None and m.group(0) == aged.group(1))
    }
    if not here and aged is not None and not others:
        aged_person = Speaker(aged.group(1))  # "Amin, 27, fled …": an age says it is a person
        return aged_person if not wanted or gender(aged_person.name) in {"", wanted} else None
    # Not one the article gave another age: "Ruslan Kutaev, 65, …" is no "28-year-old".
    if len({p.name for p in here}) != 1 or others or not age_fits(here[0], before, noun):
        return None
    return here[0] if not wanted or gender(here[0].name) in {"", wanted} else None


def age_fits(person: Speaker, before: str, description: str) -> bool:
    """Whether the age a description gives ("this 38-year-old …") is not other than the one
    the article gave ``person`` ("Oyub Titiev, 61,")."""
    age = re.search(r"(\d{1,3})-year-old", description)
    stated = re.search(rf"{re.escape(person.name)},\s+(\d{{1,3}}),", before)
    return not (age and stated and age.group(1) != stated.group(1))
