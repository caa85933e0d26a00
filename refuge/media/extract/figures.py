"""Figures: how many people were detained, killed, evacuated … and with what qualifier."""

from __future__ import annotations

import re
from datetime import date

from refuge.media import figure_words, lexicon
from refuge.media.extract import (
    bare_counts,
    english_figures,
    figure_returns,
    figure_tail,
    figure_windows,
    russian,
    russian_readings,
)
from refuge.media.extract.dates import DATE, MONTH_EN, MONTH_RU, resolve_date
from refuge.media.extract.events import (
    QUALIFIER,
    WORD,
    event_of,
    events_in,
    noun_of,
)
from refuge.media.extract.model import Figure
from refuge.media.extract.not_counts import LINKS, counts_its_people, counts_no_one
from refuge.media.extract.numbers import (
    CASE_ENDING,
    NOT_COMPOUND,
    NUMBER,
    is_number,
    low_value,
    number_value,
)
from refuge.media.extract.russian_claims import (
    apposed_total,
    doers_ru,
    elided_more,
    is_verb_ru,
    one_with_event,
    pronoun_count,
    settled_qualifier,
)
from refuge.media.extract.spans import sentence_end, sentence_start

# Words that open another clause, or the context of an event ("killed at least three as part
# of an organized roundup": the roundup is not what the three underwent).
_CLAUSE = (
    "where|when|which|because|while|although|but|as part of|amid|during|"
    "где|когда|который|которая|потому"
)
_QUALIFIER_AFTER = "|".join(q.replace(" ", r"\s+") for q in lexicon.QUALIFIERS_AFTER)
_FIGURE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{QUALIFIER}),?\s+(?:(?:о|об|в)\s+)?"
    r"|(?P<range>anywhere from|from|between|от)\s+)?"
    rf"(?P<num>{NUMBER})(?!\w){CASE_ENDING}{NOT_COMPOUND}"
    # A range: "from 15 to 30", "between 20 and 30", "от 20 до 30", "20-30", "четыре-пять".
    # The upper end may carry its own qualifier: "between 27 and upwards of 56"; or a dash
    # stand for "and": "between 50–100 people".
    rf"(?:(?(range)(?:\s+(?:to|and|до)\s+(?:(?:{QUALIFIER})\s+)?|\s*[–—-]\s*(?=\d))"
    rf"|(?:\s*[–—-]\s*(?=\d|(?:{NUMBER})(?!\w))|\s+to\s+))"
    rf"(?P<high>{NUMBER}){CASE_ENDING})?"
    r"(?:[”\"»](?=[^\S\n]))?"  # "received “around 10” complaints": the words quoted end
    # A qualifier after the number: "the 40 or so survivors", "100 с лишним человек".
    rf"(?P<qual_after>\s+(?:{_QUALIFIER_AFTER})(?!\w))?"
    # The words after the number, within the paragraph, up to the next number or clause.
    rf"(?P<tail>(?:(?:,(?=[^\S\n]+(?:котор\w+|who)\b))?[^\S\n]+(?!(?:and|и)\s+(?:another\s+|other\s+|(?:{QUALIFIER})\s+)?{NUMBER}\b|{_CLAUSE}\b)"
    rf"(?:of\s+(?:the|those)\s+)?(?:[\w’'&+-]+)){{0,14}})",
    re.I,
)
# The rest of a sentence after a figure's words, up to a break (and, below, its next number).
_REST = re.compile(r"[^.;:!?—–()\n]*")
# A count that is part of the people a sentence's event is about: "Men already detained are
# said to include … two TV presenters", "среди задержанных — двое телеведущих", "Among those
# detained were 14 men" (its event after it, as after "среди").
_INCLUDE = re.compile(
    r"\b(?:include|includes|included|including|among them|among those)\b|(?<!\w)среди(?!\w)",
    re.I,
)
_AMONG_THEM = re.compile(r"(?:among|среди)\s+(?:them|них)\b", re.I)
_OF_THEM = re.compile(rf"\s+(?:of them|of whom|из них|of the (?:{NUMBER})(?!\w))\b", re.I)
_OF_THE_NUMBER = re.compile(rf"\s+of the ({NUMBER})(?!\w)", re.I)
_MORE = re.compile(r"(?:\b(?:another|a further)|(?<!\w)(?:ещё|еще))\s*$", re.I)
_ANAPHOR = re.compile(r"(?<!\w)(?:их|них|они|they|them|those)(?!\w)", re.I)


# "Of the 114 people evacuated, 98 were men and 16 were women": the set opens the sentence, and
# each part says only who they were.
_SET_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(?:of|among)\s+(?:the|those|these)\s+[^.;,]{1,60},(?:[^.;]{0,30}\band)?\W*$",
    re.I,
)
_WHO_THEY_WERE = re.compile(r"\s*(?:were|are)\s+(?:\w+\s+)?(?:men|women|boys|girls)\b", re.I)


# Not past a comma: "according to the Network’s information, about 40 individuals".
_ABOUT_TOPIC = re.compile(
    rf"\b(?:{figure_words.ABOUT_TOPIC_EN})\b((?:\W+[\w’'-]+){{0,6}})[^\w,;:]*$", re.I
)
# Verbs whose "about" names a topic ("We previously reported about two gay men who …"): before
# a number no one rounds, it is that preposition; "reported about 40 arrests" stays a qualifier.
_TOLD_ABOUT = re.compile(
    r"\b(?:reported|reports|wrote|writes|written|spoke|speaks|talked|talks|heard|learned|learnt"
    r"|knew|knows|know)\s+$",
    re.I,
)
_NOT_ABOUT_TOPIC = re.compile(
    rf"\b(?:{lexicon.SPEECH_VERBS_EN}|that|found|finds|shows?|showed|estimat\w*|suggest\w*)\b",
    re.I,
)


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bSt)(?<!\bMr)(?<!\bDr)[.!?][”\"’']?\s+$")


def _sentence_before(text: str, start: int) -> str:
    """Return the words of the figure's sentence before it (not across a paragraph)."""
    floor = max(0, start - 200, text.rfind("\n", 0, start) + 1)
    before = text[sentence_start(text, start, floor) : start]
    # A number that opens its sentence ("… the Russian Federation. Over 80 people") has no
    # words before it: the sentence before is not its own.
    return "" if _SENTENCE_END.search(before) else before


_DATE_IN_CLAUSE = re.compile(
    rf"\d{{1,2}}(?:\s*(?:на|по|и|[–-])\s*\d{{1,2}})?\s+(?:{MONTH_RU}|{MONTH_EN})\b"
    # A year only as one: "в 2017 году", "in 2017" (not "2000 человек бежали").
    rf"|\b(?:{MONTH_EN})\s+\d{{1,2}}\b|\b(?:19|20)\d\d(?=\s*(?:год|г\.))|(?<=\b[вВ]\s)(?:19|20)\d\d\b"
    rf"|(?<=\bin\s)(?:19|20)\d\d\b",
    re.I,
)


def _rest_of_clause(text: str, start: int) -> str:
    """Return the next twenty words of the sentence, with their commas, up to a number."""
    rest = _REST.match(text, start)
    clause = rest.group(0) if rest else ""
    # A date's numbers go on with the clause, read as no number: "которые в ночь с 25 на 26
    # января были задержаны".
    dated = _DATE_IN_CLAUSE.sub(lambda m: "x" * len(m.group(0)), clause)
    for count, word in enumerate(WORD.finditer(dated)):
        if count == 20 or is_number(word.group(0)):
            return dated[: word.start()]
    return dated


def _previous_sentence_event(text: str, start: int) -> str:
    """Return the last event of the sentence before, in the same paragraph ("… расстреляли
    десятки людей. Журналисты предполагают, что их может быть от 27 до 56 человек")."""
    own = sentence_start(text, start, max(0, start - 300, text.rfind("\n", 0, start) + 1))
    floor = max(0, own - 300, text.rfind("\n", 0, own) + 1)
    if own <= floor:
        return ""
    before = text[sentence_start(text, max(floor, own - 2), floor) : own]
    return next((event for _i, event in reversed(events_in(before, after_number=False))), "")


def _host(figures: list[Figure], sentence_start: int) -> Figure | None:
    """Return the last figure before the sentence starting at ``sentence_start``."""
    return next((f for f in reversed(figures) if f.end <= sentence_start), None)


def _linked(
    text: str, match: re.Match[str], before: str, counted: tuple[str, str] | None, previous: Figure
) -> tuple[str, str] | None:
    """Return what a figure that belongs to the one before counts, or ``counted`` unchanged."""
    tail = match.group("tail")
    tail_words = [w.lower() for w in WORD.findall(tail)]
    own_events = {event for _i, event in events_in(tail)}
    noun, _sep, event = previous.counted.partition(" ")
    part = _OF_THE_NUMBER.match(tail)
    if part and number_value(part.group(1)) == previous.value:
        # "tortured three of the four": part of the four counted before, named as they were.
        return noun, counted[1] if counted else event
    received = counted is not None and counted[1] == event == "received"
    if (
        received
        and not noun_of(tail_words)
        and not re.search(r"[.;!?]", text[previous.end : match.start()])
    ):
        return noun, event  # "took 312 calls in March, more than in 2018, when it received 270"
    if _SET_OPENING.search(before) and _WHO_THEY_WERE.match(tail) and (own := noun_of(tail_words)):
        return own, event
    if (link := LINKS.search(before)) and not own_events:
        # "including 104 men and 31 women", "at least two of them": the event of the
        # figure they belong to, and its noun unless they name their own; not the senders
        # of messages ("200 requests; of these, 40 were from women").
        sentence_own = events_in(before[: link.start()], after_number=False)
        if sentence_own and previous.end <= match.start() - len(before):
            # "Two men were killed. The authorities detained dozens of people, among them
            # 14 women": the women are among this sentence's detained, not the killed.
            return noun_of(tail_words) or "people", sentence_own[-1][1]
        if event == "received" and noun_of(tail_words) not in {"", noun}:
            return counted
        return noun_of(tail_words) or noun, event
    if counted is None and re.search(r"\b(?:them|whom|них)\b", tail[:12]):
        # "34 человека (20 из них - жители с. Дарго)": the part of those counted before.
        return noun_of(tail_words) or noun, event
    if counted is not None and re.search(r"\b(?:them|whom|них)\b", tail[:12]):
        # "evacuated 150 people, 120 of them abroad": where they went is not a new event;
        # "23 people, two of them women": the part names its own noun.
        abroad = re.search(r"\babroad\b|за границ|за рубеж", tail, re.I)
        return noun_of(tail_words) or noun, event if abroad and own_events <= {"left"} else counted[
            1
        ]
    between = text[previous.end : match.start()]
    if (
        counted is not None
        and not noun_of(tail_words)
        and not re.search(r"[.;!?]", between)
        and (
            re.match(r"\s*(?:were|was|have been|had been|были|было)\b", tail)
            # Its auxiliary left out too: "100 men were rounded up and at least three killed",
            # "… have been detained, allegedly in camps, and at least three killed" (past a
            # comma only after the count's own verb: "40 men and 12 women, and two died").
            or (
                re.fullmatch(
                    r"\D*\band\s+" if _ends_with_event(previous) else r"[^,]*\band\s+", between
                )
                and tail_words[:1]
                and event_of(tail_words[0])
            )
        )
    ):
        # "two men were killed and 40 were detained": the number names no noun of its own.
        return noun, counted[1]
    if (
        counted is None
        and re.fullmatch(r",\s*(?:котор|who\b)[^.;!?\n]{0,80},\s+(?:и|and)\s+", between)
        and not own_events
    ):
        # "обратились 37 девушек, которые …, и две трансгендерные женщины": joined to the count
        # before past its relative clause, the second shares its verb.
        return noun_of(tail_words) or noun, event
    gap = re.match(r"\s*[–—]\s+(?=[^\W\d])", text[match.end("num") :])
    if gap and not re.search(r"[.;!?\n]", between):
        # "45 помогли эмигрировать, а 26 – покинуть регион": the dash stands for the verb.
        rest = _rest_of_clause(text, match.end("num") + gap.end())
        own = next((e for _i, e in events_in(rest)), "")
        if own == "left" and event == "evacuated":
            own = "evacuated"
        return noun_of(tail_words) or noun, own or event
    if (
        counted is None
        and re.fullmatch(r"[^.;!?\n]{0,20},\s*", between)
        and not own_events
        and not noun_of(tail_words)
        and not re.search(r"\b(?:were|was|are|is|have|has|had)\b", tail)
        and not any(is_verb_ru(w) for w in tail_words[:3])
    ):
        # "всех убили — троих сразу, троих чуть позже": the second repeats the first's count.
        return noun, event
    return counted


def _ends_with_event(figure: Figure) -> bool:
    """Whether a figure's words end with its own event ("100 gay men have been detained")."""
    words = WORD.findall(figure.text)
    return bool(words) and bool(event_of(words[-1].lower()))


# A passive's short participle: "было задержано около 20 человек"; not an active verb, whose
# count may be who did it ("людей задерживали около 40 сотрудников ОМОН").
_VERB_FORMS = frozenset({"PRTS"})


def _verb_before(
    text: str, match: re.Match[str], before_text: str, tail: str, rest: str, figures: list[Figure]
) -> tuple[str, str] | None:
    """What a Russian count counts where the parse says nothing but the verb of its event
    stands right before it ("где, по последним данным, было задержано около 20 человек",
    the number parsed as the subject of a verb two clauses back): the verb tells."""
    verb = re.search(r"(\w+)\s*$", before_text)
    word = verb.group(1).lower() if verb else ""
    # Not "повестки получили 55 протестующих": what people received is not what they went
    # through, and counts of messages received name their receiver, not the counted. Nor
    # a noun ("в ходе задержания 5 полицейских получили ранения"): the setting, not the verb.
    if event_of(word) in {"", "received"} or russian.part_of_speech(word) not in _VERB_FORMS:
        return None
    return _windowed(text, match, before_text, tail, rest, figures)


def _windowed(
    text: str, match: re.Match[str], before_text: str, tail: str, rest: str, figures: list[Figure]
) -> tuple[str, str] | None:
    """Return what the words around the number count, and the counts before it link to."""
    counted = figure_windows.counted(tail, before_text, rest)
    previous = figures[-1] if figures and match.start() - figures[-1].end < 120 else None
    if (
        previous is None
        and figures
        and _OF_THEM.match(match.group("tail"))
        and "\n" not in text[figures[-1].end : match.start()]
    ):
        # "took 40 gay men from Chechnya … added that 9 of them had already left": "of
        # them" points back to the paragraph's last count, however far.
        previous = figures[-1]
    if previous is not None:
        counted = _linked(text, match, before_text, counted, previous)
    include = _INCLUDE.search(before_text)
    host = _host(figures, match.start() - len(before_text))
    if counted is None and include and host and _AMONG_THEM.match(before_text, include.start()):
        # "…помогла выехать 114 людям. Среди них …, 30 человек – члены их семей": those
        # among them underwent what the count before the sentence counts.
        host_noun, _sep, host_event = host.counted.partition(" ")
        counted = (noun_of([w.lower() for w in WORD.findall(tail)]) or host_noun, host_event)
    elif counted is None and include:
        # "Men already detained are said to include … two TV personalities".
        # "Men already detained include …"; "Среди задержанных — …" names them after.
        among = include.group(0).lower() in {"среди", "among those"}
        scope = before_text[include.start() :] if among else before_text[: include.start()]
        events = events_in(scope, after_number=False)
        noun = noun_of([w.lower() for w in WORD.findall(tail)]) or "people"
        counted = (noun, events[-1][1]) if events else None
    # "ещё 30 собираются уехать", "another 30 were family members", "ещё 30 – их родные":
    # a number with a verb (or a dash for one) of its own continues nothing.
    more = (
        _MORE.search(before_text)
        and not any(event_of(w.lower()) for w in WORD.findall(tail))
        and not re.search(r"\b(?:were|was|are|is)\b", tail, re.I)
        and not any(is_verb_ru(w.lower()) for w in WORD.findall(tail)[:3])
        and not re.match(r"\s*[—–-]", text[match.end("num") :])
    )
    if counted is None and (_ANAPHOR.search(before_text) or more):
        # "их может быть от 27 до 56"; "к которым позже добавились ещё трое родственников"
        # after "о похищении родных": the event of the sentence before.
        noun = noun_of([w.lower() for w in WORD.findall(match.group("tail"))])
        event = _previous_sentence_event(text, match.start()) if noun else ""
        counted = (noun, event) if event else None
    return counted


# "… reached the organisation in 2021, up from 140 the year before", "compared with about 20
# in a typical week": a number set against a count of its sentence. "A further 12 men were
# detained, bringing the total to about 40", "The total rose to 34", "а к среде их число
# выросло до …": a total of the count before it, in its paragraph.
_COMPARED = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+$", re.I)
_TOTAL = re.compile(
    r"\btotal\b(?P<of>[^.;:!?]{0,60}?)\b(?:to|at|reached|hit)\s+$"
    r"|(?<!\w)(?P<whose>их|общее)\s+(?:число|количество)(?P<ru>[^.;:!?]{0,40}?)\s+"
    r"(?:выросл|возросл|увеличил|достигл|дошл|составил)\w*\s+$",
    re.I,
)
# Words a total may have between "total" and its number that name no other thing: "the total
# number held since December", "их число к среде" (not "the total cost", "число блокпостов").
_TOTAL_WORDS = re.compile(
    r"number|of|the|so|far|now|since|this|that|last|year|month|week|has|have|had|rose|risen|"
    r"grew|grown|climbed|increased|bringing|brought|stood|stands|in|за|к|с|в|на|уже|теперь|"
    r"начала|этого|прошлого|текущего|год\w*|месяц\w*|недел\w*|сут\w*|дн\w*|утр\w*|"
    r"вечер\w*|сред\w*|пятниц\w*|понедельник\w*|вторник\w*|четверг\w*|суббот\w*|"
    rf"воскресень\w*|{MONTH_EN}|{MONTH_RU}",
    re.I,
)


def _as_before(
    text: str, match: re.Match[str], before: str, figures: list[Figure]
) -> tuple[str, str] | None:
    """Return what the count a bare number is compared with, or totals, counts: one earlier in
    the number's sentence; for a total, in its paragraph, where the words of the total name
    nothing else ("The total cost rose to 40 million"), and "их число" in its sentence."""
    own = [w.lower() for w in WORD.findall(match.group("tail"))[:3]]
    lead = f"{before}{match.group('range') or ''} "  # "up from 140": "from" opens the match
    if not figures or noun_of(own):
        return None
    previous = figures[-1]
    noun, _sep, event = previous.counted.partition(" ")
    in_sentence = previous.start >= match.start() - len(before)
    if _COMPARED.search(lead):
        return (noun, event) if in_sentence else None
    total = _TOTAL.search(before)
    if total is None or "\n" in text[previous.end : match.start()]:
        return None
    if (total.group("whose") or "").lower() == "их" and not in_sentence:
        return None  # "…появились новые блокпосты, их число достигло 30": theirs
    words = [w.lower() for w in WORD.findall(total.group("of") or total.group("ru") or "")]
    # A word of the count's own noun or event, not a participle that names people by another
    # state ("общее число раненых составило 5": the wounded).
    same = {w for w in words if figure_words.COUNTED_NOUNS.get(w) == noun or event_of(w) == event}
    named_else = any(w not in same and not _TOTAL_WORDS.fullmatch(w) for w in words)
    return None if named_else else (noun, event)


# "Из общего числа обратившихся (142 человека) …", "those detained (about 40 people)": a
# count in brackets after the word for what befell them.
_BRACKETED = re.compile(r"([\w-]+)\s*\(\s*$")
# "Больше всего задержаний, 58, зафиксировано в Москве": a count set between commas after a
# plural noun of the event ("arrests, 23,"); not a verb's ("погибли, 5, по информации …"), a
# list of dates or article numbers ("задержаний, 12, 13 и 14 июня", "об убийстве, 105, и …").
_APPOSED = re.compile(r"([\w-]+(?:ий|ов|ев|ств|s))\s*,\s*$")
_APPOSED_END = re.compile(r",\s+(?!\d|(?:и|или|and|or)\s)")


# Words that open another clause after a bracketed count (see ``_event_apart``).
_CLAUSE_BREAK = re.compile(r"(?<!\w)(?:а|но|где|котор\w*|where|who|which|whom|and|but)(?!\w)", re.I)
# "20-30 men had been brought to the police station": custody with no word of detention, as
# Russian "доставлены в отдел" (custody.py); passive, not those who took something there, nor
# a morgue, nor relatives bringing them to give evidence.
_TAKEN_TO_POLICE = re.compile(
    r"\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:brought|taken|driven|delivered|hauled|dragged)\s+"
    r"to\s+(?:the|a)\s+(?:local\s+|nearest\s+)?police\s+(?:station|department|headquarters)\b"
    r"(?!\s+morgue|\s+by\s+(?:their\s+)?(?:relatives|families|family|parents))",
    re.I,
)


def _event_apart(before: str, tail: str, after: str) -> tuple[str, str] | None:
    """Return what a count in brackets counts, by the event word before the bracket, or by the
    event after it where a noun of people comes before ("Больше всего человек (68) задержали в
    Петербурге"); or a count taken to the police (detained); else None. ``after`` is the rest
    of the sentence after the number."""
    word = _BRACKETED.search(before)
    set_apart = word or (_APPOSED.search(before) if _APPOSED_END.match(after) else None)
    event = event_of(set_apart.group(1).lower()) if set_apart else ""
    own = [w.lower() for w in WORD.findall(tail)[:2]]
    if (
        word
        and not event
        and (noun := noun_of([word.group(1).lower()])) in {"people", "men", "women"}
    ):
        # Its own clause only: not "(68) пришли на акцию, где полиция задержала 12".
        # Only the number in the bracket, or with its noun: not "Men (18-60)", ages.
        closed = re.match(r"(?:\s+[^\W\d]+)?\)([^.;:!?,]*)", after)
        clause = _CLAUSE_BREAK.split(closed.group(1))[0] if closed else ""
        found = events_in(clause, after_number=False)
        return (noun, found[0][1]) if found else None
    event = event or ("detained" if _TAKEN_TO_POLICE.search(tail) and noun_of(own) else "")
    return (noun_of(own) or "people", event) if event and event != "received" else None


def figures_in(text: str, published: date | None) -> list[Figure]:
    """Return every count of people (or messages) in ``text`` with what it counts."""
    figures: list[Figure] = []
    candidates, position = [], 0
    text = figure_tail.prose_lines(text)  # a hard line break inside a sentence is a space
    while (match := _FIGURE.search(text, position)) is not None:
        # Rejected candidates must not swallow the words after them: go on after the number.
        position = match.end("high") if match.group("high") else match.end("num")
        before_text = _sentence_before(text, match.start())
        candidates.append((match, before_text, counts_no_one(text, match, before_text)))
    readings: dict[int, russian_readings.Reading] = {}
    if russian.is_russian(text):
        # Not dates, years, sums and the like; "один" only with an event ("погиб один из них").
        numbers = [
            (match.start("num"), match.end("num"))
            for match, _before, skip in candidates
            if (number_value(match.group("num")) == 1 and one_with_event(match)) or not skip
        ]
        readings = russian_readings.readings(text, numbers)
    for match, before_text, skip in candidates:
        if match.group("qual_after") and number_value(match.group("num")) == 1:
            continue  # "One or more of the detained men": not one
        # "The hotline “112” received …", "“Battalion 141”": a short name that is or ends in a
        # number; not "received “around 10” complaints", nor «…человек 40» said.
        opened = re.search(r"[“\"«]([^”\"»“«]{0,25})$", before_text)
        quoted_alone = opened is not None and not (
            match.group("qual") and not opened.group(1).strip()
        )
        if quoted_alone and re.match(r"[”\"»]", text[match.end("num") :]):
            continue
        # The parse overrides the word windows where it answers (russian_figures.py, found by
        # offset in russian_readings.py).
        reading = readings.get(match.start("num"))
        parsed_one = figure_tail.parsed_one(reading, match)
        one = figure_tail.skipped_one(text, match, before_text, figures) if skip else None
        if skip and not one and not (parsed_one and number_value(match.group("num")) == 1):
            continue
        tail, rest = match.group("tail"), _rest_of_clause(text, match.end("tail"))
        if number_value(match.group("num")) == 1:
            # "один человек, который недавно покинул Чечню, сказал": one person described,
            # not counted; one is a count only with its own verb ("one man was killed").
            tail, rest = tail.split(",")[0], ""
        own = [w.lower() for w in WORD.findall(tail)]
        if reading is None or (reading.counted is None and own and counts_its_people(own[0], own)):
            # "МВД сообщало о 3,3 тыс. задержаниях": detentions count the people detained,
            # whatever the parse says of their verb.
            counted = _windowed(text, match, before_text, tail, rest, figures)
        elif reading.counted is not None and not reading.counted[0]:
            # "двое из них": the parse's event, the noun of the count they are part of.
            windowed = _windowed(text, match, before_text, tail, rest, figures)
            counted = (windowed[0] if windowed else "people", reading.counted[1])
        else:
            counted = reading.counted or _verb_before(text, match, before_text, tail, rest, figures)
        # English: the parse's noun, event and qualifier where it gives them (english_figures).
        english = None
        if (
            reading is None
            and not lexicon.CYRILLIC.search(tail)
            and english_figures.worth_parsing(before_text, tail + rest, counted)
        ):
            english = english_figures.read(text, match.start("num"))
        counted = english_figures.counted_with(english, counted)
        counted = _as_before(text, match, before_text, figures) or counted
        counted = counted or _event_apart(before_text, tail, text[match.end("num") :][:200])
        counted = counted or pronoun_count(match.group("num"), before_text, tail + rest)
        counted = counted or apposed_total(before_text, tail + rest)
        if counted is None and _MORE.search(before_text):
            after = text[match.end("num") :]
            previous = _previous_sentence_event(text, match.start())
            counted = elided_more(match.group("num"), before_text, after, previous)
        counted = one or counted or figure_tail.complement(text, match, before_text)
        counted = counted or figure_returns.returned(text, match, before_text)
        counted = counted or figure_tail.other_source(text, match, before_text, figures)
        counted = figure_tail.settled(text, match, before_text, counted, figures)
        if counted is None or doers_ru(match.group("num"), tail):
            continue
        noun, event = counted
        if noun == "people" and not lexicon.CYRILLIC.search(match.group("tail")):
            # "Up to 100 men are held, and at least three have died": men.
            noun = bare_counts.bare_noun(text, match.end("num"), match.start()) or noun
        qual = match.group("qual") or ""
        qualifier = lexicon.QUALIFIERS.get(qual.lower(), "")
        qualifier = qualifier or (reading.qualifier if reading is not None else "")
        qualifier = settled_qualifier(qualifier, qual, before_text)
        topic = _ABOUT_TOPIC.search(before_text)
        if qualifier == "about" and topic and not _NOT_ABOUT_TOPIC.search(topic.group(1)):
            qualifier = ""  # a preposition: "a report it published in July about 27 individuals"
        if qualifier == "about" and _TOLD_ABOUT.search(before_text) and not _rounded(match):
            qualifier = ""
        if english and not match.group("qual"):
            qualifier = english.qualifier  # "the number of dead can reach 56 people"
        placed_after = re.sub(r"\s+", " ", (match.group("qual_after") or "").strip().lower())
        qualifier = qualifier or lexicon.QUALIFIERS_AFTER.get(placed_after, "")
        if match.group("high") and (
            match.group("range") or re.match(r"\s*[–—-]", text[match.end("num") :])
        ):
            qualifier = "between"
        sentence = text[
            sentence_start(text, match.start(), 0) : sentence_end(text, match.end("num"), len(text))
        ]
        when = ""
        for date_match in DATE.finditer(sentence):
            if date_match.group("since") or date_match.group("month") or date_match.group("rmonth"):
                resolved = resolve_date(date_match, published)
                when = ("since " if date_match.group("since") == "since" else "") + resolved
                break
        begin, end, noun_end = match.start(), match.end("num"), 0
        for word in WORD.finditer(match.group("tail")):
            end = match.start("tail") + word.end()
            if event_of(word.group(0).lower()) == event or (
                figure_words.COUNTED_NOUNS.get(word.group(0).lower()) == noun
                and event == "received"
            ):
                break
            if not noun_end and noun_of([word.group(0).lower()]) == noun:
                noun_end = end
        else:
            # No event word after the number ("safe houses for 37 people looking to escape"):
            # its words end with what it counts.
            end = noun_end or end
            verb = re.search(r"(\w+)\s+$", text[max(0, match.start() - 40) : match.start()])
            if not noun_end and verb and event_of(verb.group(1).lower()) == event:
                # "officials have killed two and detained 40": the verb before it, no noun;
                # "умерли шесть задержанных": and the people it befell, named by another event.
                begin, end = match.start() - len(verb.group(0)), match.end("num")
                named = re.match(r"\s+(\w+)", text[end:])
                if named and (event_of(named.group(1).lower()) or noun_of([named.group(1)])):
                    end += named.end()
        figures.append(
            Figure(
                value=low_value(match.group("num"), match.group("high")),
                qualifier=qualifier,
                counted=f"{noun} {event}",
                when=when,
                text=text[begin:end],
                start=begin,
                end=end,
                high=number_value(match.group("high")) if match.group("high") else None,
            )
        )
    return figure_tail.wholes(text, figures)


def _rounded(match: re.Match[str]) -> bool:
    """Whether a number is one people round to (40, "a dozen", "hundreds"), as estimates are."""
    number = match.group("num")
    return (
        number_value(number) % 5 == 0
        or re.search(r"dozen|hundred|thousand", number, re.I) is not None
    )
