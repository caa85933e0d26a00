"""A quotation that the article quotes again is the later quotation's speaker's.

Headlines lift their quotation from the body ("A Victim Of Chechnya's Anti-Gay Pogrom Comes
Forward: “I Was Sure They Were Going To Kill Me”" over "“… I was sure they were going to kill
me …,” he told reporters"). The words around a headline's quotation describe the story, not
who speaks ("… Comes Forward:" is no one's name); the body names the speaker where it quotes
the same words, with the sentences around it to read. So too a lead's few words quoted with
no one named, which the article attributes where it quotes them again.
"""

from __future__ import annotations

import re

from refuge.media.extract.model import Quote, take_speaker
from refuge.media.lexicon import SPEECH_VERBS_EN

# Fewer words than this may recur by chance ("we are afraid").
_FEWEST_WORDS = 4
# A lead, not a headline: a sentence that closes on its quotation's attribution ("… condemned
# the “genocide of the Chechen people,” the parliament’s website reads.").
_ATTRIBUTED_LEAD = re.compile(
    rf"[”\"],?\s+(?:the\s+)?[^,.“”\"]{{1,60}}\s+(?:{SPEECH_VERBS_EN}|reads)\.$"
)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def _heading_ends(
    quotes: list[Quote], paragraphs: list[tuple[int, int]], text: str
) -> dict[int, int]:
    """The quotations that head the article or a part of it, each with its heading's end: the
    headline's, and a paragraph that is nothing but one quotation (a subheading lifted from
    the part below it, "“Инцидент исчерпанным считать нельзя”")."""
    first_start, first_end = paragraphs[0]
    # A lead that names its own speaker is no heading.
    lead = _ATTRIBUTED_LEAD.search(text[first_start:first_end].rstrip())
    ends = {n: first_end for n, q in enumerate(quotes) if q.start < first_end and not lead}
    for start, end in paragraphs[1:]:
        inside = [n for n, q in enumerate(quotes) if start <= q.start < end]
        if len(inside) == 1 and not re.search(
            r"\w", text[start:end].replace(quotes[inside[0]].text, "")
        ):
            ends[inside[0]] = end
    return ends


def from_body(quotes: list[Quote], paragraphs: list[tuple[int, int]], text: str) -> None:
    """Give each quotation of a heading the speaker of the first later quotation, whole or
    in parts, that holds all of its words in order."""
    if len(paragraphs) < 2:
        return
    for number, heading_end in _heading_ends(quotes, paragraphs, text).items():
        quote = quotes[number]
        words = _words(quote.text)
        if quote.part_of is not None or len(words.split()) < _FEWEST_WORDS:
            continue
        for index, later in enumerate(quotes):
            if later.start < heading_end or later.part_of is not None:
                continue
            parts = [later, *(q for q in quotes if q.part_of == index)]
            if f" {words} " in f" {_words(' '.join(p.text for p in parts))} " and later.speaker:
                take_speaker(quote, later)
                break


def quoted_again(quotes: list[Quote]) -> None:
    """Give words quoted twice one speaker: the later quotation's, or the earlier one's."""
    _from_later(quotes)
    _from_earlier(quotes)


def _from_later(quotes: list[Quote]) -> None:
    """Give a quotation no one is named for the speaker of a later quotation of the very same
    words ("A Chechen gay has been admitted to France on an “emergency humanitarian visa”" ….
    "The 26-year-old was granted an “emergency humanitarian visa” last week, according to
    Joël Deumier")."""
    for number, quote in enumerate(quotes):
        words = _words(quote.text)
        if quote.speaker or quote.part_of is not None or len(words.split()) < 3:
            continue
        for later in quotes[number + 1 :]:
            if later.part_of is None and later.speaker and _words(later.text) == words:
                take_speaker(quote, later)
                break


def _from_earlier(quotes: list[Quote]) -> None:
    """Give a few words quoted again the speaker of the earlier quotation they come from
    ("“We are conducting preventive work with the families,” Karimov said. Human Rights Watch
    condemned “preventive work with the families”": the critic quotes Karimov's words)."""
    for number, quote in enumerate(quotes):
        words = _words(quote.text)
        if quote.part_of is not None or not _FEWEST_WORDS <= len(words.split()) <= 8:
            continue
        for earlier in quotes[:number]:
            whole = _words(earlier.text)
            if earlier.speaker and whole != words and f" {words} " in f" {whole} ":
                take_speaker(quote, earlier)
                break
