"""Synthetic person records with known truth, for tests and benchmarks of linkage.

Each person appears one to three times, as different sources would write them: in Cyrillic or
Latin script, with another transliteration (Alvi / Ali, Magomed / Mohammed), a typo, a date
known only to the month or year, an age instead of a date.
"""

from __future__ import annotations

import random

import pandas as pd

GIVEN = [
    ("Алви", ["Alvi", "Ali"]),
    ("Магомед", ["Magomed", "Mohammed"]),
    ("Руслан", ["Ruslan"]),
    ("Ахмед", ["Akhmed", "Ahmed"]),
    ("Ислам", ["Islam"]),
    ("Зелимхан", ["Zelimkhan", "Zelimhan"]),
    ("Адам", ["Adam"]),
    ("Хамзат", ["Khamzat", "Hamzat"]),
    ("Ибрагим", ["Ibragim", "Ibrahim"]),
    ("Шамиль", ["Shamil", "Chamil"]),
    ("Артур", ["Artur", "Arthur"]),
    ("Тимур", ["Timur"]),
]
# Surnames are built from syllables, with the spellings two transliteration systems give.
_SYLLABLES = [
    ("ка", "ka", "ka"),
    ("ри", "ri", "ri"),
    ("ма", "ma", "ma"),
    ("ха", "kha", "ha"),
    ("са", "sa", "sa"),
    ("ду", "du", "du"),
    ("ю", "yu", "iu"),
    ("су", "su", "su"),
    ("ба", "ba", "ba"),
    ("за", "za", "za"),
    ("ге", "ge", "ge"),
    ("ах", "akh", "ah"),
    ("эль", "el", "el"),
    ("шам", "sham", "sham"),
    ("вах", "vakh", "vah"),
    ("ис", "is", "is"),
    ("му", "mu", "mu"),
    ("тa", "ta", "ta"),
    ("ло", "lo", "lo"),
    ("ру", "ru", "ru"),
]
_ENDINGS = [("ев", "ev", "yev"), ("ов", "ov", "ov"), ("аев", "aev", "ayev")]
PLACES = [("Аргун", "Argun"), ("Грозный", "Grozny"), ("Гудермес", "Gudermes"), ("Шали", "Shali")]


def _surname(rng: random.Random) -> tuple[str, list[str]]:
    parts = [rng.choice(_SYLLABLES) for _ in range(rng.choice([2, 2, 3]))] + [rng.choice(_ENDINGS)]
    cyrillic = "".join(p[0] for p in parts)
    return cyrillic.capitalize(), [
        "".join(p[1] for p in parts).capitalize(),
        "".join(p[2] for p in parts).capitalize(),
    ]


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def people(count: int, *, seed: int = 1) -> pd.DataFrame:
    """Return about 2 × ``count`` records of ``count`` people: record_id, entity and the fields."""
    rng = random.Random(seed)  # noqa: S311  (test data, not secrets)
    rows = []
    for entity in range(count):
        given = rng.randrange(len(GIVEN))
        s_ru, s_lat = _surname(rng)
        father = rng.randrange(len(GIVEN))
        year, month, day = rng.choice([2017, 2019]), rng.randint(1, 12), rng.randint(1, 28)
        place = rng.randrange(len(PLACES))
        age = rng.randint(18, 55)
        for copy in range(rng.choice([1, 2, 2, 3])):
            cyrillic = rng.random() < 0.5
            g_ru, g_lat = GIVEN[given]
            name_given = g_ru if cyrillic else rng.choice(g_lat)
            name_surname = s_ru if cyrillic else rng.choice(s_lat)
            if copy and rng.random() < 0.2:
                name_surname = _typo(rng, name_surname)
            patronymic = GIVEN[father][0] + "ович" if cyrillic else GIVEN[father][1][0] + "ovich"
            precision = rng.choice(["day", "month", "year"])
            date = {
                "day": f"{year}-{month:02d}-{day:02d}",
                "month": f"{year}-{month:02d}",
                "year": str(year),
            }[precision]
            rows.append(
                {
                    "record_id": f"r{entity}-{copy}",
                    "entity": entity,
                    "name": f"{name_given} {name_surname}",
                    "patronymic": patronymic if rng.random() < 0.7 else "",
                    "date": date,
                    "place": PLACES[place][0 if cyrillic else 1],
                    "age": str(age + rng.choice([0, 0, 1])) if rng.random() < 0.8 else "",
                }
            )
    return pd.DataFrame(rows)
