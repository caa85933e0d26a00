"""Figures, round 11: where a number's own clause says it counts no one, or counts what the
word windows could not read (called from figure_tail.settled).

Not a count: a number that names a thing ("школе № 20", "дом 12", "Article 228"); a count
whose own verb is denied ("three were not killed", "трое не были задержаны"); a group whose
event belongs to the people a genitive names around it ("Родственники 12 человек были
задержаны", "Neither of the two men was detained"); the
wounded under "среди"/"among"; "left N … in a grave condition". Counts the windows miss:
"потеряли 10 человек" (the lost are the dead), "20 - взяты в плен" (captives are detained), a
bare number conjoined to the count before it ("40 and 60"), and a table label that names
what its number counts ("Всего обращений: 45", "Total calls: 45").
"""

from __future__ import annotations

import re

from refuge.media import figure_words
from refuge.media.extract import russian
from refuge.media.extract.events import WORD, event_of, noun_of, person_ru
from refuge.media.extract.figure_asides import COUNTED_EVENTS
from refuge.media.extract.model import Figure
from refuge.media.extract.numbers import NUMBER, number_value

Counted = tuple[str, str]

# A number sign names: "школе № 20", "No. 12", "#3".
_SIGN = re.compile(r"(?:№|#|\b[Nn][Oo]\.|\bNo)\s*$")
# Nouns that name their thing by a number right after them ("дом 12", "статья 228", "Article
# 6"): the language's own closed set of numbered things, Russian by lemma.
_NAMING_RU = frozenset(
    {
        "дом",
        "корпус",
        "квартира",
        "статья",
        "пункт",
        "часть",
        "школа",
        "гимназия",
        "лицей",
        "палата",
        "камера",
        "комната",
        "отдел",
        "отделение",
        "участок",
        "кабинет",
        "здание",
        "строение",
        "колония",
        "изолятор",
        "сизо",
        "ик",
    }
)
_NAMING_EN = frozenset(
    {
        "house",
        "article",
        "room",
        "apartment",
        "flat",
        "building",
        "school",
        "cell",
        "section",
        "paragraph",
        "clause",
        "ward",
        "precinct",
        "block",
        "unit",
        "colony",
    }
)
_NEGATIONS = frozenset({"not", "never", "не", "ни"})
_AUXILIARIES = frozenset(
    {
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "did",
        "do",
        "does",
        "will",
        "would",
        "could",
        "был",
        "была",
        "были",
        "было",
        "будет",
        "будут",
    }
)
# Where a clause ends: the verb of a count is in its own clause.
_CLAUSE_END = re.compile(
    r"[.;,!?:()«»\"“”—–]|\s-\s|\b(?:and|but|while|whereas|а|но|однако|тогда\s+как)\b", re.I
)
# A genitive's head before the number owns the verb after it: "Родственники 12 человек были
# задержаны", "Relatives of 12 men were detained", "Neither of the two men was detained".
_GROUP_HEAD = re.compile(
    r"(?:\b(?:neither|none|no\s+one|nobody|relatives|families|family\s+members|parents|"
    r"wives|mothers|fathers)\s+of\s+(?:the\s+|these\s+|those\s+)?"
    r"|(?<!\w)(?:никто\s+из|ни\s+од\w+\s+из|родственник\w*|родн(?:ые|ых)|близки[ех]|"
    r"сем(?:ьи|ей)|матер(?:и|ей)|ж[её]н(?:ы)?)\s+)$",
    re.I,
)
# "Из одной семьи 5 человек были задержаны": where they came from, not whose relatives.
_FROM_GROUP = re.compile(r"(?<!\w)(?:из|в|от|у)\s+(?:[^\W\d_]+\s+)?сем(?:ьи|ей)\s+$", re.I)
# "the 12 men who were detained": the relative clause's verb is the counted people's own.
_RELATIVE = frozenset({"who", "whom", "which", "that", "которые", "которых", "кто"})
# "среди раненых три сотрудника полиции", "Among the wounded were three policemen".
_AMONG_WOUNDED = re.compile(
    r"(?:среди|в\s+числе|among)\s+(?:the\s+)?(?:ранен\w*|пострадавш\w*|травмированн\w*|"
    r"госпитализированн\w*|wounded|injured|hurt)"
    r"(?:\s+(?:были|оказались|есть|were|are|was|is))?\s*[—–-]?\s*$",
    re.I,
)
# A wound as the outcome: "in a critical condition", "in hospital", "wounded", "injured"; one
# piece, so "left N …" and a number whose only words are a wound read the same words.
_WOUND = r"in\s+(?:a\s+|an\s+)?(?:[^\W\d_]+\s+)?condition|in\s+(?:the\s+)?hospital|wounded|injured"
# "left three policemen in a grave condition": left as a cause, the outcome after the noun.
_LEFT_BEFORE = re.compile(r"\bleft\s+$", re.I)
_LEFT_WOUNDED = re.compile(
    rf"^(?:\s+[^\W\d_]+){{0,3}}?\s+(?:{_WOUND}|hurt|homeless|hospitali[sz]ed)\b", re.I
)
# "30 in a critical condition", "3 in hospital": a number whose only words are a wound.
_WOUNDED_ONLY = re.compile(rf"^(?:\s+[^\W\d_]+)?\s+(?:{_WOUND})\s*(?:[.;,)]|\band\b|$)", re.I)
# "Двое полицейских получили смертельные ранения", "были смертельно ранены", "получили
# ранения, несовместимые с жизнью" (wounds one cannot survive): they died.
# Not denied or nearly ("не получили ранений, несовместимых с жизнью", "едва не получили
# смертельные ранения"), nor survived ("…, но выжили", "но все выжили"; not when "выжили" has
# a subject of its own after it: "но выжил водитель", "однако выжили трое других": review 17).
FATALLY_WOUNDED = re.compile(
    r"(?:\s+(?!(?:не|not|nearly|almost)(?!\w))[\w-]+){0,3}?\s+"
    r"(?:получил[аио]?\s+(?:смертельн\w+\s+ранени|"
    r"несовместим\w+\s+с\s+жизнью\s+(?:ранени|травм)|(?:ранени|травм)\w*,?\s+несовместим\w+"
    r"\s+с\s+жизнью)|(?:был[аио]?\s+)?смертельно\s+ранен|(?:suffered|sustained|received)\s+"
    r"(?:wounds|injuries)\s+incompatible\s+with\s+life)"
    r"(?![^.;!?]*(?<!\w)(?:(?:but|yet)\s+(?:all\s+|they\s+)?survived|(?:но|однако)\s+"
    r"(?:(?:все|они|оба|обе)\s+)?выжил\w*(?:\s*(?:[.,;!?)]|$)|\s+(?:в|во|на|благодаря|после|"
    r"чудом|тогда|несмотря)(?!\w))))",
    re.I,
)
_LEFT_IN_CUSTODY = re.compile(r"^(?:\s+[^\W\d_]+){0,3}?\s+in\s+(?:police\s+)?custody\b", re.I)
# "in two waves, 40 and 60": portions of a count, not people.
_PORTIONS = re.compile(
    r"^\s*(?:waves?|rounds?|batch(?:es)?|stages?|raids?|при[её]м\w*|волн\w*|этап\w*|рейд\w*)\b",
    re.I,
)
# "on 5 and 6 May", "5 и 6 мая": the first day of two dates.
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_FIRST_DAY = re.compile(rf"\s*(?:and|or|и|или|[-–—])\s*\d{{1,2}}\s+(?:{_MONTHS})\b", re.I)
# "потеряли 10 человек", "Police lost three officers": the lost are the dead.
_LOST = re.compile(r"(?<!\w)(?:потерял\w*|потеря(?:ли|ют|ет)|lost|loses?|losing)\b", re.I)
# Those a body loses without a death: members, supporters, deputies, voters.
_MEMBERS = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:members?|supporters?|deputies|voters|clients|customers|"
    r"activists?|volunteers?|член\w*|сторонник\w*|депутат\w*|избирател\w*|клиент\w*|"
    r"активист\w*|волонт[её]р\w*)\b",
    re.I,
)
# "lost 200 residents to emigration", "потерял 7 сотрудников: все они уехали": they left.
_LOST_TO_LEAVING = re.compile(
    r"\bto\s+(?:emigration|exile|europe|abroad|the\s+west)\b|\bemigrat\w*|\bwho\s+(?:fled|left|moved)\b"
    r"|\b(?:left|fled)\s+(?:the\s+)?(?:country|region|republic|chechnya|russia)\b"
    r"|(?<!\w)(?:уехал\w*|уехав\w*|покинул\w*|уволил\w*|эмигрир\w*|переехал\w*|бежал\w*)",
    re.I,
)
_ADJUNCT = frozenset({"PREP", "ADVB"})
# "lost 12 men to <cause>": the cause, whose words say whether they died.
_LOST_TO = re.compile(
    r"^\s+(?:[^\W\d_]+\s+){0,3}?to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?P<cause>[^\W\d_]+(?:[\s-]+[^\W\d_]+)?)",
    re.I,
)
# Causes that kill: only these make "lost N to …" a death (review 15, EN-4: "lost 12 men to
# the police raids" is no count).
_KILLING_CAUSE = re.compile(
    r"\b(?:wars?|fighting|violence|bullets?|gunfire|gunmen|snipers?|shelling|bomb\w*|"
    r"air\s*strikes?|airstrikes?|executions?|killings?|murders?|death\s+squads?|torture|"
    r"massacres?|landmines?|mines)\b",
    re.I,
)
_PREPOSITIONS_EN = frozenset(
    {"with", "of", "from", "to", "for", "among", "by", "in", "at", "on", "about"}
)
# "20 - взяты в плен", "taken prisoner", "взяли живым": captives are detained.
_CAPTIVE = re.compile(
    r"^\s*(?:[—–-]\s*)?(?:[^\W\d_]+\s+){0,2}?(?:(?:были|was|were|have\s+been|had\s+been)\s+)?"
    r"(?:(?:взят\w*|захвачен\w*|попал\w*|сдал\w*)\s+в\s+(?:плен|заложник\w*)"
    r"|(?:взят\w*|взял\w*)\s+жив(?:ым|ыми|ых|ой|ого|ую)"  # "Еще одного взяли живым"
    r"|taken\s+(?:prisoner|captive|hostage|alive)|captured\s+alive)",
    re.I,
)
# A number conjoined after the count before it: "40 and 60", "40 в Грозном и 60 в Аргуне".
_PLACE = r"(?:\s+(?:в|во|на|из|in|at|from)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
_CONJOINED_BEFORE = re.compile(
    rf"(?<![\w.,])(?:{NUMBER}){_PLACE}\s*(?:,|\band\b|\bor\b|(?<!\w)и(?!\w)|(?<!\w)или(?!\w))\s*$",
    re.I,
)
_BROKEN_DOWN_BEFORE = re.compile(rf"(?<![\w.,])(?:{NUMBER})\s+[^\W\d_]+\s*:\s*$", re.I)
_BARE_TAIL = re.compile(rf"^{_PLACE}\s*(?:[.;,!?)]|$|\band\b|(?<!\w)и(?!\w))", re.I)
# A table row's label before a colon: "Всего обращений: 45", "Обращений: 45, задержанных: 12".
_LABEL = re.compile(r"\s*(?P<label>[^\W\d_][^\W\d_\s-]*(?:[\s-]+[^\W\d_]+){0,3}):\s*$")
_RECEIVED_NOUNS = frozenset({"messages", "calls", "complaints", "requests"})


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _names_a_thing(text: str, match: re.Match[str]) -> bool:
    """Return whether the number names a thing by its number ("школе № 20", "дом 12")."""
    if match.group("qual"):
        return False
    before = text[max(0, match.start("num") - 40) : match.start("num")]
    if _SIGN.search(before):
        return True
    previous = _words(before)[-1:]
    if not previous or not re.search(r"[^\W\d_]\s*$", before):
        return False
    word = previous[0]
    naming = russian.lemma(word) in _NAMING_RU if re.match(r"[а-яё]", word) else word in _NAMING_EN
    tail = _words(match.group("tail"))[:2]
    if tail:
        # "в камере 7 ЛГБТ-активистов": a hyphenated noun is the noun its last part is.
        tail[0] = tail[0].rsplit("-", 1)[-1] or tail[0]
    # "в доме 12 человек": the house holds twelve people.
    return naming and not (
        tail
        and (
            noun_of(tail[:1])
            or (re.match(r"[а-яё]", tail[0]) and (person_ru(tail[0]) or _people_word(tail[0])))
            or _plural_subject_en(tail)
        )
    )


def _people_word(word: str) -> bool:
    """Return whether a Russian word after a number is a participle or adjective standing
    for people: "в камере 12 задержанных", "в колонии 3 заключенных"."""
    return word.endswith(("ых", "их")) and russian.part_of_speech(word) in {"PRTF", "ADJF"}


def _plural_subject_en(words: list[str]) -> bool:
    """Return whether an English plural noun after the number is the subject of the next
    verb: "At school 20 pupils were detained"."""
    return (
        len(words) == 2
        and bool(re.fullmatch(r"[a-z]{3,}s", words[0]))
        and (words[1] in _AUXILIARIES or bool(event_of(words[1])))
    )


def _clause_after(text: str, match: re.Match[str]) -> list[str]:
    after = text[match.end("num") : match.end("num") + 200]
    return _words(_CLAUSE_END.split(after, maxsplit=1)[0])


def _event_index(words: list[str], event: str) -> int:
    """Where the event's word, or the first of its two ("fatally wounded"), is in ``words``."""
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words))]
    return next((i for i, w in enumerate(words) if event in {event_of(w), event_of(pairs[i])}), -1)


def _denied(words: list[str], index: int) -> bool:
    """Return whether the word at ``index`` is negated: "not killed", "were not detained",
    "не были задержаны", "weren't killed"."""
    for back in (1, 2):
        if index - back < 0:
            return False
        word = words[index - back]
        if word in _NEGATIONS or word.endswith(("n't", "n’t")):
            return True
        if word not in _AUXILIARIES:
            return False
    return False


def _relative(words: list[str], index: int) -> bool:
    """Return whether the event word at ``index`` is the verb of a relative clause on the
    counted people: "the 12 men who were detained", not "the two officers who were accused
    was detained"."""
    starts = [i for i, word in enumerate(words[:index]) if word in _RELATIVE]
    return bool(starts) and all(word in _AUXILIARIES for word in words[starts[-1] + 1 : index])


def _refrained(words: list[str], index: int) -> bool:
    """Return whether the event word at ``index`` is "удерживаться от" (to refrain from), not
    "удерживаются в подвале"."""
    return words[index].startswith("удерж") and words[index + 1 : index + 2] == ["от"]


def _predicate(words: list[str], index: int) -> bool:
    """Return whether the event word at ``index`` is the clause's verb, not a word of the
    count's own phrase ("12 погибших", "12 men killed in the raid")."""
    if any(word in _AUXILIARIES for word in words[:index]):
        return True
    word = words[index]
    return bool(re.match(r"[а-яё]", word)) and russian.part_of_speech(word) in {"PRTS", "VERB"}


def not_a_count(text: str, match: re.Match[str], before: str, counted: Counted) -> bool:
    """Return whether a number the readings counted counts no one in its own clause."""
    if _names_a_thing(text, match):
        return True
    if re.fullmatch(r"\d{1,2}", match.group("num")) and _FIRST_DAY.match(text, match.end("num")):
        return True
    own = _CLAUSE_END.split(before)[-1]
    last = _words(own)[-1:]
    if last in (["not"], ["не"]) and number_value(match.group("num")) != 1:
        return True  # "Three men were killed, not two"
    after = _clause_after(text, match)
    index = _event_index(after, counted[1])
    if index >= 0:
        if _denied(after, index) or _refrained(after, index):
            return True
        return (
            bool(_GROUP_HEAD.search(before))
            and not _FROM_GROUP.search(before)
            and not _relative(after, index)
            and _predicate(after, index)
        )
    own_words = _words(own)
    index = max((i for i, w in enumerate(own_words) if event_of(w) == counted[1]), default=-1)
    return index >= 0 and _denied(own_words, index)


def corrected(text: str, match: re.Match[str], before: str, counted: Counted) -> Counted | None:
    """Return ``counted`` unless the words around the number say it counts no one the ledger
    does (the wounded, portions of a count), or left as a cause names another outcome."""
    tail = match.group("tail")
    own_event = any(event_of(word) for word in _words(tail)[:2])
    if _AMONG_WOUNDED.search(before) and not own_event:
        # "Среди раненых 3 человека позже скончались", "— 2 полицейских, которые
        # впоследствии скончались": the count's own verb further on, or in its relative clause.
        clause = re.split(r"[.;!?:(]|,\s+(?!котор|who\b|which\b)", tail.lstrip(" —–-"))[0]
        own_event = any(event_of(word) == counted[1] for word in _words(clause)[:8])
    if (_AMONG_WOUNDED.search(before) and not own_event) or _PORTIONS.match(tail):
        return None
    if counted[1] != "killed" and FATALLY_WOUNDED.match(match.string, match.end("num")):
        # "Двое задержанных получили смертельные ранения"; the noun "messages" of a count
        # "received" is the verb's, not the people's ("Two guards received wounds …": review 17).
        noun = counted[0] if counted[1] != "received" else noun_of(_words(tail)[:1]) or "people"
        return noun, "killed"
    if _WOUNDED_ONLY.match(tail) and not own_event:
        return None  # not "Среди пострадавших — 30 задержанных": the count's own event
    if counted[1] == "left" and _LEFT_BEFORE.search(before):
        if _LEFT_WOUNDED.match(tail):
            return None
        if _LEFT_IN_CUSTODY.match(tail):
            return counted[0], "detained"
    return counted


def _person_noun(tail: str) -> str:
    words = _words(tail)[:3]
    noun = noun_of(words)
    if noun in {"people", "men", "women", "relatives"}:
        return noun
    if not words:
        return ""
    first = words[0]
    if re.match(r"[а-яё]", first):
        return "people" if person_ru(first) else ""
    singular = re.sub(r"(?:men)$", "man", re.sub(r"s$", "", first))
    return "people" if re.fullmatch(rf"(?:{figure_words.ONE_PERSON_EN})", singular) else ""


def _lost(match: re.Match[str], before: str) -> Counted | None:
    own = re.split(r"[,;:—–]", before)[-1]
    verbs = list(_LOST.finditer(own))
    verb = verbs[-1] if verbs else None
    between = _words(own[verb.end() :]) if verb is not None else []
    if verb is None or len(between) > 4:
        return None
    if between and not (
        between[0] in _PREPOSITIONS_EN
        or (re.match(r"[а-яё]", between[0]) and russian.part_of_speech(between[0]) in _ADJUNCT)
    ):
        return None  # "потерял доверие 12 депутатов": the verb has an object of its own
    last = between[-1:]
    if last and (
        last[0] in _PREPOSITIONS_EN
        or (re.match(r"[а-яё]", last[0]) and russian.part_of_speech(last[0]) == "PREP")
    ):
        return None  # "потеряли связь с пятью мужчинами", "lost contact with five men"
    if _MEMBERS.match(match.group("tail")):
        return None  # "The party lost 12 members": they left it, not died
    sentence = re.split(r"[.!?]\s", match.string[match.end("num") :], maxsplit=1)[0]
    if _LOST_TO_LEAVING.search(sentence):
        return None
    cause = _LOST_TO.match(sentence)
    if cause and not _KILLING_CAUSE.search(cause.group("cause")):
        return None
    noun = _person_noun(match.group("tail"))
    return (noun, "killed") if noun else None


def _conjoined(
    text: str, match: re.Match[str], before: str, figures: list[Figure]
) -> Counted | None:
    if not figures or not _BARE_TAIL.match(match.group("tail")):
        return None
    previous = figures[-1]
    start = match.start() - len(before)
    if previous.start < start:
        return None
    between = text[previous.start : match.start()]
    if len(between) > 80:
        return None  # the count before is not right before this number
    joined = _CONJOINED_BEFORE.search(between) or _BROKEN_DOWN_BEFORE.search(between)
    # The number before is the count's own ("at least 40 and 60"), not an age between them.
    if (
        joined is None
        or re.search(r"\d", between[: joined.start()])
        or len(_words(between[: joined.start()])) > 3
    ):
        return None
    noun, _space, event = previous.counted.partition(" ")
    return noun, event


def _label(match: re.Match[str], before: str) -> Counted | None:
    if match.group("tail").strip(" .;,"):
        return None
    row = re.split(r"[;\n]|(?<=\d),", before)[-1]
    label = _LABEL.fullmatch(row)
    if label is None:
        return None
    words = _words(label.group("label"))
    events = [event for word in words if (event := event_of(word))]
    if events:
        return ("people", events[-1]) if events[-1] in COUNTED_EVENTS else None
    nouns = [figure_words.COUNTED_NOUNS.get(word, "") for word in words]
    received = [noun for noun in nouns if noun in _RECEIVED_NOUNS]
    return (received[-1], "received") if received else None


# "detained dozens in two waves, 40 and 60": the parts a count was split into.
_PORTIONS_BEFORE = re.compile(
    rf"(?:{NUMBER})\s+(?:waves?|rounds?|batch(?:es)?|stages?|при[её]м\w*|волн\w*|этап\w*)"
    r"\s*[,:—–-]\s*$",
    re.I,
)


def _portion(match: re.Match[str], before: str) -> Counted | None:
    if not _BARE_TAIL.match(match.group("tail")) or not _PORTIONS_BEFORE.search(before[-80:]):
        return None
    events = [event for word in _words(before) if (event := event_of(word))]
    return ("people", events[-1]) if events and events[-1] in COUNTED_EVENTS else None


# "Twelve men have never been found": the missing, as "так и не были найдены".
_NOT_FOUND_EN = re.compile(
    r"^\s*(?:[^\W\d_]+\s+){0,2}?(?:have|has|had)\s+(?:never|not|still\s+not)\s+been\s+"
    r"(?:found|located|traced)\b",
    re.I,
)
# Those never found who are not the missing: the perpetrators, and the dead's bodies.
_NOT_THE_MISSING = re.compile(
    rf"^\s+(?:[^\W\d_]+\s+)?(?:{figure_words.PERPETRATORS_EN}|abductors?|bod(?:y|ies)|remains)\b",
    re.I,
)


# "из них женщин: 3", "из них мужчин — 20", "of them, women: 3": the part's noun before a
# colon or dash, after a breakdown's rows before it ("из них женщин: 3, мужчин: 37").
_PART_NOUN_BEFORE = re.compile(
    # "Of the 40 people detained, women: 3" names its set first (review 17).
    rf"(?<!\w)(?:из\s+них|of\s+(?:them|whom|these)|of\s+the\s+(?:{NUMBER})(?:\s+[^\W\d_]+){{1,2}})"
    rf"\s*,?\s+(?:[^\W\d_]+\s*[:—–-]\s*(?:{NUMBER})"
    r"\s*,\s*)*(?P<noun>[^\W\d_]+)\s*[:—–-]\s*$",
    re.I,
)


def part_named(
    match: re.Match[str], before: str, counted: Counted | None, figures: list[Figure]
) -> Counted | None:
    """Return what a part named by its noun before a colon or dash counts ("Всего задержали 40
    человек, из них женщин: 3"): men or women, with the event of the count it is part of."""
    part = _PART_NOUN_BEFORE.search(before)
    if part is None or (counted is not None and counted[0] != "people"):
        return None
    noun = noun_of([part.group("noun").lower()])
    if noun not in {"men", "women"}:
        return None
    if counted is not None:
        # Senders of messages are no men or women the guide counts ("обращений, из них
        # женщин: 12").
        return (noun, counted[1]) if counted[1] != "received" else None
    whole = figures[-1] if figures else None
    start = match.start("num") - len(before)
    if whole is None or whole.start < start or "\n" in match.string[whole.end : match.start()]:
        return None  # the count it is part of is in its sentence
    between = match.string[whole.end : start + part.start()]
    if re.search(rf"(?<!\w)(?:{NUMBER})(?!\w)", between, re.I) or whole.counted.endswith(
        " received"
    ):
        # "Погибли 12 человек, ранены 30, из них женщин: 5": the part follows the thirty
        # wounded, whom the ledger does not count, not the twelve.
        return None
    return noun, whole.counted.partition(" ")[2]


def found(text: str, match: re.Match[str], before: str, figures: list[Figure]) -> Counted | None:
    """Return what a number the readings left uncounted counts, from its own clause."""
    if _CAPTIVE.match(match.group("tail")):
        return _person_noun(match.group("tail").lstrip(" —–-")) or "people", "detained"
    if _NOT_FOUND_EN.match(match.group("tail")):
        noun = _person_noun(match.group("tail"))
        if not noun or _NOT_THE_MISSING.match(match.group("tail")):
            return None  # "Three documents had never been found", "Two gunmen …"
        return noun, "detained"
    if _LEFT_BEFORE.search(before) and _LEFT_IN_CUSTODY.match(match.group("tail")):
        # "left 12 in custody": a bare number counts people.
        noun = _person_noun(match.group("tail")) or (
            "people" if re.match(r"\s+in\b", match.group("tail")) else ""
        )
        return (noun, "detained") if noun else None
    return (
        _lost(match, before)
        or _conjoined(text, match, before, figures)
        or _portion(match, before)
        or _label(match, before)
    )
