"""Numbers in digits or words, English and Russian ("twenty-seven", "двадцати семи", "11 тысяч").

Russian numerals are matched in every case by the patterns in ``RUSSIAN_NUMERALS``
(tests/test_media.py checks them against every form pymorphy2 generates), so "пятерых",
"двумястами" and "сорока двух" are numbers without a list of their forms.
"""

from __future__ import annotations

import re
from functools import cache

from refuge.media import lexicon

# Russian numerals in every case ("двадцать", "двадцати", "двадцатью"): the word's pattern and
# its value.
_UNITS_RU = "(?:ь|и|ью)"
_COLLECTIVE_RU = "(?:о|ых|ым|ыми)"
_HUNDREDS_RU = "(?:ьсот|исот|истам|ьюстами|истах)"
RUSSIAN_NUMERALS = (
    ("од(?:ин|ного|ному|ним|ном|на|ной|ною|ну|но)", 1),
    ("дв(?:а|е|ух|ум|умя)", 2),
    ("дво(?:е|их|им|ими)", 2),
    ("тр(?:и|[её]х|[её]м|емя|ёмя)", 3),
    ("тро(?:е|их|им|ими)", 3),
    ("четыр(?:е|[её]х|[её]м|ьмя)", 4),
    (f"четвер{_COLLECTIVE_RU}", 4),
    (f"пят{_UNITS_RU}", 5),
    (f"пятер{_COLLECTIVE_RU}", 5),
    (f"шест{_UNITS_RU}", 6),
    (f"шестер{_COLLECTIVE_RU}", 6),
    (f"сем{_UNITS_RU}", 7),
    (f"семер{_COLLECTIVE_RU}", 7),
    ("восем(?:ь|ью)|восьм(?:и|ью)", 8),
    (f"восьмер{_COLLECTIVE_RU}", 8),
    (f"девят{_UNITS_RU}", 9),
    (f"девятер{_COLLECTIVE_RU}", 9),
    (f"десят{_UNITS_RU}", 10),
    (f"десятер{_COLLECTIVE_RU}", 10),
    ("десят(?:ок|ка|ку|ком|ке)", 10),
    (f"одиннадцат{_UNITS_RU}", 11),
    (f"двенадцат{_UNITS_RU}", 12),
    (f"тринадцат{_UNITS_RU}", 13),
    (f"четырнадцат{_UNITS_RU}", 14),
    (f"пятнадцат{_UNITS_RU}", 15),
    (f"шестнадцат{_UNITS_RU}", 16),
    (f"семнадцат{_UNITS_RU}", 17),
    (f"восемнадцат{_UNITS_RU}", 18),
    (f"девятнадцат{_UNITS_RU}", 19),
    (f"двадцат{_UNITS_RU}", 20),
    (f"тридцат{_UNITS_RU}", 30),
    ("сорок(?:а)?", 40),
    ("пят(?:ьдесят|идесяти|ьюдесятью)", 50),
    ("шест(?:ьдесят|идесяти|ьюдесятью)", 60),
    ("сем(?:ьдесят|идесяти|ьюдесятью)", 70),
    ("вос(?:емьдесят|ьмидесяти|емьюдесятью)", 80),
    ("девяност(?:о|а)", 90),
    ("ст(?:о|а)", 100),
    ("сотн(?:я|и|е|ю|ей|ею)", 100),  # "около сотни", "сотни мужчин"
    ("дв(?:ести|ухсот|умстам|умястами|ухстах)", 200),
    ("тр(?:иста|[её]хсот|[её]мстам|емястами|[её]хстах)", 300),
    ("четыр(?:еста|[её]хсот|[её]мстам|ьмястами|[её]хстах)", 400),
    (f"пят{_HUNDREDS_RU}", 500),
    (f"шест{_HUNDREDS_RU}", 600),
    (f"сем{_HUNDREDS_RU}", 700),
    ("вос(?:емьсот|ьмисот|ьмистам|емьюстами|ьмистах)", 800),
    (f"девят{_HUNDREDS_RU}", 900),
    ("тысяч(?:а|и|е|у|ей|ею|ью)", 1000),
    # "полсотни человек", "до полусотни", "около полусотни": the oblique cases take "полу-".
    ("пол(?:у)?сотн(?:я|и|е|ю|ей|ею)", 50),
)


def _words(values: range) -> str:
    words = [w for w, v in lexicon.NUMBER_WORDS.items() if v in values and " " not in w]
    return "|".join(sorted(words, key=len, reverse=True))


def _russian(values: range) -> str:
    patterns = [p for p, v in RUSSIAN_NUMERALS if v in values]
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
_MULTIPLIER = (
    # "о 5 тысячах задержанных": the multiplier in any case.
    r"(?:тысяч(?:ами|ах|ам|[аиеу])?|тыс\.|hundred|thousand|million|млн\.?|"
    r"десят(?:ка|ков|кам|ками|ках|ки)|сот(?:ни|ен|ням|нями|нях))"
)
# "полтора десятка", "полторы тысячи", "полутора сотен": one and a half of the multiplier.
_HALF_MORE = r"полтор[аы]|полутора"
# "a hundred and twenty", "two hundred and fifty-five": hundreds with their tens and units.
_EN_TEENS = _words(range(10, 20))
_EN_HUNDREDS = (
    rf"(?:a|one|{_UNITS})\s+hundred\s+and\s+"
    # "three hundred and twenty thousand" is 320 000; "a hundred and two thousand" is left
    # alone, as likely a range ("between a hundred and two thousand").
    rf"(?:(?:(?:{_TENS})(?:(?:-|\s+)(?:{_UNITS}))?|{_EN_TEENS})(?!\w)(?:\s+(?:thousand|million)(?!\w))?"
    rf"|(?:{_UNITS})(?!\w))"
    # Not "between a hundred and two hundred": the "and" joins two numbers of a range.
    r"(?!\s+(?:hundred|thousand|million|billion)\b)"
    # "nine hundred ninety-nine", "two hundred fifty thousand": the "and" is often left out.
    rf"|(?:a|one|{_UNITS})\s+hundred\s+(?:(?:(?:{_TENS})(?:(?:-|\s+)(?:{_UNITS}))?|{_EN_TEENS})"
    rf"(?!\w)(?:\s+(?:thousand|million)(?!\w))?|(?:{_UNITS})(?!\w))"
    r"(?!\s+(?:hundred|thousand|million|billion)\b)"
)
# "two thousand", "four hundred", "twenty-five thousand": English words times a multiplier.
_EN_MULTIPLIED = (
    rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_EN_TEENS}|{_UNITS})\s+(?:hundred|thousand|million)(?!\w)"
)
# "three thousand five hundred", "two thousand three hundred and twelve", "три тысячи пятьсот",
# "тысяча двести": thousands with what follows them, one number. Not "two thousand and three
# thousand", whose "and" joins the two ends of a range; nor a count out of the thousands ("Из
# трёх тысяч двое погибли", "Out of three thousand ten were killed"): a collective numeral
# ("двое", "пятерых") never goes on a number, and "из", "out of" and "of the" take a whole.
_EN_BELOW_HUNDRED = rf"(?:(?:{_TENS})(?:(?:-|\s+)(?:{_UNITS}))?|{_EN_TEENS}|{_UNITS})(?!\w)"
_COLLECTIVE = r"(?:дво|тро|четвер|пятер|шестер|семер|восьмер|девятер|десятер)[а-яё]*"
# The hundreds of thousands: "one hundred and fifty thousand two hundred" (not "a hundred
# and two thousand", likely a range's two ends, as in ``_EN_HUNDREDS``).
_EN_HUNDREDS_COUNT = (
    rf"(?:a|one|{_UNITS})\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TENS})(?:(?:-|\s+)(?:{_UNITS}))?"
    rf"|{_EN_TEENS})|\s+(?:{_UNITS}))?"
)
_THOUSANDS = (
    r"(?<![Oo]ut of )(?<![Oo]f the )(?<![Ии]з )"
    rf"(?:(?:{_EN_HUNDREDS_COUNT}|(?:{_TENS})(?:(?:-|\s+)(?:{_UNITS}))?|{_EN_TEENS}|{_UNITS}|a|one)"
    r"\s+thousand\s+"
    rf"(?:and\s+)?(?:(?:a|one|{_UNITS})\s+hundred(?:\s+(?:and\s+)?{_EN_BELOW_HUNDRED})?(?!\w)"
    rf"|{_EN_BELOW_HUNDRED})"
    # "3 тысячи пятьсот": digits before the multiplier too (not a decimal, "1,5 тысячи").
    rf"|(?:(?:(?<![\d.,])\d{{1,3}}|{_RU_COMPOUND})\s+)?тысяч(?:а|и|е|у|ей|ею|ью)?\s+(?!{_COLLECTIVE})(?:{_RU_COMPOUND})"
    r"(?!\w))(?!\s+(?:hundred|thousand|million|billion|тысяч|млн)\w*)"
)
# Every number above begins with a digit or one of these letters (either case): a look at one
# character passes over most words at once, where the alternation below would try each of its
# branches at every word (figures.py scans each text for numbers; a third of that scan's time).
# tests/test_media_number_first.py checks the letters against the pattern.
FIRST_CHARACTERS = r"\dAaEeFfHhNnOoSsTtВвДдОоПпСсТтЧчШш"
NUMBER = (
    rf"(?=[{FIRST_CHARACTERS}])(?:{_THOUSANDS}|{_EN_HUNDREDS}|{_EN_MULTIPLIED}|"
    # "11 тысяч", "1,5 million": a multiplier makes the number; only then is "1,5" a decimal.
    # Not a year ("In 2019 hundred people fled"), nor across a line ("Grozny, 2017\nHundred
    # men"): review 17.
    rf"(?:(?<!\d)(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?|{_HALF_MORE}|{_RU_COMPOUND})"
    # "три с половиной тысячи": and a half of the multiplier.
    rf"(?:[^\S\n]+с[^\S\n]+половиной)?[^\S\n]+{_MULTIPLIER}(?!\w)|"
    rf"(?:{_TENS})(?:-|\s+)(?:{_UNITS})(?!\w)|\d{{1,3}}(?:,\d{{3}})+|"
    # "50 000", "1 800": digits grouped by a (no-break) space.
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+|half\s+a\s+dozen|"
    + "|".join(sorted((re.escape(w) for w in lexicon.NUMBER_WORDS), key=len, reverse=True))
    + rf"|{_RU_COMPOUND})"
)
_RU_VALUES = [(re.compile(p), v) for p, v in RUSSIAN_NUMERALS]


@cache
def _word_value(word: str) -> int:
    if word in lexicon.NUMBER_WORDS:
        return lexicon.NUMBER_WORDS[word]
    return next((v for pattern, v in _RU_VALUES if pattern.fullmatch(word)), 0)


def is_multiplier(word: str) -> bool:
    """Return whether one word multiplies a number ("десятков", "сотни", "тысяч", "hundred")."""
    return re.fullmatch(_MULTIPLIER, word.lower()) is not None


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
    if word in lexicon.NUMBER_WORDS:
        return lexicon.NUMBER_WORDS[word]  # "a thousand": "a" before the multiplier is one
    thousands = re.fullmatch(r"(?:(.+?)\s+)?(?:thousand|тысяч\w*)\s+(?:and\s+)?(.+)", word)
    if thousands is not None:  # "three thousand five hundred", "тысяча двести"
        count = thousands.group(1)
        return 1000 * (number_value(count) if count not in (None, "a") else 1) + number_value(
            thousands.group(2)
        )
    multiplier = re.search(rf"\s+{_MULTIPLIER}$", word)
    if multiplier is not None:
        unit = multiplier.group(0).strip().rstrip(".")
        scale = next(v for k, v in lexicon.MULTIPLIERS.items() if unit.startswith(k.rstrip(".")))
        count = word[: multiplier.start()]
        if half := re.fullmatch(r"(.+?)\s+с\s+половиной", count):
            return (2 * number_value(half.group(1)) + 1) * scale // 2
        if re.fullmatch(_HALF_MORE, count):
            return scale * 3 // 2
        if re.fullmatch(r"\d+(?:[.,]\d+)?", count):
            return round(float(count.replace(",", ".")) * scale)
        return number_value(count) * scale
    word = re.sub(r"(?<=\d)[,\s\u00a0\u202f](?=\d{3})", "", word)
    if word.isdigit():
        return int(word)
    if word in lexicon.NUMBER_WORDS:
        return lexicon.NUMBER_WORDS[word]
    hundreds = re.fullmatch(r"(\w+)\s+hundred\s+(?:and\s+)?(.+)", word)
    if hundreds is not None:
        return 100 * (lexicon.NUMBER_WORDS.get(hundreds.group(1)) or 1) + number_value(
            hundreds.group(2)
        )
    if re.fullmatch(r"half\s+a\s+dozen", word):
        return 6  # not "a dozen" after "half"
    # "twenty-seven", "двадцать семь", "сто двадцать пять": hundreds, tens and units.
    return sum(_word_value(part) for part in re.split(r"[-\s]+", word))


# A number joined by a hyphen to a word is part of an adjective, not a count: "42-страничном
# докладе", "учащихся 8-х классов", "a 19-year-old"; only another number may follow the
# hyphen ("20-30", "четыре-пять").
NOT_COMPOUND = rf"(?![–-](?!(?:{NUMBER})(?!\w))[^\W\d_])"
# Digits may carry a cardinal's case ending after a hyphen: "3-х боевиков" (трёх), "5-ти
# задержанных" (пяти), "2-ум" (двум). Not an ordinal's: "8-х классов" is "восьмых", so "-х"
# only after a final 2, 3 or 4 (not 12-14), whose ordinals no one writes that way. Nor the
# first half of an adjective written apart ("3-х летнего ребенка", "в 4-х местной камере").
CASE_ENDING = (
    r"(?:(?:(?<=(?<!1)[234])-х|(?<=\d)-(?:ух|ум|ем|ех|ёх|ти|ми))(?!\w)"
    r"(?![^\S\n]+(?:летн|месячн|местн|этажн|комнатн|дневн|недельн|часов|минутн|разов|кратн"
    r"|тонн|процентн|метров|километров|годичн)))?(?!\w)"
)
# A rate is no count: "an average of 12 requests per hour", "more than 100 a day", "по 50
# обращений в неделю" (at most two words between, the period ending the clause: not "40 men
# a week ago", "in a day", "в день его приезда").
RATE = (
    r"(?:\s+(?!in\b|within\b|for\b|за\b)[\w-]+){0,2}\s+(?:per|a|an|each|every|в)\s+"
    r"(?:hour|day|week|month|час|день|сутки|неделю|месяц)(?=\s*(?:[.,;:!?)»”\"]|$))"
)


def low_value(low: str, high: str | None) -> int:
    """Return the value of a range's lower end, which shares the upper end's multiplier when
    it has none and is below the upper end's count: "от 150 до 160 тысяч" is 150 000, "30–40
    тысяч" 30 000; "от 500 до 1 тыс." stays 500."""
    value = number_value(low)
    upper = (high or "").lower().strip()
    shared = re.search(rf"\s+{_MULTIPLIER}$", upper)
    if shared is None or re.search(rf"\s+{_MULTIPLIER}$", low.lower().strip()):
        return value
    count = number_value(upper[: shared.start()])
    return value * (number_value(upper) // max(1, count)) if value < count else value


# A Russian ordinal numeral ("семнадцатом", "двадцать первом", "тысячном"): the last word of a
# compound ordinal, whose cardinal words before it are no count ("в две тысячи семнадцатом
# году", "в девяностом").
_ORDINAL_RU = (
    r"(?:перв|втор|четв[её]рт|пят|шест|седьм|восьм|девят|десят|\w+надцат|двадцат|тридцат|"
    r"сороков|(?:пят|шест|сем|восьм)идесят|девяност|(?:двух|тр[её]х|четыр[её]х)?сот|"
    r"(?:пят|шест|сем|восьм|девят)исот|тысячн)"
    r"(?:ый|ий|ой|ого|ому|ым|ом|ая|ую|ое|ые|ых|ыми)(?!\w)|трет(?:ий|ь\w+)(?!\w)"
)
# Years said in English words: "nineteen ninety-nine", "twenty seventeen", "twenty twenty".
_EN_CENTURY = rf"(?:{_EN_TEENS}|twenty)"
_EN_YEAR_END = rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_EN_TEENS})(?![\w-])"
# Not "of" or "by" ("a group of two thousand and twenty", "grew by two thousand and ten").
_YEAR_BEFORE_EN = re.compile(r"\b(?:in|since|until|till|during|year)\s+$", re.I)
_ORDINAL_AFTER_RU = re.compile(rf"\s+(?:{_ORDINAL_RU})", re.I)
_CENTURY_EN = re.compile(_EN_CENTURY, re.I)
_YEAR_END_AFTER_EN = re.compile(rf"\s+{_EN_YEAR_END}", re.I)
_YEAR_END_EN = re.compile(_EN_YEAR_END, re.I)
_CENTURY_BEFORE_EN = re.compile(rf"\b{_EN_CENTURY}\s+$", re.I)


def year_in_words(number: str, before: str, after: str) -> bool:
    """Return whether a number in words is (part of) a year or an ordinal, not a count: "в две
    тысячи семнадцатом году", "in two thousand and seventeen", "in twenty seventeen"."""
    words = number.lower().split()
    last = _word_value(words[-1])
    if last >= 20 and last % 10 == 0 and _ORDINAL_AFTER_RU.match(after):
        # The cardinal part of a compound ordinal ends in tens, hundreds or thousands; "пять
        # первых задержанных" (the first five) is a count.
        return True
    if _CENTURY_EN.fullmatch(number) and _YEAR_END_AFTER_EN.match(after):
        return True  # "twenty" of "twenty seventeen"
    if _YEAR_END_EN.fullmatch(number) and _CENTURY_BEFORE_EN.search(before):
        return True  # "seventeen" of "twenty seventeen"
    value = number_value(number) if "thousand" in words else 0
    return 1900 <= value < 2100 and bool(_YEAR_BEFORE_EN.search(before))
