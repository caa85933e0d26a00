"""A quotation with no speaker of its own takes one from the quotations or sentences around it.

These passes run after every quotation has been attributed where it stands: a neighbour's
speaker is known only then ("“…” “…,” the relative said.": the first takes the second's).
"""

from __future__ import annotations

import bisect
import re

from refuge.media import lexicon
from refuge.media.extract import english_names, russian
from refuge.media.extract.model import Quote, take_speaker
from refuge.media.extract.offsets import paragraph_index
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.person_names import is_person_name, spelled_gender
from refuge.media.extract.speakers import Speaker


def first_person(
    quotes: list[Quote], paragraphs: list[tuple[int, int]], text: str, people: list[russian.Entity]
) -> None:
    """Give a paragraph of unattributed first-person speech to the paragraph before's subject.

    "На заседание Пит де Бройн приглашал Татьяну Москалькову.\n\n«Госпожа Москалькова ответила
    мне …»": the one named in the nominative (de Bruyn), not the one he invited. In English, the
    person the paragraph before opens with ("Ruslan, 25, was detained …\n\n“I was beaten …”").
    """
    starts = [ps for ps, _pe in paragraphs]
    for quote in quotes:
        here = bisect.bisect_right(starts, quote.start) - 1
        ps, pe = paragraphs[here]
        whole = text[ps:pe].strip(' «»“”".') == quote.text.strip(' «»“”".')
        first_person = re.search(
            r"(?<!\w)(?:я|мне|меня|мной|мой|моя|моего)(?!\w)", quote.text, re.I
        ) or re.search(r"\b(?:I|me|my|myself)\b", quote.text)
        if quote.speaker or quote.part_of is not None or not (whole and first_person and here):
            continue
        before_start, before_end = paragraphs[here - 1]
        subjects = [
            p for p in people if before_start <= p.start < before_end and p.text == p.normal
        ]
        if subjects:
            quote.speaker = subjects[0].normal
        elif not people:
            quote.speaker = _opening_name(text, before_start, before_end)


# "Ruslan, 25, was detained …", "Marko, a Chechen in her early 20s, will never forget …": the
# name a paragraph opens with, described after a comma (an age, "a …", "who …"); or, with a
# verb after it, a name whose spelling gives a gender ("Amina fled"). Not "Later, …".
_OPENING_NAME = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2})"
    r"(?:(?P<described>,\s+(?:\d{1,2}\b|an?\s|the\s|who\b))|\s+[a-z])"
)


def _opening_name(text: str, start: int, end: int) -> str:
    """Return the person an English paragraph opens with as its subject, in the article's
    fullest form of the name, or ""."""
    opening = _OPENING_NAME.match(text, start, end)
    if opening is None:
        return ""
    name = opening.group("name")
    if not (opening.group("described") or spelled_gender(name)):
        return ""
    if not is_person_name(name) or re.search(rf"\b{name.split()[0].lower()}\b", text):
        return ""  # "Police detained …", "Last winter, …": a word the article writes in lower case
    return english_names.fullest(name, text)


def headline(quotes: list[Quote], paragraphs: list[tuple[int, int]], text: str) -> None:
    """Give a headline that is only a quotation the speaker of the next person quoted.

    "«Пытки у нас были каждый день»\n\nСиловики задержали Заура …\n\n«…», — рассказывает
    Заур.": a heading quotes words the section goes on to attribute.
    """
    starts = [ps for ps, _pe in paragraphs]
    for index, quote in enumerate(quotes):
        here = bisect.bisect_right(starts, quote.start) - 1
        ps, pe = paragraphs[here]
        heading = text[ps:pe].strip()
        if (
            quote.speaker
            or quote.part_of is not None
            or heading.endswith(".")
            or len(heading.split()) > 12
            or heading.strip(' «»“”"') != quote.text.strip(' «»“”"')
        ):
            continue
        for later in quotes[index + 1 :]:
            if bisect.bisect_right(starts, later.start) - 1 > here + 2:
                break
            if later.speaker_role or (later.speaker and later.speaker[:1].isupper()):
                if later.speaker == later.affiliation:
                    break  # an organisation's words: a headline is seldom quoting them
                quote.speaker, quote.speaker_role = later.speaker, later.speaker_role
                quote.affiliation = later.affiliation
                break


def named_later(quotes: list[Quote], paragraphs: list[tuple[int, int]], text: str) -> None:
    """Name an unnamed role by the same kind of role named within the next two paragraphs.

    "A spokesman for Chechnya’s leader … calling the article “absolute lies.”" and then "“…,”
    the spokesman, Alvi Karimov, said.": both are Karimov's. The name may come in those
    paragraphs and its quotation later ("The Russian journalist who … has said … “…”." and
    in the next paragraph "Novaya Gazeta journalist Elena Milashina said …", her “…” after).
    """
    starts = [ps for ps, _pe in paragraphs]
    for index, quote in enumerate(quotes):
        kind = next((k for k in lexicon.ROLE_KINDS if re.search(k, quote.speaker, re.I)), "")
        if quote.part_of is not None or quote.speaker_role or not kind:
            continue
        here = bisect.bisect_right(starts, quote.start)
        near = paragraphs[min(here + 1, len(paragraphs) - 1)][1]  # the end of the next two
        for later in quotes[index + 1 :]:
            named_near = later.speaker and later.speaker in text[quote.end : near]
            if bisect.bisect_right(starts, later.start) > here + 2 and not named_near:
                break
            if (
                later.speaker_role
                and re.search(kind, later.speaker_role, re.I)
                and org_in(quote.speaker) in {"", later.affiliation}
                and _same_principal(quote.speaker, later.speaker_role)
            ):
                quote.speaker, quote.speaker_role = later.speaker, later.speaker_role
                quote.affiliation = later.affiliation
                break


def _principal(role: str) -> set[str]:
    """Return the words of whom a role serves: "A spokesperson for the Russian government"."""
    found = re.search(r"\b(?:for|of|to)\s+(.+)$", role)
    return {w.lower()[:5] for w in re.findall(r"\w{4,}", found.group(1))} if found else set()


def _same_principal(unnamed: str, named: str) -> bool:
    # A spokesperson for the Russian government is not the one for Chechnya's leader; a bare
    # "the spokesman, Alvi Karimov" may be either.
    serves, also_serves = _principal(unnamed), _principal(named)
    return not serves or not also_serves or bool(serves & also_serves)


def inherit(quotes: list[Quote], paragraphs: list[tuple[int, int]], text: str) -> None:
    """Give a quotation with no attribution the speaker its neighbours have.

    "“…” “…,” the relative said.": the later quotation of the paragraph names who spoke both.
    A paragraph that is nothing but a quotation goes on with the speaker of the paragraph before.
    """

    def paragraph_of(offset: int) -> int:
        return next(i for i, (ps, pe) in enumerate(paragraphs) if ps <= offset <= pe)

    for index, quote in enumerate(quotes):
        if quote.speaker or quote.part_of is not None:
            continue
        here = paragraph_of(quote.start)
        later = next(
            (q for q in quotes[index + 1 :] if paragraph_of(q.start) == here and q.speaker), None
        )
        source = later
        ps, pe = paragraphs[here]
        whole = text[ps:pe].strip(' “”"«»‘’.') == quote.text.strip(' “”"«»‘’.')  # «…».
        # Not a subheading, which ends in no stop: "«Ты должен был ее в лесу расстрелять»".
        whole = whole and re.search(r"[.!?…][\s“”\"«»‘’]*$", text[ps:pe]) is not None
        before = next(
            (q for q in reversed(quotes[:index]) if paragraph_of(q.start) == here - 1), None
        )
        if source is None and whole and here:
            source = before
        elif source is None and before is not None and before.speaker:
            # "‘…,’ Amalia’s speech is interrupted by sobbing.": no speech verb, but the words
            # around the quotation name the one who spoke the paragraph before.
            rest = text[ps : quote.start] + text[quote.end : pe]
            names = "|".join(re.escape(w) for w in before.speaker.split() if w[:1].isupper())
            if names and re.search(rf"\b(?:{names})\b", rest):
                source = before
        if source is not None and source.speaker:
            take_speaker(quote, source)


_SENTENCE_PRONOUN = re.compile(r"(?:^|[.!?]\s+)(?P<pronoun>He|She)\s")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+\b")


def in_narrative(quotes: list[Quote], paragraphs: list[tuple[int, int]], text: str) -> None:
    """Give a first-person quotation that no sentence attributes, inside a paragraph told of
    "he" or "she", to whoever spoke last, within two paragraphs, where that paragraph names
    no one in full ("He refused. … “I am grateful to the Germans …” He has an apartment"):
    a profile's words set between its sentences."""
    starts = [ps for ps, _pe in paragraphs]
    for number, quote in enumerate(quotes):
        if (
            quote.speaker
            or quote.part_of is not None
            or not re.search(r"\b(?:I|me|my)\b", quote.text)
        ):
            continue
        spoke = [q for q in quotes[:number] if q.speaker and q.part_of is None]
        here = bisect.bisect_right(starts, quote.start) - 1
        if not spoke or here < 0 or spoke[-1].start < paragraphs[max(0, here - 2)][0]:
            continue
        start, end = paragraphs[here]
        narrative = text[start : quote.start] + " " + text[quote.end : end]
        pronouns = {m.group("pronoun") for m in _SENTENCE_PRONOUN.finditer(narrative)}
        gender = spelled_gender(spoke[-1].speaker)
        if (
            len(pronouns) == 1
            and gender in {"", "m" if "He" in pronouns else "f"}
            and not _FULL_NAME.search(narrative)
        ):
            take_speaker(quote, spoke[-1])


def previous_in_paragraph(
    number: int,
    spans: list[tuple[int, int, int | None]],
    speakers: dict[int, Speaker],
    paragraphs: list[tuple[int, int]],
) -> Speaker:
    """A quotation with no attribution of its own continues the one before it in the paragraph."""
    if not number:
        return Speaker()
    start = spans[number][0]
    paragraph = paragraphs[paragraph_index(paragraphs, start)]
    previous = spans[number - 1]
    if paragraph[0] <= previous[0] <= paragraph[1]:
        return speakers.get(previous[2] if previous[2] is not None else number - 1, Speaker())
    return Speaker()
