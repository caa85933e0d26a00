"""Who speaks a quotation whose own sentence names no one (moved out of english_reference.py):
a paragraph before that announces it, a statement issued, one person just introduced, or a
credit after it as pull quotes have."""

from __future__ import annotations

import re
from collections.abc import Callable

from refuge.media.extract.english_bodies import body_called
from refuge.media.extract.english_reference import SENTENCES, candidates
from refuge.media.extract.offsets import paragraph_at
from refuge.media.extract.speakers import Speaker
from refuge.media.extract.wording import GIVEN_NAME, NAME

# "In a new report, Human Rights Watch confirmed the shocking claims …": a sentence closing its
# paragraph whose subject, a name in capitals, reports something; or someone named before
# ("The group said it had shared the names …", "He said he was beaten.").
_ANNOUNCES = re.compile(
    r"(?:^|,\s+)(?P<who>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*"
    r"|(?<![^\s])(?:The|the)\s+(?!court\b)(?:[a-z-]+\s+)?(?!court\b)[a-z-]+"  # no court
    r"|(?<=,\s)(?:he|she|they))"  # "Nobody would tell her where he was, she told the BBC."
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
    r"(?:is|was|sounds|sounded|remains|remained)\s+(?:less|more|far\s+more|much\s+more|not|still)"
    r"\s+(?:optimistic|pessimistic|blunt|cautious|hopeful|sceptical|skeptical|convinced|direct))"
    r"(?:\s+[a-z]+){0,2}\.\s*$"
)


# "The Honourable Chrystia Freeland, Minister of Foreign Affairs, today released the following
# statement:", "Tonight the State Department has issued a second statement:": the issuer of
# the paragraphs quoted after it.
_ISSUES = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:Yesterday|Today|Tonight|On\s+\w+),?\s+)?(?:The\s+|the\s+)?"
    r"(?P<who>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*)(?:,\s+[^,:]{1,80},)?\s+"
    r"(?:(?:today|tonight|yesterday|has|have|also)\s+)*(?:released|issued|published|made)\s+"
    r"(?:the\s+following|a|an|its|this|a\s+second|a\s+new|a\s+joint)\s+(?:[a-z]+\s+)?"
    r"(?:statement|comment|remarks|message|declaration)(?:\s+(?:today|tonight|yesterday))?\s*:\s*$"
)


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
    return match.group("who") if match else ""


def announcing(text: str, paragraphs: list[tuple[int, int]], start: int) -> str:
    """The words naming whoever the paragraph before announced, for a quotation that opens its
    paragraph ("In a new report, Human Rights Watch confirmed the claims.\n\n"The
    information …""); "" where that paragraph's last sentence announces no one."""
    before = _paragraph_before(text, paragraphs, start)
    match = _ANNOUNCES.search(SENTENCES.split(before)[-1]) if before else None
    if match is None:
        return ""
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
