"""Paragraphs, sentences and the spans of quotations in an article's text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from refuge.media import lexicon
from refuge.media.extract.offsets import headline_end
from refuge.media.extract.org_aliases import ORG_ALIASES
from refuge.media.extract.russian_speech_words import is_speech_verb

DQ_OPEN = "“«„"
# The marks a parser reads as tokens of their own around quoted words.
QUOTE_MARKS = frozenset("«»\"“”„'‘’")


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def is_opening_straight(text: str, i: int) -> bool:
    if i == 0 or text[i - 1] in " \t\n([—–-:;/":
        return True
    # A sentence's end typed without its space: 'violations."That's why' opens; a closing quote
    # after a full stop is followed by a space or the line's end, never a capital.
    if text[i - 1] in ".!?" and text[i + 1 : i + 2].isupper():
        return True
    # Two quotations typed against each other, 'again.""So we' or 'again."" So we': the first
    # closed on a sentence's end, and the second starts a sentence.
    return text[i - 2 : i] in ('."', '!"', '?"') and bool(
        re.match(r" ?[A-ZА-ЯЁ]", text[i + 1 : i + 3])
    )


def _opens_inner(text: str, i: int, end: int) -> bool:
    """Return whether a straight quote inside a straight quotation opens an inner one.

    It does when a space comes before it and a word after, and a straight quote closes it later
    in the paragraph: «что "причин нет". Однако …», — отметил он. The quotation around it may go
    on into the next paragraph ('"Что касается "китайского расстрела", то …' ending its own), as
    a closing mark never has a space before it and a word after.
    """
    if text[i] != '"' or i == 0 or text[i - 1] not in " (" or not text[i + 1 : i + 2].isalpha():
        return False
    return text.count('"', i + 1, end) >= 1


# The mark that closes an inner quotation each opening mark starts, for the marks the outer
# quotation does not itself open with ("“… «gay camps» …”", "„… «тюрем для геев» …“").
_INNER_CLOSE = {"“": "”", "«": "»", '"': '"'}


def inner_opened(text: str, i: int, end: int, outer: str) -> str:
    """Return the mark that closes an inner quotation the mark at ``i`` opens inside one
    opened with ``outer``, or "" where it opens none (mend 12, EN-4).

    An inner quotation in a mark of another kind than the outer's: “These so-called “gay
    camps” never existed,” (a second “ before the outer closed), "… “gay camps” …", “… "gay
    camps" …”, „… «тюрем для геев» …“. It opens after a space before a word, and its own close
    comes before the outer's close in the paragraph; otherwise the mark ends the quotation.
    """
    ch = text[i]
    closer = _INNER_CLOSE.get(ch, "")
    # «…» and "…" in straight quotes keep their own rule (``depth``); after „ a “ closes.
    if not closer or outer == "«" or outer == ch == '"' or (outer == "„" and ch == "“"):
        return ""
    if i == 0 or text[i - 1] not in " (" or not text[i + 1 : i + 2].isalpha():
        return ""
    inner_end = text.find(closer, i + 1, end)
    if inner_end < 0 or _first_opening(text, i + 1, inner_end) >= 0:
        return ""
    # Review 17, en-1: where the inner's close may be the outer's too (one mark for both, “… “gay
    # camps”. Memorial's “report” says …), count the marks after it: the inner reading holds
    # only if a close is left over for the outer once every later quotation has closed.
    # “We were taken to “the school”. There were twenty of us in the “school”,” Lapunov said.
    return closer if _outer_close_left(text, inner_end + 1, end, outer) else ""


def _outer_close_left(text: str, start: int, end: int, outer: str) -> bool:
    """Return whether a mark closing the quotation opened with ``outer`` is left over in
    ``text[start:end]`` after the quotations opened there have closed."""
    outer_closers = {'"': '"”', "“": '”"»', "„": "“”»"}.get(outer, "")
    pending: list[str] = []  # the marks that close each quotation opened since ``start``
    for k in range(start, end):
        ch = text[k]
        if pending and ch in pending[-1]:
            pending.pop()
            continue
        opening = _opens(text, k)
        if not pending and ch in outer_closers and not (ch == '"' and opening):
            return True  # after „ a “ closes, though it opens elsewhere
        if opening:
            pending.append(_PAIR_CLOSE.get(ch, '"'))
    return False


# What closes a quotation each mark opens, for counting marks after an inner quotation.
_PAIR_CLOSE = {"“": '”"', "«": "»", "„": "“”", '"': '"”'}


def _opens(text: str, k: int) -> bool:
    """Return whether the mark at ``k`` opens a quotation (a straight one by its neighbours)."""
    return text[k] in DQ_OPEN or (text[k] == '"' and is_opening_straight(text, k))


def _first_opening(text: str, start: int, end: int) -> int:
    return next((k for k in range(start, end) if _opens(text, k)), -1)


# A printed page's turn line, as text copied from a newspaper's pages keeps it.
_PAGE_TURN = re.compile(
    r"\s*\(?(?:continued|cont(?:'d|\.)?)\s+(?:on|from)\s+(?:page|p\.)\s*[\w-]+\)?\.?\s*", re.I
)


def _opened_together(text: str, open_at: int, close: int, p_end: int) -> bool:
    """Return whether a » closes a name typed against the outer quotation's single opening.

    «Медиазона» – это не тот ресурс …», – прокомментировал он: a paragraph's quotation that
    starts with a quoted name keeps one « for both, so the first » closes only the name, and a
    » the paragraph has no « for comes later.
    """
    paragraph_start = text.rfind("\n", 0, open_at) + 1
    if text[paragraph_start : open_at - 1].strip() or word_count(text[open_at:close]) > 4:
        return False
    return text.count("»", close + 1, p_end) > text.count("«", close + 1, p_end)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


_UNCLOSED_BEFORE = re.compile(
    r",\s+(?:said|says|told|added|wrote)\s+(?=[^“”\"«».!?]*[A-Z])[^“”\"«».!?]{2,100}\.\s*$"
)


# "I urge …,’’ said the OSCE's …": two single marks typed for a double one.
_TWO_SINGLE_MARKS = ("’’", "''")


def _misprinted_close(text: str, at: int, end: int) -> bool:
    """Whether the opening mark at ``at`` was typed for a closing one: after a sentence's or a
    clause's end and before a space or the paragraph's end ("… in Grozny.“"), where no
    quotation can open."""
    return text[at - 1] in ".!?,…" and (at + 1 >= end or text[at + 1].isspace())


def quote_spans(text: str) -> list[tuple[int, int, int | None]]:
    """Return (start, end, part_of) for every double-quoted passage, across paragraphs."""
    spans: list[tuple[int, int, int | None]] = []
    open_at: int | None = None  # start of the current part
    first_part: int | None = None  # index in spans of the first part of this quotation
    straight = False
    low_opening = False  # „…“: the Russian and German low opening closes on “
    guillemet = False  # «…» closes only on »: straight quotes inside are an inner quotation
    depth = 0  # inner quotations open inside the current one
    headline = headline_end(text)
    outer = ""  # the mark the current quotation opened with
    inner = ""  # the mark that closes an inner quotation in a mark of another kind
    for p_start, p_end in paragraphs_of(text):
        i = p_start
        if open_at is not None and _PAGE_TURN.fullmatch(text, p_start, p_end):
            continue  # a printed page's "Continued on page 4" inside the quotation it cuts
        if open_at is not None:
            lead = len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
            first = p_start + lead
            depth, inner = 0, ""
            if text[first] in DQ_OPEN or text[first] == '"':
                # The convention for a quotation over several paragraphs: each re-opens.
                open_at, i = first + 1, first + 1
                guillemet, outer = text[first] == "«", text[first]
            else:
                open_at = p_start
        while i < p_end:
            ch = text[i]
            if open_at is None:
                if _opens(text, i):
                    open_at, straight, first_part = i + 1, ch == '"', None
                    guillemet, depth, low_opening = ch == "«", 0, ch == "„"
                    outer, inner = ch, ""
            elif inner:
                # “… “gay camps” …”, „… «тюрем для геев» …“: only the inner one's mark ends it.
                inner = "" if ch == inner else inner
            elif not depth and (found := inner_opened(text, i, p_end, outer)):
                inner = found
            elif (guillemet and ch == "«" and text.count("»", i, p_end) >= 2) or (
                straight and _opens_inner(text, i, p_end)
            ):
                # «… «за что?!» …», "… "причин нет". …": an inner quotation, not the end.
                depth += 1
            elif depth and (ch == "»" if guillemet else ch == '"'):
                depth -= 1
            elif guillemet and ch == "»" and _opened_together(text, open_at, i, p_end):
                pass  # «Медиазона» – это …»: the inner quotation shares the outer's opening
            elif (
                (ch == "»")
                if guillemet
                else (
                    ch in '"”'
                    or (not straight and ch == "»")
                    or (ch == "“" and (low_opening or _misprinted_close(text, i, p_end)))
                    or (ch in "’'" and text.startswith(_TWO_SINGLE_MARKS, i))
                )
            ):
                # "…” typed with a straight opening and a curly close still closes.
                spans.append((open_at, i, first_part))
                open_at, first_part = None, None
                i += text.startswith(_TWO_SINGLE_MARKS, i)
            i += 1
        if open_at is not None and straight and p_end < headline:
            # "… Over Chechnya "Gay Purge’": a straight mark a headline leaves unclosed opens
            # nothing in the body, where it would pair with the first quotation's opening.
            open_at, first_part = None, None
        if (
            open_at is not None
            and not guillemet
            and (unclosed := _UNCLOSED_BEFORE.search(text, open_at, p_end))
        ):
            # "“We were informed …, said Russia LGBT Network spokesperson Svetlana Zakharova.":
            # the closing mark the page left out stands before the attribution ending the
            # paragraph.
            spans.append((open_at, unclosed.start(), first_part))
            open_at, first_part = None, None
        if open_at is not None:
            spans.append((open_at, p_end, first_part))
            if first_part is None:
                first_part = len(spans) - 1
            open_at = p_end  # carried on: the next paragraph decides
    return spans


def single_quote_spans(
    text: str, inside: list[tuple[int, int, int | None]]
) -> list[tuple[int, int, int | None]]:
    """Return (start, end, part_of) for passages in single quotes of six words or more.

    ``part_of`` indexes the returned list. A paragraph that opens with ‘ and does not close it
    goes on, paragraph by paragraph, until one ends with ’ (a spokesman's answer in parts).
    """
    spans: list[tuple[int, int, int | None]] = []
    # ’ opens one too after a space, as a typesetter's slip: "purge: ’40 gay people detained, …’".
    # It closes before a word only after the quotation's comma: "…,’said HRW's Graeme Reid".
    pattern = re.compile(
        r"(?<![\w’'])(?:[‘']|(?<=\s)’)(?=\S)(.+?)(?:(?<=\S)[’'](?![\w])|(?<=[,!?…])’(?=[a-z]))",
        re.S,
    )
    first_part: int | None = None
    paragraphs = paragraphs_of(text)
    for number, (p_start, p_end) in enumerate(paragraphs):
        paragraph = text[p_start:p_end].strip()
        lead = p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
        if first_part is not None:
            # Its closing mark ends the paragraph or, after the quotation's own punctuation,
            # comes before the attribution ("…,’ she said."); not a plural's "boys’ mother".
            close = re.search(r"(?<=[,.!?…])[’'](?!\w)|(?<=\S)[’']\s*$", text[lead:p_end])
            end = p_end - (len(text[p_start:p_end]) - len(text[p_start:p_end].rstrip()))
            begin = lead + text.startswith("‘", lead)  # the mark that opens each paragraph again
            spans.append((begin, lead + close.start() if close else end, first_part))
            first_part = None if close else first_part
            continue
        closed = False  # "‘RISK OF DEATH’: The men are …": the opening mark closes in it
        for match in pattern.finditer(text, p_start, p_end):
            start, end = match.start(1), match.end(1)
            closed = closed or match.start() == lead
            if any(s - 1 <= start and end <= e + 1 for s, e, _ in inside):
                continue
            if word_count(match.group(1)) >= 6:
                spans.append((start, end, None))
        if not closed and paragraph.startswith("‘") and word_count(paragraph) >= 6:
            spans.append((lead + 1, p_end, None))
            first_part = len(spans) - 1
        elif (opened := _opened_to_go_on(text, paragraphs, number)) > 0:
            # "It concludes that the men were held, ‘In secret locations … / ‘They returned
            # most …’": opened in the paragraph and gone on in the next, which opens again.
            spans.append((opened, p_end, None))
            first_part = len(spans) - 1
    return spans


def _opened_to_go_on(text: str, paragraphs: list[tuple[int, int]], number: int) -> int:
    """Where a ‘ after a space, the last in paragraph ``number``, opens a quotation that
    paragraph never closes and the next, opening with ‘ again, goes on with; else -1."""
    p_start, p_end = paragraphs[number]
    opening = text.rfind("‘", p_start, p_end)
    if opening <= p_start or not text[opening - 1].isspace() or number + 1 == len(paragraphs):
        return -1
    rest = text[opening + 1 : p_end]
    if re.search(r"[’'](?!\w)", rest) or word_count(rest) < 6:
        return -1
    following = paragraphs[number + 1][0]
    return opening + 1 if re.match(r"\s*‘", text[following : following + 8]) else -1


# A full stop that ends no sentence: "the St. Petersburg-based LGBT Network", "Dr. Smith",
# "J. Smith", "т.н. «кадыровцы»", "в г. Грозном", "в с. Центорой", "Р. Кадыров"; but "в 2017 г."
# is a year and may end one.
# One look-behind per length, as look-behinds have a fixed width.
_ABBREVIATION = (
    r"(?<!\b[A-ZА-ЯЁс])(?<!\b(?:St|Mr|Ms|Dr|Jr|Lt|ул|им))"
    r"(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Maj|Sgt|Adm|Rev|пос|[тТ]\.[нек]))"
    r"(?<!\b(?:Prof|Capt|Brig|Cmdr))(?<!(?<!\d\s)\bг)"
)
# The mark is looked for first: the look-behinds run only where a sentence may end.
_SENTENCE_BREAK = re.compile(rf"(?=[.!?]){_ABBREVIATION}[.!?][”\"’']?\s+(?=[A-ZА-ЯЁ“\"«])")


# How far the break's look-behinds see before its mark ("Prof." and the boundary before it).
_LOOK_BEHIND = 8
# Beyond this many characters between ``floor`` and ``index``, the breaks found once in the
# whole text answer instead of a scan: a long transcript asks thousands of times.
_SCANNED = 2000


@lru_cache(maxsize=8)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence break in ``text`` starts and ends, in order."""
    found = list(_SENTENCE_BREAK.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def sentence_start(text: str, index: int, floor: int) -> int:
    """Return where the sentence containing ``index`` starts (not before ``floor``).

    The answer is the last break of ``text[floor:index]``. A break of the whole text whose mark
    is clear of ``floor`` by the look-behinds' reach and whose next sentence starts before
    ``index`` is one of the slice's too, and the slice has no other there; only a break at
    the floor's edge needs the slice itself, and a few characters of it decide.
    """
    if index - floor <= _SCANNED:
        return _last_break(text[floor:index], floor)
    starts, ends = _breaks(text)
    latest = bisect.bisect_left(ends, index) - 1
    if latest >= 0 and starts[latest] >= floor + _LOOK_BEHIND:
        return ends[latest]
    # A break whose mark is at the floor's edge ends at the first non-space after its mark and
    # its quote at most: the slice up to that character (or ``index``) reads it as the whole
    # slice would.
    after = _NON_SPACE.search(text, floor + _LOOK_BEHIND + 2, index)
    return _last_break(text[floor : after.end() if after else index], floor)


_NON_SPACE = re.compile(r"\S")


def _last_break(part: str, offset: int) -> int:
    cut = offset
    for match in _SENTENCE_BREAK.finditer(part):
        cut = offset + match.end()
    return cut


def quotation_at(position: int, quoted: Sequence[range]) -> range | None:
    """Return the quotation ``position`` is strictly inside, if any."""
    return next((r for r in quoted if r.start < position < r.stop), None)


def sentence_start_outside(text: str, index: int, floor: int, quoted: list[range]) -> int:
    """Return where the sentence around ``index`` starts, never inside another quotation."""
    cut = sentence_start(text, index, floor)
    while (inside := quotation_at(cut, quoted)) is not None and floor <= inside.start < cut:
        cut = sentence_start(text, inside.start, floor)
    return cut


def sentence_end_outside(text: str, index: int, ceiling: int, quoted: list[range]) -> int:
    """Return where the sentence around ``index`` ends, after any quotation it is in."""
    cut = sentence_end(text, index, ceiling)
    while (inside := quotation_at(cut - 1, quoted)) is not None and cut < inside.stop <= ceiling:
        cut = sentence_end(text, inside.stop, ceiling)
    return cut


_SENTENCE_END = re.compile(rf"(?=[.!?]){_ABBREVIATION}[.!?](?=\s|$)")


def sentence_end(text: str, index: int, ceiling: int) -> int:
    match = _SENTENCE_END.search(text[index:ceiling])
    return index + match.end() if match else ceiling


# The words after the speaker go on after a dash, or (as agencies often type it) after the
# full stop alone: "…, - утверждает собеседник. Есть все основания …" (not after an initial);
# an adverb may come first ("…, – также заявил он. – …").
_INNER = re.compile(
    rf"(?P<cut>[,.!?…])\s*[—–-]{{1,2}}\s*(?:(?:также|затем|потом|далее|ещё|еще)\s+)?"
    rf"(?:{lexicon.SPEECH_VERBS_RU})\s+"
    r"(?P<who>[^—–«»]{2,120}?)"
    r"(?:(?:[.,]\s*|\s+)[—–-]{1,2}\s*(?=\w)|(?<!\b[А-ЯЁA-Z])\.\s+(?=[А-ЯЁA-Z]))"
)


def inner_attributions(
    text: str, spans: list[tuple[int, int, int | None]]
) -> tuple[list[tuple[int, int, int | None]], dict[int, str]]:
    """Split «…, — сказал X. — …» (or «…, — сказал X. …») into two parts of one quotation
    said by X.

    Return the new spans and, by the index of a split quotation's first part, the words
    naming its speaker.
    """
    result: list[tuple[int, int, int | None]] = []
    forced: dict[int, str] = {}
    new_index: dict[int, int] = {}
    continued = {part_of for _s, _e, part_of in spans if part_of is not None}
    for index, (start, end, part_of) in enumerate(spans):
        new_index[index] = len(result)
        match = _INNER.search(text, start, end)
        if part_of is not None or index in continued or match is None:
            result.append((start, end, new_index[part_of] if part_of is not None else None))
            continue
        first = len(result)
        result.append((start, match.end("cut"), None))
        result.append((match.end(), end, first))
        forced[first] = match.group("who")
    return result, forced


def past_an_outlet(who: str) -> str:
    """The words after the outlet told, where they open ("рассказала Радио Свобода знакомая
    девушки"): the outlet is who heard it, not who spoke."""
    bare = re.sub(r"[«»]", "", who)  # "цитирует РИА «Новости» сообщение ведомства"
    for alias, name in ORG_ALIASES:
        if name in lexicon.OUTLETS and bare.startswith(f"{alias} ") and len(bare) > len(alias) + 2:
            return bare[len(alias) :].strip()
    return who


# A quoted passage's own attribution after it: "«…», — отметил Песков", "«…!» — скандировали".
_DASH_VERB_AFTER = re.compile(r"[»\"”“]\s*[,!?…]?\s*[—–]\s*([а-яё]+)")
# Two quoted phrases joined as one statement: «"бессовестной практикой" и "печальной …"». Not
# a comma: a list of labels ("foreign agents", "undesirable organisations") is no speech.
_JOINED = re.compile(r"\s*(?:и|а также)\s*$")


# What may stand before a quotation that opens its sentence: a dash or colon, nothing worded.
_BEFORE_OPENING = re.compile(r"[\s—–:-]*")


def _opens_its_sentence(text: str, start: int) -> bool:
    """Return whether the quoted words at ``start`` open their sentence in a paragraph that
    is not dash dialogue.

    "— Мой брат работал в «Мемориале», — рассказала Зарема" ends the speaker's line at "», —",
    and so does "Фильм «…», — рассказал режиссер": the dash there closes the sentence's own
    speech, not the quoted name's.
    """
    opening = start - 1
    line_start = text.rfind("\n", 0, opening) + 1
    if text[line_start:opening].lstrip()[:1] in ("—", "–", "-"):
        return False
    cut = min(sentence_start(text, start, line_start), opening)
    return _BEFORE_OPENING.fullmatch(text, cut, opening) is not None


def quoted_anyway(text: str, index: int, doubles: list[tuple[int, int, int | None]]) -> bool:
    """Return whether a short or name-like quoted span is a quotation all the same.

    It is when a Russian speech verb after a dash attributes it ("«Это не вопрос Кремля», —
    отметил Песков" names the Kremlin, but somebody said it) and it is more than one word
    opening its sentence (a single word, "«Мемориал», — ответил он", is an answer naming
    something), or when it is a Russian phrase in lower case joined by "и" or "а также" to a
    longer quoted phrase of the same sentence, as a speaker's two phrases are: "называет …
    "бессовестной практикой" и "печальной обыденностью …""; labels in a list are not.
    """
    start, end, _part = doubles[index]
    after = _DASH_VERB_AFTER.match(text, end)
    if (
        after is not None
        and is_speech_verb(after.group(1))
        and word_count(text[start:end]) >= 2
        and _opens_its_sentence(text, start)
    ):
        return True
    words = re.findall(r"\w+", text[start:end])
    if len(words) < 2 or not words[0][:1].islower() or not lexicon.CYRILLIC.search(words[0]):
        return False
    # Only the spans next to it can be joined to it: the check stays linear in the article.
    if index + 1 < len(doubles):
        next_start, next_end, _ = doubles[index + 1]
        if (
            _JOINED.fullmatch(text, end + 1, next_start - 1)
            and word_count(text[next_start:next_end]) >= 3
        ):
            return True
    if index > 0:
        last_start, last_end, _ = doubles[index - 1]
        if (
            _JOINED.fullmatch(text, last_end + 1, start - 1)
            and word_count(text[last_start:last_end]) >= 3
        ):
            return True
    return False
