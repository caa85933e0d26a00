"""Who answers in a Russian interview: the person the sentence introducing it names.

An interview's answer, a quotation right after a paragraph that asks a question, is the
interviewee's: the person last named in the latest sentence that introduces the interview ("в
интервью Republic рассказал … Игорь Кочетков", "«Медуза» поговорила с главным редактором …
Дмитрием Муратовым"). A transcript asks this before each of thousands of answers, so the
introductions and the mentions are found once per text and looked up by offset.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from refuge.media.extract.russian_names import is_patronymic

if TYPE_CHECKING:
    from refuge.media.extract.russian_people import People

INTERVIEW_RU = re.compile(r"интервью|поговорил|побеседовал|бесед[еу]|ответил[аи]? на вопрос", re.I)
# A full stop right before a letter ends no sentence: "В интервью Кавказ.Реалии …".
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\w))+[.!?]?")
# A question opening by addressing someone, after its dash or label.
_VOCATIVE = re.compile(
    r"(?:[—–-][ \u00a0]+|[^:\n]{1,60}:[ \u00a0]+)?"
    r"(?P<name>[А-ЯЁ][а-яё-]+(?:[ \u00a0][А-ЯЁ][а-яё-]+)?),[ \u00a0]"
)


# "Мы поговорили с ним", "«Новая газета» побеседовала с ней": the interviewee named before.
_PRONOUN = re.compile(r"(?<!\w)(?:ним|ней|нему|него|нее|неё|он|она)(?!\w)", re.I)


@lru_cache(maxsize=8)
def _introductions(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where each sentence introducing an interview starts and ends, in order, and where the
    sentence before it starts when the introduction names its interviewee by a pronoun only
    (else where it starts itself)."""
    sentences = list(_SENTENCE.finditer(text))
    found = [i for i, s in enumerate(sentences) if INTERVIEW_RU.search(s.group(0))]
    before = [
        sentences[i - 1].start() if i and _PRONOUN.search(sentences[i].group(0)) else None
        for i in found
    ]
    starts = [sentences[i].start() for i in found]
    return (
        starts,
        [sentences[i].end() for i in found],
        [b if b is not None else s for b, s in zip(before, starts, strict=True)],
    )


@lru_cache(maxsize=8)
def _mentions(people: People) -> tuple[list[int], list[str]]:
    """Every mention of a person in the register, by offset, and whose it is."""
    named = sorted((at, person.name) for person in people.people for at in person.mentions)
    return [at for at, _name in named], [name for _at, name in named]


def interviewee(people: People, text: str, start: int) -> str | None:
    """The name of who answers the question just before ``start``; None where ``start`` opens
    no paragraph right after a question, or no introduction names anyone."""
    # Read back from ``start`` rather than copy the text before it: thousands of answers ask.
    head_end = start
    while head_end and text[head_end - 1] in ' «"“':
        head_end -= 1
    end = head_end
    while end and text[end - 1].isspace():
        end -= 1
    if end == head_end or not end or text[end - 1] != "?":
        return None  # not the start of a paragraph right after a question
    question = text.rfind("\n", 0, end) + 1
    if (introduced := _introduced(people, text, question)) is not None:
        return introduced
    # The person the questions addressed last, up to this one ("— Тумсо, …?" then "— Что
    # отвечаешь …?").
    positions, addressed = _questions_addressed(people, text)
    latest = bisect.bisect_right(positions, question) - 1
    return addressed[latest] if latest >= 0 else None


def _introduced(people: People, text: str, question: int) -> str | None:
    """Who the latest introduction before the question at ``question`` names."""
    # The sentences of ``text[:question]`` are the text's up to ``question``: it cuts at a
    # line's end, which no sentence crosses.
    starts, ends, earlier = _introductions(text)
    latest = bisect.bisect_right(ends, question) - 1
    if latest < 0:
        return None
    ats, names = _mentions(people)
    last = bisect.bisect_left(ats, ends[latest]) - 1
    if last >= 0 and ats[last] >= starts[latest]:
        return names[last]
    # "Игорь Каляпин возглавляет … . Мы поговорили с ним": the person the sentence before
    # named last, when the introduction names its interviewee by a pronoun.
    return names[last] if last >= 0 and ats[last] >= earlier[latest] else None


@lru_cache(maxsize=8)
def _questions_addressed(people: People, text: str) -> tuple[list[int], list[str]]:
    """Where each question paragraph that addresses someone the article names starts, and
    whom it addresses, in order."""
    positions, names = [], []
    for line in re.finditer(r"[^\n]+", text):
        if line.group(0).rstrip().endswith("?") and (name := _addressed(people, line.group(0))):
            positions.append(line.start())
            names.append(name)
    return positions, names


def _addressed(people: People, question: str) -> str | None:
    """Whom a question opens by addressing ("— Тумсо, в чём твоё отличие …?", "Олег
    Петрович, …?"): the one person the article names with that first name (or first name and
    patronymic)."""
    vocative = _VOCATIVE.match(question)
    if vocative is None:
        return None
    words = vocative.group("name").split()
    if len(words) == 2 and not is_patronymic(words[1]):
        named = people.full_name(" ".join(words))  # "Тумсо Абдурахманов, …?"
        return named if named != " ".join(words) else None
    # A first name, with a patronymic or without: whoever the article names in full with it
    # (natasha may tag "Олег Петрович" itself as a person).
    found = {
        p.name
        for p in people.people
        if len(p.name.split()) > 1
        and p.name.split()[0] == words[0]
        and not is_patronymic(p.name.split()[-1])
    }
    return found.pop() if len(found) == 1 else None
