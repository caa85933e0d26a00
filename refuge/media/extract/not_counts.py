"""Numbers that count no one (moved out of figures.py): dates, times, years, ages, sums, shares,
rates, things ("three unmarked cars"), many rather than a count ("several hundred"), and "one"
that befell no one."""

from __future__ import annotations

import re

from refuge.media import figure_words
from refuge.media.extract import figure_tail, numbers, russian
from refuge.media.extract.dates import MONTH_EN, MONTH_RU
from refuge.media.extract.events import (
    WORD,
    animate_ru,
    event_of,
    noun_of,
    numbered_thing_ru,
    person_ru,
)
from refuge.media.extract.numbers import NUMBER, RATE, number_value
from refuge.media.extract.russian_claims import past_adjectives, vague_or_listed

# Words that tie a count to the one before it: "including 104 men and 31 women".
LINKS = re.compile(
    r"(?:including|of them|of whom|of these|among them|включая|в том числе|из них|среди них)"
    r"(?:[^.;]{0,30}\b(?:and|и))?\W*$",
    re.I,
)

_RATE_BEFORE = re.compile(rf"(?:{figure_words.RATE_BEFORE})\W+(?:[\w-]+\W+){{0,3}}$", re.I)

_PART_OF = re.compile(rf"(?<!\w)(?:\d+|{NUMBER})(?:\s+\w+)?\s+(?:из|out of|of the)\s*$", re.I)
_ONE_PERSON = re.compile(r"\s+(?:man|woman|person|человек|мужчин|женщин)", re.I)


# A preposition right before a number: what follows is labelled by it ("по 131 статье").
_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:в|во|на|по|к|ко|с|со|за|от|до|из|о|об|при|через)\s*$", re.I
)


# A first name and a surname, not a place after a preposition ("In Baku, 19, were held").
_NAME_BEFORE_AGE = re.compile(
    r"(?<![\w-])(?!(?:In|On|At|From|By|For|The|To|With|After|В|На|По)\s)"
    r"[A-ZА-ЯЁ][a-zа-яё]+\s+[A-ZА-ЯЁ][\w’'-]+,\s*$"
)


def counts_its_people(noun: str, tail: list[str]) -> bool:
    """Whether a noun of an event counts the people it befell: deaths, detentions, arrests and
    abductions ("о двух смертях", "58 задержаний"), not the places of custody ("в шести
    тюрьмах"), nor things seized ("58 задержаний партий контрабанды", "40 арестов на
    имущество")."""
    if event_of(noun) == "killed":
        return True
    if russian.lemma(noun) not in _DETENTION_NOUNS:
        return False
    after = tail[tail.index(noun) + 1 :] if noun in tail else []
    whose = past_adjectives(after[:3]) if after else ""  # "иностранных судов": the noun
    return not after or (after[0] != "на" and animate_ru(whose or after[0]) is not False)


_DETENTION_NOUNS = frozenset({"задержание", "арест", "похищение"})


# Things after a word or two that describe them: "eight stab wounds", "three unmarked cars",
# "12 Chechen families". Not past a word that links ("30 people in cars"), a plural noun or a
# word of time ("killed 12 militants two days after", "3 inmates several times"), or a word
# that names people or an event.
_DESCRIBED_THINGS = re.compile(
    rf"\s+((?:[A-Za-z-]+\s+){{1,2}})(?:{figure_words.NOT_COUNTS})\b", re.I
)
_NOT_DESCRIBING = re.compile(
    r"in|on|at|from|to|for|with|of|by|into|and|or|were|was|are|is|had|have|has|been|who|that|"
    r"which|an?|the|their|his|her|its|last|next|several|few|many|some|each|every|other|more|"
    r"[a-z-]+[^s]s",
    re.I,
)


def _described_things(after: str) -> bool:
    found = _DESCRIBED_THINGS.match(after)
    words = found.group(1).split() if found else []
    return bool(words) and not any(
        _NOT_DESCRIBING.fullmatch(w) or numbers.is_number(w) or noun_of([w.lower()]) or event_of(w)
        for w in words
    )


_PARENT_BEFORE = re.compile(
    r"(?<!\w)(?:мать|матери|матерью|отец|отца|отцу|отцом|mother\s+of|father\s+of)\s+$", re.I
)
_CHILDREN_AFTER = re.compile(r"[-\w]*\s+(?:детей|сыновей|дочерей|children|sons|daughters)\b", re.I)
_DATE_OR_TIME = re.compile(
    r"\s*(?:st|nd|rd|th)\b|,\s*\d{4}|:\d\d\b|\s*(?:[ap]\.m\.|[ap]m\b|o[’']clock)"
)


def counts_no_one(text: str, match: re.Match[str], before: str) -> bool:
    """Return whether the number is a date, a time, a year, an age, a sum, a share, a rate, a
    thing, a parent's children or a hypothesis: no count of people."""
    number, after = match.group("num"), text[match.end("num") :]
    if _DATE_OR_TIME.match(after) or re.search(r"\d[.:]$", before):
        # A date, or a time: both numbers of "около 14:00", "по данным на 22.00", "at around
        # 2 a.m.".
        return True
    if re.match(r"(?:1[89]|20)\d\d$", number) or numbers.year_in_words(number, before, after):
        return True  # a year ("более 3000 человек" is none; "в две тысячи семнадцатом году")
    if (
        # "July 27" and "on January, 30" are dates; "in July about 27 individuals" and "In
        # January, 30 men" are not.
        (
            re.search(
                rf"(?:\bon\s+(?:{MONTH_EN}),|(?:{MONTH_EN}))\s*(?:\d{{1,2}}\s*(?:and|to|[–-])\s*)?$",
                before,
            )
            and not match.group("qual")
        )
        or re.match(rf"\s+(?:{MONTH_RU}|{MONTH_EN})\b", after)  # "26 января", "8 August"
        # "в ночь с 25 на 26 января", "16 и 17 апреля", "April 16 and 17"
        or re.match(rf"\s*(?:на|по|и|[–-])\s*\d{{1,2}}\s+(?:{MONTH_RU})\b", after)
    ):
        return True
    if _RATE_BEFORE.search(before) or figure_tail.time_span(before, after):
        return True  # "из ежегодно исчезающих в республике 1 700 человек": a rate
    if _NAME_BEFORE_AGE.search(before) and re.match(r"\d{1,2},\s+[a-zа-яё]", number + after):
        return True  # an age set beside a name: "Shirin Abbasov, 19, who works for …"
    first = WORD.findall(match.group("tail"))[:1]
    tail_words = [w.lower() for w in WORD.findall(match.group("tail"))]
    noun = past_adjectives(tail_words[:3])
    named = re.match(r"\s+(?:имен|имён|фамилий)\s+([а-яё]+)", match.group("tail"))
    if named and (noun_of([named.group(1)]) or animate_ru(named.group(1))):
        noun = ""  # "27 имен людей, которые … расстреляны": the people named
    if (
        noun
        and animate_ru(noun) is False
        and not noun_of([noun])
        and not counts_its_people(noun, tail_words)
    ):
        # "в двух регионах", "в трёх тюрьмах": no people, whatever happened there; deaths and
        # detentions are their people ("о двух смертях", "58 задержаний", "29 арестов"), and
        # messages are counted nouns ("пять обращений").
        return True
    # "поступила 91 жалоба": after a number ending in 1 (not 11) a count's noun is singular.
    singular = re.search(r"(?<!1)1$", number) and not re.search(_PREPOSITION_BEFORE, before)
    if number.isdigit() and first and numbered_thing_ru(first[0].lower()) and not singular:
        return True  # "доставлены в 28 отдел полиции": the department's number
    if re.search(r"(?:\b(?:USD|EUR|RUB|US)|[$€£₽])\s*$", before):
        return True  # a sum: "USD 238,000", "$5,000"
    if _PARENT_BEFORE.search(before) and _CHILDREN_AFTER.match(after):
        return True  # "мать 5-ти детей", "a father of three children": the parent, no count
    if re.search(r"(?:\b(?:aged|ages|age|age of)|в возрасте)\s*$", before, re.I):
        return True  # "men aged 16-50", "ranging in age from 16 to 50"
    if re.search(r"(?:\bиз|\bout of|\bof the)\s*$", before, re.I) and _PART_OF.search(before):
        return True  # "nine of 43", "девять человек из 43" count the nine; "список из 27" counts
    last = text[match.end("high") :] if match.group("high") else after
    if re.match(rf"\s+(?:{figure_words.NOT_COUNTS})\b|-year|-летн|\s*%|{RATE}", last, re.I) or (
        _described_things(last)
    ):
        # "12 days", "25-year-old", "в три раза", "12 requests per hour", "eight stab wounds"
        return True
    if vague_or_listed(number, match.group("qual") or "", after):
        return True  # "сотни мужчин", "сотни тысяч людей"; "17 и 19 лет" (two ages)
    if re.search(
        r"(?:\b(?:several|a few|many)|(?<!\w)(?:несколько|нескольк\w+))\s*$", before, re.I
    ):
        return True  # "several hundred men", "a few dozen": many, not a count
    if number_value(number) == 1 and not number.isdigit():
        # "no one has been detained", "даже одного человека": one is a count only of a person
        # and only when something happened to them.
        # "один сотрудник МВД погиб", "одного гея", but not one included in a count ("ещё
        # двое, в том числе одна девушка, госпитализированы"): its event is not the count's.
        word = first[0].lower() if first else ""
        # "В РУВД — один задержанный.": or one named by what befell them, ending the clause
        # ("Один задержанный рассказал" describes one; it does not count).
        befallen = (
            re.fullmatch(r"[а-яё]+(?:ый|ий|ой|ая|яя)", word)
            and event_of(word)
            and re.match(r"\s+\w+\s*(?:[.;)\n]|$)", after)
        )
        one_person = _ONE_PERSON.match(match.group("tail")) or (
            (person_ru(word) or befallen) and not LINKS.search(before)
        )
        return not one_person or bool(
            re.search(r"(?:\b(?:even|not|no|single)|(?<!\w)(?:даже|ни))\s*$", before, re.I)
        )
    return False
