"""Extract quotations with their speakers, figures, dates, places and organisations.

Rule-based and explainable: every item carries character offsets into the article text, so
an analyst can always see the words it came from. Definitions used (and by the annotations in
tests/data/media_annotations.json):

- a *quotation* is a passage in double quotes or «guillemets» of at least three words, or in
  single quotes of at least six words (shorter ones are scare quotes), outside another
  quotation. A quotation running over several paragraphs — each re-opened with a quote mark, or
  closed only in a later paragraph — is one statement in several parts, each its own span.
- a *figure* is a number of people (or messages) with what was counted: a number in digits or
  words, its qualifier (more than, at least, about, around, up to), the noun and the event.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from refuge.media import lexicon
from refuge.media.articles import Article

_DQ_OPEN = "“«„"
_NAME = r"[A-ZА-ЯЁ][\w’'.\-]*"


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: str = ""
    speaker_role: str = ""
    affiliation: str = ""
    given_to: str = ""
    part_of: int | None = None  # index of the first part of a multi-paragraph quotation


@dataclass
class Figure:
    value: int
    qualifier: str
    counted: str
    when: str
    text: str
    start: int
    end: int
    high: int | None = None  # for ranges: "from 15 to 30"


@dataclass
class Mention:
    text: str
    value: str
    start: int
    end: int


@dataclass
class Extraction:
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    organisations: list[Mention] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "quotes": [asdict(q) for q in self.quotes],
            "figures": [asdict(f) for f in self.figures],
            "dates": [asdict(d) for d in self.dates],
            "places": [asdict(p) for p in self.places],
            "organisations": [asdict(o) for o in self.organisations],
        }


# --- Paragraphs and quotation spans ---


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _is_opening_straight(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in " \t\n([—–-:;/"


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _quote_spans(text: str) -> list[tuple[int, int, int | None]]:
    """Return (start, end, part_of) for every double-quoted passage, across paragraphs."""
    spans: list[tuple[int, int, int | None]] = []
    open_at: int | None = None  # start of the current part
    first_part: int | None = None  # index in spans of the first part of this quotation
    straight = False
    for p_start, p_end in _paragraphs(text):
        i = p_start
        if open_at is not None:
            lead = len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
            first = p_start + lead
            if text[first] in _DQ_OPEN or text[first] == '"':
                # The convention for a quotation over several paragraphs: each re-opens.
                open_at, i = first + 1, first + 1
            else:
                open_at = p_start
        while i < p_end:
            ch = text[i]
            if open_at is None:
                if ch in _DQ_OPEN or (ch == '"' and _is_opening_straight(text, i)):
                    open_at, straight, first_part = i + 1, ch == '"', None
            elif ch == '"' or (not straight and ch in "”»"):
                spans.append((open_at, i, first_part))
                open_at, first_part = None, None
            i += 1
        if open_at is not None:
            spans.append((open_at, p_end, first_part))
            if first_part is None:
                first_part = len(spans) - 1
            open_at = p_end  # carried on: the next paragraph decides
    return spans


def _single_quote_spans(
    text: str, inside: list[tuple[int, int, int | None]]
) -> list[tuple[int, int, int | None]]:
    spans: list[tuple[int, int, int | None]] = []
    pattern = re.compile(r"(?<![\w’'])[‘'](?=\S)(.+?)(?<=\S)[’'](?![\w])", re.S)
    for p_start, p_end in _paragraphs(text):
        for match in pattern.finditer(text, p_start, p_end):
            start, end = match.start(1), match.end(1)
            if any(s - 1 <= start and end <= e + 1 for s, e, _ in inside):
                continue
            if _word_count(match.group(1)) >= 6:
                spans.append((start, end, None))
    return spans


# --- Speakers ---

_SPEECH = lexicon.SPEECH_VERBS_EN + "|" + lexicon.SPEECH_VERBS_RU
# After a quotation, "reported NBC News" names the outlet, not the speaker.
_SPEECH_AFTER = "|".join(
    verb
    for verb in _SPEECH.split("|")
    if verb not in {"reported", "report", "reports", "according to"}
)
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,.:;—–-]*(?:{_SPEECH_AFTER})\s+(?P<who>[^.;:“”\"]+?)"
    rf"(?=\s*(?:[,.;:“\"]|$|\s+(?:in|on|at|who|to|about|during)\s))",
    re.I,
)
_AFTER_WHO_FIRST = re.compile(
    rf"^[\s,.:;—–-]*(?P<who>(?:[\w’'.\-]+\s+){{0,7}}?[\w’'.\-]+)\s+(?P<verb>{_SPEECH_AFTER})\b",
    re.I,
)
_SAID_FIRST = re.compile(
    r"(?:^|\.\s+)\s*Said\s+(?P<who>[^:“\"]+?)(?:\s+in a statement)?\s*[:,]\s*$"
)
_HAD_THIS_TO_SAY = re.compile(r"(?P<who>[^.]+?)\s+had this to say[^,]*,\s*$")
_WHO_SAID_FOLLOWING = re.compile(r"(?P<who>[^,.]+?),?\s+who (?:said|stated) the following:\s*$")
_SUBJECT_VERB = re.compile(rf"^(?P<who>.+?)\s+(?:{_SPEECH})\b", re.I)
_GIVEN_TO = re.compile(
    r"\b(?:told|telling|tells)\s+(?:the\s+)?(?P<outlet>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)",
)
_REPORTED_BY = re.compile(r"\breported\s+(?P<outlet>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_GIVEN_TO_RU = re.compile(
    r"(?:заявил|заявила|сказал|сказала|сообщил|сообщила|рассказал|рассказала)\s+«?"
    r"(?P<outlet>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)*)»?"
)
_ORG_ALIASES = sorted(
    ((alias, name) for name, aliases in lexicon.ORGANISATIONS.items() for alias in aliases),
    key=lambda pair: -len(pair[0]),
)


@dataclass
class _Speaker:
    name: str = ""
    role: str = ""
    affiliation: str = ""

    @property
    def label(self) -> str:
        return self.name or self.role


def _org_in(text: str, *, outlets: bool = False) -> str:
    """Return the first organisation named in ``text`` (by position)."""
    best: tuple[int, str] | None = None
    for alias, name in _ORG_ALIASES:
        if (name in lexicon.OUTLETS) != outlets:
            continue
        match = re.search(rf"(?<![\w]){re.escape(alias)}(?![\w])", text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best[1] if best else ""


def _last_org_before(text: str) -> str:
    best: tuple[int, str] | None = None
    for alias, name in _ORG_ALIASES:
        if name in lexicon.OUTLETS:
            continue
        for match in re.finditer(rf"(?<![\w]){re.escape(alias)}(?![\w])", text):
            if best is None or match.start() > best[0]:
                best = (match.start(), name)
    return best[1] if best else ""


def _clean_who(who: str) -> str:
    who = re.sub(r"[“”\"«»]", "", who).strip(" ,;:—–-")
    who = re.sub(
        r"^(?:and|but|while|as|that|so|by way of|for (?:his|her|their) part,?)\s+",
        "",
        who,
        flags=re.I,
    )
    who = re.sub(r"^(?:Now|But|However|And|Text from),?\s+", "", who)
    who = re.sub(r"\s+(?:in a statement|on \w+day)$", "", who)
    return who.strip(" ,")


def _name_at_end(words: list[str]) -> list[str]:
    name: list[str] = []
    for word in reversed(words):
        bare = word.strip(",.")
        if (
            re.fullmatch(_NAME, bare)
            and not re.fullmatch(lexicon.ROLE_WORDS, bare.lower())
            and bare.lower() not in {"the", "a", "an"}
        ):
            name.insert(0, bare)
        else:
            break
    return name


def _parse_who(who: str) -> _Speaker:
    """Turn the words naming a speaker into name, role and affiliation."""
    who = _clean_who(who)
    if not who:
        return _Speaker()
    affiliation = _org_in(who)
    lowered = who.lower()
    if lowered.split()[0] in lexicon.PRONOUNS:
        return _Speaker(name=who.split()[0])
    for alias, name in _ORG_ALIASES:
        if re.fullmatch(rf"(?:the\s+)?{re.escape(alias)}(?:\s+(?:said|says))?", who, re.I):
            return _Speaker(role=name, affiliation=name)
    parts = [part.strip() for part in who.split(",") if part.strip()]
    head = parts[0]
    head_words = head.split()
    head_name = _name_at_end(head_words)
    if head_name and len(head_name) == len(head_words):
        org = _org_in(head) or _org_in(head, outlets=True)
        if org and len(head) <= len(org) + 4:
            return _Speaker(role=org, affiliation=org)  # "Novaya Gazeta, a Russian newspaper"
        # "Ali Karimov, a spokesperson for …": a name, then the role.
        return _Speaker(" ".join(head_name), ", ".join(parts[1:]), affiliation)
    if head_name and (len(head_name) >= 2 or re.search(lexicon.ROLE_WORDS, head, re.I)):
        # "State Department spokesperson Mark Toner", "activist Igor Kochetkov, who leads …"
        role = " ".join(head_words[: len(head_words) - len(head_name)])
        rest = ", ".join(parts[1:])
        return _Speaker(" ".join(head_name), ", ".join(filter(None, [role, rest])), affiliation)
    if (
        len(parts) > 1
        and re.fullmatch(rf"{_NAME}(?:\s+{_NAME})+", parts[1])
        and not re.search(r"\b(?:for|of)\b[^,]*$", head)
    ):
        # "Kremlin spokesman, Dmitry Peskov": a role, then the name.
        return _Speaker(parts[1], head, affiliation)
    # Nobody named: "A spokesperson for Chechnya’s leader, Ramzan Kadyrov" is a role.
    return _Speaker(role=who, affiliation=affiliation)


class _Memory:
    """Who the article has mentioned so far, to resolve "he", "McGill", "the spokesperson"."""

    def __init__(self) -> None:
        self.people: list[_Speaker] = []

    def remember(self, speaker: _Speaker) -> None:
        if speaker.label and speaker.label.lower() not in lexicon.PRONOUNS:
            self.people.append(speaker)

    def scan(self, text: str) -> None:
        patterns = [
            rf"(?P<role>(?:[\w’'-]+\s+){{0,4}}?(?:{lexicon.ROLE_WORDS}))\s+(?P<name>{_NAME}\s+{_NAME})",
            rf"(?P<name>{_NAME}\s+{_NAME})\s+of\s+(?P<role>{_NAME}(?:\s+{_NAME})*)",
            rf"\bsaid\s+(?P<name>{_NAME}\s+{_NAME}),\s+(?P<role>[^.,]+)",
            rf"(?P<name>{_NAME}\s+{_NAME}),\s+(?P<role>(?:a|an|the)\s+[^.,]+?(?:{lexicon.ROLE_WORDS})[^.,]*)",
        ]
        for pattern in patterns:
            for match in re.finditer(pattern, text):
                name, role = match.group("name"), match.group("role").strip()
                if _org_in(name) or any(p.name == name for p in self.people):
                    continue
                self.remember(_Speaker(name, role, _org_in(role)))
        for match in re.finditer(
            rf"\b(?:A|An|The)\s+(?P<role>(?:[A-Z][\w.]*\s+)+(?:{lexicon.ROLE_WORDS}))\b", text
        ):
            role = match.group("role")
            self.remember(_Speaker(role=role, affiliation=_org_in(role)))

    def resolve(self, speaker: _Speaker, before: str) -> _Speaker:
        lowered = speaker.label.lower()
        if lowered in {"it", "they", "они"}:
            org = _last_org_before(before)
            return _Speaker(role=org, affiliation=org) if org else speaker
        if lowered in lexicon.PRONOUNS:
            for person in reversed(self.people):
                if person.name:
                    return person
            return speaker
        if speaker.name and " " not in speaker.name:
            for person in reversed(self.people):
                if person.name.split()[-1:] == [speaker.name]:
                    return _Speaker(
                        person.name,
                        speaker.role or person.role,
                        speaker.affiliation or person.affiliation,
                    )
            return speaker
        if not speaker.name and speaker.role:
            core = re.sub(r"^(?:the|a|an)\s+", "", speaker.role, flags=re.I).strip()
            if re.fullmatch(r"\w+", core):
                for alias, name in _ORG_ALIASES:
                    if alias.split()[-1].lower() == core.lower() and alias in before:
                        return _Speaker(role=name, affiliation=name)
            if re.search(lexicon.ROLE_WORDS, core, re.I) and " for " not in core:
                for person in reversed(self.people):
                    if core.lower() in person.role.lower() or (
                        person.role
                        and core.split()[-1].lower() == person.role.split()[-1].lower()
                        and _org_in(core) in {"", person.affiliation}
                    ):
                        return person
        return speaker


def _sentence_start(text: str, index: int, floor: int) -> int:
    """Return where the sentence containing ``index`` starts (not before ``floor``)."""
    cut = floor
    for match in re.finditer(r"[.!?][”\"’']?\s+(?=[A-ZА-ЯЁ“\"«])", text[floor:index]):
        cut = floor + match.end()
    return cut


def _sentence_end(text: str, index: int, ceiling: int) -> int:
    match = re.search(r"[.!?](?=\s|$)", text[index:ceiling])
    return index + match.end() if match else ceiling


def _attribution(
    text: str,
    first: tuple[int, int],
    last: tuple[int, int],
    paragraphs: list[tuple[int, int]],
    floor: int = 0,
) -> tuple[str, str]:
    """Return (words naming the speaker, the words around them) for one quotation.

    ``floor`` is the end of the quotation before this one: the search never reaches back into it.
    """
    p_index = next(i for i, (ps, pe) in enumerate(paragraphs) if ps <= first[0] <= pe)
    p_start, _p_end = paragraphs[p_index]
    last_paragraph_end = next(pe for ps, pe in paragraphs if ps <= last[1] <= pe)
    quote_text = text[last[0] : last[1]].rstrip()
    after_start = last[1] + 1
    after = text[after_start : _sentence_end(text, after_start, last_paragraph_end)]
    continues = quote_text.endswith((",", "?", "!", "—", "…")) or after.lstrip().startswith(",")
    if not continues:
        after = ""
    if continues:
        match = _AFTER_VERB_FIRST.match(after)
        if match:
            who = match.group("who")
            role = re.match(
                r",\s+((?:the|a|an)\s+[^.;]+|[a-zа-яё][^.;]+)", after[match.end("who") :]
            )
            return (who + ", " + role.group(1) if role else who), after
        match = _AFTER_WHO_FIRST.match(after)
        if match:
            return match.group("who"), after
    sentence_start = _sentence_start(text, first[0], max(p_start, floor))
    raw_before = text[sentence_start : max(sentence_start, first[0] - 1)]
    before = re.sub(r"[“«][^”»]*[”»]", "", raw_before)
    for pattern in (_SAID_FIRST, _HAD_THIS_TO_SAY, _WHO_SAID_FOLLOWING):
        match = pattern.search(before)
        if match:
            return match.group("who"), raw_before
    match = _SUBJECT_VERB.search(before)
    if match:
        return match.group("who"), raw_before + " " + after
    if not before.strip() and p_index:
        ps, pe = paragraphs[p_index - 1]
        if text[ps:pe].rstrip().endswith(":"):
            tail = text[_sentence_start(text, pe - 1, ps) : pe]
            for pattern in (_WHO_SAID_FOLLOWING, _SUBJECT_VERB):
                match = pattern.search(tail)
                if match:
                    return match.group("who"), tail
    return "", after


# --- Figures, dates, places, organisations ---

_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|"
    + "|".join(sorted((re.escape(w) for w in lexicon.NUMBER_WORDS), key=len, reverse=True))
    + r")"
)
_QUALIFIER = "|".join(sorted((re.escape(q) for q in lexicon.QUALIFIERS), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUALIFIER})\s+|anywhere from\s+|from\s+)?(?P<num>{_NUMBER})"
    rf"(?:\s+to\s+(?P<high>{_NUMBER}))?"
    rf"(?P<tail>(?:\s+(?!and\s+{_NUMBER}\b)(?:of\s+(?:the|those)\s+)?(?:[\w’'-]+)){{0,14}})",
    re.I,
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_RU_MONTHS = {
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
}
_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_DATE = re.compile(
    r"\b(?:(?P<since>since|from|until|by)\s+)?"
    r"(?:(?:the\s+)?(?P<edge>end|beginning|start|middle) of\s+)?"
    r"(?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
    r"|(?P<rday>\d{1,2})\s+(?P<rmonth>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+(?P<ryear>(?:19|20)\d{2}))?"
    r"|(?:on\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<today>today|yesterday)"
    r"|(?P<ago>(?:two|three|\d+)\s+(?:weeks|days|months) ago))\b",
)


def _number(word: str) -> int:
    word = word.lower().replace(",", "")
    return int(word) if word.isdigit() else lexicon.NUMBER_WORDS[word]


def _counted(tail: str, before: str) -> tuple[str, str] | None:
    """Return (noun, event) for the words after a number (and just before it)."""
    words = re.findall(r"[\w’'-]+", tail.lower())
    noun = ""
    for size in (2, 1):
        for i in range(min(len(words), 6)):
            candidate = " ".join(words[i : i + size])
            if candidate in lexicon.COUNTED_NOUNS:
                noun = lexicon.COUNTED_NOUNS[candidate]
                break
        if noun:
            break
    event = ""
    for word in words:
        if word in lexicon.EVENTS:
            event = lexicon.EVENTS[word]
            if event in {"killed"}:
                break
    if not event:
        for word in re.findall(r"[\w’'-]+", before.lower())[-4:]:
            if word in lexicon.EVENTS:
                event = lexicon.EVENTS[word]
    if not noun and not event:
        return None
    if not noun:
        noun = "messages" if event == "received" else "people"
    if not event:
        if noun in {"messages", "calls", "requests"}:
            event = "received"
        else:
            return None
    return noun, event


def _resolve_date(match: re.Match[str], published: date | None) -> str:
    if match.group("month"):
        month = _MONTHS[match.group("month").lower()]
        year = (
            int(match.group("year"))
            if match.group("year")
            else (published.year if published else None)
        )
        day = int(match.group("day")) if match.group("day") else None
        # "since December", written in January, is last December; "on April 12" a week ahead
        # is this year.
        if (
            not match.group("year")
            and published
            and year is not None
            and (date(year, month, day or 1) - published).days > 62
        ):
            year -= 1
        if year is None:
            return f"--{month:02d}" + (f"-{day:02d}" if day else "")
        return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    if match.group("rmonth"):
        month = _RU_MONTHS[match.group("rmonth")]
        year = (
            int(match.group("ryear"))
            if match.group("ryear")
            else (published.year if published else None)
        )
        day = int(match.group("rday"))
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    if published is None:
        return ""
    if match.group("weekday"):
        target = _WEEKDAYS[match.group("weekday").lower()]
        back = (published.weekday() - target) % 7
        return (published - timedelta(days=back)).isoformat()
    if match.group("today"):
        return (
            published - timedelta(days=1 if match.group("today") == "yesterday" else 0)
        ).isoformat()
    if match.group("ago"):
        amount_word, unit = match.group("ago").split()[:2]
        amount = _number(amount_word)
        days = {"days": 1, "weeks": 7, "months": 30}[unit]
        return (published - timedelta(days=amount * days)).isoformat()
    return ""


def _mentions(text: str, table: dict[str, list[str]]) -> list[Mention]:
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    pairs = sorted(
        ((alias, name) for name, aliases in table.items() for alias in aliases),
        key=lambda p: -len(p[0]),
    )
    for alias, name in pairs:
        for match in re.finditer(rf"(?<![\w]){re.escape(alias)}(?![\w])", text):
            span = (match.start(), match.end())
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            taken.append(span)
            found.append(Mention(text=match.group(0), value=name, start=span[0], end=span[1]))
    return sorted(found, key=lambda m: m.start)


# --- The whole article ---


def extract(article: Article) -> Extraction:
    text = article.text
    result = Extraction()
    paragraphs = _paragraphs(text)
    spans = _quote_spans(text)
    spans = sorted(
        [s for s in spans if _word_count(text[s[0] : s[1]]) >= 3 or s[2] is not None]
        + _single_quote_spans(text, spans),
        key=lambda s: s[0],
    )
    # A quotation in several parts: the first part's index, and its last part.
    parts: dict[int, list[int]] = {}
    for number, (_start, _end, part_of) in enumerate(spans):
        parts.setdefault(number if part_of is None else part_of, []).append(number)
    memory = _Memory()
    scanned = 0
    speakers: dict[int, _Speaker] = {}
    givens: dict[int, str] = {}
    for number, (start, end, part_of) in enumerate(spans):
        memory.scan(text[scanned:start])
        scanned = max(scanned, start)
        if part_of is None:
            group = parts.get(number, [number])
            last = spans[group[-1]]
            floor = spans[number - 1][1] + 1 if number else 0
            who, context = _attribution(text, (start, end), (last[0], last[1]), paragraphs, floor)
            speaker = memory.resolve(_parse_who(who), text[:start]) if who else _Speaker()
            if not speaker.label:
                speaker = _previous_in_paragraph(number, spans, speakers, paragraphs)
            if (
                speaker.label
                and not speaker.affiliation
                and re.search(r"spokes|press secretary|deputy", speaker.role, re.I)
            ):
                speaker = _Speaker(speaker.name, speaker.role, _last_org_before(text[:start]))
            memory.remember(speaker)
            speakers[number] = speaker
            givens[number] = _outlet_in(context)
        else:
            speakers[number] = speakers.get(part_of, _Speaker())
            givens[number] = givens.get(part_of, "")
        speaker = speakers[number]
        stripped_start = start + len(text[start:end]) - len(text[start:end].lstrip())
        stripped_end = end - (len(text[start:end]) - len(text[start:end].rstrip()))
        result.quotes.append(
            Quote(
                text=text[stripped_start:stripped_end],
                start=stripped_start,
                end=stripped_end,
                speaker=speaker.label,
                speaker_role=speaker.role if speaker.name else "",
                affiliation=speaker.affiliation,
                given_to=givens[number],
                part_of=part_of,
            )
        )
    result.figures = _figures(text, article.date)
    result.dates = [
        Mention(text=m.group(0), value=_resolve_date(m, article.date), start=m.start(), end=m.end())
        for m in _DATE.finditer(text)
    ]
    result.places = _mentions(text, lexicon.PLACES)
    result.organisations = _mentions(text, lexicon.ORGANISATIONS)
    return result


def _previous_in_paragraph(
    number: int,
    spans: list[tuple[int, int, int | None]],
    speakers: dict[int, _Speaker],
    paragraphs: list[tuple[int, int]],
) -> _Speaker:
    """A quotation with no attribution of its own continues the one before it in the paragraph."""
    if not number:
        return _Speaker()
    start = spans[number][0]
    paragraph = next(p for p in paragraphs if p[0] <= start <= p[1])
    previous = spans[number - 1]
    if paragraph[0] <= previous[0] <= paragraph[1]:
        return speakers.get(previous[2] if previous[2] is not None else number - 1, _Speaker())
    return _Speaker()


def _outlet_in(context: str) -> str:
    for pattern in (_GIVEN_TO, _REPORTED_BY, _GIVEN_TO_RU):
        match = pattern.search(context)
        if match:
            outlet = _org_in(match.group("outlet"), outlets=True) or _org_in(
                "the " + match.group("outlet"), outlets=True
            )
            if outlet:
                return outlet
    return ""


def _figures(text: str, published: date | None) -> list[Figure]:
    figures = []
    position = 0
    while (match := _FIGURE.search(text, position)) is not None:
        # Rejected candidates must not swallow the words after them: go on after the number.
        position = match.end("num")
        if match.group("high"):
            position = match.end("high")
        number = match.group("num")
        after = text[match.end("num") : match.end("num") + 2]
        if re.match(r"\s*(?:st|nd|rd|th)\b|,\s*\d{4}", after) or re.match(r"\d{4}$", number):
            continue  # a date or a year, not a count
        before_text = text[max(0, match.start() - 40) : match.start()]
        if re.search(
            r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$",
            before_text,
        ):
            continue
        counted = _counted(match.group("tail"), before_text)
        if counted is None:
            continue
        noun, event = counted
        qualifier = lexicon.QUALIFIERS.get((match.group("qual") or "").lower(), "")
        if match.group(0).lower().startswith(("anywhere from", "from")) and match.group("high"):
            qualifier = "between"
        sentence_end = _sentence_end(text, match.end("num"), len(text))
        sentence_start = _sentence_start(text, match.start(), 0)
        sentence = text[sentence_start:sentence_end]
        when = ""
        for date_match in _DATE.finditer(sentence):
            if date_match.group("since") or date_match.group("month") or date_match.group("rmonth"):
                resolved = _resolve_date(date_match, published)
                when = ("since " if date_match.group("since") == "since" else "") + resolved
                break
        end = match.end("num")
        tail_words = re.finditer(r"[\w’'-]+", match.group("tail"))
        for word in tail_words:
            end = match.start("tail") + word.end()
            if lexicon.EVENTS.get(word.group(0).lower()) == event or (
                lexicon.COUNTED_NOUNS.get(word.group(0).lower()) == noun and event == "received"
            ):
                break
        figures.append(
            Figure(
                value=_number(number),
                qualifier=qualifier,
                counted=f"{noun} {event}",
                when=when,
                text=text[match.start() : end],
                start=match.start(),
                end=end,
                high=_number(match.group("high")) if match.group("high") else None,
            )
        )
    return figures
