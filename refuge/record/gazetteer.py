"""Place names in Cyrillic and Latin script, and across transliteration systems."""

from __future__ import annotations

import unicodedata

_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}
# Latin spellings that different transliteration systems give the same sound.
_LATIN = [
    ("shch", "sch"),
    ("kh", "h"),
    ("zh", "j"),
    ("ya", "ia"),
    ("yu", "iu"),
    ("yo", "e"),
    ("y", "i"),
    ("j", "i"),
    ("ts", "c"),
    ("ch", "c"),
    ("'", ""),
    ("’", ""),
    # Грозный → groznyi, Grozny, Groznyy; Исаев → isaev, Isayev: one key each.
    ("ii", "i"),
    ("iev", "ev"),
]


def place_key(name: str) -> str:
    """Return a key under which Аргун, Argun and Argoun-like spellings collide."""
    text = unicodedata.normalize("NFKC", name).strip().lower()
    latin = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    latin = "".join(
        ch for ch in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(ch)
    )
    for old, new in _LATIN:
        latin = latin.replace(old, new)
    return "".join(ch for ch in latin if ch.isalnum())
