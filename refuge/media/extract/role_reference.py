"""Whom a description by role or kind refers to, of the people and bodies an article has named:
"the newspaper said" (the outlet named last), "the Chechen leader" (the holder the lexicon
knows), "the lawyer" (the one introduced so), "the ministry" (a body whose name ends so).
Moved out of memory.py, which had reached the 600-line limit."""

from __future__ import annotations

import re
from collections.abc import Callable

from refuge.media import lexicon
from refuge.media.extract import russian_memory
from refuge.media.extract.discourse import EPITHETS
from refuge.media.extract.english_bodies import BODY_HEADS, whose_office
from refuge.media.extract.last_named import age_fits
from refuge.media.extract.office_synonyms import may_be_the_office_of
from refuge.media.extract.org_aliases import ORG_ALIASES, last_outlet_before, org_in
from refuge.media.extract.person_names import description_head
from refuge.media.extract.russian_wording import outlet_cited
from refuge.media.extract.spans import quote_spans, word_count
from refuge.media.extract.speakers import Speaker
from refuge.media.extract.wording import names_something

# A person described by age or origin after "this": not "this official", "this statement".
_DEMONSTRATIVE = re.compile(
    r"this\s+(?:\d{1,3}-year-old|(?:[a-z-]+\s+){0,2}(?:man|woman|national|native|resident|refugee))"
    r"\b",
    re.I,
)
_FEMALE = re.compile(r"\b(?:woman|mother|girl|wife|sister|daughter|widow)\b", re.I)
_MALE = re.compile(r"\b(?:man|father|boy|husband|brother|son|widower)\b", re.I)
# Common nouns for the outlet the article has named: "the daily reported", "издание пишет";
_OUTLET_WORDS = {"newspaper", "paper", "daily", "weekly", "publication", "газета", "издание"}
_OUTLET_DESCRIBED = re.compile(  # and with what it is: "The Russian state-owned news site"
    r"(?:(?!(?:of|for|from|to|at|by|with)\b)[\w-]+\s+){1,4}"
    r"(?:newspaper|paper|daily|site|outlet|broadcaster)"
)


_HEADS_OF_STATE = r"president|chancellor|prime minister|premier|leader"
_NATION_LEADER = re.compile(r"([A-Z][a-z]+)\s+leader")


def _titled(person: Speaker, before_title: str, text: str) -> bool:
    """Whether ``text`` gives ``person`` a head of state's title after ``before_title``."""
    if not person.name:
        return False
    title = rf"{before_title}(?i:{_HEADS_OF_STATE})\s+{re.escape(person.name)}"
    return (
        re.search(title, text) is not None
        or re.fullmatch(rf"(?:the\s+)?{before_title}(?i:{_HEADS_OF_STATE})", person.role)
        is not None
    )


def described_by_role(
    speaker: Speaker,
    before: str,
    people: list[Speaker],
    salient: list[Speaker],
    gender: Callable[[str], str],
) -> Speaker:
    """Return whom ``speaker``, a role with no name, refers to; else ``speaker`` itself.
    ``people`` are in the order of mention, ``salient`` most salient first."""
    latest = salient[0] if salient else Speaker()
    described = _DEMONSTRATIVE.match(speaker.role) and latest.name
    if described and age_fits(latest, before, speaker.role):
        # "“…”, explains this 38-year-old Chechen national": the one the story is about, the
        # latest named, of a gender and age the description allows.
        wanted = "f" if _FEMALE.search(speaker.role) else "m" if _MALE.search(speaker.role) else ""
        if gender(latest.name) in {"", wanted or gender(latest.name)}:
            return Speaker(latest.name, speaker.role, latest.affiliation)
    if re.match(r"another\s", speaker.role, re.I):
        return speaker  # "added another relative of Tumso Abdurakhmanov": someone new
    core = re.sub(r"^(?:the|a|an)\s+", "", speaker.role, flags=re.I).strip()
    holder = lexicon.ROLE_HOLDERS.get(core.lower())
    if holder:
        surname = holder.split()[-1]
        for person in reversed(people):
            *given, last = person.name.split() or [""]  # not his son "Adam Kadyrov"
            if last == surname and given in ([], holder.split()[:1]):
                return Speaker(person.name, speaker.role, person.affiliation)
        if re.search(surname[:-1], before):
            return Speaker(holder, speaker.role, speaker.affiliation)
    if core.lower() in _OUTLET_WORDS or _OUTLET_DESCRIBED.fullmatch(core):
        # Not an outlet named inside a quotation ("в "Новой газете" о происходящем").
        narrative = before
        for start, end, _part in quote_spans(before):
            if word_count(before[start:end]) >= 5:
                narrative = narrative[:start] + " " * (end - start) + narrative[end:]
        outlet = outlet_cited(narrative) or last_outlet_before(narrative)
        if outlet:
            return Speaker(role=outlet, affiliation=outlet)  # "the newspaper said"
    # A press review: "— пишет Le Parisien. … — продолжает издание", an outlet no list
    # holds; "— пишет журналист Адам Тейлор. … — пишет автор".
    if core.lower() in {*_OUTLET_WORDS, "автор"} and (
        writer := _last_writer(salient, gender, outlet=core.lower() in _OUTLET_WORDS)
    ):
        return writer
    told = (
        russian_memory.told_the_outlet(before, people)
        if re.match(r"собеседни", core.lower())
        else None
    )
    if told := told or russian_memory.described(core, salient, gender):
        return told
    if re.fullmatch(r"\w+", core) and not re.fullmatch(EPITHETS, core.lower()):
        # "the ministry" after "Interior Ministry"; not "the leader" after "Chechen leader"
        for alias, name in ORG_ALIASES:
            if alias.split()[-1].lower() == core.lower() and alias in before:
                return Speaker(role=name, affiliation=name)
        if core.lower() == "office" and (office := whose_office(before, only=True)):
            return Speaker(role=office, affiliation=office)  # "the Lille prosecutor’s office"
        # "The Society" after "the German-Caucasian Society", a body no list holds.
        named = re.findall(rf"((?:(?!The\b)[A-Z][\w’'-]*\s+){{1,4}}{core})\b", before)
        if core[:1].isupper() and re.fullmatch(BODY_HEADS, core) and named:
            return Speaker(role=named[-1], affiliation=named[-1])
    if speaker.role == speaker.affiliation and names_something(speaker.role):
        # "The Union of Journalists stated": a body by its name, not a journalist named before.
        return speaker
    if leader := _NATION_LEADER.fullmatch(core):
        # "the German leader" after "German Chancellor Angela Merkel", not the Russian one.
        nation = rf"\b{leader.group(1)}\s+"
        held = {p.name: p for p in people if _titled(p, nation, before)}
        if len(held) == 1:  # not "German President X and German Chancellor Y"
            return next(iter(held.values()))
    if re.search(lexicon.ROLE_WORDS, core, re.I) and " for " not in core:
        head = re.search(lexicon.ROLE_WORDS, core, re.I)
        for person in reversed(people):
            apposed = (p.name and person.role in p.role for p in people)
            if not person.name and any(apposed):
                continue  # "Elena Milashina, an investigative journalist": hers
            if (
                head
                and re.fullmatch(r"[а-яё-]{9,}", head.group(0).lower())
                and head.group(0).lower() in person.role.lower()
                and org_in(core) in {"", person.affiliation}  # not another office's
            ):
                return person  # "пресс-секретарь главы государства" … "Пресс-секретарь"
            # Whole words: "the relative" is not "the men's relatives".
            if re.search(rf"(?<!\w){re.escape(core)}(?!\w)", person.role, re.I) or (
                person.role
                and description_head(core) == description_head(person.role)
                and may_be_the_office_of(core, person)
            ):
                bare = re.sub(r"^(?:the|a|an)\s+", "", person.role, flags=re.I).lower()
                if not person.name and core.lower().startswith(bare + " "):
                    return speaker  # "The mother of one detained man": the fuller
                return person
    kind = next((k for k in lexicon.ROLE_KINDS if re.search(k, core, re.I)), None)
    for person in reversed(people if kind else []):
        if (
            person.name
            and re.search(rf"(?<!\w)(?:{kind})", person.role, re.I)
            and may_be_the_office_of(core, person)
        ):
            return Speaker(person.name, person.role, person.affiliation)
    return speaker


def _last_writer(
    salient: list[Speaker], gender: Callable[[str], str], *, outlet: bool
) -> Speaker | None:
    """The latest named speaker: a person (for "автор"), or a name that is no one's."""
    named = (p for p in salient if p.name and not (outlet and p.role))
    return next((p for p in named if outlet != bool(gender(p.name))), None)
