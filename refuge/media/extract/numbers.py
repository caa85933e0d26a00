"""Numbers in digits or words, English and Russian ("twenty-seven", "двадцати семи", "11 тысяч").

Russian numerals are matched in every case by the patterns in ``lexicon.RUSSIAN_NUMERALS``
(tests/test_media.py checks them against every form pymorphy2 generates), so "пятерых",
"двумястами" and "сорока двух" are numbers without a list of their forms.
"""

from __future__ import annotations

import re
from functools import cache

from refuge.media import lexicon


def _words(values: range) -> str:
    words = [w for w, v in lexicon.NUMBER_WORDS.items() if v in values and " " not in w]
    return "|".join(sorted(words, key=len, reverse=True))


def _russian(values: range) -> str:
    patterns = [p for p, v in lexicon.RUSSIAN_NUMERALS if v in values]
    return "(?:" + "|".join(f"(?:{p})(?![а-яё])" for p in patterns) + ")"


_TENS = _words(range(20, 100, 10))
_UNITS = _words(range(1, 10))
_RU_UNITS = _russian(range(1, 10))
_RU_TENS = _russian(range(20, 100, 10))
_RU_HUNDREDS = _russian(range(100, 1000, 100))
_RU_ANY = _russian(range(1, 1001))
# "сто двадцать пять", "двадцати семи", "двухсот": hundreds, tens and units in that order.
_RU_COMPOUND = (
    rf"{_RU_HUNDREDS}(?:\s+{_RU_TENS})?(?:\s+{_RU_UNITS})?"
    rf"|{_RU_TENS}(?:\s+{_RU_UNITS})?|{_RU_ANY}"
)
_MULTIPLIER = r"(?:тысяч[аиеу]?|тыс\.|thousand|million|млн\.?)"
NUMBER = (
    # "11 тысяч", "1,5 million": a multiplier makes the number; only then is "1,5" a decimal.
    rf"(?:(?:\d+(?:[.,]\d+)?|{_RU_COMPOUND})\s+{_MULTIPLIER}(?!\w)|"
    rf"(?:{_TENS})(?:-|\s+)(?:{_UNITS})(?!\w)|\d{{1,3}}(?:,\d{{3}})+|"
    # "50 000", "1 800": digits grouped by a (no-break) space.
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+|"
    + "|".join(sorted((re.escape(w) for w in lexicon.NUMBER_WORDS), key=len, reverse=True))
    + rf"|{_RU_COMPOUND})"
)
_RU_VALUES = [(re.compile(p), v) for p, v in lexicon.RUSSIAN_NUMERALS]


@cache
def _word_value(word: str) -> int:
    if word in lexicon.NUMBER_WORDS:
        return lexicon.NUMBER_WORDS[word]
    return next((v for pattern, v in _RU_VALUES if pattern.fullmatch(word)), 0)


def is_number(word: str) -> bool:
    """Return whether one word is a number ("27", "twenty-seven", "двадцати")."""
    word = word.lower()
    return (
        word.isdigit()
        or bool(_word_value(word))
        or ("-" in word and all(_word_value(part) for part in word.split("-")))
    )


def number_value(word: str) -> int:
    word = word.lower().strip()
    multiplier = re.search(rf"\s+{_MULTIPLIER}$", word)
    if multiplier is not None:
        unit = multiplier.group(0).strip().rstrip(".")
        scale = next(v for k, v in lexicon.MULTIPLIERS.items() if unit.startswith(k.rstrip(".")))
        count = word[: multiplier.start()]
        if re.fullmatch(r"\d+(?:[.,]\d+)?", count):
            return round(float(count.replace(",", ".")) * scale)
        return number_value(count) * scale
    word = re.sub(r"(?<=\d)[,\s\u00a0\u202f](?=\d{3})", "", word)
    if word.isdigit():
        return int(word)
    if word in lexicon.NUMBER_WORDS:
        return lexicon.NUMBER_WORDS[word]
    # "twenty-seven", "двадцать семь", "сто двадцать пять": hundreds, tens and units.
    return sum(_word_value(part) for part in re.split(r"[-\s]+", word))
