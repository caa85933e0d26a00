"""Numbers in digits or words, English and Russian."""

from __future__ import annotations

import re

from refuge.media import lexicon

NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|"
    + "|".join(sorted((re.escape(w) for w in lexicon.NUMBER_WORDS), key=len, reverse=True))
    + r")"
)


def number_value(word: str) -> int:
    word = word.lower().replace(",", "")
    return int(word) if word.isdigit() else lexicon.NUMBER_WORDS[word]
