"""People brought back from a war abroad: a return is an evacuation there, and only there.

Kadyrov's flights home of Russian women and children held in Iraq and Syria were counted by
every annotator as evacuations: "Seven children were flown back", "four women and 16 children …
have been returned from Syria and Iraq", "из Ирака в Россию перевезут 94 ребенка",
"планируется вернуть 45 человек". The same verbs elsewhere say the opposite: "forcibly returned
to the republic", "вернули в Чечню" of men abducted in Moscow, "доставили в полк 56
задержанных". So a return counts only where the people are children or their paragraph names
the war zone they came from, and never where it was forced.
"""

from __future__ import annotations

import re

from refuge.media.extract.events import WORD, noun_of

_RETURNED = re.compile(
    r"\b(?:return(?:s|ed|ing)?|repatriat\w*|(?:brought|bring|bringing|flown|flew|fly|flying)"
    r"\s+(?:back|home))\b"
    r"|(?<!\w)(?:верн[уё]\w*|возвра[тщ]\w*|перевез\w*|перевоз\w*|достав[иляе]\w*|"
    r"привез\w*|привоз\w*|репатри\w*)",
    re.I,
)
_CHILDREN = re.compile(
    r"\b(?:children|child|kids|boys|girls|minors|orphans|infants|babies)\b"
    r"|(?<!\w)(?:дет[еиья]\w*|ребен\w*|ребён\w*|несовершеннолетн\w*|малолетн\w*|сирот\w*)",
    re.I,
)
_WAR_ABROAD = re.compile(
    r"\b(?:Iraq|Syria|war\s*zones?|conflict zones?)\b"
    r"|(?<!\w)(?:Ирак|Сири(?:я|и|ю|ей)|зон\w* боевых)",  # "в Сирию": every case
    re.I,
)
_FORCED = re.compile(
    r"\b(?:forcibly|forced|against (?:his|her|their) will)\b"
    r"|(?<!\w)(?:принудительно|насильно|силой)",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?]")


def returned(text: str, match: re.Match[str], before: str) -> tuple[str, str] | None:
    """Return what a count of people brought back from a war abroad counts, else None.

    The verb of return is in the number's clause, at most four words before it (seven past a
    count it is joined to) or twelve after; the people are children, or the paragraph names
    Iraq, Syria or a war zone.
    """
    opening = _CLAUSE_BREAK.split(before)[-1]
    after = _CLAUSE_BREAK.split(text[match.end("num") : match.end("num") + 200])[0]
    after_words = WORD.findall(after)[:12]
    # "вернула 71 ребенка и 26 женщин": a count joined to one before shares its verb.
    reach = 7 if re.search(r"\d+\s+\w+\s+(?:и|and)\s*$", opening) else 4
    window = " ".join(WORD.findall(opening)[-reach:] + after_words)
    if not _RETURNED.search(window):
        return None
    paragraph_start = text.rfind("\n", 0, match.start()) + 1
    paragraph_end = text.find("\n", match.end())
    paragraph = text[paragraph_start : paragraph_end if paragraph_end >= 0 else len(text)]
    noun_words = [w.lower() for w in after_words[:3]]
    children = _CHILDREN.search(" ".join(noun_words)) is not None
    if _FORCED.search(before + after) or not (children or _WAR_ABROAD.search(paragraph)):
        return None
    noun = noun_of(noun_words)
    if not noun and not children:
        return None  # "returned 16 bodies", "вернули два паспорта": no people
    return noun or "people", "evacuated"


def children_returned(verb: str, nouns: tuple[str, ...], clause: str) -> bool:
    """Whether a parsed clause brings children back, unforced: its verb one of return, the
    count's noun or the noun it is joined to children ("Двое несовершеннолетних детей, …,
    возвращены из Ирака", the verb clauses after the count; "вернула 71 ребенка и 26
    женщин")."""
    children = any(_CHILDREN.fullmatch(noun) for noun in nouns)
    return bool(_RETURNED.fullmatch(verb) and children and not _FORCED.search(clause))
