"""Counts written beside a clause, and numbers that count no one new (figures' tail, round 8).

Beside the clause: an apposition ("The men, numbering about 30, were detained"), a bracket
after the people it counts ("задержали несколько мужчин (27 человек)"), a count whose verb is
left out after a list of countries ("Германия приняла пятерых беженцев, Франция – одного"),
and the people "of whom" or "of them" a count is, named before it ("Dozens of men, at least
12 of whom …"). No one new: a reference back ("the other three", "остальные пятеро"), events
counted instead of people ("82 kidnapping cases", "152 kidnappings"), militants at large
("6 боевиков, которые скрываются": no one who fled persecution), and an age ("under 30").
"""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract import russian
from refuge.media.extract.events import WORD, event_of, noun_of, person_ru
from refuge.media.extract.model import Figure
from refuge.media.extract.numbers import NUMBER
from refuge.media.extract.russian_figure_lemmas import LEMMA_EVENTS

COUNTED_EVENTS = frozenset({"detained", "killed", "tortured", "evacuated", "left"})
# Nouns that name people by what befell them, when the verb after says nothing.
NOUN_EVENTS = {
    "detainees": "detained",
    "captives": "detained",
    "hostages": "detained",
    "abductees": "detained",
    "prisoners": "detained",  # "the names of 18 prisoners", "political prisoners"
}

# "the other three", "the remaining 20", "остальные пятеро", "оставшихся 6 боевиков": people
# the text counted before, not a new count, unless an event of their own follows.
_REFERS_BACK = re.compile(
    r"(?:\bthe\s+(?:other|remaining)|(?<![\w-])(?:остальн|оставш)[а-яё]*)\s*$", re.I
)
# A tally of abductions rather than of people: one abduction may take several people, and a
# tally of cases says nothing of how many ("82 kidnapping cases", "40 похищений"). Arrests,
# detentions and killings are one person each and stay counts ("made 40 arrests").
_EVENTS_NOT_PEOPLE = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:kidnappings|abductions|disappearances|incidents|cases)\b"
    r"|^\s+(?:похищени[йя]|исчезновени[йя])(?!\w)",
    re.I,
)
# Militants, gunmen and suspects who hide or run are at large, not people who fled persecution.
_AT_LARGE = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:боевик|бандит|участник|преступник|подозреваем|militant|rebel|"
    r"insurgent|gunm[ae]n|suspect)",
    re.I,
)
# "70 percent of those detained were under 30": an age, not a count.
_AGE_BOUND = re.compile(r"\b(?:under|below|above)\s*$", re.I)


def _own_event(tail: str) -> bool:
    """Whether the words right after a count say what happened to them ("остальные пятеро
    задержаны", "the other three were killed"): then they are counted again, for a new event."""
    words = [w.lower() for w in WORD.findall(tail)[:4]]
    return any(event_of(w) for w in words)


# "ещё пятеро ранены", "five others were wounded": the wounded, whatever the clause before says.
_WOUNDED = re.compile(
    r"\s+(?:(?:были|был[аио]?|were|was|have\s+been|had\s+been)\s+)?(?:ранен|ранил|травмир|"
    r"госпитализир|wounded|injured|hurt|hospitali[sz]ed)",
    re.I,
)
# "One in five detainees": a rate, not a count.
_RATE = re.compile(r"\bone\s+(?:in|out\s+of)\s*$", re.I)
# "троих мужчин 25, 27 и 30 лет", "men aged 25, 27 and 30 years": a list of ages.
_AGES = re.compile(r"(?:\s*,\s*\d{1,2})*\s*(?:,|и|and)\s*\d{1,2}\s+(?:лет|года?|years)(?!\w)")


# "Two men, 25 and 30, were detained": ages in apposition, a comma after the last.
_AGES_APART_BEFORE = re.compile(r"[^\W\d_]\s*,\s*(?:\d{2}\s*,\s*)*(?:\d{2}\s*(?:,|и|and)\s*)?$")
_AGES_APART_AFTER = re.compile(r"(?:\s*,\s*\d{2})*(?:\s*(?:,|и|and)\s*\d{2})?\s*,")


_AGE_AFTER_NAME = re.compile(r"(?P<word>[A-ZА-ЯЁ][\w’'-]+)\s*\($")


def ages_listed(text: str, match: re.Match[str], before: str = "") -> bool:
    """Return whether the number is in a list of ages ("25, 27 и 30 лет"; "Two men, 25 and
    30, were detained")."""
    number = match.group("num")
    if not number.isdigit():
        return False
    if _AGES.match(text, match.end("num")):
        return True
    aged = _AGE_AFTER_NAME.search(before)
    if (
        aged
        and text[match.end("num") :].startswith(")")
        and not russian.names_no_one(aged.group("word"))
    ):
        # "Salekh Magamadov (21) and Ismail Isaev (19)", "Лизе (17)"; not "… Санкт-Петербурге
        # (142) и Новосибирске (71)", counts in places.
        return len(number) <= 2
    apart = len(number) == 2 and bool(_AGES_APART_BEFORE.search(before))
    # Two ages at least: one before the number ("25 and 30,") or one after ("25 and 30,").
    listed = bool(re.search(r"\d\s*(?:,|и|and)\s*$", before)) or bool(
        re.match(r"\s*(?:,|и|and)\s*\d{2}\s*,", text[match.end("num") : match.end("num") + 20])
    )
    if not (apart and listed and _AGES_APART_AFTER.match(text, match.end("num"))):
        return False
    # Ages follow people: "Two men, 25 and 30"; "in two districts, 27 and 31" counts in each.
    owner = WORD.findall(re.split(r"\d", before)[0])[-1:]
    return not owner or _of_people(owner[0])


# English plural nouns of people the event words do not name: "activists", "journalists".
_PEOPLE_SUFFIX_EN = re.compile(r"[a-z]+(?:ists|ers|ees|ants|ents|ors|ians|men|ren)", re.I)


def _of_people(word: str) -> bool:
    """Return whether ``word`` may name a person or people: a name, or a noun of people."""
    if word[:1].isupper() or noun_of([word.lower()]):
        return True
    if re.match(r"[а-яё]", word, re.I):
        return russian.names_people(word.lower())
    return bool(_PEOPLE_SUFFIX_EN.fullmatch(word))


# The kin of those counted: what befell the kin is not the count's ("родственники 12
# задержанных" stays a count of the detained, by the count's own word).
_KIN_BEFORE = re.compile(
    r"(?<![\w-])(?:родственник(?:и|ов|ам|ами|ах)|родных|семь(?:и|ям|ями|ях)|(?:relatives|families)"
    r"\s+of)\s*$",
    re.I,
)


def _described(match: re.Match[str]) -> bool:
    """Whether the count's own words, to the end of its clause, name what befell it
    ("12 задержанных", "15 человек, так и не найденных после задержания")."""
    after = re.split(r"[.;!?\n]", match.string[match.end("num") : match.end("num") + 80])[0]
    return any(event_of(w.lower()) for w in WORD.findall(after)[:8])


# A count between dashes right after a count and its noun names who they are, not new people.
# Any member of it: "Пятеро задержанных — трое мужчин и две женщины — отпущены".
_DASHED_AFTER_COUNT = re.compile(
    rf"(?<![\w-])(?:{NUMBER})(?:\s+[\w-]+){{1,2}}\s*[—–]\s*"
    r"(?:[^—–.;!?\n]{0,60}(?:,|\sи|\sand)\s+)?$",
    re.I,
)
_DASH_CLOSES = re.compile(r"[^—–.;!?\n]{1,80}\s[—–]\s")


def counts_no_one(match: re.Match[str], before: str, counted: tuple[str, str]) -> bool:
    """Return whether a count found by the readings counts no one new or no one at all."""
    tail = match.group("tail")
    if _REFERS_BACK.search(before) and not _own_event(tail):
        return True
    if _RATE.search(before):
        return True
    if _KIN_BEFORE.search(before) and not _described(match):
        return True  # "Задержаны родственники 12 боевиков": the relatives were, not the 12
    aside = _DASH_CLOSES.match(match.string, match.end("num"))
    if _DASHED_AFTER_COUNT.search(before) and aside and not _has_verb(aside.group(0)):
        # "Three men — two brothers and their cousin — were detained": who they are; "12
        # человек — 5 из них позже были убиты —" is a clause with its own count.
        return True
    wounded = _WOUNDED.match(tail)
    if wounded and not _own_event(tail[wounded.end() :]):
        return True
    if _EVENTS_NOT_PEOPLE.match(tail):
        return True
    if counted[1] == "left" and _AT_LARGE.match(tail):
        return True
    first = [w.lower() for w in WORD.findall(tail)[:1]]
    return bool(_AGE_BOUND.search(before)) and not noun_of(first) and first != ["people"]


# "The men, numbering about 30, were detained": the people before, the event after. Russian
# writes it without commas, its event often before: "задержаны мужчины числом около 30".
_NUMBERING = re.compile(r"(?P<noun>[\w-]+)(?P<word>,\s+numbering|,?\s+числом)\s*$", re.I)
# "задержали несколько мужчин (27 человек)", "a group of men (at least 14)".
_BRACKET_OPEN = re.compile(r"(?P<noun>[\w-]+)\s*\(\s*$")
_BRACKET_CLOSE = re.compile(r"^\s*(?P<noun>[\w-]+)?\s*\)")


def _first_event(words: list[str]) -> str:
    return next((e for e in map(event_of, words) if e in COUNTED_EVENTS), "")


# "судьба более 500 человек остается неизвестной": the missing, like "the whereabouts of".
_FATE_RU = re.compile(r"(?<![\w-])судьб[аеуы]\s+(?:(?:еще|ещё)\s+)?$", re.I)
# "счет без вести пропавших перевалил за 7 тысяч человек": a tally of the missing passed.
_TALLY_RU = re.compile(
    r"(?<![\w-])(?:сч[её]т|числ[оа]|количеств[оа])\s+(?:без\s+вести\s+)?(?P<word>[а-яё]+)"
    r"(?:\s+[а-яё-]+){0,3}?\s+(?:перевалил[аио]?\s+за|превысил[аио]?)\s*$",
    re.I,
)


# "2600 человек, так и не найденных полицией", "15 человек, которых до сих пор не нашли":
# the missing, named by not having been found.
_NOT_FOUND_RU = re.compile(
    r"\s*(?:[а-яё-]+\s*,?\s+){0,2}?(?:(?:которых|которые)\s+)?(?:так\s+и|до\s+сих\s+пор)\s+"
    r"не\s+(?:был[аио]?\s+)?(?:найден|обнаружен|наш[лё])",
    re.I,
)


def _missing_ru(text: str, match: re.Match[str], before: str) -> tuple[str, str] | None:
    words = [w.lower() for w in WORD.findall(match.group("tail"))[:2]]
    if _NOT_FOUND_RU.match(text, match.end("num")):
        return noun_of(words) or "people", "detained"
    if _FATE_RU.search(before):
        clause = re.split(r"[.;!?,]", text[match.end("num") : match.end("num") + 150])[0]
        if re.search(r"(?<!\w)неизвестн", clause):
            return noun_of(words) or "people", "detained"
    tally = _TALLY_RU.search(before)
    if tally and event_of(tally.group("word").lower()) == "detained":
        return noun_of(words) or "people", "detained"
    return None


# "Three detainees were released": released from a detention the noun names, so detained (as
# "Из 40 задержанных 12 были освобождены" counts the twelve).
_RELEASED_EN = re.compile(
    rf"\s+(?P<noun>{'|'.join(NOUN_EVENTS)})\s+(?:[\w-]+\s+)?(?:were|was|have been|"
    r"had been|are)\s+(?:[\w-]+\s+)?(?:released|freed|set free)\b",
    re.I,
)


def aside(text: str, match: re.Match[str], before: str) -> tuple[str, str] | None:
    """Return what a count set beside its clause counts: an apposition with "numbering", a
    bracket after the people it counts, its event the clause's, or the missing counted by
    their fate or a tally ("судьба более 500 человек остается неизвестной")."""
    missing = _missing_ru(text, match, before) or gapped_place(text, match, before, [])
    if missing:
        return missing
    released = _RELEASED_EN.match(text, match.end("num"))
    if released:
        return "people", NOUN_EVENTS[released.group("noun").lower()]
    if _NUMBERING.search(before):
        return numbered(text, match, before)
    after = text[match.end("num") : match.end("num") + 40]
    opened, closed = _BRACKET_OPEN.search(before), _BRACKET_CLOSE.match(after)
    if opened is None or closed is None:
        return None
    words = [w.lower() for w in WORD.findall(before[: opened.start("noun")])]
    event = _first_event(words[::-1])
    inside = (closed.group("noun") or "").lower()
    noun = noun_of([inside]) if inside else noun_of([opened.group("noun").lower()])
    return (noun or "people", event) if event else None


def numbered(text: str, match: re.Match[str], before: str) -> tuple[str, str] | None:
    """Return what a count in apposition with "numbering" or "числом" counts: the people
    named before it, the event of the clause after it, or in Russian of the words before."""
    numbering = _NUMBERING.search(before)
    if numbering is None:
        return None
    after = text[match.end("num") : match.end("num") + 200]
    russian_word = "числом" in numbering.group("word").lower()
    if not russian_word and not after.lstrip().startswith(","):
        return None
    # The clause the people are the subject of, to its comma: "Полицейские числом около 40
    # окружили дом, где были задержаны трое мужчин" did not detain themselves.
    clause = re.split(r"[,.;!?]", after.lstrip().removeprefix(","), maxsplit=1)[0]
    noun = numbering.group("noun").lower()
    event = _first_event([w.lower() for w in WORD.findall(clause)])
    if not event and russian_word:
        opening = re.split(r"[.;!?]", before[: numbering.start()])[-1]
        event = _first_event([w.lower() for w in WORD.findall(opening)][::-1])
    # People named by what befell them: "detainees", "беженцы" (fled).
    event = event or NOUN_EVENTS.get(noun, "") or LEMMA_EVENTS.get(russian.lemma(noun), "")
    return (noun_of([noun]) or "people", event) if event in COUNTED_EVENTS else None


# ", Франция – одного", ", Литва — двоих", ", в Санкт-Петербурге — 1251": a country or a place,
# a dash and a count, the verb left out; two places ("в Перми и Хабаровске — по десять"), or
# a place after "в то время как". Without a dash, only a place after its preposition and a
# count that ends the clause: "задержали 18 человек, в Санкт-Петербурге около 50."
_GAPPED_PLACE = (
    r",\s*(?:а\s+|and\s+|(?:в\s+то\s+время\s+|тогда\s+)как\s+)?{preposition}"
    r"[A-ZА-ЯЁ][\w-]+(?:\s+(?:и|and)\s+[A-ZА-ЯЁ][\w-]+)?"
)
_GAPPED = re.compile(
    _GAPPED_PLACE.format(preposition=r"(?:(?:в|во|на|in)\s+)?") + r"\s*[—–-]\s*(?:по\s+)?$"
)
_GAPPED_BARE = re.compile(_GAPPED_PLACE.format(preposition=r"(?:в|во|на)\s+") + r"\s+$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;\n]|$)")
_ANY_NUMBER = re.compile(rf"(?<![\w-])(?:{NUMBER})(?![\w-])", re.I)


def gapped(
    text: str, match: re.Match[str], before: str, figures: list[Figure]
) -> tuple[str, str] | None:
    """Return the event of the count before in the sentence for a count whose noun and verb
    are left out after a name and a dash ("Германия приняла пятерых беженцев, Франция –
    одного"), else None."""
    # Without a dash, only right after the count it continues: no other number between ("…
    # 18 человек, средний штраф составил 10 тысяч рублей, в Петербурге 15 тысяч").
    bare = (
        _GAPPED_BARE.search(before)
        and _CLAUSE_ENDS.match(text, match.end("num"))
        and figures
        and not _ANY_NUMBER.search(text, figures[-1].end, match.start())
    )
    if not (_GAPPED.search(before) or bare):
        return None
    if figures and not re.search(r"[.!?\n]", text[figures[-1].end : match.start()]):
        return as_previous(text, match, figures, WORD.findall(match.group("tail"))[:3])
    # "в Соетском РУВД задержанных не осталось, в Ленинском — 15 человек": no count before
    # in the sentence, but a word of its event.
    opening = re.split(r"[.!?\n]", before)[-1]
    event = next((e for w in WORD.findall(opening) if (e := event_of(w.lower()))), "")
    tail = [w.lower() for w in WORD.findall(match.group("tail"))[:2]]
    return (noun_of(tail) or "people", event) if event in COUNTED_EVENTS else None


# "Двое задержаны в Урус-Мартане, один - в Ленинском районе", "еще один в Шалинском", "two
# men were detained in Argun, three in Gudermes": a count of a list whose noun and verb are
# left out before a place or a time. The place is a name or a noun of places: "один в
# больнице" says where one is, not that he too was detained.
_LIST_BEFORE = re.compile(r"[,;]\s*(?:(?:а|и|and)\s+)?(?:(?:ещё|еще)\s+)?$", re.I)
_PLACE_AFTER = re.compile(
    r"\s*(?:[—–-]\s*)?(?i:в|во|на|под|in|at|near|on)\s+(?:the\s+)?"
    # "two in the capital", "один в районе": a noun of places says where they were taken,
    # as a name does ("in the Kurchaloi district"); "один в больнице" says where one is.
    r"(?:[A-ZА-ЯЁ]|(?i:capital|city|town|village|district|region|republic|province|"
    r"столиц|город|сел[еу]|посёлк|поселк|район|област|республик)[\w-]*\b)"
)


def gapped_place(
    text: str, match: re.Match[str], before: str, figures: list[Figure]
) -> tuple[str, str] | None:
    """Return the noun and event of the count before in the sentence for a count whose noun and
    verb are left out before a place ("один - в Ленинском районе"), else None."""
    if not _LIST_BEFORE.search(before):
        return None
    place = _PLACE_AFTER.match(text, match.end("num"))
    if not (place or (not figures and _NOUN_THEN_PLACE_RU.match(text, match.end("num")))):
        return None
    # The count's own clause, to its comma: "three on Tuesday were killed in a shootout" names
    # its own event however many words stand before the verb.
    clause = _own_clause(text, match)
    words = WORD.findall(clause)
    if any(_A_VERB.fullmatch(w) or russian.part_of_speech(w) in {"VERB", "PRTS"} for w in words):
        return None  # "один в Аргуне был ранен": a verb of its own, whatever its event
    if figures and figures[-1].end <= match.start():
        return as_previous(text, match, figures, words)
    if re.search(r"(?:ещё|еще)\s+$", before):
        # "Несколько человек были задержаны в Шали, ещё 9 человек — в Урус-Мартане": the
        # clause before counted no number, but its verb is this count's too.
        event = next((e for w in WORD.findall(before) if (e := event_of(w.lower()))), "")
        return (noun_of([w.lower() for w in words[:2]]) or "people", event) if event else None
    return None


def _own_clause(text: str, match: re.Match[str]) -> str:
    """Return the words after a count to its clause's end: the next comma or stop."""
    end = match.end("num")
    return re.split(r"[,.;:!?\n]", text[end : end + 200])[0]


def _has_verb(words_of: str) -> bool:
    words = WORD.findall(words_of)
    return any(
        _A_VERB.fullmatch(w) or russian.part_of_speech(w.lower()) in {"VERB", "PRTS"} for w in words
    )


# "ещё 9 человек — в Урус-Мартане": a noun, a dash for the verb left out, and the place.
_NOUN_THEN_PLACE_RU = re.compile(r"\s+[а-яё-]+\s*[—–-]\s*(?:в|во|на)\s", re.I)
# English verbs a count's own clause may have where its event word is none the ledger counts.
_A_VERB = re.compile(r"(?i:was|were|is|are|has|have|had|remains?|remained)")


def as_previous(
    text: str, match: re.Match[str], figures: list[Figure], tail_words: list[str]
) -> tuple[str, str] | None:
    """Return the event of the count before, in the same sentence, for a count whose own
    words (``tail_words``) name no event; its noun where they name one, else that count's."""
    previous = figures[-1]
    if re.search(r"[.!?\n]", text[previous.end : match.start()]):
        return None
    words = [w.lower() for w in tail_words]
    if any(event_of(w) for w in words):
        return None
    noun, _sep, event = previous.counted.partition(" ")
    return noun_of(words[:2]) or noun, event


_OF_WHOM = re.compile(
    rf"(?:[\w-]+\s+){{0,3}}(?:{NUMBER})\s+(?:of\s+(?:whom|them)|из\s+(?:них|которых))(?!\w)", re.I
)
_PERSON_NOUNS = frozenset({"men", "women", "relatives"})
_AND = frozenset({"and", "or", "и", "или"})


def named_before(text: str, figures: list[Figure]) -> list[Figure]:
    """Return ``figures`` with a count "of whom" or "of them" given the people named just
    before it in its sentence ("Dozens of men, at least 12 of whom were killed": twelve men), or
    in the sentence before where it opens its own, where it counted people and no other number
    stands between."""
    named = []
    for figure in figures:
        if figure.counted.startswith("people ") and _OF_WHOM.match(text, figure.start):
            start = max(text.rfind(".", 0, figure.start), figure.start - 200)
            if not re.search(r"\w", text[start + 1 : figure.start]):
                # "Десятки мужчин задержаны. Двое из них погибли.": the sentence before's.
                start = max(text.rfind(".", 0, start), start - 200)
            written = WORD.findall(text[start + 1 : figure.start])
            noun, words = "", [w.lower() for w in written]
            # The people named within a dozen words before; the window's first word may be cut.
            for i in range(len(words) - 1, max(len(words) - 13, 0), -1):
                if words[i].isdigit() or words[i] in lexicon.NUMBER_WORDS:
                    break
                if lexicon.CYRILLIC.match(written[i]) and written[i][:1].isupper():
                    continue  # "Кимахли Пауэлл": a name, whatever its ending says
                noun = noun_of([words[i]])
                if noun and "by" in words[max(i - 2, 0) : i]:
                    noun = ""  # "abducted by their relatives and one of them": the doers
                    continue
                if noun:
                    # "40 men and women … two of them": people.
                    noun = "" if i and words[i - 1] in _AND else noun
                    break
            if noun in _PERSON_NOUNS:
                event = figure.counted.partition(" ")[2]
                figure = Figure(**{**vars(figure), "counted": f"{noun} {event}"})
        named.append(figure)
    return named


# "В числе погибших - 103 человека, …, 65 мирных жителей, 37 сотрудников … и 6 представителей
# власти", "В числе 16 убитых — 14 человек … и два сотрудника", "Среди погибших 12
# подозреваемых, три сотрудника … и одно гражданское лицо": a sentence that opens with the set
# names its event once, and each count of the list after it is of people it befell.
_HEADING_RU = re.compile(
    r"\s*(?:[Вв]\s+числе|[Сс]реди)\s+(?:\d+\s+)?(?P<set>[а-яё]+)\s*(?:[—–-]\s*)?\d?", re.I
)
_ANOTHER_SET = re.compile(r"(?<!\w)(?:в\s+числе|среди)\s+[а-яё]", re.I)
_ITEM_BEFORE = re.compile(r"(?:[,;]|(?<!\w)и)\s*$", re.I)


# "погибли восемь человек — семь лиц, имеющих, по данным …, отношение к подполью, и один
# сотрудник": the last item of a list after a dash that breaks the count before it down.
_DASH_LIST_END = re.compile(r"[—–]\s*[^—–.!?;]*,\s*и\s*$")


def dash_list_end(
    text: str, match: re.Match[str], before: str, figures: list[Figure]
) -> tuple[str, str] | None:
    """Return the noun and event of the total before the dash for the last count of the list
    that breaks it down, with no verb of its own, else None."""
    listed = _DASH_LIST_END.search(before)
    if listed is None or len(figures) < 2:
        return None
    dash = match.start() - len(before) + listed.start()
    total, first = figures[-2], figures[-1]
    if not (total.end <= dash < first.start) or total.counted != first.counted:
        return None
    clause = _own_clause(text, match)
    words = [w.lower() for w in WORD.findall(clause)]
    if _has_verb(clause) or not words or not person_ru(words[0]):
        return None
    return noun_of(words[:2]) or "people", total.counted.partition(" ")[2]


def listed_under(text: str, match: re.Match[str], before: str) -> tuple[str, str] | None:
    """Return the noun and event of a count in a list under a heading of the set ("В числе
    погибших … , 65 мирных жителей"), its verb left out, else None."""
    heading = _HEADING_RU.match(before)
    if heading is None or not _ITEM_BEFORE.search(before):
        return None
    if _ANOTHER_SET.search(before, heading.end()):
        return None  # "В числе погибших - 5 человек, среди раненых … и 3": the second set's
    event = event_of(heading.group("set").lower())
    words = [w.lower() for w in WORD.findall(match.group("tail"))[:3]]
    if event not in COUNTED_EVENTS or any(event_of(w) for w in words):
        return None
    if not any(person_ru(w) for w in words):
        return None  # "в числе погибших …, два автомата": things, not people
    # An item of the list has no verb: "Среди задержанных оказался и Титиев, 200 человек вышли
    # на пикет" is a new clause, and the 200 are not among the detained.
    clause = _own_clause(text, match)
    if any(russian.part_of_speech(w.lower()) in {"VERB", "PRTS"} for w in WORD.findall(clause)):
        return None
    return noun_of(words) or "people", event


# "Пропали без вести: 4 человека", "Всего задержанных: 27": a row of a table or a list, its
# label (the words before the colon, the whole of the sentence before the number) naming the
# event.
_TABLE_LABEL = re.compile(r"\s*(?P<label>[^\W\d_][^\W\d_\s-]*(?:[\s-]+[^\W\d_]+){0,3}):\s*$")


def table_row(match: re.Match[str], before: str) -> tuple[str, str] | None:
    """Return the noun and event of a count whose label before a colon names its event."""
    # "Ранено: 4; погибло: 2": a row ends at a semicolon.
    label = _TABLE_LABEL.fullmatch(re.split(r";", before)[-1])
    if label is None:
        return None
    words = [w.lower() for w in WORD.findall(label.group("label"))]
    events = [e for w in words if (e := event_of(w))]
    if not events or events[-1] not in COUNTED_EVENTS:
        return None
    return noun_of([w.lower() for w in WORD.findall(match.group("tail"))[:2]]) or "people", events[
        -1
    ]


# "из них шестеро — женщины", "пятеро из которых — женщины", "20 of them — women": the dash
# says who they are.
_DASHED_NOUN = re.compile(
    r"(?:\s+(?:из\s+(?:них|которых)|of\s+(?:them|whom)))?\s*[—–-]\s*(?P<noun>[^\W\d_]+)"
    r"\s*(?:[.;,!?]|$|(?:и|а|and)\s)",  # "98 — мужчины и 16 — женщины"
    re.I,
)


def dashed_noun(match: re.Match[str], counted: tuple[str, str]) -> tuple[str, str]:
    """Return ``counted`` with the noun a dash after the number names ("шестеро — женщины"),
    when it names men or women: the count has no noun of its own, and what it took from a count
    before it ("98 — мужчины, а 16 — женщины") gives way."""
    dashed = _DASHED_NOUN.match(match.string, match.end("num"))
    if dashed is None:
        return counted
    noun = noun_of([dashed.group("noun").lower()])
    return (noun, counted[1]) if noun in {"men", "women"} else counted


# "Two brothers were detained … The two fled …": "the" before a bare count calls back people
# already introduced, and the conventions count them once, where they were introduced. Not
# "the 12 men, who were not charged,", "the 27 people executed in January", "the three of
# them": a clause, a participle of an event or "of" says which, as a first mention does.
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.I)
_GOVERNED_THE = re.compile(r"\b(?:of|among|for|to|with|from|by|about|on)\s+the\s+$", re.I)
_WHICH_ONES = re.compile(r",?\s+(?:[\w-]+,?\s+){0,2}?(?:who|that|which|whom)\b|\s+of\b", re.I)


def _says_which(text: str, number_end: int, governed: bool) -> bool:
    """Return whether words after a count say which people it means: a relative clause, "of",
    or a participle of an event right after its noun ("the 40 (gay) men held in Argun"; not
    "the two men had escaped", whose verb is the sentence's), or right after a bare count
    a preposition governs ("Among the 27 killed", "Of the 40 detained")."""
    if _WHICH_ONES.match(text, number_end):
        return True
    words = re.findall(r"[\w’'-]+|[^\w\s]", text[number_end : number_end + 60].lower())[:3]
    if words and governed and event_of(words[0]):
        return True
    if not words or words[0] in _VERBS_OF_THE_CLAUSE or event_of(words[0]):
        return False  # "the two were tortured", "the two fled": the bare count's own verb
    for word in words[1:]:
        if not word[:1].isalpha() or word in _VERBS_OF_THE_CLAUSE:
            return False
        if event_of(word):
            return True
    return False


_VERBS_OF_THE_CLAUSE = frozenset(
    {"were", "was", "are", "is", "been", "be", "had", "have", "has", "may", "might", "will"}
    | {"would", "could", "can"}
)


def called_back(text: str, figures: list[Figure]) -> list[Figure]:
    """Return ``figures`` without the English counts that call back people met before ("the
    two", "the three men")."""
    kept = []
    for figure in figures:
        before = text[max(0, figure.start - 20) : figure.start]
        number_end = figure.start + len(figure.text.split()[0])
        governed = _GOVERNED_THE.search(before) is not None
        if (
            _THE_BEFORE.search(before)
            and not figure.qualifier
            and not _says_which(text, number_end, governed)
        ):
            continue
        kept.append(figure)
    return kept
