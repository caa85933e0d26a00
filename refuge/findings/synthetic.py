"""Synthetic person records with known truth, for tests and benchmarks of linkage.

Each person appears one to three times, as different sources would write them: in Cyrillic or
Latin script, with another transliteration (Alvi / Ali, Magomed / Mohammed), a typo, a date
known only to the month or year, an age instead of a date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

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


# --- Lists as several organisations would keep them ------------------------------------------
# Chechen given names with rough popularity weights (a few very common, a long tail).
LIST_GIVEN = [
    ("Магомед", 30),
    ("Ахмед", 14),
    ("Ислам", 12),
    ("Руслан", 11),
    ("Адам", 10),
    ("Хасан", 9),
    ("Хусейн", 9),
    ("Ибрагим", 8),
    ("Умар", 8),
    ("Абдулла", 7),
    ("Алви", 7),
    ("Беслан", 7),
    ("Заур", 6),
    ("Лема", 6),
    ("Муса", 6),
    ("Иса", 6),
    ("Шамиль", 6),
    ("Тимур", 5),
    ("Арби", 5),
    ("Аслан", 5),
    ("Рамзан", 5),
    ("Сайд", 4),
    ("Салман", 4),
    ("Султан", 4),
    ("Аюб", 4),
    ("Висита", 3),
    ("Докка", 3),
    ("Зелимхан", 3),
    ("Хамзат", 3),
    ("Мовсар", 3),
    ("Апти", 3),
    ("Ваха", 3),
    ("Асланбек", 2),
    ("Мансур", 2),
    ("Анзор", 2),
    ("Идрис", 2),
    ("Юсуп", 2),
    ("Ильяс", 2),
    ("Рустам", 2),
    ("Хож-Ахмед", 1),
    ("Хеда", 3),
    ("Малика", 3),
    ("Зарема", 3),
    ("Айшат", 2),
    ("Петимат", 2),
    ("Мадина", 2),
    ("Луиза", 2),
    ("Марьям", 2),
    ("Зура", 1),
    ("Хава", 1),
]
_STEMS = [
    "Висаит",
    "Кадыр",
    "Эльмурз",
    "Мус",
    "Ис",
    "Умар",
    "Дуд",
    "Магомад",
    "Бисулт",
    "Хасан",
    "Гайрбек",
    "Цакаев",
    "Ахмад",
    "Эдильсулт",
    "Межид",
    "Абдулкадыр",
    "Юсуп",
    "Байсар",
    "Тагир",
    "Шахид",
    "Маца",
    "Закри",
    "Арсамирз",
    "Хадж",
    "Бетмирз",
    "Газим",
    "Тимирсолт",
    "Джабраил",
    "Мутуш",
    "Саидхасан",
    "Бака",
    "Джамалдин",
    "Усман",
    "Ваххаб",
    "Лорс",
    "Алхазур",
    "Сулейман",
    "Ахъяд",
    "Чага",
    "Вара",
    "Эскерх",
    "Зубайр",
    "Дадаш",
    "Сату",
    "Цака",
    "Аслахан",
    "Шовхал",
]
_SUFFIXES = ["ов", "ев", "аев"]
PLACES_CHECHNYA = [
    "Грозный",
    "Гудермес",
    "Аргун",
    "Шали",
    "Урус-Мартан",
    "Ачхой-Мартан",
    "Курчалой",
    "Наурская",
    "Ведено",
    "Шатой",
    "Бачи-Юрт",
    "Самашки",
    "Сержень-Юрт",
    "Старые Атаги",
    "Алхан-Юрт",
    "Цоци-Юрт",
    "Знаменское",
    "Катыр-Юрт",
    "Ассиновская",
    "Гехи",
]
# Three transliteration systems, as a Russian passport (ICAO), an English-language report
# (BGN/PCGN) and a journalist who writes by ear would spell the same name.
_COMMON = dict(zip("абвгдзиклмнопрстуф", "abvgdziklmnoprstuf", strict=True))
_SYSTEMS = {
    "icao": {
        **_COMMON,
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "й": "i",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "ie",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "iu",
        "я": "ia",
    },
    "bgn": {
        **_COMMON,
        "е": "e",
        "ё": "yo",
        "ж": "zh",
        "й": "y",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "'",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
    "ear": {
        **_COMMON,
        "е": "e",
        "ё": "yo",
        "ж": "j",
        "й": "y",
        "х": "h",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ы": "i",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
}
_VOWELS = set("аеёиоуыэюяь ъ-")


def transliterate(text: str, system: str) -> str:
    """Spell Cyrillic ``text`` in Latin letters by ``system`` (icao, bgn or ear)."""
    table = _SYSTEMS[system]
    out = []
    previous = " "
    for ch in text:
        low = ch.lower()
        if low == "е" and system != "icao" and previous in _VOWELS:
            latin = "ye"  # Исаев → Isayev, as BGN/PCGN and most English texts write it
        else:
            latin = table.get(low, low)
        out.append(latin.capitalize() if ch.isupper() else latin)
        previous = low
    return "".join(out)


def _transpose(rng: random.Random, word: str) -> str:
    """Swap two neighbouring letters inside ``word`` (the commonest typing error)."""
    letters = [i for i in range(1, len(word) - 1) if word[i].isalpha() and word[i + 1].isalpha()]
    if len(word) < 4 or not letters:
        return word
    i = rng.choice(letters)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


@dataclass(frozen=True)
class ListStyle:
    """How one list writes its records."""

    cyrillic: float  # share of records in Cyrillic
    systems: tuple[str, ...]  # transliteration systems of the others
    precision: tuple[float, float, float, float]  # dates to the day, month, year, unknown
    typo: float  # share of records with two letters of a name swapped
    patronymic: float  # share of records with a patronymic
    capture: float  # chance an average person is on the list


# One list is kept in Russian, one in English, one mixes both, one copies passports.
LIST_STYLES = {
    "A": ListStyle(1.0, ("icao",), (0.5, 0.2, 0.25, 0.05), 0.08, 0.7, 0.55),
    "B": ListStyle(0.0, ("bgn", "bgn", "ear"), (0.3, 0.25, 0.4, 0.05), 0.1, 0.15, 0.45),
    "C": ListStyle(0.5, ("icao", "bgn", "ear"), (0.4, 0.2, 0.35, 0.05), 0.1, 0.4, 0.4),
    "D": ListStyle(0.0, ("icao",), (0.7, 0.1, 0.15, 0.05), 0.06, 0.0, 0.5),
}


def chechen_lists(population: int, *, seed: int = 1, lists: str = "ABCD") -> pd.DataFrame:
    """Return the records that several lists hold of ``population`` invented people.

    Columns: record_id, entity (the true person), source (the list), name, patronymic, date
    (birth date to the day, month or year, or unknown), place, age (empty). Capture is
    heterogeneous: some people are far more visible than others, as in real documentation.
    Each list writes in its own script and transliteration, mistypes some names by swapping
    two letters, and holds a few duplicates of its own.
    """
    rng = random.Random(seed)  # noqa: S311  (test data, not secrets)
    names, weights = zip(*LIST_GIVEN, strict=True)
    stems = _STEMS + [n for n in names if "-" not in n and n[-1] not in "аеиоуыэюя"]
    surnames = sorted(
        {
            stem + (suffix if stem[-1] not in "аеиоуыэюяь" else "ев")
            for stem in stems
            for suffix in _SUFFIXES
        }
    )
    rng.shuffle(surnames)
    # Family names cluster: a few are very common (Zipf-like weights).
    surname_weights = [1 / (rank + 3) for rank in range(len(surnames))]
    rows = []
    for entity in range(population):
        given = rng.choices(names, weights)[0]
        surname = rng.choices(surnames, surname_weights)[0]
        father = rng.choices(names[:40], weights[:40])[0]
        birth = (rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
        place = rng.choice(PLACES_CHECHNYA)
        visibility = rng.choice([0.5, 0.5, 0.5, 1.0, 1.6])
        copy = 0
        for source in lists:
            style = LIST_STYLES[source]
            times = 0
            if rng.random() < min(0.95, style.capture * visibility):
                times = 2 if rng.random() < 0.04 else 1
            for _ in range(times):
                rows.append(
                    _record(rng, style, entity, copy, source, given, surname, father, birth, place)
                )
                copy += 1
    return pd.DataFrame(rows)


def _record(
    rng: random.Random,
    style: ListStyle,
    entity: int,
    copy: int,
    source: str,
    given: str,
    surname: str,
    father: str,
    birth: tuple[int, int, int],
    place: str,
) -> dict[str, object]:
    cyrillic = rng.random() < style.cyrillic
    system = rng.choice(style.systems)

    def spell(text: str) -> str:
        return text if cyrillic else transliterate(text, system)

    name_given, name_surname = spell(given), spell(surname)
    if rng.random() < style.typo:
        if rng.random() < 0.7:
            name_surname = _transpose(rng, name_surname)
        else:
            name_given = _transpose(rng, name_given)
    patronymic = ""
    if rng.random() < style.patronymic:
        patronymic = spell(father + ("евич" if father[-1] in "йь" else "ович"))
    year, month, day = birth
    precision = rng.choices(["day", "month", "year", "none"], style.precision)[0]
    date = {
        "day": f"{year}-{month:02d}-{day:02d}",
        "month": f"{year}-{month:02d}",
        "year": str(year),
        "none": "",
    }[precision]
    return {
        "record_id": f"{source}{entity}-{copy}",
        "entity": entity,
        "source": source,
        "name": f"{name_given} {name_surname}",
        "patronymic": patronymic,
        "date": date,
        "place": spell(place) if rng.random() < 0.9 else "",
        "age": "",
    }
