"""English speaker labels whose head is a thing: no person, role or body says words.

The patterns take the words before a speech verb as its speaker; a parse may hang a clause on
the wrong noun. Either way a label can end up naming what was spoken about: "The law says that
“…”", "“…,” the video shows one saying", "The case, the prosecutor said, was “…”". Such a label
is nobody's (a document's unknown owner is left unnamed the same way, by discourse.py); where
the label also holds a person after a comma ("The case, the prosecutor") the person is the
speaker. So is a clause the patterns cut before its relative word ("The case was taken up by
Memorial last year"), and a place left as the name after a role that ends in a preposition of
place goes back into the label ("Officials in Grozny"). Read once, at the end of English
attribution (mend 12, EN-2).
"""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract.english_syntax import STAND_IN
from refuge.media.extract.model import Quote, forget_speaker

# Things talked about, which say nothing themselves. Not the documents an owner issues ("the
# statement", "the report": discourse.py gives them to their owner or to no one), nor a word
# that also names a body or a person ("the court", "the commission", "the source", "the
# campaign").
_THINGS = frozenset(
    {
        *("case", "cases", "law", "laws", "bill", "video", "videos", "footage", "film", "photo"),
        *("photos", "picture", "recording", "tape", "story", "article", "book", "claim"),
        *("claims", "allegation", "allegations", "accusation", "accusations", "charge"),
        *("charges", "verdict", "sentence", "trial", "incident", "raid", "raids"),
        *("crackdown", "affair", "scandal", "situation", "issue", "question", "matter"),
    }
)
# "the case", "The new law", "this video", "the 2017 case", and after a comma someone: "The
# case, the prosecutor".
_LABEL = re.compile(
    r"(?:the|a|an|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z]+)"
    r"(?:\s*,\s*(?P<then>(?:the|a|an)\s+[\w -]+))?",
    re.I,
)


# What words are written on, whoever carried it: "“Let justice reign!” said the banner
# hanging over the court house" names no one (the placard's owner, if any, is elsewhere).
_WRITTEN_ON = re.compile(
    r"(?:the|a|an|one)\s+(?:[\w-]+\s+)?(?:banner|placard|poster|sign|slogan|inscription)s?\b"
    r"(?!\s+language)",
    re.I,
)


# "The case was taken up by Memorial last year[, which called it “…”]", "The report was": a
# clause the patterns cut before its relative word, not words that name anyone.
_CLAUSE = re.compile(
    r"(?:the|a|an|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?[a-z]+(?<!\bwho)\s+"
    r"(?:was|were|is|are|has|have|had)\b",  # not "the man who is filming"
    re.I,
)
# "officials in Grozny, who called it “…”": the words before the place are a role that ends in
# a preposition of place; the place is where the people are, not who speaks.
_AT_A_PLACE = re.compile(r"(?:[\w’'-]+\s+)*?[\w’'-]+\s+(?:in|from|at|near)")


def tidy(quotes: list[Quote]) -> None:
    """Take, in place, each label whose head is a thing from its quotation, put a place back
    after the role it ends (the people in it speak), and take a place from a named speaker's
    role."""
    for quote in quotes:
        if quote.speaker in lexicon.PLACE_NAMES and _AT_A_PLACE.fullmatch(quote.speaker_role):
            quote.speaker = f"{quote.speaker_role} {quote.speaker}"
            quote.speaker_role = quote.affiliation = ""
            continue
        located = re.fullmatch(r"(?:in|at|near)\s+(?:the\s+)?(?P<place>.+)", quote.speaker_role)
        if located and located.group("place") in lexicon.PLACE_NAMES:
            # "by Aslan Iraskhanov in Grozny, who": where he was is no role of his. A role-only
            # label keeps its place ("the widow of an officer in Grozny", as "Officials in
            # Grozny" above): with no name, the place is part of telling who speaks.
            quote.speaker_role = ""
        if _CLAUSE.match(quote.speaker.strip()) or _WRITTEN_ON.match(quote.speaker.strip()):
            forget_speaker(quote)
            continue
        found = _LABEL.fullmatch(quote.speaker.strip())
        if found is None or found.group("head").lower() not in _THINGS:
            continue
        then = found.group("then")
        if then and not _thing(then) and _names_a_person(then):
            quote.speaker = then.strip()  # "The case, the prosecutor [said]"
        else:
            forget_speaker(quote)


# The words of a phrase before its first preposition: its head ("a spokesman for Kadyrov").
_BEFORE_PREPOSITION = re.compile(r"^.*?(?=\s(?:of|for|to|in|from|at|with|on|by)\b|$)", re.I)
_ROLE = re.compile(rf"\b(?:{lexicon.ROLE_WORDS})s?\b", re.I)
# Plain person nouns: "The case, the woman said" (review 17, en-4).
_PERSON = re.compile(
    r"\b(?:wom[ae]n|m[ae]n|girls?|boys?|people|person|family|parents|wife|husband|sons?|"
    r"daughters?|widow|victims?|survivors?|witness(?:es)?|residents?|detainees?|refugees?)\b",
    re.I,
)


def _names_a_person(phrase: str) -> bool:
    """Return whether the phrase after the thing's comma is someone, by a role word or a name
    in its head: not an apposition that describes the thing ("The case, a landmark for Russia,
    says": review 16, en-4)."""
    head = _BEFORE_PREPOSITION.match(phrase.strip())
    words = head.group(0) if head else phrase
    if _ROLE.search(words) or _PERSON.search(words):
        return True
    return any(w[:1].isupper() for w in words.split()[1:])


def _thing(label: str) -> bool:
    found = _LABEL.fullmatch(label.strip())
    return found is not None and found.group("head").lower() in _THINGS


def clear_stand_ins(quotes: list[Quote], text: str) -> None:
    """Take, in place, the parser's stand-in for a quotation out of the labels: a role read
    off a window where another quotation stood in (": “It is so."; review 16) is words the
    article never printed."""
    if STAND_IN in text:
        return
    for quote in quotes:
        if STAND_IN in quote.speaker:
            forget_speaker(quote)
        elif STAND_IN in quote.speaker_role or STAND_IN in quote.affiliation:
            quote.speaker_role = quote.affiliation = ""
