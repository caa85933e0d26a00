"""Direct speech written with dashes, and interviews laid out as questions and answers.

Russian news sets a speaker's words off with a dash at the paragraph's start as often as with
guillemets ("— Мы получили десятки жалоб, — сказал Каляпин. — Люди боятся говорить."), and
prints interviews as dashed or labelled questions and answers ("— Сколько …?" / "— Мы …",
"Q: …" / "A: …", "Kochetkov: …"). This module finds those passages as quotation spans in the
form ``spans.quote_spans`` gives, with the words that name each speaker, so the machinery the
guillemet form goes through (speakers.py, syntax.py, the memory) resolves them.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from refuge.media import lexicon
from refuge.media.extract import dialogue_turns, russian
from refuge.media.extract.russian_interviews import INTERVIEW_RU
from refuge.media.extract.russian_speech_words import is_speech_verb
from refuge.media.extract.spans import paragraphs_of

Span = tuple[int, int, int | None]

# A paragraph of direct speech opens with a dash (a hyphen typed for it, too) and a space.
_OPENING = re.compile(r"[ \t\u00a0]*[—–―-][ \t\u00a0]+(?=\S)")
# Lemmas of the verbs of dialogue's author's words beyond the speech verbs ("вздохнула").
_DIALOGUE_LEMMAS = frozenset(
    [
        *("начать", "возмущаться", "повторить", "повторять", "удивляться", "смеяться"),
        *("вздыхать", "вздохнуть", "заключать", "подытожить", "кричать", "шептать"),
        "соглашаться",
    ]
)
# The author's words inside a dashed paragraph: "…, — сказал X. — …", "…? — спросил X.",
# "… — вспоминает он.", "…, — говорит собеседница «Новой газеты», — …"; the word after the
# dash is a verb of dialogue (``_says``).
_AUTHOR = re.compile(
    r"(?P<cut>[,.!?…]?)[ \u00a0]+[—–-]{1,2}[ \u00a0]+(?P<verb>[а-яё]+)(?![\w-])"
    r"(?P<who>[^—–\n]{0,120}?)"
    r"(?:(?P<more>[.,:]?[ \u00a0]+[—–-]{1,2}[ \u00a0]+(?=\S))|[.!?…]?[ \t\u00a0]*$)",
    re.M,
)
_SPEECH_NOUN = re.compile(r"(?<!\w)(?:слова|рассказ|словам)(?!\w)", re.I)
# "Q: …", "A. …", "Вопрос: …", "Ответ: …", "Kochetkov: …", "Радио Свобода: …"; a name and
# the outlet after a comma: "Вера Васильева, HRO.org: …", "Anna Smith, The Guardian: …".
_LABEL = re.compile(
    r"[ \t\u00a0]*(?P<label>Q|A|В|О|Вопрос|Ответ|Question|Answer"
    r"|[A-ZА-ЯЁ][\w'’./-]*(?:[ \u00a0][A-ZА-ЯЁ«\"][\w'’.»\"-]*){0,2})"
    # The outlet: a title in guillemets or capitalised words, not a clause ("In Moscow, Peskov
    # told reporters: …").
    r"(?:,[ \u00a0](?:«[^»\n]{1,40}»|[A-ZА-ЯЁ\"“][\w'’.\"-]*(?:[ \u00a0][A-ZА-ЯЁ][\w'’.-]*){0,3}))?"
    r"(?:(?<=^Q|^A)\.|:)[ \t\u00a0]+(?=[\w«\"“])"
)
# A speaker's label alone on its line, the words in the next paragraph ("Рашид:").
_LABEL_LINE = re.compile(
    r"[ \t\u00a0]*(?P<label>(?:[A-ZА-ЯЁ]\.[ \u00a0]?)?[A-ZА-ЯЁ][\w'’-]*"
    r"(?:[ \u00a0][A-ZА-ЯЁ][\w'’-]*){0,2}):[ \t\u00a0]*"
)
_QUESTION_LABELS = frozenset({"Q", "В", "Вопрос", "Question"})
_ANSWER_LABELS = frozenset({"A", "О", "Ответ", "Answer"})
_INTERVIEW = re.compile(
    rf"{INTERVIEW_RU.pattern}|interview|"
    r"answered (?:\w+ )?questions|spoke (?:to|with)|talked (?:to|with)|Q&A|"
    r"(?:my|our) guests? (?:today |tonight )?(?:is|are)|joining (?:me|us) (?:is|are|now)",
    re.I,
)
# An English interviewee: a person's name of two or three capitalised words.
_ENGLISH_NAME = re.compile(r"(?<![\w’'])[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){1,2}(?![\w’'])")
_NOT_A_PERSON = re.compile(
    r"\b(?:The|In|An|Interview|Network|Watch|International|Rights|Gazeta|Guardian|Meduza|"
    r"Radio|Liberty|Free|Europe|News|Times|Post|Committee|Memorial|Amnesty|Human|Russian|"
    r"Novaya|Caucasian|Knot|Republic|Chechen|Chechnya|Moscow|State|Department|Court)\b"
)


@cache
def _says(word: str) -> bool:
    """Return whether one Russian word is a verb of dialogue's author's words, in any form:
    a speech verb ("сказал", "заверила"), or "спросил", "вздохнула", "начала" (a verb's, not
    "начало"'s)."""
    word = word.lower()
    if russian.morphology().parse(word)[0].tag.POS == "INFN":
        return False  # "Как они собираются — объяснять не надо": no author's words
    return (
        re.fullmatch(lexicon.SPEECH_VERBS_RU, word) is not None
        or is_speech_verb(word)
        or any(
            parse.tag.POS == "VERB" and parse.normal_form in _DIALOGUE_LEMMAS
            for parse in russian.morphology().parse(word)
        )
    )


def _author(text: str, start: int, end: int) -> re.Match[str] | None:
    """The author's words in the dashed paragraph from ``start`` to ``end``: the first dash
    that a verb of dialogue follows."""
    while (found := _AUTHOR.search(text, start, end)) is not None:
        if _says(found.group("verb")):
            return found
        start = found.start() + 1
    return None


def _opens_speech(body: str) -> bool:
    """Speech opens with a capital, a quote or a digit and runs to three words or more."""
    body = body.strip()
    return (
        bool(body)
        and (body[0].isupper() or body[0] in '«"“…0123456789')
        and (len(re.findall(r"\w+", body)) >= 3)
    )


# Words that speak to someone: an interviewer's first question addresses the guest.
_ADDRESSES = re.compile(
    r"(?<!\w)(?:вы|вас|вам|вами|ваш\w*|ты|тебя|тебе|тобой|тво\w+|you|your)(?!\w)", re.I
)


def _asks(line: str) -> bool:
    """A paragraph ending in a question, of the length an interviewer asks one ("Igor, for me
    you're a kind of Don Quixote figure. … What made you leave …?")."""
    line = line.strip()
    return line.endswith("?") and _opens_speech(line) and len(re.findall(r"\w+", line)) <= 80


# A paragraph that names its own speaker: ", the committee said", ", said Kochetkov", ", —
# сказал Каляпин", "Об этом сообщили в МВД": not an answer's or a turn's next part.
_OWN_ATTRIBUTION = re.compile(
    rf",\s+(?:[\w’'.-]+\s+){{0,5}}?(?:said|says|added|told|noted|stated)\b"
    rf"|[,!?…]\s*[—–-]{{1,2}}\s*(?:{lexicon.SPEECH_VERBS_RU})(?!\w)"
    rf"|(?<!\w)[Оо]б этом\s+(?:[\w-]+\s+){{0,3}}?(?:{lexicon.SPEECH_VERBS_RU})(?!\w)"
)


def _goes_on(line: str) -> bool:
    """Whether a plain paragraph can be the next part of the answer or turn before it: it
    reads as speech and names no speaker of its own."""
    return (
        _opens_speech(line)
        and line.rstrip()[-1] in '.!?…»"”'
        and _OWN_ATTRIBUTION.search(line) is None
    )


def _is_list_item(body: str) -> bool:
    """A list's item ("— освободить задержанных;", "— «Мемориал»;") opens in lower case or
    ends with ";" or ","; speech does neither."""
    body = body.strip()
    return bool(body) and (body[0].islower() or body[-1] in ";,")


def _as_name(label: str) -> str:
    """A transcript's label as the name it stands for: "Е. МИЛАШИНА" is "Е. Милашина", and
    "М.МУРАДОВ" is "М. Мурадов"."""
    name = label.title() if label.isupper() and len(label) > 3 else label
    return re.sub(r"^(\w\.)(?=\w)", r"\1 ", name)


def _turns(
    text: str, lines: list[tuple[int, int]], guest: re.Match[str] | None
) -> tuple[dict[int, tuple[str, int, int]], set[str]]:
    """Return an interview's or a transcript's turns, by where their words' paragraph starts:
    (label, start, end); and the labels of those who ask (the journalist's: no claim).

    A label counts in a run of labelled turns (a lone "Глава 3: …" or "Итоги: …" is a
    heading), when it is Q/A, a host's or a guest's role ("Ведущий", "Guest"), or the guest a
    headline names; a label asks when it is Q or a host's role, when its first turn opens a
    programme ("Добрый вечер, в эфире …", "У нас в гостях …"), when a turn of its ends with a
    question, when every turn of its asks one, or when it is the byline the text opens with
    ("Юрий Багров, Северный Кавказ:")."""
    found: dict[int, tuple[int, str, int, int]] = {}
    for number, (p_start, p_end) in enumerate(lines):
        line = text[p_start:p_end]
        inline = _LABEL.match(line)
        if inline is not None and not line.rstrip().endswith(":"):
            found[p_start] = (number, inline.group("label"), p_start + inline.end(), p_end)
        elif (alone := _LABEL_LINE.fullmatch(line)) is not None and number + 1 < len(lines):
            w_start, w_end = lines[number + 1]
            words = text[w_start:w_end]
            if _LABEL.match(words) is None and _LABEL_LINE.fullmatch(words) is None:
                lead = len(words) - len(words.lstrip())
                found[w_start] = (number + 1, alone.group("label"), w_start + lead, w_end)
    found = {
        at: turn for at, turn in found.items() if turn[1].split()[0] not in lexicon.PAGE_LABELS
    }
    labelled = {number for number, *_rest in found.values()}  # the lines holding a turn
    guest_name = guest.group("name") if guest is not None else ""
    turns = {
        at: (label, start, end)
        for at, (number, label, start, end) in found.items()
        if label in _QUESTION_LABELS | _ANSWER_LABELS
        or label.casefold() in dialogue_turns.HOST_LABELS | dialogue_turns.GUEST_LABELS
        or (guest_name and dialogue_turns.same_person(label, guest_name))
        or any(number + step in labelled for step in (-2, -1, 1, 2))
        or _introduced(text, at, label)
    }
    byline = text.lstrip()[:60]
    interviewers = set(_QUESTION_LABELS)
    said_by: dict[str, list[str]] = {}
    first_at: dict[str, int] = {}  # where each label first speaks
    for label, start, end in turns.values():
        said_by.setdefault(label, []).append(text[start:end].rstrip())
        first_at.setdefault(label, start)
    # A host opens the programme before anyone is asked anything; after a question, "Меня зовут
    # Ислам" or "я был в гостях у брата" is a witness answering.
    asked_at = min(
        (s for _l, s, e in turns.values() if text[s:e].rstrip().endswith("?")), default=len(text)
    )
    for label, said in said_by.items():
        if label in _ANSWER_LABELS or label.casefold() in dialogue_turns.GUEST_LABELS:
            continue
        if guest_name and dialogue_turns.same_person(label, guest_name):
            continue  # the guest the headline names
        if (
            label.casefold() in dialogue_turns.HOST_LABELS
            or (first_at[label] < asked_at and dialogue_turns.opens_as_host(said[0]))
            or any(words.endswith("?") for words in said)
            or all("?" in words for words in said)
            or re.match(rf"{re.escape(label)}\s*[,:]", byline)
        ):
            interviewers.add(label)
    return turns, interviewers


def _introduced(text: str, at: int, label: str) -> bool:
    """Whether a lone label names the interviewee an introduction just before presented: "Мы
    поговорили с Игорем Кочетковым." / "Кочетков: …" (the surname in any case)."""
    before = text[max(0, at - 1500) : at]
    surname = label.split()[-1]
    stem = surname[:-2] if len(surname) > 5 else surname
    return (
        len(surname) > 2
        and _INTERVIEW.search(before) is not None
        and re.search(rf"(?<!\w){re.escape(stem)}\w{{0,4}}(?!\w)", before, re.I) is not None
    )


# "We spoke to him", "Radio Liberty talked to her": the interviewee named before.
_PRONOUN_EN = re.compile(r"\b(?:him|her)\b")


class _Introductions:
    """The sentences that introduce an English interview ("X answered questions from …",
    "Interview with X", "We spoke to X"), found in one pass over the text: an interview of
    thousands of answers asks for the latest one before each."""

    def __init__(self, text: str) -> None:
        self.text = text
        sentences = list(re.finditer(r"[^.!?\n]+[.!?]?", text))
        found = [i for i, s in enumerate(sentences) if _INTERVIEW.search(s.group(0))]
        self.starts = [sentences[i].start() for i in found]
        self.ends = [sentences[i].end() for i in found]
        self.names = [self._name(sentences[i].group(0)) for i in found]
        for n, i in enumerate(found):
            if not self.names[n] and i and _PRONOUN_EN.search(sentences[i].group(0)):
                # "Igor Kalyapin heads the Committee. We spoke to him.": the sentence before.
                self.names[n] = self._name(sentences[i - 1].group(0))

    def add(self, headline: re.Match[str]) -> None:
        """Take the article's headline as an introduction naming the interviewee."""
        self.starts.insert(0, headline.start())
        self.ends.insert(0, headline.end())
        self.names.insert(0, headline.group("name"))

    @staticmethod
    def _name(sentence: str) -> str:
        names = [n for n in _ENGLISH_NAME.findall(sentence) if not _NOT_A_PERSON.search(n)]
        return names[0] if names else ""

    def interviewee(self, before: int) -> str:
        """The person the interview is with, from the latest introduction before ``before``."""
        latest = bisect.bisect_right(self.ends, before)
        if latest < len(self.ends) and self.starts[latest] < before:
            # The sentence ``before`` cuts: its words before it may introduce on their own.
            cut = self.text[self.starts[latest] : before]
            if _INTERVIEW.search(cut):
                return self._name(cut)
        return self.names[latest - 1] if latest else ""


class _Reader:
    """Reads paragraph after paragraph, remembering the dashed speech just before."""

    def __init__(self, text: str, taken: list[Span], in_russian: bool) -> None:
        self.text = text
        self.taken = taken
        self.spans: list[Span] = []
        self.forced: dict[int, str] = {}
        self.previous: int | None = None  # the first part of the speech in the paragraph before
        self.after_question = False
        self.plain_interview = False  # the paragraph before introduced an interview or answered
        self.answered: int | None = None  # the plain answer the paragraph before was part of
        self.names: dict[str, str] = {}  # who each label names (``_named``)
        self.turn_said: int | None = None  # the labelled turn the paragraph before was part of
        self.asked = False  # a dashed question came before: an interview
        # The headline "Programme / Name: words" the text opens with: the guest it names.
        self.guest = dialogue_turns.headline(text)
        self.turns, self.interviewers = _turns(text, paragraphs_of(text), self.guest)
        self.listing = False  # the dashed paragraph before was an item of a list
        # Mostly Cyrillic: an English text naming «Российская ЛГБТ-сеть» is still English.
        self.russian = in_russian
        self.introductions = _Introductions("" if in_russian else text)
        # Where an interview is first named: plain paragraphs after it may answer a question.
        interview = _INTERVIEW.search(text)
        self.interview_at = interview.start() if interview is not None else len(text)
        # "Igor Kochetkov discusses …" over questions and answers: the headline introduces.
        self.headline_interview = None if in_russian else dialogue_turns.interview_headline(text)
        if self.headline_interview is not None:
            self.interview_at = self.headline_interview.start()
            self.introductions.add(self.headline_interview)

    def add(self, start: int, end: int, part_of: int | None, who: str | None) -> int:
        end = len(self.text[:end].rstrip(" \t\u00a0,:—–-"))
        self.spans.append((start, end, part_of))
        index = len(self.spans) - 1
        if who is not None:
            self.forced[index] = who
        return index

    def paragraph(self, p_start: int, p_end: int, next_line: str) -> None:
        text = self.text
        # What the paragraph before began goes on only into the paragraph right after it.
        turn_said, self.turn_said = self.turn_said, None
        plain, answered = self.plain_interview, self.answered
        self.plain_interview, self.answered = False, None
        line = text[p_start:p_end]
        opening = _OPENING.match(line) if self.russian else None
        quoted = [(s, e) for s, e, _ in self.taken if s < p_end and p_start < e]
        # Quoted already: its own rules; unless dashed speech with its speaker holds the
        # quotation ("— …, — объясняет минчанин. — Потом … с криками: «…»"), one the text
        # gives no speaker of its own ("А Лукашенко тогда заявил: «…»").
        if quoted and not (
            opening
            and all(p_start + opening.end() < s for s, _e in quoted)
            and not any(_SAYS_BEFORE.search(text, max(0, s - 60), s) for s, _e in quoted)
            and _author(text, p_start + opening.end(), p_end) is not None
        ):
            self.previous, self.after_question = None, False
            return
        if opening is not None:
            # English news never sets speech off with a dash: there it opens a list's item.
            self._dashed(p_start + opening.end(), p_end, next_line)
            return
        answer = self.after_question and _opens_speech(line) and line.rstrip()[-1] in ".!?…»"
        self.previous, self.after_question, self.listing = None, False, False
        if answer and self.turns.get(p_start) is None and self.interview_at < p_start:
            # "— Почему …?" then the answer in a plain paragraph, as many interviews set it.
            start = p_start + len(line) - len(line.lstrip())
            self.previous = self.add(start, p_end, None, self._answerer(start))
            self.plain_interview, self.answered = True, self.previous
            return
        turn = self.turns.get(p_start)
        if turn is not None:
            label, start, end = turn
            self.after_question = label in self.interviewers
            said = text[start:end]
            if (
                not self.after_question
                and len(re.findall(r"\w+", said)) >= 3
                and not dialogue_turns.is_courtesy(said)  # "Thank you for having me."
            ):
                guest = label in _ANSWER_LABELS or label.casefold() in dialogue_turns.GUEST_LABELS
                who = self._answerer(start) if guest else self._named(label)
                self.previous = self.turn_said = self.add(start, end, None, who)
        elif self.interview_at < p_end and (
            _INTERVIEW.search(line)
            or (self.headline_interview is not None and p_start <= self.headline_interview.start())
        ):
            self.plain_interview = True  # "Мы поговорили с …": questions may follow, unmarked
        elif plain and _asks(line) and (answered is not None or _ADDRESSES.search(line)):
            # A question in a paragraph of its own right after the introduction or an answer:
            # the interviewer's, unmarked ("Радио Свобода поговорило с …" / "Как идёт …?"). The
            # first one speaks to the guest: a news story's rhetorical question does not.
            self.after_question = True
        elif answered is not None and _goes_on(line) and not line.rstrip().endswith("?"):
            # A plain answer goes on in the paragraphs after it, until the next question.
            start = p_start + len(line) - len(line.lstrip())
            self.previous = self.add(start, p_end, answered, None)
            self.plain_interview, self.answered = True, answered
        elif turn_said is not None and _goes_on(line):
            # A transcript's turn goes on in the unlabelled paragraphs after it ("WALKER: …" /
            # "It's an extremely traditional society. …"), until the next label.
            start = p_start + len(line) - len(line.lstrip())
            self.previous = self.turn_said = self.add(start, p_end, turn_said, None)

    def _named(self, label: str) -> str:
        """Who a label names: the headline's guest in full ("Е. МИЛАШИНА" under "… / Елена
        Милашина: …"); an initial and a surname as the text spells the name out ("М.МУРАДОВ"
        after "Муса Мурадов, обозреватель …"); else the label as a name."""
        if label not in self.names:
            guest = self.guest
            name = _as_name(label)
            initial = re.fullmatch(r"([A-ZА-ЯЁ])\. ([A-ZА-ЯЁ][\w'’-]+)", name)
            if guest is not None and dialogue_turns.same_person(label, guest.group("name")):
                name = guest.group("name")
            elif initial is not None:
                first, surname = initial.groups()
                spelt = re.search(
                    rf"(?<![\w-]){first}[a-zа-яё]+[ \u00a0]+{re.escape(surname)}(?![\w-])",
                    self.text,
                )
                name = spelt.group(0).replace("\u00a0", " ") if spelt is not None else name
            self.names[label] = name  # once per label: a transcript has thousands of turns
        return self.names[label]

    def _answerer(self, start: int) -> str:
        """The words naming who answers: the English interviewee from the introduction; in
        Russian nobody here, as ``People.interviewee`` reads the introduction's cases."""
        return "" if self.russian else self.introductions.interviewee(start)

    def _text_before_paragraph(self, start: int) -> str:
        """The text before the paragraph of ``start``: none for the article's first."""
        return self.text[: max(0, self.text.rfind("\n", 0, start))]

    def _lists_after_colon(self, start: int) -> bool:
        """Whether the paragraph before ends in a colon that introduces a list ("Что
        известно:", "Главное:") rather than speech ("Ислам рассказывает:"): no speech verb."""
        before = self._text_before_paragraph(start).rstrip()
        if not before.endswith(":"):
            return False
        sentence = re.split(r"[.!?]\s", before[before.rfind("\n") + 1 :])[-1]
        words = re.findall(r"(?<!\w)[а-яё]+(?!\w)", sentence, re.I)
        return _SPEECH_NOUN.search(sentence) is None and not any(map(_says, words))

    def _dashed(self, start: int, p_end: int, next_line: str) -> None:
        text = self.text
        body = text[start:p_end]
        if self.listing or _is_list_item(body):
            # An item of a list ("— «Мемориал»;"), and so every dashed paragraph after it.
            self.previous, self.after_question, self.listing = None, False, True
            return
        author = _author(text, start, p_end)
        if author is not None and author.start() > start and _opens_speech(body):
            first = self.add(start, author.end("cut"), None, author.group("who").strip(" ,."))
            if author.group("more"):
                self.add(author.end(), p_end, first, None)
            self.previous, self.after_question = first, False
            return
        interview = self.after_question or self.asked or bool(_OPENING.match(next_line))
        if body.rstrip().endswith("?") and (interview or self.previous is None):
            # A question in an interview or a dialogue: the journalist's, claiming nothing.
            self.previous, self.after_question, self.asked = None, True, True
            return
        if not _opens_speech(body) or not (self.after_question or body.rstrip()[-1] in '.!?…»"”'):
            self.previous, self.after_question = None, False  # an answer cut short may end so
            return
        if self.previous is None and not self.after_question and self._lists_after_colon(start):
            self.previous, self.after_question, self.listing = None, False, True
            return
        if self.after_question:
            index = self.add(start, p_end, None, self._answerer(start))
            self.previous, self.after_question = index, False
        elif self.previous is not None:
            # The same speaker goes on in the next paragraph: one statement in parts.
            self.add(start, p_end, self.previous, None)
        elif (
            text[:start].rstrip()[-1] != "-"
            or self._text_before_paragraph(start).rstrip()[-1:] == ":"
        ):
            # Words opening a paragraph after "Ислам рассказывает:", or with their speaker
            # named after them: the attribution patterns read the text around them. A hyphen
            # opening a paragraph after narrative sets off a background point ("- Весной в
            # Чечне прошла серия похищений."), not speech.
            self.previous = self.add(start, p_end, None, None)


# A speech verb and a colon right before a quotation: "Лукашенко тогда заявил: «".
_SAYS_BEFORE = re.compile(rf"(?<!\w)(?:{lexicon.SPEECH_VERBS_RU})\s*:\s*[«\"„“]?$", re.I)


def dashed_speech(
    text: str, spans: list[Span], forced: dict[int, str], *, in_russian: bool
) -> tuple[list[Span], dict[int, str]]:
    """Add dashed and labelled speech to the quotation spans (``part_of`` indexing the list)
    and its speaker's words to ``forced``; an answer's speaker is forced empty when only the
    interview's introduction can name it (see ``opening_of``). ``in_russian``: the text is
    Russian (``russian.is_russian``), the only news that sets speech off with dashes."""
    reader = _Reader(text, [(s, e, p) for s, e, p in spans], in_russian)
    guest = reader.guest
    if guest is not None and len(re.findall(r"\w+", guest.group("words"))) >= 3:
        # "«Утренний разворот» / Елена Милашина: Я продолжу ездить в Чечню": the guest's words.
        reader.add(guest.start("words"), guest.end("words"), None, guest.group("name"))
    lines = paragraphs_of(text)
    for number, (p_start, p_end) in enumerate(lines):
        following = text[slice(*lines[number + 1])] if number + 1 < len(lines) else ""
        reader.paragraph(p_start, p_end, following)
    if not reader.spans:
        return spans, forced
    # Merge the two lists by offset; parts point at their first part through the offsets. A
    # quotation inside dashed speech is part of what the dash's speaker says ("— Потом
    # задерживали всех с криками: «Сочувствующих тоже пакуем», — объясняет минчанин").
    inside = {
        i
        for i, (s, e, _p) in enumerate(spans)
        if any(a <= s and e <= b for a, b, _ in reader.spans)
    }
    merged = [
        (s, e, spans[p][0] if p is not None and p not in inside else None, forced.get(i))
        for i, (s, e, p) in enumerate(spans)
        if i not in inside
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


def in_a_turn(text: str, start: int) -> bool:
    """Whether the line holding ``start`` opens with a dash, as a turn of a dialogue does
    ("— Я мягко спросил: «…»")."""
    return _OPENING.match(text, text.rfind("\n", 0, start) + 1) is not None


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
