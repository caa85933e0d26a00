"""Whether the article gave a person the office a later epithet names, in the same words or
others ("Alvi Karimov, Kadyrov's spokesman … the official said"; review 17, en-2)."""

from __future__ import annotations

import re

from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.speakers import Speaker

# Each office epithet and the words that give a person that office.
_LAWYER = {"lawyer", "lawyers", "attorney", "counsel", "advocate", "represents"}
_DIPLOMAT = {"diplomat", "ambassador", "envoy"}
_OMBUDSMAN = {"ombudsman", "ombudsperson", "ombudswoman", "commissioner"}
_GROUPS = {
    "lawyer": _LAWYER,
    "attorney": _LAWYER,
    "diplomat": _DIPLOMAT,
    "ambassador": _DIPLOMAT,
    "envoy": _DIPLOMAT,
    "ombudsman": _OMBUDSMAN,
    "ombudsperson": _OMBUDSMAN,
    "ombudswoman": _OMBUDSMAN,
    "commissioner": _OMBUDSMAN,
    "senator": {"senator", "senate"},
}
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "press-secretary", "secretary"}
# "the official": anyone the article gave an office, a post or a spokesperson's role.
_OFFICIAL = (
    _LAWYER
    | _DIPLOMAT
    | _OMBUDSMAN
    | _SPOKESPEOPLE
    | {"official", "minister", "prosecutor", "judge", "investigator", "governor", "senator"}
    | {"rapporteur", "mayor", "deputy", "chairman", "speaker", "president", "premier", "head"}
)
# The words after a name that give a post: an apposition ("Alvi Karimov, Kadyrov's spokesman,",
# "Nikki Haley, the U.S. ambassador …"), or a clause that names one ("Igor Kochetkov, who
# represents the men,", "Olga Sadovskaya of the Committee Against Torture, which represents
# Lapunov,", "Ben Cardin, who sits on the Senate …"); not "whom X represents", "who was hit on
# the head".
_POST_AFTER = re.compile(
    r"^(?:\s+of\s+[^,.;]{1,60})?,\s+(?:"
    r"(?:who\s+(?:is|was)\s+)?(?:an?|the|its|his|her|[A-Z][\w-]*(?:’s|'s))\s+(?P<words>[^,.;:()]{1,60})"
    r"|(?:who|which)\s+(?P<represents>represents)\b"
    r"|who\s+sits\s+on\s+the\s+(?P<senate>Senate)\b)"
)


def holds_office(noun: str, words: set[str]) -> bool:
    """Return whether ``words`` said of a person give the office ``noun`` names."""
    if noun == "official":
        return bool(words & _OFFICIAL)
    if noun in _DIPLOMAT | {"diplomat"} and "foreign" in words:
        # "the foreign minister", "the Foreign Ministry spokeswoman"
        return bool(words & ({"minister", "ministry"} | _SPOKESPEOPLE | _DIPLOMAT))
    return bool(words & _GROUPS.get(noun, {noun}))


def post_words(after: str) -> set[str]:
    """The words the apposition or clause after a name says of the person, lowercased."""
    found = _POST_AFTER.match(after.replace("U.S.", "US").replace("U.N.", "UN"))
    if found is None:
        return set()
    if not found.group("words"):
        return {(found.group("represents") or found.group("senate")).lower()}
    words = found.group("words").split()
    return {w.lower().removesuffix("’s").removesuffix("'s") for w in words}


# "представитель Кремля" and "пресс-секретарь президента России" name one office.
_PRESIDENTS_OFFICE = re.compile(
    r"Kremlin|Кремл|президент\w*\s+(?:России|РФ|Российской)|главы\s+государства|"
    r"(?:Russian\s+)?President\s+(?:of\s+Russia|Vladimir\s+Putin|Putin)|Russian\s+President",
    re.I,
)


def body_of_office(affiliation_or_role: str) -> str:
    """Return the body a role or affiliation belongs to, one name for its synonyms."""
    if _PRESIDENTS_OFFICE.search(affiliation_or_role):
        return "Kremlin"
    return org_in(affiliation_or_role) if affiliation_or_role else ""


# The body after "for", "of", "from" or "at" that a description names and no gazetteer lists.
_UNLISTED_BODY = re.compile(
    r"\b(?:for|of|from|at)\s+[^,]*?\b(ministry|department|police|court|committee|embassy|agency"
    r"|service)\b",
    re.I,
)


def may_be_the_office_of(description: str, person: Speaker) -> bool:
    """Whether a description of an office ("the spokesman") may mean the office the article
    gave ``person``: not another body's ("A spokesman for Chechnya's interior ministry" is not
    Alvi Karimov, "a spokesperson for Kadyrov")."""
    held = person.affiliation or person.role
    if body_of_office(org_in(description)) not in {"", body_of_office(held)}:
        return False
    body = _UNLISTED_BODY.search(description)
    return body is None or body.group(1).lower() in person.role.lower()
