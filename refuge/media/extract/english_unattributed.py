"""Who speaks a quotation whose own sentence names no one (moved out of english_reference.py):
a paragraph before that announces it, a statement issued, one person just introduced, a
sentence on someone's answer or tone, a credit after it as pull quotes have, or the sentence
after it that says who spoke."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from refuge.media import lexicon
from refuge.media.extract.english_bodies import OFFICES, body_called
from refuge.media.extract.english_reference import SENTENCES, candidates
from refuge.media.extract.offsets import paragraph_at
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.speakers import Speaker, parse_who
from refuge.media.extract.wording import GIVEN_NAME, NAME

# "In a new report, Human Rights Watch confirmed the shocking claims …": a sentence closing its
# paragraph whose subject, a name in capitals, reports something; or someone named before
# ("The group said it had shared the names …", "He said he was beaten.").
_ANNOUNCES = re.compile(
    r"(?:^|,\s+)(?P<who>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*"
    r"|(?<![^\s])(?:The|the)\s+(?!court\b)(?:[a-z-]+\s+)?(?!court\b)[a-z-]+"  # no court
    r"|(?<=,\s)(?:he|she|they)"  # "Nobody would tell her where he was, she told the BBC."
    # "…, a relative told the Caucasian Knot website on condition of anonymity.": unnamed.
    r"|(?<![^\s])(?:[Aa]n?|One)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)"
    r"\s+(?:has\s+|have\s+)?"
    r"(?:confirmed|said|stated|reported|warned|wrote|noted|announced|explained|told|recalled)\b"
    r"[^.!?:“”\"]*[.!?]?\s*$"
    # "He then read from his conclusions:": whoever opens a sentence that ends by announcing.
    r"|^(?P<opener>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|He|She|They)\s+(?:then\s+|also\s+)?"
    r"(?:[a-z]+ed|read|wrote|said|told|says|reads|writes|tells|gave|spoke)\b[^.!?“”\"]*:\s*$"
    # "Yevgeny Popov, a pro-Putin MP, described the attack as “illegal”.": a sentence closing on
    # words its subject is quoted in.
    r"|^(?P<quoter>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)(?:,\s+[^,]{1,80},)?\s+"
    r"(?:described|called|said|told|added|branded|dubbed)\b[^“\"]*[“\"][^”\"]{1,80}[”\"]\W*$"
    # "Alexander Artemyev, of Amnesty International, puts it bluntly.", "Back in St Petersburg,
    # Igor Kochetkov is less optimistic.": a sentence that only sets its subject's tone.
    # "Her lawyer, Tatyana Sivkova, disagrees.", "Kadyrov's spokesman Alvi Karimov disagreed.":
    # a role before the name.
    r"|^(?:[A-Z][^,.]{0,40},\s+|(?:[A-Z][\w’'.-]*(?:’s|'s)\s+)?[a-z]+\s+(?=[A-Z]))?"
    r"(?P<tone>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
    r"(?:,\s+[^,]{1,80},|,)?\s+(?:puts\s+it|put\s+it|disagrees|disagreed|sees\s+it\s+differently|"
    # "Lokshina had an answer ready.": a reply announced. Not "hit back" or "fired back": gunfire,
    # or a country ("Moscow hit back.") whose spokeswoman speaks.
    r"had\s+(?:an?\s+)?(?:answer|reply|response)\s+ready|"
    r"(?:is|was|sounds|sounded|remains|remained)\s+(?:less|more|far\s+more|much\s+more|not|still)"
    r"\s+(?:optimistic|pessimistic|blunt|cautious|hopeful|sceptical|skeptical|convinced|direct))"
    r"(?:\s+[a-z]+){0,2}\.\s*$"
    # "The group has helped 150 people leave, according to David Isteev, who coordinates …":
    # a sentence closing on whose account it gave.
    r"|,\s+according\s+to\s+(?P<according>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
    r"(?:,\s+[^.!?“”\"]*)?[.!?]\s*$"
)


# "The Honourable Chrystia Freeland, Minister of Foreign Affairs, today released the following
# statement:", "Tonight the State Department has issued a second statement:": the issuer of
# the paragraphs quoted after it. "… confirmed by the Russian LGBT+ Network who released a
# statement regarding the crisis:": the one a clause says issued it.
_ISSUES = re.compile(
    r"(?:^|[.!?]\s+|(?P<by>\bby\s+))(?:(?:Yesterday|Today|Tonight|On\s+\w+),?\s+)?"
    r"(?:The\s+|the\s+)?(?P<who>(?:[A-Z](?:\.|[\w’'+-]*)\s+){0,5}[A-Z][\w’'+-]*)(?:,\s+[^,:]{1,80},)?"
    r"(?:,?\s+(?P<which>who|which))?\s+"
    r"(?:(?:today|tonight|yesterday|has|have|also)\s+)*(?:released|issued|published|made)\s+"
    r"(?:the\s+following|a|an|its|this|a\s+second|a\s+new|a\s+joint)\s+(?:[a-z]+\s+)?"
    r"(?:statement|comment|remarks|message|declaration)(?:\s+(?:today|tonight|yesterday))?"
    r"(?:\s+(?:regarding|on|about|concerning|over)\s+[^.!?:“”\"]{1,80})?\s*:\s*$"
)


# "Her message to the authorities is simple.", "The ministry's response came within hours.",
# "For Lapina, the lesson is obvious.", "Asked whether he would go back, he was silent for a
# long time.": a sentence that opens on someone's answer or tone announces their words next.
# The owner is "his"/"her", a name or a body; not someone described ("Her son's response was
# silence", "The duty officer's answer was …"), whose answer others quote.
_OWNED_WORDS = (
    r"message|response|answer|reply|reaction|view|advice|warning|tone|explanation|assessment|"
    r"conclusion|plea|appeal"
)
_NAMED = r"(?:[A-Z][\w-]*\.?\s+){0,3}[A-Z][\w-]*"
_INTRODUCES = re.compile(
    rf"^(?:For\s+(?P<for>{_NAMED}|him|her|them),"
    r"|Asked\s+(?!by\b)[^.;,]{0,200},\s+(?P<asked>he|she|they)\s"
    r"|(?:[A-Z][^,.;:“”\"]{0,40},\s+)?"
    rf"(?P<owner>[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|(?:The\s+)?(?:{_NAMED}\s+)?(?:[a-z-]+\s+){{0,2}}?"
    r"[\w-]+(?:’s|'s))"
    rf"\s+(?:[a-z-]+\s+)?(?:{_OWNED_WORDS})(?:\s+to\s+[^.,;:“”\"]{{1,60}}?)?"
    r"\s+(?:is|was|are|were|came|comes|had|has)\b"
    # "Apti Alaudinov, then deputy interior minister, received the correspondent in his
    # office.": one who met the reporter, whose words follow; not "met Kadyrov".
    rf"|(?P<host>{_NAMED}|He|She)(?:,\s+[^,“”\"]{{1,120}},)?\s+(?:then\s+|later\s+|first\s+)?"
    r"(?:received|met|greeted|welcomed|spoke\s+to|spoke\s+with|talked\s+to|sat\s+down\s+with)\s+"
    r"(?:(?:the|a|this|our)\s+(?:[a-z-]+\s+)?(?:correspondent|reporter|journalist|visitor)s?"
    r"|us|me|(?P<outlet>[A-Z][^\s,.]*(?:\s+[A-Z][^\s,.]*){0,3}))\b)"
    r"[^“”\"«»]*[.:]\s*$"
)
_PRONOUN_OF = lexicon.POSSESSOR_PRONOUN | lexicon.OBJECT_PRONOUNS


def introducing(sentence: str, is_name: Callable[[str], bool]) -> str:
    """The words naming whose words a sentence announces by their answer, view or tone (see
    ``_INTRODUCES``), as a pronoun where it gives one ("Her message …" is "she"); else ""."""
    found = _INTRODUCES.match(sentence.strip())
    if found is None:
        return ""
    outlet = found.group("outlet")
    if outlet and not org_in(outlet, outlets=True):
        return ""  # "Alaudinov met Kadyrov …": someone else met, whoever speaks next
    words = found.group("for") or found.group("asked") or found["owner"] or found["host"]
    if words in {"He", "She"}:
        return words.lower()
    words = re.sub(r"(?:’s|'s)$", "", words)
    if pronoun := _PRONOUN_OF.get(words.lower(), words if words in {"he", "she", "they"} else ""):
        return pronoun
    # A body by its name, or by an office's word ("The Chechen interior ministry"), not a court.
    body = body_called(words) or (words if re.search(rf"\b(?:{OFFICES})$", words, re.I) else "")
    return words if is_name(words) or (body and not re.search(r"\bcourt\b", body, re.I)) else ""


def _paragraph_before(text: str, paragraphs: list[tuple[int, int]], start: int) -> str:
    """The paragraph before a quotation that opens its own, stripped; "" for any other."""
    here = paragraph_at(paragraphs, start)
    if not here or text[paragraphs[here][0] : start].strip(' \n“"‘«') != "":
        return ""
    ps, pe = paragraphs[here - 1]
    return text[ps:pe].strip()


def statement_issuer(text: str, paragraphs: list[tuple[int, int]], start: int) -> str:
    """Who issued the statement a quotation opening its paragraph begins, where the paragraph
    before ends by announcing it ("… today released the following statement:"); else ""."""
    match = _ISSUES.search(_paragraph_before(text, paragraphs, start))
    if match and match.group("by") and not (match.group("which") or org_in(match.group("who"))):
        return ""  # "… was detained by Ahmed Yusupov. He released a statement:": not his
    return match.group("who") if match else ""


def announcing(
    text: str, paragraphs: list[tuple[int, int]], start: int, is_name: Callable[[str], bool]
) -> str:
    """The words naming whoever the paragraph before announced, for a quotation that opens its
    paragraph ("In a new report, Human Rights Watch confirmed the claims.\n\n"The
    information …""); "" where that paragraph's last sentence announces no one.

    A source cited, someone unnamed who told, or a sentence on someone's answer announces no
    one after a paragraph that quoted someone: "“…,” said Ibragim. His account matches
    others', according to Human Rights Watch.\n\n“…”" goes on with Ibragim.
    """
    before = _paragraph_before(text, paragraphs, start)
    last = SENTENCES.split(before)[-1] if before else ""
    match = _ANNOUNCES.search(last)
    quoted = re.search(r"[“”\"«»]", before) is not None
    if match is None:
        return "" if quoted else introducing(last, is_name)
    unnamed = re.match(r"(?:[Aa]n?|One)\s", match.group("who") or "")
    if match.group("according") or unnamed:
        cited = match.group("according") or ""
        if quoted or (cited and not (" " in cited and is_name(cited))):
            return ""  # "…, according to Tass.": an outlet or a body cites; a person speaks
        return cited or match["who"]
    return match.group("who") or match.group("opener") or match.group("quoter") or match["tone"]


def introduced(
    text: str,
    paragraphs: list[tuple[int, int]],
    start: int,
    people: list[Speaker],
    is_name: Callable[[str], bool],
) -> Speaker | None:
    """Return the one person the sentence right before a quotation introduces, in the same
    paragraph, for a quotation no attribution names ("… met by a guy who introduces himself as
    Thor. "We have to be careful …""); None where it names no one, or more than one."""
    here = paragraph_at(paragraphs, start)
    if here is None or (
        here and re.search(r"[\w,][^\S\n]*\n[^\S\n]*\Z", text[: paragraphs[here][0]])
    ):
        return None  # a line cut inside a sentence ("… editor of the\nEkho Moskvy radio …")
    before = text[paragraphs[here][0] : start].rstrip(' “"‘«')
    if not re.search(r"[.!?]$", before):
        return None  # the paragraph's first words, or the quotation inside a sentence
    last = SENTENCES.split(before.strip())[-1]
    prior = before.strip()[: -len(last)].rstrip()
    if re.search(r"[“”\"«»]", last) or (prior and not re.search(r"[.!?]\W?$", prior)):
        return None  # "“…,” said X, editor of …. “…”" goes on as its neighbours; a cut line
    if words := introducing(last, is_name):
        return parse_who(words)
    given = re.search(rf"(?:{GIVEN_NAME})\s+({NAME})", last)
    if given is not None:
        return Speaker(given.group(1).rstrip("."))
    named = {p.name: p for governed, p in candidates(last, people, is_name) if p.name}
    return next(iter(named.values())) if len(named) == 1 else None


# "“I want to tell the truth. …” Amin Dzhabrailov, survivor of Chechnya's anti-gay purge": a
# quotation credited, as a pull quote is, by the name closing its paragraph.
# A first name alone credits a quotation only as someone's changed name: "“…” Aminat [name
# changed]".
_CHANGED = r"[^\S\n]*[\[(](?:name\s+changed|not\s+(?:his|her|their)\s+real\s+name)[\])]"
_CREDIT = re.compile(
    # … or on a line of its own after it, led by a dash ("“…”\n\n– Nils Muiznieks, …").
    rf"[”\"’»]?(?:[^\S\n]*[—–-]?|\s*\n\s*[—–-])[^\S\n]*(?P<name>{NAME}(?:[^\S\n]+{NAME}){{1,2}}"
    rf"|{NAME}(?={_CHANGED}))(?:{_CHANGED})?"
    r"(?:,[^\S\n]+(?P<role>(?!who\b|which\b)[^.,\n]{1,120}))?\.?[^\S\n]*(?:\n|$)"
)


# "“…,” the Council for Global Equality. “…”": a body's name with no verb after a quotation.
_BODY_CREDIT = re.compile(
    r"[,.]?[”\"’]?[^\S\n]*(?P<body>(?:the\s+)?[A-Z][^.,;:!?\n“”]{2,80}?)\.(?=\s|$)"
)


def credited(text: str, end: int, is_name: Callable[[str], bool]) -> Speaker | None:
    """Return the person a quotation ending at ``end`` is credited to, by a name alone after
    it closing the paragraph, or the body named alone after it; else None."""
    body = _BODY_CREDIT.match(text, end)
    if body is not None and (name := body_called(body.group("body"))):
        return Speaker(role=name, affiliation=name)
    found = _CREDIT.match(text, end)
    if found is None or not is_name(found.group("name")):
        return None
    return Speaker(found.group("name"), (found.group("role") or "").strip())


# "“…” She was speaking at a press conference in Moscow.", "“…” Her remarks came a day after
# …": the sentence right after a quotation no attribution names says who spoke it.
# Or the paragraph after says whose they were: "The words are Alvi Karimov's.", "The
# assessment comes from Svetlana Gannushkina, …", "The line, delivered …, belonged to …".
_SPOKEN_AFTER = re.compile(
    rf"[”\"’]?\s*(?:(?P<who>He|She|They|{_NAMED})(?:,\s+[^,.“”\"]{{1,80}},)?\s+"
    r"(?:was|were|had\s+been)\s+speaking\b"
    # Only "his" or "her": someone named there may be another ("“…” Kadyrov's remarks came a
    # day after the newspaper …").
    r"|(?P<owner>His|Her|Their)\s+(?:remarks|comments|words)\s+(?:came|come|were\s+made|followed)\b"
    r"|The\s+(?:words|line|remark|comment|assessment|warning|verdict)(?:,\s+[^,.“”\"]{1,100},)?"
    rf"\s+(?:(?:is|are|was|were)\s+(?P<whose>{_NAMED})(?:’s|'s)(?=[\s.,;])"
    r"|(?:(?:comes?|came)\s+from|belong(?:s|ed)?\s+to)\s+"
    # "… came from Kadyrov's spokesman, Alvi Karimov": the one apposed to a role, not its owner.
    rf"(?:{_NAMED}(?:’s|'s)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+,?\s+)?(?P<source>{_NAMED})(?![’'\w]))"
    # "Those were among the first words Amin, 27, spoke when he landed": not words one heard.
    r"|(?:Those|These)\s+(?:were|are)\s+(?:among\s+)?(?:the\s+)?(?:(?:first|last|only)\s+)?"
    rf"words\s+(?:that\s+)?(?:(?P<spoke>{_NAMED})(?:,\s+[^,.“”\"]{{1,40}},)?\s+"
    rf"(?:spoke|said|uttered|wrote)\b))"
)


def spoken_after(text: str, end: int, is_name: Callable[[str], bool]) -> str:
    """The words naming who spoke a quotation ending at ``end``, where the sentence right after
    it, or the paragraph after, opens by saying so ("She was speaking …", "Her remarks came …",
    "The words are Karimov's."): a pronoun, or a person's name (not "Police were speaking to
    witnesses"); else ""."""
    found = _SPOKEN_AFTER.match(text, end)
    if found is None:
        return ""
    if found.group("owner"):
        return lexicon.POSSESSOR_PRONOUN[found.group("owner").lower()]
    words = found.group("who") or found.group("whose") or found["source"] or found["spoke"]
    if words in {"He", "She", "They"}:
        return words.lower()
    return words if is_name(words) else ""


class _Memory(Protocol):
    people: list[Speaker]

    def is_name(self, name: str) -> bool: ...

    def resolve(self, speaker: Speaker, before: str, who: str = "") -> Speaker: ...


def around(
    text: str,
    paragraphs: list[tuple[int, int]],
    span: tuple[int, int],
    who: str,
    parsed: bool,
    memory: _Memory,
) -> Speaker:
    """Return who speaks an English quotation (from its first part's start to its last part's
    end, ``span``) whose own sentence names no one, from the words around it: a credit after
    it or the sentence after it that says who spoke, else the paragraph before that announces
    it, one person the sentence before introduces (where neither the wording, ``who``, nor the
    parse, ``parsed``, found a speaker), or the sentence after. Someone only: a pronoun the
    memory could not resolve is no one."""
    start, end = span

    def someone(found: Speaker) -> Speaker:
        resolved = memory.resolve(found, text[:start])
        return Speaker() if resolved.label.lower() in lexicon.PRONOUNS else resolved

    credit = credited(text, end, memory.is_name)
    after = spoken_after(text, end, memory.is_name) if not who.strip() else ""
    speaker = Speaker()
    if not credit and not after and (named := announcing(text, paragraphs, start, memory.is_name)):
        speaker = someone(parse_who(named))
    if not speaker.label and not who.strip() and not parsed:
        met = introduced(text, paragraphs, start, memory.people, memory.is_name)
        speaker = someone(met) if met else speaker  # "… a guy who introduces himself as Thor."
    if not speaker.label and after:
        speaker = someone(parse_who(after))
    return speaker if speaker.label else (credit or speaker)
