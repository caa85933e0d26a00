"""Bodies an English article names: by name in capitals ("The Team Against Torture"), by what
they are ("Vayfond, a Chechen human rights group") or by a kind of office ("the Chechen interior
ministry"), for "the group", "the ministry" and "it" (discourse.py, memory.py). Moved out of
discourse.py, which had reached the 600-line limit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from refuge.media import lexicon
from refuge.media.extract.org_aliases import (
    last_org_before,
    last_org_mention,
    last_outlet_in,
    org_in,
)
from refuge.media.extract.wording import BODY_HEADS, NAME, OPENING_ADVERB

if TYPE_CHECKING:
    from refuge.media.extract.speakers import Speaker

# Kinds of body an article names in capitals and then calls by the kind alone ("the Chechen
# Interior Ministry denied … “…,” the ministry said"). Not courts: a court rules, it does not
# speak for itself in quotations, and the issue asks to keep courts apart from speakers.
OFFICES = (
    r"ministry|committee|network|department|council|commission|service|centre|center|mission|"
    r"foundation|movement|administration|directorate|office|party|union|parliament|embassy"
)
_NATIONALITY = r"Russian|Chechen|German|French|American|British|Ukrainian|Georgian|Armenian|Turkish"
_LEADING = {"the", "a", "an", "in", "on", "at", "by", "for", "and", "but", "yesterday", "today"}


# A body's name, which may go on with what the body is against or for ("Team Against Torture",
# "Committee for Human Rights"): a name the gazetteers need not list.
_BODY_NAME = re.compile(
    rf"(?:[A-Z][\w’'-]*[^\S\n]+){{0,4}}(?:{BODY_HEADS})(?:\s+(?:[Aa]gainst|for|of|on)\s+(?:the\s+)?"
    rf"[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?(?:the\s+)?[A-Z][\w’'-]*){{0,3}})?(?![\w-])"
)


# Words before a body's name that are no part of it: where it sits ("Paris-based Reporters
# Without Borders") or what medium it is ("independent news site Meduza", "fact-checking
# website Snopes.com"); not "a spokesman for the newspaper …", whose spokesman.
BEFORE_BODY_NAME = (
    r"(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}(?:[A-Z][\w.]*-)+based|"
    # "Russian opposition newspaper Novaya Gazeta": a nationality may open the description.
    r"(?:the\s+)?(?:[A-Z][a-z]+(?:an|ese|ish|ch|en|i)\s+){0,2}"
    r"(?:(?!(?:of|for|to|from|at|with|by)\b)[a-z][\w-]*\s+){0,3}"
    r"(?:site|website|portal|outlet|newspaper|daily|weekly|magazine|tabloid|broadcaster|channel|blog)"
)
# "The New York-based organisation", "the Kremlin-backed group": what a body is, in capitals,
# not its name.
_WHERE_FROM = re.compile(r"[A-Z][\w’'-]*-(?:based|led|backed|owned|funded|run|linked)\b")


# Between the words of one name: not a paragraph's end, nor a sentence's ("… in other areas of
# Russia.\n\nHowever, the organisation").
_WITHIN_NAME = r"(?<![a-z]{2}\.)[^\S\n]+"
# Nor a sentence's opening adverb: "However, the organisation are working …" names no body.
_NOT_A_NAME = rf"(?!{OPENING_ADVERB.replace(',', '')},)"


# A body no list has, named by what it is: "Vayfond, a Chechen human rights group" (not "Aslan,
# a member of an NGO": the words between say what the name is, with no "of" or "for").
_DESCRIBED_BODY = re.compile(
    rf"(?P<name>{_NOT_A_NAME}{NAME}(?:{_WITHIN_NAME}{NAME}){{0,3}}),\s+(?:a|an|the)\s+"
    r"(?:(?!(?:of|for|at|with|from|in)\b)[\w-]+\s+){0,4}?"
    r"(?:group|organi[sz]ation|NGO|association|charity|network|foundation|watchdog)\b"
)


# The same, the kind first: "Britain’s leading queer charity for Muslims, Imaan LGBTQ, has".
# Only opening a sentence: not "Her lawyer from the organisation, Mark Alekseev, was …".
_KIND_THEN_BODY = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:group|charity|organi[sz]ation|NGO|association|network|foundation)"
    rf"(?:\s+for\s+[\w-]+)?,\s+(?P<name>{NAME}(?:{_WITHIN_NAME}{NAME}){{0,3}}),"
)


# The kind beside the name, with no comma: "the North Caucasus LGBTQ+ rights group SK SOS
# announced", "The SK SOS rights group learned", "human rights organisation Marem wrote".
_KIND_BESIDE_BODY = re.compile(
    r"\b(?:group|organi[sz]ation|NGO|charity)\s+(?P<name>(?:[A-Z][\w+-]*\s+){0,3}[A-Z][\w+-]*)"
    r"(?=\s+[a-z])"
    r"|\b[Tt]he\s+(?P<named>(?:[A-Z][\w+-]*\s+){1,3})(?:(?:human\s+)?rights\s+)?(?:group|organi[sz]ation)\b(?!\s+[A-Z])"
)


# And after "according to": "according to the Chechen human rights group, Vayfond."
_ACCORDING_TO_KIND = re.compile(
    r"\b[Aa]ccording to the\s+(?:[\w-]+\s+){0,4}?(?:group|charity|organi[sz]ation|NGO|network)"
    rf",\s+(?P<name>{NAME}(?:{_WITHIN_NAME}{NAME}){{0,3}})(?=[.,])"
)


def described_bodies(before: str) -> list[re.Match[str]]:
    """Return where ``before`` names a body by what it is ("Vayfond, a … group"), in order."""
    found = [*_DESCRIBED_BODY.finditer(before), *_KIND_THEN_BODY.finditer(before)]
    found += _ACCORDING_TO_KIND.finditer(before)
    # Not "the Chechen human rights group": a nationality is no name.
    found += [
        m
        for m in _KIND_BESIDE_BODY.finditer(before)
        if not org_in(m.group(0)) and not re.fullmatch(_NATIONALITY, (m["named"] or "").strip())
    ]
    found = [m for m in found if not _WHERE_FROM.search(m.group(0))]
    return sorted(found, key=lambda match: match.start())


def reporting_body(before: str) -> str:
    """Return the body the last sentence of ``before`` reports speaking ("…, says Vayfond, a
    Chechen human rights group.", "The Team Against Torture said …"), or ""."""
    last = re.split(r"(?<=[.!?…])\s+|\n+", before.rstrip())[-1]
    body = body_named(last)
    speech = r"(?:says|said|stated|states|reported|reports|according\s+to)"
    if body and re.search(
        rf"{speech}\s+(?:the\s+)?{re.escape(body)}|{re.escape(body)}\s+{speech}", last
    ):
        return body
    return ""


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")


def described_after_listed(before: str) -> str:
    """Return the body ``before`` names last by what it is ("Vayfond, a … group"), where no
    listed body is named after it ("Russian group LGBT Network has said …"); else ""."""
    described = described_bodies(before)
    if described and not org_in(before[described[-1].end() :]):
        groups = described[-1].groupdict()
        return (groups.get("name") or groups.get("named") or "").strip()
    return ""


def body_called(words: str) -> str:
    """Return the body ``words`` name whole, listed or by a body's name ("the Council for Global
    Equality"), else ""."""
    words = re.sub(r"^the\s+", "", words.strip())
    if re.search(r"[’']s\b", words):
        return ""  # "the Council for Global Equality's Mark Bromley": its member
    listed = org_in(words)
    return listed if listed == words else words if _BODY_NAME.fullmatch(words) else ""


def body_named(before: str) -> str:
    """Return the body ``before`` named last in capitals, listed or not ("The Team Against
    Torture said …" for "the group", "it"), where no listed body is named after it; a body
    named by what it is ("Vayfond, a Chechen human rights group") counts."""
    if described := described_after_listed(before):
        return described
    listed = last_org_before(before)
    # Not a name inside someone's quoted words ("held in “the Detention Center No 1 …”").
    found = [
        m
        for m in _BODY_NAME.finditer(_QUOTED.sub(lambda m: " " * len(m.group(0)), before))
        if not _WHERE_FROM.search(m.group(0))
    ]
    if not found or (listed and before.rfind(listed) > found[-1].start()):
        return listed
    words = _without_leading(found[-1].group(0))
    return " ".join(words) if len(words) > 1 else listed


def named_body(noun: str, before: str) -> str:
    """Return the last body ``before`` names in capitals that ends with ``noun`` (any kind of
    office where ``noun`` is "": "Russian Foreign Ministry" for "it"), without leading words;
    or, named after it in lower case with its letters, those letters ("CPT")."""
    lower = noun or OFFICES
    kinds = "|".join(k.capitalize() for k in lower.split("|"))
    # "Chechen Interior Ministry" (or "Chechen interior ministry"), or the kind first: "the
    # Ministry of Defence", "the Committee for the Prevention of Torture".
    pattern = (
        rf"(?:[A-Z][\w’'-]*[^\S\n]+){{0,4}}(?:{kinds})\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*"
        rf"(?:\s+(?:and\s+|of\s+)?(?:the\s+)?[A-Z][\w’'-]*){{0,3}}"
        rf"|(?:[A-Z][\w’'-]*[^\S\n]+){{1,4}}(?:{kinds})(?![\w-])"
        rf"|(?:(?!(?:The|A|An|In|On|And|But)\s)[A-Z][\w’'-]*[^\S\n]+){{1,3}}(?:interior|foreign|justice)"
        rf"\s+(?:{lower})(?![\w-])"
        # "The Russian embassy in Berlin": a country's office in lower case.
        rf"|(?<=[Tt]he\s)(?:{_NATIONALITY})\s+(?:{lower})(?![\w-])"
    )
    found = list(re.finditer(pattern, before))
    # "the council's anti-torture committee (CPT)".
    lettered = list(re.finditer(rf"\b(?:{lower})\s+\((?P<letters>[A-Z]{{2,6}})\)", before))
    if lettered and (not found or lettered[-1].start() > found[-1].start()):
        return lettered[-1].group("letters")
    if not found:
        return ""
    words = _without_leading(found[-1].group(0))
    return " ".join(words) if len(words) > 1 else ""


# An office named by whose it is: "Kadyrov's office", "the (Kharkiv regional) prosecutor's
# office".
_WHOSE_OFFICE = re.compile(
    r"\b(?:[A-Z][\w-]+|(?<=[Tt]he )(?:[A-Z][\w-]+\s+)?(?:[a-z]+\s+)?[a-z]+(?: general)?)"
    r"[’']s office\b"
)


def whose_office(before: str, *, only: bool = False) -> str:
    """Return the last office ``before`` names by whose it is; with ``only``, the one office it
    names at all, else "" (two offices named, or another office: which one is not said)."""
    found = list(_WHOSE_OFFICE.finditer(before))
    if only and (
        len({m.group(0).lower().replace("’", "'") for m in found}) != 1
        or len(found) != len(re.findall(r"\boffice\b", before, re.I))
    ):
        return ""
    return found[-1].group(0) if found else ""


# A court that has just spoken in its own words ("“…,” the court wrote in its ruling. It added
# that “…”"): what "it" then says is the court's as well. Only then: a court is no office above.
_SPEAKING_COURT = re.compile(
    r"\b(?P<court>[Tt]he\s+(?:[A-Z][\w-]+\s+)?[Cc]ourt)\s+(?:said|wrote|stated|noted|added|ruled)\b"
)


def _speaking_court(before: str) -> str:
    found = list(_SPEAKING_COURT.finditer(before))
    return found[-1].group("court") if found else ""


# A court by its name: "the European Court of Human Rights", "the ECHR", "the Leninsky District
# Court", "the Supreme Court of Chechnya".
_COURT_NAMED = re.compile(
    r"\b(?:ECHR|ECtHR|(?:[A-Z][\w’'-]*\s+){1,4}Court(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?)"
)


def court_named(before: str) -> str:
    """Return the court the text before named last, whom "the court said" means; else ""."""
    found = [m.group(0) for m in _COURT_NAMED.finditer(before) if m.group(0) != "The Court"]
    return (org_in(found[-1]) or re.sub(r"^The\s+", "", found[-1])) if found else ""


# Words quoted, four or more: not a name in quote marks (the Crisis Group “North Caucasus SOS”).
_QUOTED_WORDS = re.compile(r"[“\"](?:[^”\"\s]+\s+){3,}[^”\"\n]*[”\"]")


_BY_KIND = re.compile(
    rf"(?:the|its)\s+(?:(?!(?:of|for|to)\s)[\w’'-]+\s+){{0,3}}"
    rf"(?:{OFFICES}|group|organi[sz]ation|agency|government)",
    re.I,
)


def body_by_kind(speaker: Speaker) -> bool:
    """Whether a speaker is a body named by its kind alone ("the ministry", "the republic's
    interior ministry"), whom "it" then means: "“…,” the ministry said. … “…,” it added"."""
    return not speaker.name and _BY_KIND.fullmatch(speaker.role) is not None


def latest_body(before: str) -> str:
    """Return the body "it" means: of the last body a gazetteer lists, the last kind of office,
    the last body named in capitals no list has and the last office named by whose it is, the
    one named latest ("The Memorial human rights center said …. The International Helsinki
    Federation for Human Rights … released a statement …. It noted" is the federation)."""
    # Not a body the quotations name ("“… the 'Terek' unit under his command …,” it adds").
    before = _QUOTED_WORDS.sub(lambda quoted: " " * len(quoted.group(0)), before)
    bodies = (
        named_body("", before),
        body_named(before),
        whose_office(before),
        _speaking_court(before),
    )
    named = [(before.rfind(b), b) for b in bodies if b]
    # A listed body where its alias stands, the others where their names do.
    latest = max([last_org_mention(before), *named], key=lambda place: place[0])[1]
    # "The St. Petersburg-based LGBT Network claimed …": a listed body under a longer name.
    return org_in(latest) or latest


def _without_leading(name: str) -> list[str]:
    """Return the words of a body's name without the function words before it ("The Team
    Against Torture" -> "Team Against Torture"), its last word always kept."""
    words = name.split()
    while words[:-1] and words[0].lower() in _LEADING:
        words = words[1:]
    return words


# The listed bodies that are rights groups, which "the group" or "the organisation" may mean.
_RIGHTS_GROUPS = frozenset(
    {
        "Russian LGBT Network",
        "Amnesty International",
        "Human Rights Watch",
        "Human Rights First",
        "Human Rights Campaign",
        "Committee Against Torture",
        "North Caucasus SOS",
        "Russian Justice Initiative",
        "Memorial",
    }
)
_RIGHTS_GROUP_NOUNS = frozenset({"group", "organisation", "organization", "ngo", "charity"})


def _last_rights_group(before: str) -> str:
    """Return the listed rights group ``before`` names last, or ""."""
    at, name = max(
        (before.rfind(alias), name)
        for name in _RIGHTS_GROUPS
        for alias in lexicon.ORGANISATIONS[name]
    )
    return name if at >= 0 else ""


def of_kind(noun: str, body: str, before: str) -> str:
    """Return the body "the ``noun``" means, given the latest ``body`` named: that one unless
    its name says it is another kind of office ("the group" after "The North Caucasus SOS
    Crisis Group reported that the Investigative Committee …" is not the committee), then the
    last body named with ``noun`` as its head."""
    head = body.split()[-1].lower() if body else ""
    if not body or (head != noun and re.fullmatch(OFFICES, head)):
        # "Federal Agency for Air Transport said …. “…,” the agency stated": no body a list
        # knows, but one named with the noun.
        body = named_body(noun, before) or body
    if noun in _RIGHTS_GROUP_NOUNS and body in lexicon.ORGANISATIONS and body not in _RIGHTS_GROUPS:
        # "The human rights group says" after "Amnesty International … critic of Chechen
        # authorities": the group, not the authorities named since.
        return _last_rights_group(before) or body
    return body


# "the press service of the Russian Interior Ministry’s Main Directorate …": the office speaks
# for the body, which the ledger names (for an office of one of its parts, the body it is of).
_PRESS_OFFICE = re.compile(
    r"(?:the\s+)?press\s+(?:service|office|centre|center)\s+of\s+(?:the\s+)?(?P<body>[A-Z].+)",
    re.I,
)


def press_office_body(role: str) -> str:
    """Return the body whose press service or office ``role`` is, or ""."""
    found = _PRESS_OFFICE.fullmatch(role.strip())
    if found is None:
        return ""
    body = found.group("body")
    part = re.match(r"(?P<owner>.+?)[’']s\s+[A-Z]", body)
    return part.group("owner") if part else body


# An outlet's own report: "Novaya Gazeta reported in March that …", "The paper said …".
_REPORTS = re.compile(
    r"[^\w.!?]*(?:[\w,]+\s+){0,4}?(?:reported|reports|said|says|wrote|writes|published|claimed"
    r"|claims|alleged|revealed)\b"
)


# Whom or where a role opening a sentence is held for, up to its verb: "(A spokesman) for the
# Chechen interior ministry (denied)", "(An official) in Grozny (said)".
_HELD_FOR = re.compile(
    rf"[^\S\n]+(?:for|of|at|in)[^\S\n]+[^,.;:“”\"\n—–]{{1,60}}?"
    # … up to its verb, or to a dash opening an aside: "A spokesman for Ramzan Kadyrov—the
    # President of the Chechen republic—has denied".
    rf"(?=[^\S\n]*[—–]|[^\S\n]+(?:(?:has|have|had)[^\S\n]+)?(?:{lexicon.SPEECH_VERBS_EN}|[a-z]+ed)\b)"
)


def held_for(text: str, end: int) -> str:
    """The words after a bare role ending at ``end`` that say whom or where it is held for,
    when they name a body or a place ("for the Chechen interior ministry"); else "" ("The
    head of the family said": no one in particular)."""
    held = _HELD_FOR.match(text, end)
    if held and (org_in(held.group(0)) or re.search(r"\b[A-Z]", held.group(0))):
        return held.group(0)
    return ""


def reporting_outlet(before: str) -> str:
    """The outlet "it" means where no body is named: the last one the stretch ``before``
    names as the subject of its own report ("Novaya Gazeta reported in March that …. It said
    that …"), or ""."""
    # Where its words end as the text spells them ("the Novaya Gazeta newspaper"), not where
    # its listed name would.
    stretch = before[-_REACH_OUTLET:]
    outlet, end = last_outlet_in(stretch)
    # Or "… according to Novaya Gazeta. The publication said …": called back by its kind.
    reports = end >= 0 and (_REPORTS.match(stretch, end) or _OUTLET_SPEAKS.match(stretch, end))
    return outlet if reports else ""


# The next sentence's subject is an outlet by its kind: "…, according to Novaya Gazeta. The
# publication said that …" (not after a sentence naming another: "Mediazona reported …").
_OUTLET_SPEAKS = re.compile(
    r"[^.!?\n]*[.!?]\s+The\s+(?:[a-z-]+\s+)?(?:newspaper|publication|paper|daily|outlet|site)\s+"
    r"(?:said|says|reported|reports|wrote|writes|added|claimed|noted)\b"
)


_REACH_OUTLET = 600  # characters: the paragraph before, as for the other references
