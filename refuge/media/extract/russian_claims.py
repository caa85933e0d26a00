"""Russian counts as claims rather than phrases: what a count says beyond its own words.

Who did what a number counts ("шестеро чеченцев убили полицейского" counts the doers); what
an amount's change says of it ("число задержанных выросло до 60": the number stands at 60,
where "до" elsewhere, "были задержаны до 200 мужчин", is an upper bound); counts whose event is
in another clause or sentence ("Нас было пятеро, всех задержали"; "выехали 12 семей, всего 40
человек"; "Еще трое — в Аргуне" after the sentence with the verb); and numbers that are many
or a list of ages rather than a count ("сотни тысяч", "17 и 19 лет").
"""

from __future__ import annotations

import re
from functools import cache

from refuge.media import figure_words, lexicon
from refuge.media.extract import russian
from refuge.media.extract.custody import CHANGED_RU
from refuge.media.extract.events import QUALIFIER, WORD, event_of, events_in, noun_of
from refuge.media.extract.numbers import is_multiplier


@cache
def is_verb_ru(word: str) -> bool:
    """Return whether ``word`` is a Russian finite verb ("один человек снимал")."""
    return bool(re.match(r"[а-яё]{3,}$", word)) and russian.part_of_speech(word) == "VERB"


# Collective numerals' nominatives ("двое", "пятеро").
_COLLECTIVE = re.compile(r"двое|трое|(?:четвер|пятер|шестер|семер|восьмер|девятер|десятер)о")
# Numerals whose nominative differs from their animate accusative ("шестеро", "шестерых").
_NOMINATIVE_RU = re.compile(rf"{_COLLECTIVE.pattern}|два|две|три|четыре|оба|обе")


def doers_ru(number: str, tail: str) -> bool:
    """Return whether a Russian number is the subject of a transitive event verb after it.

    "шестеро чеченцев убили полицейского" counts those who killed: those killed would be in
    the accusative, "шестерых". Only numerals whose nominative differs from their animate
    accusative tell ("шесть человек убили" may be either).
    """
    if not _NOMINATIVE_RU.fullmatch(number.lower()):
        return False
    for found in list(WORD.finditer(tail))[:3]:
        word = found.group(0).lower()
        if is_verb_ru(word):
            transitive = "tran" in russian.morphology().parse(word)[0].tag
            # Not a verb that ends its clause, with no one for them to have done it to:
            # "Шестеро бандитов ликвидировали." says who were killed, as "шестерых" would.
            ends = re.match(r"\s*(?:[.!?;»\"”…]|$)", tail[found.end() :]) is not None
            return transitive and not ends and event_of(word) in {"detained", "killed", "tortured"}
    return False


# A verb of change ahead of "до": the amount rose or fell to the number ("выросло до 60",
# "увеличилось с 40 до 60", "сократилось до 12"), which is its value now, not a bound; not a
# verb of an amount ("составляет до 200" is at most 200).
_CHANGED_BEFORE = re.compile(
    rf"(?<!\w)(?:{CHANGED_RU})(?!\w)\s+(?:[\w-]+\s+){{0,3}}?(?:с\s+[\w,.]+\s+(?:[\w-]+\s+)?)?$",
    re.I,
)


# A counted noun in the genitive before its number, in a clause with its verb ("задержали в
# Шали человек 30", "вывезли из Чечни уже человек 40"); not a whole a part is taken from ("Из
# 40 человек 30 …", "Среди задержанных мужчин 12", "Из нескольких десятков человек 12").
_NOUN_FIRST = re.compile(
    r"(?:^|[,.;:!?«»—–(])\s*(?P<clause>(?!(?:из|среди)\s)[^,.;:!?«»—–()]*?)"
    r"(?P<word>[а-яё]+)\s+(?:человек|мужчин|женщин|парней)\s*$",
    re.I,
)
_PASSED_BEFORE = re.compile(r"(?<!\w)(?:перевалил[аио]?\s+за|превысил[аио]?|exceeded|topped)\s*$")
_APPROACHING_BEFORE = re.compile(r"(?<!\w)(?:приближа|приблизил)\w*\s+к\s*$")


# A qualifier opening its clause or a quotation, then an aside between dashes with no number
# of its own, then the number it qualifies; not a comparative ("задержанных больше — 40, в
# Петербурге — 12"), nor "до", nor a list's heads ("Минимум — 15 человек, максимум — 30").
_QUALIFIER_ASIDE = re.compile(
    rf"(?:^|(?<=[.!?:,—–\n]\s)|(?<=[\n«“„\"]))(?!до\s)(?P<qual>{QUALIFIER})\s*[—–]\s*[^—–“”«»\d]{{1,160}}?[—–]\s*$",
    re.I,
)


def settled_qualifier(qualifier: str, word: str, before: str) -> str:
    """Return the qualifier of a count, "" where "до" follows a verb of change, "about" where
    its noun comes first ("задержали человек 30"); ``before`` is the sentence up to the
    qualifier ``word``."""
    if word.lower() == "до" and _CHANGED_BEFORE.search(before):
        return ""
    aside = None if qualifier else _QUALIFIER_ASIDE.search(before)
    if aside is not None:  # "Как минимум — и это только подтверждённые случаи — шестеро"
        return lexicon.QUALIFIERS[aside.group("qual").lower()]
    if not qualifier and _PASSED_BEFORE.search(before):
        return "more than"  # "счет пропавших перевалил за 7 тысяч человек"
    if not qualifier and _APPROACHING_BEFORE.search(before):
        return "nearly"  # "число погибших может приближаться к сорока"
    first = None if qualifier else _NOUN_FIRST.search(before)
    if first is None or is_multiplier(first.group("word")):
        return qualifier  # "Из нескольких десятков человек 12": a whole, not a rough number
    words = [*first.group("clause").split(), first.group("word")][-4:]
    if any(russian.part_of_speech(w.lower()) in {"VERB", "PRTS"} for w in words):
        return "about"  # "задержали человек 30": the noun put first makes the number rough
    return qualifier


# "Нас было пятеро", "их было трое": a count of the speaker's or a named group, which the
# next clause says what befell, referring back to it ("всех задержали", "их увезли").
_WE_WERE = re.compile(r"(?<!\w)(?:нас|их|вас)\s+(?:было|будет|осталось)\s*$", re.I)
_BACK = re.compile(r"(?<!\w)(?:всех|нас|их|они|мы|все|всем)(?!\w)", re.I)


def pronoun_count(number: str, before: str, rest: str) -> tuple[str, str] | None:
    """Return (noun, event) for a collective counted by a pronoun ("Нас было пятеро, всех
    задержали"), the event the next clause gives those it refers back to, else None."""
    if not _WE_WERE.search(before) or not _COLLECTIVE.fullmatch(number.lower()):
        return None
    clauses = rest.split(",")
    following = clauses[1] if len(clauses) > 1 and not clauses[0].strip() else ""
    if not _BACK.search(following):
        return None
    found = events_in(following, after_number=False)
    return ("people", found[0][1]) if found else None


def past_adjectives(words: list[str]) -> str:
    """Return the first of ``words`` after up to two Russian adjectives, the noun they go with
    ("двум основным направлениям": directions, not people), else the first word or ""."""
    for word in words[:2]:
        if not re.fullmatch(r"[а-яё]{3,}", word) or russian.part_of_speech(word) != "ADJF":
            return word
    return words[2] if len(words) > 2 else (words[0] if words else "")


_VAGUE = re.compile(r"(?:сотни|тысячи|десятки)(?:\s|$)")


def vague_or_listed(number: str, qualifier: str, after: str) -> bool:
    """Return whether a number is many rather than a count ("сотни мужчин", "сотни тысяч
    людей"; "около сотни мужчин" is about a hundred), or the first of a list that ends in a
    word of no count ("17 и 19 лет", "3 или 4 дня")."""
    if _VAGUE.match(number.lower()) and not qualifier:
        return True
    listed = rf"\s*(?:,|и|или|and|or)\s*\d+\s+(?:{figure_words.NOT_COUNTS})(?!\w)"
    return bool(re.match(listed, after, re.I))


# A total in apposition to the clause before: "Из Чечни выехали 12 семей, всего 40 человек".
_TOTAL = re.compile(r"([^.;:!?]*),\s*(?:всего|итого|в общей сложности)\s*$", re.I)


def apposed_total(before: str, after: str) -> tuple[str, str] | None:
    """Return (noun, event) for a total after a comma with no verb of its own, which counts
    those of the clause before ("выехали 12 семей, всего 40 человек"), else None."""
    total = _TOTAL.search(before)
    words = [w.lower() for w in WORD.findall(after)]
    if total is None or any(is_verb_ru(w) for w in words[:3]):
        return None
    found = events_in(total.group(1), after_number=False)
    noun = noun_of(words[:1])
    return (noun or "people", found[-1][1]) if found and noun else None


def one_with_event(match: re.Match[str]) -> bool:
    """Return whether "один" has an event word after it ("один из которых погиб") or right
    before it in its clause ("погиб один из сотрудников", "убит один человек"): worth parsing."""
    # Or a death after a clause set off by commas ("Один из прихожан, получивший тяжелые
    # ранения, скончался"): the parse tells whose it is.
    sentence = re.split(r"[.;!?\n]", match.string[match.end() : match.end() + 200])[0]
    died = any(event_of(word) == "killed" for word in re.findall(r"[а-яё]+", sentence.lower()))
    if events_in(match.group("tail")) or died:
        return True
    before = match.string[max(0, match.start() - 60) : match.start()]
    last = re.split(r"[,.;:!?()«»\"—–]", before)[-1].split()[-3:]
    return any(event_of(word.lower()) for word in last)


# "Еще трое — в Аргуне": a dash before a named place stands for the verb of the sentence
# before ("В Грозном задержаны 10 человек. Еще трое — в Аргуне"); not before a state ("Еще
# трое — в тяжелом состоянии" after "Погибли двое" are wounded).
_MORE_ELIDED = re.compile(r"(?:^|\s)(?:ещё|еще)\s*$", re.I)
_PLACE_AFTER_DASH = re.compile(r"\s*[—–]\s*(?:[Вв]о?|[Нн]а|[Пп]од|[Ии]з)\s+[А-ЯЁ]")


def elided_more(
    number: str, before: str, after: str, previous_event: str
) -> tuple[str, str] | None:
    """Return (noun, event) for "ещё N — в X" opening a sentence, whose verb is the event of
    the sentence before, else None."""
    if not previous_event or not _MORE_ELIDED.search(before) or not _PLACE_AFTER_DASH.match(after):
        return None
    if _COLLECTIVE.fullmatch(number.lower()):
        return "people", previous_event
    noun = noun_of([w.lower() for w in WORD.findall(after)][:1])
    return (noun, previous_event) if noun else None
