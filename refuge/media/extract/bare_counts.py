"""The people a bare English count leaves unnamed ("Up to 100 men are held, and at least three
have died"): the men or women its sentence, or the one before, spoke of.

Every annotator who read such counts in the development set's later batches and in the blind
sets counted the men the article is about ("26 are reported to have been killed" after
"hundreds of suspected gay men"), not anyone; without men or women named there, they are
people.
"""

from __future__ import annotations

import re

from refuge.media.extract.spans import sentence_start

# The word after the number is a verb or an adverb before one, or the count is part of those
# before it ("13 of them had been arrested", "11 said they were beaten"): it names no noun.
_NO_NOUN = re.compile(
    r"\s+(?:have|has|had|are|were|was|is|died|remain\w*|reportedly|allegedly|also|more|said|told"
    r"|of\s+them|of\s+whom)\b",
    re.I,
)
# The last plural noun of people before the count, within its sentence and the one before.
_PEOPLE_NOUN = re.compile(r"\b(?:men|women|people|individuals|persons|Chechens|residents)\b")


def bare_noun(text: str, number_end: int, number_start: int) -> str:
    """Return "men" or "women" for a count with no noun of its own after the men or women the
    text just spoke of (not after both), else ""."""
    if not _NO_NOUN.match(text, number_end):
        return ""
    start = sentence_start(text, number_start, 0)
    start = sentence_start(text, max(start - 2, 0), 0) if start > 1 else start
    nouns = _PEOPLE_NOUN.findall(text[start:number_start])
    if {"men", "women"} <= set(nouns):
        return ""  # "40 men and 12 women, and two died": either
    return nouns[-1] if nouns and nouns[-1] in {"men", "women"} else ""
