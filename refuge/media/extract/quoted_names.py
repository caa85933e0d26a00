"""Quoted words that are a name or a title, not a quotation: an organisation ("Committee Against
Torture"), a film, a book, a programme or an operation («Грозный-Сити», "Welcome to Chechnya").

Grammar decides: a title is what a title's noun, or "called"/"titled", stands right before, and
it starts with a capital; a name is a few capitalised words, or an organisation, with no verb
of its own («Власти решили закрыть "Мемориал"» names Memorial but is a quotation).
"""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract import russian
from refuge.media.extract.org_aliases import org_in

# Words a quotation spoken or written is never a title after: the things that bear a title,
# in any case ("в фильме", "книгой", "программы"), and the verbs that give one. A report's
# title is its authors' words and stays a quotation («Они найдут меня. Облава на геев»).
_TITLE_NOUNS_EN = (
    r"film|movie|documentary|series|book|novel|memoir|programme|program|show|play|album|song"
    r"|exhibition|operation"
)
_TITLED_BY = re.compile(
    r"(?:\b(?:фильм|кинофильм|мультфильм|сериал|спектакл|книг|роман|повест|программ|передач"
    r"|операци|проект|выставк|альбом|песн|пьес)[а-яё]*"
    r"|\bпод (?:названием|заголовком)"
    rf"|\b(?:{_TITLE_NOUNS_EN})s?"
    r"|\b(?:titled|entitled|called|named|dubbed))"
    r"\s*[«\"“„]$",
    re.IGNORECASE,
)
# Small words between capitalised ones still make a title: "Real Sports with Bryant Gumbel".
_SMALL = {"with", "of", "the", "and", "for", "in", "on", "a", "to", "и", "в", "на", "за"}
_TITLE_WORDS = 12


# What follows a title that opens a sentence: its noun in apposition ("“Welcome to Chechnya,”
# the film by David France, …", "…,” David France’s documentary, …") or a relative clause
# ("…,” which premiered at Sundance, …"). Speech is followed by its speaker and verb instead.
_TITLE_AFTER = re.compile(
    r"[”\"»]\s*,?\s*(?:which\b|(?:the|a|an|his|her|their|its|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    rf"[’']s)\s+(?:[\w-]+\s+){{0,2}}?(?:{_TITLE_NOUNS_EN})\b)",
)


_SPOKEN_IN = re.compile(
    rf"\b(?:{lexicon.SPEECH_VERBS_EN}|chanted|shouted|sang|chants|shouts)\b|^[’']s\b"
)


def _title_case(words: list[str]) -> bool:
    return len(words) >= 2 and all(w[:1].isupper() or w in _SMALL for w in words)


def is_title(text: str, start: int, end: int) -> bool:
    """Return whether the quoted ``text[start:end]`` is a title its noun or verb introduces,
    before it or, for a title in capitals, right after it."""
    quoted = text[start:end]
    words = re.findall(r"[\w’'-]+", quoted)
    if not words or not words[0][:1].isupper() or len(words) > _TITLE_WORDS:
        return False
    after = _TITLE_AFTER.match(text, end, end + 80)
    titled = bool(_TITLED_BY.search(text[max(0, start - 40) : start]))
    if _title_case([w for w in words if w]) and titled:
        return True  # "The song “We Are Not Afraid Of You,” which the band wrote": its noun
    if _title_case([w for w in words if w]) and after is not None:
        # The noun or clause is a title's only where no one speaks in it: "the show host said",
        # "the film’s director said", "which Kadyrov wrote on Instagram" describe a speaker.
        clause = re.match(r"[^,.;:!?]*", text[after.end() : after.end() + 120])
        return clause is None or _SPOKEN_IN.search(clause.group(0)) is None
    # «…», — сказал он: a comma or a colon before the closing mark ends speech, not a title.
    if re.search(r"[,:;]\s*$", quoted):
        return False
    return titled


def _has_verb(words: list[str]) -> bool:
    """Return whether a Russian word among ``words`` (not the first) is a finite verb."""
    return any(
        re.fullmatch(r"[а-яё-]+", w) and russian.part_of_speech(w) in {"VERB", "INFN"}
        for w in words[1:]
    )


# A capitalised quoted phrase listed with another ("with “All Out” and “Enough is Enough”") is
# one of the names or slogans listed; speech quoted in parts runs on in lower case.
_LISTED_AFTER = re.compile(r"[“\"«][A-ZА-ЯЁ][^“”\"«»]{0,60}[”\"»]\s*(?:,|and|or|и)\s*[“\"«]$")
_PERSONAL = {"i", "we", "you", "he", "she", "they", "me", "us", "them", "my", "our", "your"}
_LISTED_BEFORE = re.compile(r"[”\"»]\s*(?:,|and|or|и)\s*[“\"«][A-ZА-ЯЁ][^“”\"«»]{0,60}[”\"»]")


def is_name(text: str, start: int, end: int) -> bool:
    """Return whether a quoted span is a name ("Committee Against Torture") or a title, not a
    quotation."""
    if is_title(text, start, end):
        return True
    words = re.findall(r"[\w’'-]+", text[start:end])
    if not words or len(words) > 5 or re.search(r"[.,!?:;]\s*$", text[start:end]):
        return False
    # «у Кремля нет такой информации» names the Kremlin but is a quotation: a name starts with
    # a capital.
    if not words[0][:1].isupper():
        return False
    if all(w[:1].isupper() or w in _SMALL for w in words):
        return True
    spoken = any(w.lower() in _PERSONAL for w in words)  # "“We will find them all”"
    if not spoken and (_LISTED_AFTER.search(text, 0, start) or _LISTED_BEFORE.match(text, end)):
        return True  # "cooperating with “All Out” and “Enough is Enough”": names listed
    return bool(org_in(text[start:end])) and not _has_verb(words)
