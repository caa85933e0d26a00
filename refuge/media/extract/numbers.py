"""Numbers in digits or words, English and Russian ("twenty-seven", "двадцать семь")."""

from __future__ import annotations

import re

from refuge.media import lexicon


def _words(values: range) -> str:
    words = [w for w, v in lexicon.NUMBER_WORDS.items() if v in values and " " not in w]
    return "|".join(sorted(words, key=len, reverse=True))


_TENS = _words(range(20, 100, 10))
_UNITS = _words(range(1, 10))
NUMBER = (
    rf"(?:(?:{_TENS})(?:-|\s+)(?:{_UNITS})(?!\w)|\d{{1,3}}(?:,\d{{3}})+|\d+|"
    + "|".join(sorted((re.escape(w) for w in lexicon.NUMBER_WORDS), key=len, reverse=True))
    + r")"
)


def number_value(word: str) -> int:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    if word in lexicon.NUMBER_WORDS:
        return lexicon.NUMBER_WORDS[word]
    # "twenty-seven", "двадцать семь": tens and units.
    return sum(lexicon.NUMBER_WORDS[part] for part in re.split(r"[-\s]+", word))
