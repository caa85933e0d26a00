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
    numbers,
    russian,
    russian_readings,
)
from refuge.media.extract.dates import DATE, MONTH_EN, MONTH_RU, resolve_date
from refuge.media.extract.events import (
    QUALIFIER,
    WORD,
    animate_ru,
    event_of,
    events_in,
    noun_of,
    numbered_thing_ru,
    person_ru,
)
from refuge.media.extract.model import Figure
from refuge.media.extract.numbers import (
    NOT_COMPOUND,
    NUMBER,
    RATE,
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
    past_adjectives,
    pronoun_count,
    settled_qualifier,
    vague_or_listed,
)
from refuge.media.extract.spans import sentence_end, sentence_start

# Words that open another clause, or the context of an event ("killed at least three as part
# of an organized roundup": the roundup is not what the three underwent).
_CLAUSE = (
    "where|when|which|because|while|although|but|as part of|amid|during|"
    "где|когда|который|которая|потому"
)
_FIGURE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{QUALIFIER}),?\s+(?:(?:о|об|в)\s+)?"
    r"|(?P<range>anywhere from|from|between|от)\s+)?"
    rf"(?P<num>{NUMBER})(?!\w){NOT_COMPOUND}"
    # A range: "from 15 to 30", "between 20 and 30", "от 20 до 30", "20-30", "четыре-пять".
    # The upper end may carry its own qualifier: "between 27 and upwards of 56"; or a dash
    # stand for "and": "between 50–100 people".
    rf"(?:(?(range)(?:\s+(?:to|and|до)\s+(?:(?:{QUALIFIER})\s+)?|\s*[–—-]\s*(?=\d))"
    rf"|(?:\s*[–—-]\s*(?=\d|(?:{NUMBER})(?!\w))|\s+to\s+))"
    rf"(?P<high>{NUMBER})(?!\w))?"
    r"(?P<so>\s+or\s+so\b)?"  # "the 40 or so survivors": about 40
    # The words after the number, within the paragraph, up to the next number or clause.
    rf"(?P<tail>(?:(?:,(?=[^\S\n]+(?:котор\w+|who)\b))?[^\S\n]+(?!(?:and|и)\s+(?:another\s+|other\s+|(?:{QUALIFIER})\s+)?{NUMBER}\b|{_CLAUSE}\b)"
    rf"(?:of\s+(?:the|those)\s+)?(?:[\w’'&+-]+)){{0,14}})",
    re.I,
)
# The rest of a sentence after a figure's words, up to a break (and, below, its next number).
_REST = re.compile(r"[^.;:!?—–()\n]*")
# A count that is part of the people a sentence's event is about: "Men already detained are
# said to include … two TV presenters", "среди задержанных — двое телеведущих".
_INCLUDE = re.compile(
    r"\b(?:include|includes|included|including|among them)\b|(?<!\w)среди(?!\w)", re.I
)
_AMONG_THEM = re.compile(r"(?:among|среди)\s+(?:them|них)\b", re.I)
_OF_THEM = re.compile(rf"\s+(?:of them|of whom|из них|of the (?:{NUMBER})(?!\w))\b", re.I)
_OF_THE_NUMBER = re.compile(rf"\s+of the ({NUMBER})(?!\w)", re.I)
_MORE = re.compile(r"(?:\b(?:another|a further)|(?<!\w)(?:ещё|еще))\s*$", re.I)
_ANAPHOR = re.compile(r"(?<!\w)(?:их|них|они|they|them|those)(?!\w)", re.I)


_LINKS = re.compile(
    r"(?:including|of them|of whom|of these|among them|включая|в том числе|из них|среди них)"
    r"(?:[^.;]{0,30}\b(?:and|и))?\W*$",
    re.I,
)
# "Of the 114 people evacuated, 98 were men and 16 were women": the set opens the sentence, and
# each part says only who they were.
_SET_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(?:of|among)\s+(?:the|those|these)\s+[^.;,]{1,60},(?:[^.;]{0,30}\band)?\W*$",
    re.I,
)
_WHO_THEY_WERE = re.compile(r"\s*(?:were|are)\s+(?:\w+\s+)?(?:men|women|boys|girls)\b", re.I)


_RATE_BEFORE = re.compile(rf"(?:{figure_words.RATE_BEFORE})\W+(?:[\w-]+\W+){{0,3}}$", re.I)
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


def _counts_its_people(noun: str, tail: list[str]) -> bool:
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


def _not_a_count(text: str, match: re.Match[str], before: str) -> bool:
    """Return whether the number is a date, a year, an age, a sum, a share or a hypothesis."""
    number, after = match.group("num"), text[match.end("num") :]
    if re.match(r"\s*(?:st|nd|rd|th)\b|,\s*\d{4}|:\d\d\b", after) or re.search(r"\d[.:]$", before):
        return True  # a date, or a time: both numbers of "около 14:00", "по данным на 22.00"
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
        and not _counts_its_people(noun, tail_words)
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
    if re.search(r"(?:\b(?:aged|ages|age|age of)|в возрасте)\s*$", before, re.I):
        return True  # "men aged 16-50", "ranging in age from 16 to 50"
    if re.search(r"(?:\bиз|\bout of|\bof the)\s*$", before, re.I) and _PART_OF.search(before):
        return True  # "nine of 43", "девять человек из 43" count the nine; "список из 27" counts
    last = text[match.end("high") :] if match.group("high") else after
    if re.match(rf"\s+(?:{figure_words.NOT_COUNTS})\b|-year|-летн|\s*%|{RATE}", last, re.I) or (
        re.match(r"\s+[a-z-]+\s+(?:wounds|injuries|days|weeks|months|years)\b", last)
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
            (person_ru(word) or befallen) and not _LINKS.search(before)
        )
        return not one_person or bool(
            re.search(r"(?:\b(?:even|not|no|single)|(?<!\w)(?:даже|ни))\s*$", before, re.I)
        )
    return False


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
    if (link := _LINKS.search(before)) and not own_events:
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
        among = include.group(0).lower() == "среди"
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


def figures_in(text: str, published: date | None) -> list[Figure]:
    """Return every count of people (or messages) in ``text`` with what it counts."""
    figures: list[Figure] = []
    candidates, position = [], 0
    text = figure_tail.prose_lines(text)  # a hard line break inside a sentence is a space
    while (match := _FIGURE.search(text, position)) is not None:
        # Rejected candidates must not swallow the words after them: go on after the number.
        position = match.end("high") if match.group("high") else match.end("num")
        before_text = _sentence_before(text, match.start())
        candidates.append((match, before_text, _not_a_count(text, match, before_text)))
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
        if reading is None:
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
        qualifier = qualifier or ("about" if match.group("so") else "")
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
