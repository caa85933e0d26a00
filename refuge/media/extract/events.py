"""Event words: what a counted number of people underwent, in English and Russian.

English event words are found in every inflection by their base form; Russian ones by lemma
(pymorphy2), else by stem. A word only wanted or planned ("хотят уехать") is no event.
"""

from __future__ import annotations

import re
from functools import cache

from refuge.media import figure_words
from refuge.media.extract import russian
from refuge.media.extract.dates import MONTH_EN, MONTH_RU
from refuge.media.extract.numbers import NUMBER, is_number
from refuge.media.lexicon import QUALIFIERS

# A qualifier before a number ("at least", "не менее"), longest first.
QUALIFIER = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))

WORD = re.compile(r"[\w’'-]+")
# Not a date's day: "задержали 21 сентября" is the detention's day, not another count.
_NUMBER_NEXT = re.compile(
    rf"\W+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})(?!\w)(?!\s+(?-i:{MONTH_RU}|{MONTH_EN})\b)", re.I
)
_INTENTION_EN = re.compile(rf"^(?:{figure_words.INTENTIONS_EN})$")
_URGING_EN = re.compile(rf"^(?:{figure_words.URGING_EN})$")
_PERSONS = {"men", "women", "people"}
# A part of those counted, the subject of its own verb after them ("and some killed").
_SOME_OF_THEM = [["and", w] for w in ("some", "several", "many", "others", "most", "few")]
# Compiled here, not in the loop below: see org_aliases.py on re's cache.
_COUNTED_STEMS_RU = [
    (re.compile(rf"(?<!\w){stem}"), noun) for stem, noun in figure_words.COUNTED_STEMS_RU
]
# The first words of two-word events ("safe houses", "rounded up").
_PAIR_FIRSTS = {key.split()[0] for key in figure_words.EVENTS if key.count(" ") == 1}
_EVENT_LEMMAS = {
    lemma: event
    for event, lemmas in figure_words.EVENT_LEMMAS_RU.items()
    for lemma in lemmas.split("|")
}
INTENTIONS_RU = frozenset(figure_words.INTENTIONS_RU.split("|"))
# Asking for asylum is asking for help; only its granting ends an evacuation ("requested
# asylum" is a pair of `figure_words.EVENTS`, which the scan below reads with its negation).
_ASKED_FOR_ASYLUM = [
    [verb, "for", "asylum"] for verb in ("apply", "applied", "applying", "ask", "asked", "asking")
]
# Their forms keep the first three letters ("смертях", "хотят"), but for "хочет" and "жду".
_LEMMA_PREFIXES = {w[:3] for w in [*_EVENT_LEMMAS, *INTENTIONS_RU, "хоч", "жду"]}


def lemma_of(word: str) -> str:
    # pymorphy2, loaded with natasha for Russian articles: "смертях" → "смерть". Only words
    # that begin like a lemma the lexicon lists are looked up (a lookup costs ~0.2 ms).
    if word[:3] not in _LEMMA_PREFIXES:
        return word
    return russian.lemma(word)


def _english_bases(word: str) -> list[str]:
    """Return the base forms an English word may inflect ("imprisoning" → "imprison")."""
    bases = []
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            bases += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                bases.append(stem[:-1])  # "kidnapped" → "kidnap"
    return bases


def noun_of(words: list[str]) -> str:
    sexes = {w for w in words[:3] if w in ("male", "female")}  # not "male/female students"
    noun_after = len(words) > 1 and words[1] != "and"
    if words[:1] in (["male"], ["female"]) and len(sexes) == 1 and noun_after:
        return "men" if words[0] == "male" else "women"  # "three male assailants"
    for size in (3, 2, 1):
        for i in range(min(len(words) - size + 1, 6)):
            candidate = " ".join(words[i : i + size])
            if candidate in figure_words.COUNTED_NOUNS:
                noun = figure_words.COUNTED_NOUNS[candidate]
                # "gay men and lesbians", "40 мужчин и женщин": people
                coordinated = words[i + size : i + size + 1] in (["and"], ["и"])
                other = noun_of(words[i + size + 1 : i + size + 2]) if coordinated else ""
                if {noun, other} <= _PERSONS:
                    return "people" if other != noun else noun
                return noun
    if words and _feminine_person(words[0]):
        return "women"  # "15 жительниц", "шесть чеченок": no list names them all
    joined = " ".join(words[:6])
    # "82 жалобы от жителей Чечни": the complaints counted, not those who sent them.
    first = " ".join(words[:3])  # the first word, and what it goes on with ("с просьбой")
    things = [n for s, n in _COUNTED_STEMS_RU if n not in _PERSONS and s.match(first)]
    if things:
        return things[0]
    for stem, noun in _COUNTED_STEMS_RU:
        if stem.search(joined):
            return noun
    # Any other Russian noun right after the number counts people if pymorphy2 reads it as
    # animate ("шестеро студентов", "трёх школьников"); no list names them all.
    return "people" if words and animate_ru(words[0]) else ""


# Feminine nouns that name anyone: "жертв" are victims of either sex.
_EITHER_SEX = frozenset({"жертва", "персона", "особа"})


@cache
def _feminine_person(word: str) -> bool:
    if not re.fullmatch(r"[а-яё]{3,}", word) or not animate_ru(word):
        return False
    parse = russian.morphology().parse(word)[0]
    tag = parse.tag
    return (
        tag.POS == "NOUN"
        and "anim" in tag
        and "femn" in tag
        and "ms-f" not in tag
        and parse.normal_form not in _EITHER_SEX
    )


@cache
def animate_ru(word: str) -> bool | None:
    """Return whether a Russian noun a numeral could count is animate, else None.

    Only a plural or genitive noun is what a numeral counts: "пятеро республику уже покинули"
    puts the object first, and "республику" is no noun of the count.
    """
    if not re.fullmatch(r"[а-яё]{3,}", word):
        return None
    parses = russian.morphology().parse(word)
    tag = parses[0].tag
    if tag.POS != "NOUN" or not ({"plur", "gent"} & set(tag.grammemes)):
        return None
    # A noun animate in any of its readings may count people: "четыре боевика" reads first as
    # the inanimate "боевик" (an action film), then as the militant.
    return any(
        "anim" in p.tag and p.tag.POS == "NOUN" and {"plur", "gent"} & set(p.tag.grammemes)
        for p in parses
    )


@cache
def numbered_thing_ru(word: str) -> bool:
    """Whether a Russian noun right after a number in digits makes the number its label, not a
    count: a thing in the singular that no count takes ("в 28 отдел полиции", the 28th
    department; a count would say "28 отделов"), in none of its readings plural, genitive or
    animate."""
    if not re.fullmatch(r"[а-яё]{3,}", word):
        return False
    parses = [p for p in russian.morphology().parse(word) if p.tag.POS == "NOUN"]
    return bool(parses) and not any({"plur", "gent", "anim"} & set(p.tag.grammemes) for p in parses)


@cache
def event_of(word: str) -> str:
    word = word.strip("’'")  # "'40 gay people detained, two dead'": a closing quote
    if word in figure_words.EVENTS:
        return figure_words.EVENTS[word]
    if word in figure_words.COUNTED_NOUNS:
        return ""  # what is counted is no event: "refugees" is not "refuge"
    if re.match(r"[а-яё]{4,}$", word):
        lemma = lemma_of(word)
        if lemma in _EVENT_LEMMAS:
            return _EVENT_LEMMAS[lemma]
        for stem, event in figure_words.EVENT_STEMS_RU:
            if word.startswith(stem) or lemma.startswith(stem):
                return event
        return ""
    return next(
        (figure_words.EVENTS[b] for b in _english_bases(word) if b in figure_words.EVENTS), ""
    )


def intended(words: list[str], index: int) -> bool:
    """Return whether the event at ``words[index]`` is only wanted or planned ("хотят уехать")."""
    if words[index - 1 : index] == ["to"] and any(
        _URGING_EN.match(w) for w in words[max(0, index - 4) : max(0, index - 2)]
    ):
        return True  # "urged their families to kill them": someone else's, and not done
    for back in (1, 2):
        if index - back < 0:
            return False
        word = words[index - back]
        if _INTENTION_EN.match(word) or (
            re.match(r"[а-яё]{4,}$", word) and lemma_of(word) in INTENTIONS_RU
        ):
            return True
        if word not in {"to", "would", "уже", "ещё", "еще"}:
            return False
    return False


# Wounds, which those who "received" them suffered: no count of anything received.
_WOUNDS = re.compile(r"ранени|травм|увечь|injur|wound", re.I)


def wounds(words: list[str]) -> bool:
    """Whether any of ``words`` names wounds ("ранения", "травмы", "injuries")."""
    return any(map(_WOUNDS.match, words))


def events_in(text: str, *, after_number: bool = True) -> list[tuple[int, str]]:
    """Return (word index, event) for each event word in ``text`` that is not only intended.

    After a number, stops at an event word followed by a number of its own ("imprisoning more
    than a hundred and killing at least 26": the killing is the 26's).
    """
    found = []
    words = list(WORD.finditer(text.lower()))
    plain = [w.group(0) for w in words]
    for i, word in enumerate(words):
        partitive = plain[i - 1 : i] in (["из"], ["of"]) or plain[i - 2 : i] == ["of", "the"]
        vague = plain[i - 1 : i] in (["several"], ["few"], ["many"], ["несколько"])
        if after_number and is_number(word.group(0)) and not partitive and not vague:
            break  # "the 114 people included 41 people who were detained": the 41's words
        if after_number and plain[i - 1 : i + 1] in _SOME_OF_THEM:
            break  # "100 men were abducted and beaten - and some killed": a part's event
        pair = " ".join(plain[i - 1 : i + 1]) if i and plain[i - 1] in _PAIR_FIRSTS else ""
        event = figure_words.EVENTS.get(pair) or event_of(word.group(0))
        if not event:
            continue
        if plain[i - 2 : i + 1] in _ASKED_FOR_ASYLUM:
            if intended(plain, i - 2):
                continue  # "hoping to apply for asylum"
            event = "asked for help"  # "applied for asylum"; "brought in … for asylum" stays
        if after_number and _NUMBER_NEXT.match(text, word.end()):
            break
        if event == "left" and plain[i + 1 : i + 2] == ["behind"]:
            continue  # "four women … who had been left behind" stayed where they were
        if event == "received" and i + 1 < len(words) and event_of(plain[i + 1]) not in {"", event}:
            continue  # "получили убежище", "received asylum": what was received is the event
        if event == "received" and wounds(plain[i - 1 : i] + plain[i + 1 : i + 2]):
            continue  # "ранения получили 317 сотрудников", "received injuries": hurt, no more
        # "were not killed", "were not fatally wounded": what did not befall them.
        negated = plain[i - (2 if pair else 1) : i - (1 if pair else 0)] in (["not"], ["never"])
        if not intended(plain, i) and not negated:
            found.append((i, event))
    return found


# Protection another country gives those counted, whatever the words after say they fled:
# "has granted asylum to two gay Russian men fleeing persecution", "issued visas to …".
_GRANTED_TO = re.compile(
    r"(?:\b(?:granted|given|gave|offered|issued|provided)\s+(?:\w+\s+){0,2}?"
    r"(?:asylum|refuge|visas|shelter|sanctuary|protection)"
    # The passive: "visas had been issued to the two men".
    r"|\b(?:asylum|refuge|visas|shelter|sanctuary|protection)\s+(?:\w+\s+){0,3}?"
    r"(?:granted|given|offered|issued|provided))\s+to\s+(?:the\s+)?$",
    re.I,
)


def object_event(before: str) -> str:
    """Return the event of an English past verb (or event noun and "of") just before a number.

    Not "left" ("the raid left two dead") nor "contacted" (who contacted whom), and not a verb
    only intended ("were trying to detain"): those name no event the number underwent.
    """
    if re.search(r"[а-яё]", before.lower()) or not re.search(r"[^\W\d]\s+$", before):
        return ""  # "Report: 2 Killed, 40 Detained": a comma ends the verb's clause
    if _GRANTED_TO.search(before):
        return "evacuated"  # "has given refuge to two gay men … following reports of torture"
    words = [w.lower() for w in WORD.findall(before)][-3:]
    nominal = re.search(r"([\w’'-]+)\s+of\s+(?:the\s+)?$", before, re.I)
    if nominal and not event_of(nominal.group(1).lower()).startswith(("asked", "received")):
        # A noun of the event governs the number as a verb would: "the alleged disappearance
        # of 17 relatives of bloggers living abroad" are detained, not gone abroad.
        return event_of(nominal.group(1).lower())
    if not words or not (words[-1].endswith("ed") or words[-1] == "held"):
        return ""
    event = event_of(words[-1])
    if event in {"", "left", "asked for help", "received"} or intended(words, len(words) - 1):
        return ""
    joined = [w.lower() for w in WORD.findall(before)][-5:]  # "rounded up and tortured"
    if event == "tortured" and any(event_of(w) == "detained" for w in joined):
        return "detained"  # "detained and tortured over 100 men" counts detentions
    return event


@cache
def person_ru(word: str) -> bool:
    """Return whether a Russian word may be an animate noun in any case ("гея", "сотрудник")."""
    if not re.fullmatch(r"[а-яё]{3,}", word):
        return False
    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in russian.morphology().parse(word))
