"""Direct speech written with dashes, and interviews laid out as questions and answers.

Russian news sets a speaker's words off with a dash at the paragraph's start as often as with
guillemets ("— Мы получили десятки жалоб, — сказал Каляпин. — Люди боятся говорить."), and
prints interviews as dashed or labelled questions and answers ("— Сколько …?" / "— Мы …",
"Q: …" / "A: …", "Kochetkov: …"). This module finds those passages as quotation spans in the
form ``spans.quote_spans`` gives, with the words that name each speaker, so the machinery the
guillemet form goes through (speakers.py, syntax.py, the memory) resolves them.
"""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract.spans import paragraphs_of

Span = tuple[int, int, int | None]

# A paragraph of direct speech opens with a dash (a hyphen typed for it, too) and a space.
_OPENING = re.compile(r"[ \t\u00a0]*[—–―-][ \t\u00a0]+(?=\S)")
# The verbs of dialogue's author's words beyond the reporting verbs of the lexicon.
_DIALOGUE_VERBS = (
    "спросил|спросила|спрашивает|спрашивают|воскликнул|воскликнула|восклицает|продолжает|"
    "начал|начала|признается|признаётся|делится|уверяет|уверял|уверяла|возмущается|"
    "вспоминают|поделился|поделилась|рассуждает|повторяет|повторил|повторила|объясняют|"
    "добавляют|замечает|возражает|отвечает|отвечают|жалуется|удивляется|смеется|смеётся|"
    "вздыхает|вздохнул|вздохнула|сетует|заключает|подытожил|подытожила|говорили|рассказывал|"
    "рассказывала|резюмирует|констатирует|кричал|кричала|кричит|шептал|шептала|соглашается"
)
_VERB = rf"(?:{lexicon.SPEECH_VERBS_RU}|{_DIALOGUE_VERBS})"
# The author's words inside a dashed paragraph: "…, — сказал X. — …", "…? — спросил X.",
# "… — вспоминает он.", "…, — говорит собеседница «Новой газеты», — …".
_AUTHOR = re.compile(
    rf"(?P<cut>[,.!?…]?)[ \u00a0]+[—–-]{{1,2}}[ \u00a0]+(?P<verb>{_VERB})(?![\w-])"
    r"(?P<who>[^—–\n]{0,120}?)"
    r"(?:(?P<more>[.,:]?[ \u00a0]+[—–-]{1,2}[ \u00a0]+(?=\S))|[.!?…]?[ \t\u00a0]*$)",
    re.M,
)
_SPEECH_VERB = re.compile(rf"(?<!\w){_VERB}(?!\w)|(?<!\w)(?:слова|рассказ|словам)(?!\w)", re.I)
# "Q: …", "A. …", "Вопрос: …", "Ответ: …", "Kochetkov: …", "Радио Свобода: …".
_LABEL = re.compile(
    r"[ \t\u00a0]*(?P<label>Q|A|В|О|Вопрос|Ответ|Question|Answer"
    r"|[A-ZА-ЯЁ][\w'’./-]*(?:[ \u00a0][A-ZА-ЯЁ«\"][\w'’.»\"-]*){0,2})"
    r"(?:(?<=^Q|^A)\.|:)[ \t\u00a0]+(?=[\w«\"“])"
)
_QUESTION_LABELS = frozenset({"Q", "В", "Вопрос", "Question"})
_ANSWER_LABELS = frozenset({"A", "О", "Ответ", "Answer"})
_INTERVIEW = re.compile(
    r"интервью|поговорил|побеседовал|бесед[еу]|ответил[аи]? на вопрос|interview|"
    r"answered (?:\w+ )?questions|spoke (?:to|with)|talked (?:to|with)|Q&A",
    re.I,
)
# An English interviewee: a person's name of two or three capitalised words.
_ENGLISH_NAME = re.compile(r"(?<![\w’'])[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){1,2}(?![\w’'])")
_NOT_A_PERSON = re.compile(
    r"\b(?:The|In|An|Interview|Network|Watch|International|Rights|Gazeta|Guardian|Meduza|"
    r"Radio|Liberty|Free|Europe|News|Times|Post|Committee|Memorial|Amnesty|Human|Russian|"
    r"Novaya|Caucasian|Knot|Republic|Chechen|Chechnya|Moscow|State|Department|Court)\b"
)


def _is_speech(body: str) -> bool:
    """Speech opens with a capital (or a quote, a digit) and ends a sentence; a list's items
    ("— освободить задержанных;") open in lower case or end with ";" or ","."""
    body = body.rstrip()
    return (
        bool(body)
        and (body[0].isupper() or body[0] in '«"“…0123456789')
        and (body[-1] in '.!?…»"”' or _AUTHOR.search(body) is not None)
    )


def _interviewee(text: str, before: int) -> str:
    """The person an English interview is with, from the latest sentence before ``before``
    that introduces it ("X answered questions from …", "Interview with X", "We spoke to X")."""
    for sentence in reversed(re.findall(r"[^.!?\n]+[.!?]?", text[:before])):
        if not _INTERVIEW.search(sentence):
            continue
        names = [n for n in _ENGLISH_NAME.findall(sentence) if not _NOT_A_PERSON.search(n)]
        return names[0] if names else ""
    return ""


class _Reader:
    """Reads paragraph after paragraph, remembering the dashed speech just before."""

    def __init__(self, text: str, taken: list[Span]) -> None:
        self.text = text
        self.taken = taken
        self.spans: list[Span] = []
        self.forced: dict[int, str] = {}
        self.previous: int | None = None  # the first part of the speech in the paragraph before
        self.after_question = False
        self.labelled = False  # the paragraph before was a labelled line of an interview
        self.listing = False  # the dashed paragraph before was an item of a list
        self.russian = bool(re.search(r"[а-яё]{3}", text, re.I))

    def add(self, start: int, end: int, part_of: int | None, who: str | None) -> int:
        end = len(self.text[:end].rstrip(" \t\u00a0,:—–-"))
        self.spans.append((start, end, part_of))
        index = len(self.spans) - 1
        if who is not None:
            self.forced[index] = who
        return index

    def paragraph(self, p_start: int, p_end: int, next_line: str) -> None:
        text = self.text
        if any(s < p_end and p_start < e for s, e, _ in self.taken):
            self.previous, self.after_question = None, False  # quoted already: its own rules
            return
        line = text[p_start:p_end]
        if self.russian and (opening := _OPENING.match(line)) is not None:
            # English news never sets speech off with a dash: there it opens a list's item.
            self._dashed(p_start + opening.end(), p_end, next_line)
        elif (label := _LABEL.match(line)) is not None and self._is_interview_line(
            label, next_line
        ):
            self._labelled(label.group("label"), p_start + label.end(), p_end)
        else:
            self.previous, self.after_question, self.labelled = None, False, False
            self.listing = False

    def _is_interview_line(self, label: re.Match[str], next_line: str) -> bool:
        """A labelled line belongs to an interview when it asks, answers, or stands next to
        another labelled line; a lone "Глава 3: …" or "Key facts:" is a heading."""
        name = label.group("label")
        if name in _QUESTION_LABELS | _ANSWER_LABELS:
            return True
        if len(name) < 3 or not _is_speech(label.string[label.end() :]):
            return False
        following = _LABEL.match(next_line)
        return self.labelled or self.after_question or following is not None

    def _labelled(self, name: str, start: int, p_end: int) -> None:
        body = self.text[start:p_end].rstrip()
        self.labelled = True
        if name in _QUESTION_LABELS or (name not in _ANSWER_LABELS and body.endswith("?")):
            self.previous, self.after_question = None, True  # the journalist's: no claim
            return
        who = self._answerer(start) if name in _ANSWER_LABELS else name
        index = self.add(start, p_end, None, who)
        self.previous, self.after_question = index, False

    def _answerer(self, start: int) -> str:
        """The words naming who answers: the English interviewee from the introduction; in
        Russian nobody here, as ``People.interviewee`` reads the introduction's cases."""
        return "" if self.russian else _interviewee(self.text, start)

    def _lists_after_colon(self, start: int) -> bool:
        """Whether the paragraph before ends in a colon that introduces a list ("Что
        известно:", "Главное:") rather than speech ("Ислам рассказывает:"): no speech verb."""
        before = self.text[: self.text.rfind("\n", 0, start)].rstrip()
        if not before.endswith(":"):
            return False
        sentence = re.split(r"[.!?]\s", before[before.rfind("\n") + 1 :])[-1]
        return _SPEECH_VERB.search(sentence) is None

    def _dashed(self, start: int, p_end: int, next_line: str) -> None:
        text = self.text
        body = text[start:p_end]
        self.labelled = False
        if (
            self.listing
            or not _is_speech(body)
            or len(re.findall(r"\w+", body)) < 3
            or (self.previous is None and self._lists_after_colon(start))
        ):
            # An item of a list ("— «Мемориал»;"), and so every dashed paragraph after it.
            self.previous, self.after_question, self.listing = None, False, True
            return
        author = _AUTHOR.search(text, start, p_end)
        if author is not None and author.start() > start:
            first = self.add(start, author.end("cut"), None, author.group("who").strip(" ,."))
            if author.group("more"):
                self.add(author.end(), p_end, first, None)
            self.previous, self.after_question = first, False
            return
        interview = self.after_question or bool(_OPENING.match(next_line))
        if body.rstrip().endswith("?") and (interview or self.previous is None):
            # A question in an interview or a dialogue: the journalist's, claiming nothing.
            self.previous, self.after_question = None, True
            return
        if self.after_question:
            index = self.add(start, p_end, None, self._answerer(start))
            self.previous, self.after_question = index, False
        elif self.previous is not None:
            # The same speaker goes on in the next paragraph: one statement in parts.
            self.add(start, p_end, self.previous, None)
        else:
            # Words opening a paragraph after "Ислам рассказывает:", or with their speaker
            # named after them: the attribution patterns read the text around them.
            self.previous = self.add(start, p_end, None, None)


def dashed_speech(
    text: str, spans: list[Span], forced: dict[int, str]
) -> tuple[list[Span], dict[int, str]]:
    """Add dashed and labelled speech to the quotation spans (``part_of`` indexing the list)
    and its speaker's words to ``forced``; an answer's speaker is forced empty when only the
    interview's introduction can name it (see ``opening_of``)."""
    reader = _Reader(text, [(s, e, p) for s, e, p in spans])
    lines = paragraphs_of(text)
    for number, (p_start, p_end) in enumerate(lines):
        following = text[slice(*lines[number + 1])] if number + 1 < len(lines) else ""
        reader.paragraph(p_start, p_end, following)
    if not reader.spans:
        return spans, forced
    # Merge the two lists by offset; parts point at their first part through the offsets.
    merged = [
        (s, e, spans[p][0] if p is not None else None, forced.get(i))
        for i, (s, e, p) in enumerate(spans)
    ]
    merged += [
        (s, e, reader.spans[p][0] if p is not None else None, reader.forced.get(i))
        for i, (s, e, p) in enumerate(reader.spans)
    ]
    merged.sort(key=lambda span: span[0])
    index_of = {s: i for i, (s, *_rest) in enumerate(merged)}
    result = [(s, e, index_of[p] if p is not None else None) for s, e, p, _w in merged]
    new_forced = {i: w for i, (_s, _e, _p, w) in enumerate(merged) if w is not None}
    return result, new_forced


def opening_of(text: str, start: int, mark: int = 0) -> int:
    """Where the words starting at ``start`` open as a quotation: their paragraph's start when
    a dash or a label opens them, so that what reads the text before a quotation ("Ислам
    рассказывает:" ending the paragraph before, a question before an answer) sees it as it
    sees it before «…»); ``mark`` further on, where a quotation mark would stand."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start : start + 1]
    for pattern in (_OPENING, _LABEL):
        found = pattern.match(line)
        if found is not None and found.end() == start - line_start:
            return line_start + mark
    return start
