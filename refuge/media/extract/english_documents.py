"""Who issued the documents an English article names, for "the statement said" later.

"Memorial said in a statement", "HRW's report", "a letter from the newspaper", "the ministry
issued a statement", "Authorities in a statement … said": each document's kind and issuer,
in the order the article names them (discourse.py keeps them); and whose "the press release"
is where a quotation names it alone. Moved out of core.py, which had reached 600 lines.
"""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract.english_reference import surname_mention
from refuge.media.extract.org_aliases import last_outlet_before, org_in
from refuge.media.extract.speakers import Speaker, parse_who
from refuge.media.extract.wording import NAME

DOCUMENT = r"statement|press release|report|letter|appeal|post|petition|document|text|message"
_ISSUED = re.compile(
    rf"(?P<by>(?:{NAME}\s+){{0,4}}{NAME})\s+(?:said|says|wrote)\s+in\s+(?:an?|his|her|its|their)\s+"
    rf"(?P<kind>{DOCUMENT})"
    rf"|(?P<by2>(?:{NAME}\s+(?:of\s+)?){{0,4}}{NAME})(?:’s|'s)\s+(?P<kind2>{DOCUMENT})"
    rf"|(?P<kind3>{DOCUMENT})s?\s+(?:from|by|of)\s+(?:the\s+)?(?P<by3>(?:{NAME}\s+){{0,4}}{NAME}"
    rf"|(?<=the\s)(?:newspaper|paper|outlet))"
    # "… confirmed by the Russian LGBT+ Network, who released a statement": the one who did.
    rf"|(?P<by4>(?:{NAME}\s+){{0,4}}{NAME})(?:,?\s+(?P<which>who|which)(?:\s+ha(?:s|ve))?)?"
    r"\s+(?:issued|released|published|posted)\s+an?\s+"
    rf"(?P<kind4>{DOCUMENT})"
    # "several messages Kolesnikova sent from jail": whoever sent or wrote them.
    rf"|(?P<kind9>{DOCUMENT})s?\s+(?P<by9>(?:{NAME}\s+){{0,2}}{NAME})\s+(?:sent|wrote|posted)\b"
    # "Authorities in a statement didn't release the name … and said": the subject before it.
    rf"|(?P<by5>(?:{NAME}\s+){{0,4}}{NAME})\s+in\s+an?\s+(?P<kind5>{DOCUMENT})\b"
    # "In a statement released Saturday, Foreign Affairs Minister Chrystia Freeland called …"
    rf"|\b[Ii]n\s+an?\s+(?P<kind6>{DOCUMENT})\b[^,.;“”\"]{{0,60}},\s+(?P<by6>(?:{NAME}\s+){{0,6}}{NAME})"
    # "according to information in the MSK1 post": the name set before the document's kind.
    rf"|(?<=[Tt]he\s)(?P<by7>(?:{NAME}\s+){{0,2}}{NAME})\s+(?P<kind7>{DOCUMENT})\b"
    # "The Organization for … in Europe (OSCE) is alarmed, in a report Thursday, by …": the
    # subject, its short name aside, and a few words of what it did before the document.
    rf"|(?P<by8>(?:{NAME}\s+(?:(?:for|of|and|in|on)\s+)?){{0,6}}{NAME})(?:\s+\([A-Z]{{2,8}}\))?"
    # Not "The Kremlin has been accused, in a report released by Amnesty": whose it is after.
    rf"(?:\s+[a-z]+){{1,3}},\s+in\s+(?:an?|its|their)\s+(?P<kind8>{DOCUMENT})\b"
    r"(?![^,.;]{0,40}\bby\b)"
)
# A document as a speaker: "the statement", "a statement", "the post on the group’s page",
# "this document of more than 120 pages", "the document, evoking …" (a demonstrative, what it
# is like and a clause after it).
DOCUMENT_PHRASE = re.compile(
    rf"(?P<a>an?\s+|one\s+(?:such\s+)?)?(?:(?P<the>the|this|that)\s+)?(?P<kind>{DOCUMENT})"
    r"(?P<where>\s+(?:on|in|at)\s+[^,]+)?(?:\s+of\s+(?!the\b|its\b|their\b)[^,]+)?(?:,\s.*)?",
    re.I,
)
# A quotation closed by a document speaking, at the end of the text before: "“…,” the report
# said in its conclusions.\n\n".
DOCUMENT_SPOKE = re.compile(
    rf"[”\"’],?\s+(?P<document>the\s+(?:{DOCUMENT}))\s+(?:said|says|stated|states|added|read|reads"
    r"|noted|notes|concluded|concludes)\b[^\n“”\"]*\s*[“\"]?$",
    re.I,
)


# "The organisers said …", "The local activists have said …": people who spoke together, by what
# they are (not "Harris said": a name).
PLURAL_SPOKE = re.compile(
    r"(?P<who>The\s+(?:[a-z-]+\s+)?[a-z]+[a-z]s)\s+(?:(?:have|had)\s+)?"
    r"(?:(?:later|also)\s+)?(?:said|announced|stated|wrote|declared)\b"
)
# Those who issue statements in the plural, with no name: "Prosecutors said in a statement".
_AUTHORITIES = {"Authorities", "Prosecutors", "Investigators", "Police", "Officials"}


def issued_documents(narrative: str, people: list[Speaker]) -> list[tuple[str, Speaker]]:
    """Return each document ``narrative`` says someone issued, as (kind, issuer): a body the
    gazetteers know, one of ``people``, or authorities named by what they are."""
    documents = []
    for match in _ISSUED.finditer(narrative):
        by = next(g for g in match.group(*(f"by{n}" for n in ("", *range(2, 10)))) if g)
        kind = next(g for g in match.group(*(f"kind{n}" for n in ("", *range(2, 10)))) if g)
        by = re.sub(r"^(?:The|A|An|In|On|But|And)\s+", "", by)
        by = re.sub(r"(?<=[a-z]{3})\.$", "", by)  # "a statement from Maria Kolesnikova."
        if by in {"newspaper", "paper", "outlet"}:  # "A letter from the newspaper says"
            by = last_outlet_before(narrative[: match.start()])
        body = org_in(by) or org_in(by, outlets=True)
        if match.group("which") and not body:
            continue  # "the lawyer for Salman Tepsurkaev, who issued a statement": either's
        issuer = next((p for p in people if p.name and surname_mention(by, p.name)), None)
        if body:
            documents.append((kind, Speaker(role=body, affiliation=body)))
        elif issuer is not None:
            documents.append((kind, issuer))
        elif by in _AUTHORITIES:
            documents.append((kind, Speaker(by)))
        elif match.group("by7") and (" " in by or re.fullmatch(r"[A-Z]+\d*|[A-Z][\w-]*\d\w*", by)):
            # "the MSK1 post", "the Novaya Gazeta report": a name no list has but its letters
            # or its words say is one ("the Russian report" is no one's).
            documents.append((kind, Speaker(role=by, affiliation=by)))
    # "Viasna posted a message from Ales Bialiatski": whom it is from, whoever posted it.
    for match in _FROM_SOMEONE.finditer(narrative):
        sender = match.group("by").rstrip(".")
        known = next((p for p in people if p.name and surname_mention(sender, p.name)), None)
        unlisted = not (org_in(sender) or org_in(sender, outlets=True))
        if known is not None or (unlisted and not set(sender.split()) & lexicon.PLACE_NAMES):
            documents.append((match.group("kind"), known or Speaker(sender)))
    return documents


_FROM_SOMEONE = re.compile(rf"\b(?P<kind>message|letter|appeal)s?\s+from\s+(?P<by>{NAME}\s+{NAME})")


OWNED_DOCUMENTS = (
    r"press release|statement|report|letter|appeal|ruling|decision|resolution|declaration|update"
    r"|lawsuit|indictment"
)
# Who made it: "released a report", "clerics, who adopted a resolution" (people by their kind).
_MADE = r"cited|published|released|issued|wrote|said|adopted|signed|passed|posted|sent|filed"
# Who a document is by, after its noun: "a lawsuit filed by", not "a report cited by Reuters".
_BY_ITS_MAKER = r"filed|published|released|issued|sent|posted|signed|adopted"
_NEW = r"(?<!\w)[Aa]n?"
# A name of up to four capitalised words, within its paragraph; an owner may have "the".
_NAMES = r"((?:[A-Z][\w.-]*[^\S\n]+){0,3}[A-Z][\w.-]*)"
_OWNER = rf"(?:the\s+)?{_NAMES}"
# People by their kind who made a document, after "among" or opening a sentence ("Chechnya's
# Muslim clerics, who adopted a resolution"), never part of a longer phrase.
_GROUP = r"(?:^|(?<=[.!?]\s)|(?<=\bamong\s)|(?<=\bby\s))((?:[A-Z][\w’'.-]*[^\S\n]+){0,3}[a-z]+)"


def document_owner(who: str, before: str) -> Speaker | None:
    """Return whose document "the press release says", from where the article named it.

    "…, says the SC's press release …" then "“…,” the press release says.": the court, by the
    name the article spelt out for "SC" ("The Chechen Supreme Court (SC)").
    """
    document = re.fullmatch(
        rf"(?:the|its|an?)\s+(?P<document>{OWNED_DOCUMENTS})", who.strip(), re.I
    )
    if document is None or re.search(r"[а-яё]", before):
        return None
    kind = document.group("document")
    if document.group(0).lower().startswith(("a ", "an ")):
        # "An update posted on Novaya Gazeta's website … claimed that:": a new document, only
        # its own words say whose ("posted on Facebook by the Russian LGBT Network": whom it is
        # by, not the platform).
        platform = rf"(?:on\s+(?:{lexicon.PLATFORMS_EN})\s+)?"
        made = rf"{_NEW}\s+{kind}\s+(?:{_MADE})\s+{platform}(?:on|by)\s+{_OWNER}"
        found = re.findall(made, before[-300:])
        owners = [(owner,) for owner in found if not re.fullmatch(lexicon.PLATFORMS_EN, owner)]
    else:
        owners = re.findall(
            # "a lawsuit filed by the Justice Ministry"
            rf"{_OWNER}[’']s\s+{kind}|{kind}\s+(?:(?:{_BY_ITS_MAKER})\s+)?(?:of|from|by)\s+{_OWNER}"
            # "Novaya Gazeta—the publication that …—cited two sources in a report Sunday".
            rf"|{_NAMES}(?:\s*[—–][^—–\n]{{1,120}}[—–]\s*|\s+)"
            rf"(?:{_MADE})\b[^.!?\n]{{0,80}}?\b(?:a|an|its|their)\s+(?:new\s+|recent\s+)?{kind}\b"
            rf"|{_GROUP},\s+who\s+(?:{_MADE})\s+(?:a|an)\s+{kind}\b",
            before,
            re.M,
        )
    # "The OSCE on Thursday released a report": the day is no owner.
    owners = [o for o in owners if next(name for name in o if name) not in lexicon.WEEKDAYS_EN]
    if not owners:
        return None
    owner = re.sub(r"(?<=[a-z]{3})\.$", "", next(name for name in owners[-1] if name))
    spelt = re.findall(
        rf"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|the)\s+)*){{1,5}})\({re.escape(owner)}\)", before
    )
    if spelt:
        owner = re.sub(r"^The\s+", "", spelt[-1].strip())
    named = org_in(owner) or org_in(owner, outlets=True)
    return Speaker(role=named or owner, affiliation=named or owner)


# "Alaudinov's caption, “…”", "Freeland's promise of “…”", "Kadyrov's statement that “…”",
# "Kadyrov's warning, broadcast …, that families should “…”": words a named person's saying
# holds are that person's, whoever the sentence is about (not "praised Haley's statement as
# “…”": whoever praises it).
_OWNED_SAYING = re.compile(
    rf"(?P<owner>(?:{NAME}\s+){{0,2}}{NAME})(?:’s|'s)\s+(?:[a-z-]+\s+)?(?P<noun>warning|promise|"
    r"pledge|vow|caption|statement|claim|assertion|insistence|threat|message|remarks?|comment|"
    r"answer|reply|response|explanation|description|denial|boast)"
    r"(?:,\s+[^,“”\"]{1,80},)?(?:\s+of|\s+that(?:\s+[^,.;:“”\"]{1,60})?)?\s*[,:]?\s*$"
)
# Someone else's words about the saying, not its own: a verb that names it ("Karimov called
# Lokshina's statement “…”", "dubbed Milashina's remarks"), a speech verb whose phrase it ends
# ("Peskov said in response to Milashina's message that “…”"), or a speaker after it ("Asked
# about Lokshina's statement, Kadyrov said, “…”"). Not a verb that only points to it ("recalled
# Kadyrov's promise", "pointed to Kadyrov's warning"), nor a speech verb elsewhere.
_NAMED_BY_OTHER = re.compile(
    r"\b(?:called|calls|dubbed|branded|labell?ed|termed|described)\s+$"
    r"|\b(?:said|says|told|wrote|added|replied|stated|declared)\b[^,.;]*\b(?:to|about|of|on)\s+$"
)
_SPEAKER_AFTER = re.compile(
    rf"(?:\b[A-Z][\w’'-]+|\b(?:he|she|they))\s+(?:{lexicon.SPEECH_VERBS_EN})\b[^“”\"]*$"
)
_DAYS = frozenset({*lexicon.WEEKDAYS_EN, "Today", "Yesterday"})  # "Sunday's statement"


def owned_saying(before: str) -> Speaker | None:
    """Return who owns the saying a quotation is the words of, from the sentence before it
    (``before`` ends where the quotation opens); else None."""
    paragraph = before[before.rfind("\n") + 1 :].rstrip('“"‘ ')
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph)[-1]
    found = _OWNED_SAYING.search(sentence)
    if found is None or org_in(found.group("owner"), outlets=True):
        return None
    before_owner, after_noun = sentence[: found.start()], sentence[found.end("noun") :]
    if _NAMED_BY_OTHER.search(before_owner) or _SPEAKER_AFTER.search(after_noun):
        return None
    if found.group("owner").split()[-1] in _DAYS:
        return None
    return parse_who(found.group("owner"))  # "Foreign Minister Chrystia Freeland"
