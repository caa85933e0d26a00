"""Counts of people in both languages that the phrase-level readings miss: the long tail.

A page's hard line break inside a sentence ("были\\nэвакуированы"); the whole of a set a part
is taken from, when the part's own outcome is none the ledger counts ("двоих из четверых
ликвидированных", "two of the three detainees were released"); English "one of the …" with an
event of its own ("One of the wounded later died"); the count as the complement of victims
("Жертвами боевиков стали девять человек", "Victims numbered at least 27", "The number of
detainees stood at 40"); and a time span ("с 16 до 18 часов") that counts no one.
"""

from __future__ import annotations

import re

from refuge.media import figure_words, lexicon
from refuge.media.extract import english_figures, figure_asides, figure_limits, figure_objects
from refuge.media.extract.events import QUALIFIER, WORD, event_of, noun_of
from refuge.media.extract.model import Figure
from refuge.media.extract.numbers import NUMBER, number_value
from refuge.media.extract.russian_claims import is_verb_ru
from refuge.media.extract.russian_figures import Reading
from refuge.media.extract.spans import sentence_end

# A single line break between a word (or comma) and a word in lower case goes on the same
# sentence: a page's hard wrap, not a paragraph ("по двум основным\nнаправлениям").
_HARD_WRAP = re.compile(r"(?<=[\w,])[^\S\n]*\n(?=[^\S\n]*[a-zа-яё])")


# "Grozny [the capital of Chechnya - ed.] have been detained": an editor's note, whose full stop
# ends no sentence.
_EDITORS_STOP = re.compile(r"(?<=\b[Ee]d)\.(?=\])")


def prose_lines(text: str) -> str:
    """Return ``text`` with hard line breaks inside sentences, and an editor's note's full
    stop, made spaces (same length)."""
    return _EDITORS_STOP.sub(" ", _HARD_WRAP.sub(lambda m: m.group(0).replace("\n", " "), text))


# Nouns that name people by what befell them ("the three detainees", "the number of dead").
_NOUN_EVENTS = {
    **figure_asides.NOUN_EVENTS,
    "dead": "killed",
    "victims": "killed",
    "death": "killed",  # "The death toll reached 12"
}
# Verbs of what people did, not of what was done to them: "Two of the six died" is the part's.
_INTRANSITIVE = frozenset({"died", "disappeared", "fled", "escaped", "vanished", "left"})
# A part of a counted set: "двоих из четверых ликвидированных боевиков", "two of the three
# detainees", and the set first: "Из 40 задержанных 12 человек". Read only where "из", "of
# the" or "out of the" is (a scan of the text for numbers would cost more than the rest).
_ANCHOR = re.compile(
    r"(?<![\w-])(?:из|out of the|of the)(?=\s)|(?:^|(?<=[.!?]\s))(?-i:Of)(?=\s)", re.I
)
_WHOLE = re.compile(
    rf"\s+(?:(?P<qual>{QUALIFIER})\s+)?(?P<whole>{NUMBER})(?!\w)(?P<words>(?:\s+(?!(?:were|was|"
    rf"are|is|have|has|had|были|был|была|было|{NUMBER})(?!\w))[\w’'-]+){{1,3}})",
    re.I,
)
# The part may be a word for some or all of the set: "Each of the 14 detainees", "Half of the
# 30 detainees", "каждый из 12 похищенных".
_PART_WORDS = (
    "each|all|none|half|most|some|many|каждый|каждого|каждому|все|всех|никто|многие|многих|"
    # Fractions: "Two-thirds of the 45 detainees", "треть из 60 задержанных".
    "(?:one|two|three)-(?:thirds?|quarters?)|a\\s+third|a\\s+quarter|треть|трети|четверть"
)
_PART_BEFORE = re.compile(rf"(?<![\w-])(?P<part>{NUMBER}|{_PART_WORDS})(?:\s+[\w-]+)?\s+$", re.I)
_PART_AFTER = re.compile(rf"\s*,?\s+(?P<part>{NUMBER})(?!\w)", re.I)


def _sets(text: str) -> list[tuple[re.Match[str], int]]:
    """Return each set a part is taken from, with where the part's number starts."""
    found = []
    for anchor in _ANCHOR.finditer(text):
        whole = _WHOLE.match(text, anchor.end())
        if whole is None:
            continue
        part = _PART_BEFORE.search(text, max(0, anchor.start() - 40), anchor.start())
        part = part or _PART_AFTER.match(text, whole.end())
        if part is not None:
            found.append((whole, part.start("part")))
    return found


# An object after an English verb: "who killed the journalist", "who detained him".
_OBJECT_EN = re.compile(r"\s+(?:(?i:the|a|an|him|her|them|his|their|its)\b|[A-Z])")


def _set_event(words: list[str], after: str = "") -> str:
    """Return what the words right after the set's number say befell it: a noun of people
    ("detainees"), a Russian participle ("ликвидированных"), or an English one before its
    noun ("abducted men"); not the part's own verb ("Two of the six later died")."""
    if not words:
        return ""
    word = words[0]
    event = _NOUN_EVENTS.get(word, "")
    if not event and re.match(r"[а-яё]+$", word) and not is_verb_ru(word):
        event = event_of(word)
    # "Twenty percent of the 300 people who fled": what the relative clause says they did;
    # "the 15 men who killed the journalist" did it to another: its object follows.
    relative = len(words) > 2 and words[1] in {"who", "that"} and noun_of(words[:1])
    if not event and relative and not _done_by_set(words, after):
        event = event_of(words[2])
    if not event and (noun_of(words[1:2]) or (len(words) == 1 and word not in _INTRANSITIVE)):
        # "the five abducted men"; "the 27 killed", where the set's words end at its verb.
        event = event_of(word) if word.endswith("ed") else ""
    return event if event in figure_asides.COUNTED_EVENTS else ""


def _done_by_set(words: list[str], after: str) -> str:
    """Return the event the set's relative clause says it did to another ("the 15 men who
    killed the journalist"), else ""."""
    if len(words) < 3 or words[1] not in {"who", "that"} or words[2] in _INTRANSITIVE:
        return ""
    return event_of(words[2]) if _OBJECT_EN.match(after) else ""


# A release, which no event of the ledger names.
_RELEASE = re.compile(
    r"(?<!\w)(?:освобо[жд]\w*|отпу[сщ]\w*|released|freed|let\s+go|set\s+free)", re.I
)


# Where the part's own clause ends: "12 женщин, которых вскоре отпустили" (a relative clause
# about them), "were detained again after they were released" (a release before theirs).
_CLAUSE_END = re.compile(r"[.;!?,]|(?<!\w)(?:after|когда|when|после|пока)(?!\w)", re.I)


def _released(text: str, part: Figure, noun: str) -> bool:
    """Return whether the part's own clause says its people, the set's plain copy (its noun),
    were released."""
    if part.counted.partition(" ")[0] != noun:
        return False  # "Из 40 задержанных 12 женщин …": a count of its own
    return bool(_RELEASE.search(_CLAUSE_END.split(text[part.start : part.start + 120])[0]))


def _covers(figures: list[Figure], position: int) -> bool:
    return any(f.start <= position < max(f.end, f.start + 1) for f in figures)


def wholes(text: str, figures: list[Figure]) -> list[Figure]:
    """Return ``figures`` with the sets parts are taken from whose parts count nothing.

    "Установлены личности двоих из четверых ликвидированных" counts the four killed; "two of
    the three detainees were released" the three detained. A part that is itself a count ("из
    100 задержанных не менее 20 подвергались пыткам") is the claim, and the set is left out.
    """
    figures = figure_asides.named_before(text, figure_asides.called_back(text, figures))
    found = []
    for match, part_start in _sets(text):
        words = [w.lower() for w in WORD.findall(match.group("words"))]
        after = text[match.end("words") : match.end("words") + 40]
        event = _set_event(words, after)
        part = next((f for f in figures if _covers([f], part_start)), None)
        done = _done_by_set(words, after)
        if part is not None and done and part.counted.endswith(done):
            # "Two of the 15 men who abducted Zelimkhan were identified": the part did it too.
            figures = [f for f in figures if f is not part]
            continue
        if (
            part is not None
            and event
            and part.counted.endswith(f" {event}")
            and _released(text, part, noun_of(words) or "people")
        ):
            # "Из 40 задержанных 12 были освобождены": the twelve took the set's detention and
            # their own verb ends it; the set is the claim, as "Of the 40 detained, 12 were
            # released" reads.
            figures, part = [f for f in figures if f is not part], None
        others = [f for f in figures if f is not part]
        if not event or _covers(others, match.start("whole")):
            continue
        if part is not None and not (
            part.counted.endswith(event) and part.start < match.start("whole") < part.end
        ):
            continue  # "Из 40 задержанных 12 были освобождены": the twelve are the claim
        if part is not None:
            # "двоих из четверых ликвидированных": the part took the set's own word.
            figures = [f for f in figures if f is not part]
        qualifier = lexicon.QUALIFIERS.get((match.group("qual") or "").lower(), "")
        found.append(
            Figure(
                value=number_value(match.group("whole")),
                qualifier=qualifier,
                counted=f"{noun_of(words) or 'people'} {event}",
                when="",
                text=text[match.start("whole") : match.end("words")],
                start=match.start("whole"),
                end=match.end("words"),
            )
        )
    return sorted([*figures, *found], key=lambda f: f.start) if found else figures


def skipped_one(
    text: str, match: re.Match[str], before: str, figures: list[Figure]
) -> tuple[str, str] | None:
    """Return what a "one" the other readings skip counts: English "one of the …" with an
    event of its own, or one whose noun and verb are left out ("Франция – одного")."""
    one = english_one(text, match) or english_one_person(text, match, before)
    if one is None and number_value(match.group("num")) == 1:
        gapped = figure_asides.gapped(text, match, before, figures)
        gapped = gapped or figure_asides.gapped_place(text, match, before, figures)
        return gapped or figure_asides.listed_under(text, match, before)
    return one


_ONE_OF = re.compile(r"\s+of\s+(?:the|those|whom|them)\b", re.I)
_NAMED = re.compile(r"\s*,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},")
# "one policeman", "one Chechen police officer", "one local resident": an adjective or two
# before the person's noun.
_ONE_PERSON = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{figure_words.ONE_PERSON_EN})\b(?!\s+of\b)", re.I
)
_ONE_OF_RU = re.compile(r"\s+из\s", re.I)


def _done_to_one(before: str) -> bool:
    """Return whether "one of the …" is the object of an event verb right before it ("Police
    shot dead one of the members", "killed one of the detainees"), as "two of the …" is."""
    verb = figure_objects.VERB_BEFORE_EN.search(before)
    return verb is not None and bool(
        event_of(verb.group("verb")) or verb.group("verb") in figure_objects.DONE_TO_ANOTHER_EN
    )


_COUNT_AFTER = re.compile(rf"\s+(?:{NUMBER})\b", re.I)
# "Not one of the men", "not even one of them": a denial ("only one of them" still counts).
_DENIED_ONE = re.compile(r"\b(?:no|not|not\s+even)\s*$", re.I)
_NOT_ONE = re.compile(r"\b(?:no|not|even|single|only|any|every)\s*$", re.I)


def english_one_person(text: str, match: re.Match[str], before: str) -> tuple[str, str] | None:
    """Return what English "one" before a person's noun counts when its own verb names an
    event: "One policeman has been killed" (figures.py reads "one" only before "man",
    "woman" or "person"); "no one policeman", "one officer said" count no one."""
    if match.group("num").lower() != "one" or _NOT_ONE.search(before):
        return None
    person = _ONE_PERSON.match(match.group("tail"))
    if not person:
        return None
    verb = re.compile(r"\s+([a-z]+)").match(text, match.start("tail") + person.end())
    acted = verb.group(1) if verb else ""
    killing = event_of(acted) or acted in figure_objects.DONE_TO_ANOTHER_EN
    did_it = acted not in _INTRANSITIVE and bool(killing)
    if (
        verb
        and did_it
        and (_OBJECT_EN.match(text, verb.end()) or _COUNT_AFTER.match(text, verb.end()))
    ):
        return None  # "One guard killed a detainee", "One soldier shot three men": did it
    reading = _event_reading(text, match.start("num"))
    if reading is None:
        return None
    return reading.noun or "people", reading.event


def _event_reading(text: str, start: int) -> english_figures.Reading | None:
    """Return the parse's reading of the English number at ``start`` when it counts people an
    event befell, or None."""
    reading = english_figures.read(text, start)
    if reading is None or reading.not_counted:
        return None
    return None if reading.event in {"", english_figures.OTHER_OUTCOME} else reading


# A set of doers or of the convicted: their arrest is no victim's.
_PERPETRATORS_EN = re.compile(
    rf"\b(?:{figure_words.PERPETRATORS_EN}|convicted|sentenced|tried|jailed)\b",
    re.I,
)


def parsed_one(reading: Reading | None, match: re.Match[str]) -> bool:
    """Return whether the parse counts a Russian "один": as the subject of its event ("погиб
    один из сотрудников"), or as "one of" a set the object of an event verb ("застрелили
    одного из членов группы"), as "двух из них" is."""
    if reading is None or reading.counted is None:
        return False
    if reading.subject:
        return True
    set_words = WORD.findall(match.group("tail"))[1:2]
    # "вывезли одного из задержанных в лес и убили": the set's own word is no event of the one.
    return bool(_ONE_OF_RU.match(match.group("tail"))) and not (
        set_words and event_of(set_words[0].lower()) == reading.counted[1]
    )


def english_one(text: str, match: re.Match[str]) -> tuple[str, str] | None:
    """Return what English "one of the …" counts when its own verb names an event.

    "One of the wounded later died in hospital" is one killed, "One of the abducted men was
    found dead" one man killed; "one of the 27 killed was a teacher" (the set's event, not
    the one's) and "one of the detainees told reporters" count no one.
    """
    if match.group("num").lower() != "one" or not _ONE_OF.match(match.group("tail")):
        return None
    if _DENIED_ONE.search(text, max(0, match.start("num") - 20), match.start("num")):
        return None  # "Not one of the men was detained", "not even one of them"
    # The parse costs more than the rest of the figures: only an event word in the one's own
    # clause, right after the set's words, is worth it ("One of the wounded later died"; not
    # "one of the journalists said that two were killed").
    # A name set beside the one is no clause of its own: "one of the men, Said-Ramzan
    # Abdulkerimov, died in custody".
    tail = match.group("tail")
    named = _NAMED.match(text, match.end("tail"))
    if named is not None:
        verb = re.compile(r"\s*([a-z]+)").match(text, named.end())
        acted, end = (verb.group(1), verb.end()) if verb is not None else ("", 0)
        if acted not in _INTRANSITIVE and event_of(acted) and _OBJECT_EN.match(text, end):
            return None  # "one of the officers, Magomed Daudov, detained the men": did it
        tail += " " + text[named.end() : named.end() + 80]
    clause = re.split(r"[,;:()]|\b(?:that|who|which|said|says|told)\b", tail)[0]
    if not any(event_of(w.lower()) for w in WORD.findall(clause)[3:8]) and not _done_to_one(
        text[max(0, match.start("num") - 30) : match.start("num")]
    ):
        return None
    reading = _event_reading(text, match.start("num"))
    if reading is None:
        return None
    # The set's own words ("of the abducted men", "of the 27 killed") name what befell the
    # set; the one's event must be another.
    words = [w.lower() for w in WORD.findall(match.group("tail"))]
    set_words = words[2:4]
    if words[1:2] in (["whom"], ["them"]):
        # "Five men were detained, one of whom later died": the pronoun's set is the
        # sentence before it, with its own event and the doers or the convicted.
        antecedent = re.split(
            r"[.!?]\s", text[max(0, match.start("num") - 200) : match.start("num")]
        )
        if _PERPETRATORS_EN.search(antecedent[-1]):
            return None  # "Two killers, one of whom was detained in Moscow"
        set_words = [w.lower() for w in WORD.findall(antecedent[-1])]
    if reading.event in {_NOUN_EVENTS.get(w) or event_of(w) for w in set_words}:
        return None
    owned = next(
        (i for i, w in enumerate(words[2:5], 2) if w.endswith(("'s", "’s", "s'", "s’"))), 0
    )
    if owned:
        # "one of the men's wives", "one of the victims' relatives" (review 17): the owner is
        # no part of the count; what follows is.
        return noun_of(words[owned + 1 : owned + 2]) or "people", reading.event
    return reading.noun or noun_of(words[:5]) or "people", reading.event


# "Жертвами боевиков стали девять человек"; "девять человек стали жертвами нападения".
# Victims of persecution, torture or abduction lived through it: not a count of the killed.
_NOT_LETHAL_RU = r"(?!\s+(?:преследовани|пыт|репресси|насили|дискриминаци|похищени|задержани))"
_VICTIMS_BEFORE_RU = re.compile(
    rf"(?<!\w)[Жж]ертв(?:ами|ой){_NOT_LETHAL_RU}(?:\s+[\w-]+){{0,4}}?\s+стал[аио]?\s+(?:уже\s+)?"
    # "стали 36 женщин и трое мужчин": each count joined to the first.
    rf"(?:(?:{NUMBER})\s+[\w-]+(?:\s+и|,)\s+)*$"
    # "Число жертв достигло 30 человек": the victims' tally; only a place or a group may stand
    # between ("жертв среди мирного населения"): "Количество жертв преследований" is no toll.
    r"|(?<!\w)(?:[Чч]исл[оа]|[Кк]оличеств[оа])\s+жертв(?:\s+(?:среди|в|во|на)(?:\s+[\w-]+){1,3}?)?"
    r"\s+(?:достигл[оа]|"
    r"составил[оа]|составляет|(?:вырос|возрос)л[оа](?:\s+до)?)\s*$"
)
_VICTIMS_AFTER_RU = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+стал[аио]?\s+жертв(?:ами|ой)(?!\w)")
# Victims of an armed conflict are its killed and wounded together (the Caucasian Knot's
# tallies: "жертвами вооруженного конфликта стали 43 человека, из которых 27 убиты").
_BREAKDOWN_RU = re.compile(r"(?<!\w)(?:из них|из которых|среди них|конфликт\w*)(?!\w)")
_OTHERS_NEXT_RU = re.compile(r"[.!?]?\s*(?:Ещё|Еще|Кроме того)(?!\w)")
_KILLED_AFTER = re.compile(rf"(?<![\w-])(?:{NUMBER})(?:\s+[\w-]+){{0,2}}\s+(?:убит|погиб)", re.I)
_VICTIMS_EN = re.compile(
    r"\b(?P<subject>victims|dead)\s+(?:numbered|totall?ed|stood at|reached)\s*$", re.I
)
_BODIES_OF = re.compile(r"\bbodies\s+of\s+(?:the\s+)?$", re.I)
_AMOUNT_OF_EN = re.compile(
    r"\b(?:(?:number|total|toll)\s+of\s+(?:the\s+)?(?P<noun>[\w-]+)|(?P<subject>death)\s+toll)"
    r"[^.;]{0,30}\b(?:stood at|stands at|reached|(?:rose|risen|climbed|grew|grown|increased|jumped)"
    r"\s+to|numbered|totall?ed|is|was)\s*$",
    re.I,
)


def complement(text: str, match: re.Match[str], before: str) -> tuple[str, str] | None:
    """Return what a count no reading placed in a clause counts: victims, or a count set
    beside its clause (figure_asides.py)."""
    return victims(text, match, before) or figure_asides.aside(text, match, before)


def victims(text: str, match: re.Match[str], before: str) -> tuple[str, str] | None:
    """Return what a count of victims counts: those killed, unless a breakdown follows that
    says the victims were the killed and the wounded."""
    words = [w.lower() for w in WORD.findall(match.group("tail"))]
    if figure_limits.FATALLY_WOUNDED.match(text, match.end("num")):
        return noun_of(words[:2]) or "people", "killed"
    if _BODIES_OF.search(before):
        return noun_of(words) or "people", "killed"  # "The bodies of five men were found"
    english = _VICTIMS_EN.search(before) or _AMOUNT_OF_EN.search(before)
    if english:
        noun = english.groupdict().get("noun") or english.group("subject")
        event = _NOUN_EVENTS.get(noun.lower(), "") or event_of(noun.lower())
        return (noun_of(words) or "people", event) if event else None
    if not _victims_ru(match, before) or _broken_down(text, match, before):
        return None
    return noun_of(words) or "people", "killed"


def _victims_ru(match: re.Match[str], before: str) -> bool:
    return bool(_VICTIMS_BEFORE_RU.search(before) or _VICTIMS_AFTER_RU.match(match.group("tail")))


def _broken_down(text: str, match: re.Match[str], before: str) -> bool:
    end = sentence_end(text, match.end("num"), len(text))
    # The next sentence may break the victims down, unless it counts others ("Жертвами стали
    # 225 человек. Ещё 4 578 оказались в статусе потерпевших, 4 353 из них получили ранения").
    if not _OTHERS_NEXT_RU.match(text, end):
        end = sentence_end(text, min(end + 2, len(text)), len(text))
    following = text[match.end("num") : end]
    return bool(_BREAKDOWN_RU.search(before + following) or _KILLED_AFTER.search(following))


def settled(
    text: str,
    match: re.Match[str],
    before: str,
    counted: tuple[str, str] | None,
    figures: list[Figure],
) -> tuple[str, str] | None:
    """Return what a count the readings placed counts after the tail's own checks: None when it
    counts no one (``not_counted``); the noun and event of a list it ends, its noun and verb
    left out ("трое мужчин, двое - в Гудермесе"); the people an apposition names ("мужчины
    числом около 30"); else what the readings said."""
    counted = figure_limits.part_named(match, before, counted, figures) or counted
    if counted is None:
        counted = figure_limits.found(text, match, before, figures)
    if counted is None or not_counted(text, match, before, counted):
        return None
    if figure_objects.unrealised(before) or (
        counted[1] in {"detained", "killed"}
        and figure_objects.of_doers(text[match.end("num") :][:80], counted[1])
    ):
        return None  # "vowed to kill one of the bloggers", "killed two of the attackers"
    if figure_asides.ages_listed(text, match, before):
        return None
    if figure_limits.not_a_count(text, match, before, counted):
        return None
    counted = figure_limits.corrected(text, match, before, counted)
    if counted is None:
        return None
    return (
        figure_asides.gapped_place(text, match, before, figures)
        or figure_asides.numbered(text, match, before)
        or figure_asides.dashed_noun(match, counted)
    )


def not_counted(text: str, match: re.Match[str], before: str, counted: tuple[str, str]) -> bool:
    """Return whether a count the readings found counts no one the ledger does: English
    doers ("15 people had seized three vehicles"), victims of a conflict, the killed and
    the wounded together, that a breakdown follows ("жертвами вооруженного конфликта стали 43
    человека, из которых 27 убиты"), or no one new (figure_asides.counts_no_one)."""
    return (
        doers_en(match.group("tail"), before)
        or (_victims_ru(match, before) and _broken_down(text, match, before))
        or figure_asides.counts_no_one(match, before, counted)
    )


# "с 16 до 18 часов": a time span; "с 40 до 60 человек" stays the change of an amount.
_SPAN_RU = re.compile(rf"^\s+до\s+(?:{NUMBER})\s+(?:час\w*|минут\w*|лет|год\w*)(?!\w)", re.I)


# "Около 20.30 27 мая", "at 14:05": the hour of a clock time.
_CLOCK = re.compile(r"^[.:][0-5]\d(?![\d.,]|\s*(?:тыс|млн|млрд|thousand|million|billion))", re.I)


def time_span(before: str, after: str) -> bool:
    """Return whether the number opens a span of hours or years ("с 16 до 18 часов") or is the
    hour of a clock time ("около 20.30")."""
    if _CLOCK.match(after):
        return True
    return bool(re.search(r"(?<!\w)[Сс]о?\s*$", before)) and bool(_SPAN_RU.match(after))


# "по официальным данным похищены четверо, а по неофициальным — около десяти": another
# source's count of the same event, its verb left out.
_OTHER_SOURCE_RU = re.compile(r",\s*(?:а\s+)?по\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*[—–-]\s*$", re.I)


def other_source(
    text: str, match: re.Match[str], before: str, figures: list[Figure]
) -> tuple[str, str] | None:
    """Return the event of the count before in the sentence for a count another source gives
    after a dash, with no verb of its own, else None."""
    gapped = figure_asides.gapped(text, match, before, figures)
    gapped = gapped or figure_asides.listed_under(text, match, before)
    gapped = gapped or figure_asides.dash_list_end(text, match, before, figures)
    gapped = gapped or figure_asides.table_row(match, before)
    if gapped or not figures or not _OTHER_SOURCE_RU.search(before):
        return gapped
    return figure_asides.as_previous(text, match, figures, WORD.findall(match.group("tail")))


# "five men detained two weeks ago": a number of time units is when, not whom.
_NOT_A_TIME = r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)"
# "some 15 people had earlier seized three vehicles", "gunmen killed three officers": an
# active event verb with an object of its own after the count; the count did it.
_DOERS_EN = re.compile(
    rf"^(?:\s+[\w’'-]+){{0,3}}?\s+(?:(?:have|has|had)\s+(?:\w+ly\s+|earlier\s+)?(?P<perfect>[a-z]+)"
    rf"\s+(?:(?:a|an|the|his|her|their|its)\b|(?:{NUMBER})(?!\w){_NOT_A_TIME})"
    rf"|(?P<past>[a-z]+ed)\s+(?:(?:his|her|their)\b|(?:{NUMBER})(?!\w){_NOT_A_TIME}))",
    re.I,
)


# "Police killed five and detained 12 suspects": the count is the object of the verb before
# it, and a second verb with a count of its own follows.
_OBJECT_OF_EVENT_EN = re.compile(r"\b(?P<verb>[a-z]+ed|shot)(?:\s+dead)?\s+$", re.I)


def doers_en(tail: str, before: str = "") -> bool:
    """Return whether an English count is the subject of an active event verb with an object."""
    doers = _DOERS_EN.match(tail)
    if doers is None or re.search(r"[а-яё]|\b(?:who|which|that)\b", doers.group(0), re.I):
        return False  # "15 people who had seized a bus" did it in a relative clause
    done_to = _OBJECT_OF_EVENT_EN.search(before)
    killed = done_to is not None and done_to.group(0).rstrip().lower().endswith("dead")
    if done_to and (killed or event_of(done_to.group("verb").lower())) and tail[:5] == " and ":
        return False
    verb = (doers.group("perfect") or doers.group("past")).lower()
    return event_of(verb) in {"detained", "killed", "tortured"}
