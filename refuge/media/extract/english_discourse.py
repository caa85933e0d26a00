"""Who speaks an English quotation, from the structure of the article around it.

What neither the sentence's parse (`english_syntax.py`) nor the wording patterns settle, read
from the article as a whole, with no new parse: who "they" are (the people a sentence last put
together as its subject, not the organisation named before them), the speaker of a quotation
that repeats words someone is quoted saying elsewhere (a headline or a heading), and labels
that are no speaker at all ("who engaged in and", the end of the sentence before glued on).
"""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract import english_labels, english_second, english_things
from refuge.media.extract.english_bodies import described_after_listed
from refuge.media.extract.english_reference import BLANK_QUOTES, blank_quotes
from refuge.media.extract.model import Quote, forget_speaker, take_speaker
from refuge.media.extract.offsets import paragraph_at
from refuge.media.extract.org_aliases import last_org_before, org_in
from refuge.media.extract.speakers import Speaker
from refuge.media.extract.wording import NAME

# A group named by its number or determiner: "Five elders of the town", "The two women",
# "Both brothers", "Several witnesses".
# A bare plural too, where its sentence reports speech: "Protesting women clashed with police,
# arguing …. “…,” they said." (not "Guards tortured them daily").
_GROUP = re.compile(
    r"(?P<determiner>(?:(?:the|these|those|both|all|several|many|some|other|two|three|four|five|"
    r"six|seven|eight|nine|ten|dozens\s+of|\d+)\s+)*)(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]+)"
    # … as the subject of the clause's verb: "five elders of … Kurchaloy have appeared", "The
    # parents of Zelimkhan Bakayev, a popular Chechen singer who …, have appealed".
    r"(?=(?:\s+of\s+[^,.;]{0,60}?)?(?:,\s+[^.;]{0,100}?,)?\s+(?:have|had|were|are|[a-z]{3,}ed)\b)",
    re.I,
)
# People by what they are, in the plural ("elders", "witnesses", "activists", "men"); a role
# word in the plural too ("lawyers", "relatives", "journalists").
_PEOPLE = re.compile(
    r"men|women|people|children|elders|witnesses|neighbou?rs|villagers|residents|victims|"
    r"survivors|detainees|prisoners|refugees|parents|relatives|brothers|sisters|sons|"
    r"daughters|friends|colleagues|students|defenders|activists|officials|officers|guards|"
    r"policemen|lawmakers|"
    # Those who did it: "The attackers destroyed their equipment. They threatened …, saying".
    r"attackers|assailants|gunmen|kidnappers|abductors|captors|soldiers|perpetrators|"
    # States acting together: "The countries called on Russia …. “…,” their statement reads."
    r"countries|states|nations|governments|delegations|members|signatories|"
    rf"(?:{lexicon.ROLE_WORDS})s",
    re.I,
)
# Two people who speak or act together: "Bula and Zelim (not their real names) said",
# "Tanya Lokshina and Igor Kochetkov were".
_JOINT = re.compile(
    rf"(?P<joint>{NAME}(?:\s+{NAME})?(?:,\s+[^,.;“”\"]{{1,60}},)?\s+and\s+{NAME}(?:\s+{NAME})?)"
    rf"(?:\s*\([^)]*\))?,?\s+"
    rf"(?:(?:have|had|were|are)\s+)?(?:{lexicon.SPEECH_VERBS_EN}|met|spoke|fled|were|are)\b"
)
# Where a clause's subject may begin: a sentence's start, or after a comma ("In the court,
# where …, five elders … have appeared").
_CLAUSE = re.compile(r"(?:^|(?<=[.!?…])\s+|\n+|,\s+)")
_PEOPLE_BY_KIND = re.compile(rf"(?:the\s+)?(?:[a-z-]+\s+){{0,2}}(?:{_PEOPLE.pattern})")


def people_by_kind(speaker: Speaker) -> bool:
    """Whether a speaker is people named by their kind alone ("the officials"), whom "they"
    then means: "“…,” the officials said. They added that “…”"."""
    return not speaker.name and bool(_PEOPLE_BY_KIND.fullmatch(speaker.role))


def nothing_new_since(before: str) -> bool:
    """Whether the text since the sentence of the last quotation brings in no one new: only
    headings and sentences opened by a pronoun ("“…,” the officials said. They added that
    …"), not "Local activists disputed the account." nor "A note was found on the door."."""
    before = before.rstrip(' “"«‘\n')
    closing = max(before.rfind(mark) for mark in '”"»')
    if closing < 0:
        return False
    rest = before[closing + 1 :]
    attribution = re.search(r"[.!?](?:\s|$)", rest)
    rest = rest[attribution.end() :] if attribution else ""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", rest) if s.strip()]
    return all(re.match(r"(?:He|She|It|They)\b", s) or s[-1] not in ".!?" for s in sentences)


# Speech in the rest of a sentence: "…, arguing that Russia started the war."
_SPEAKING = re.compile(rf"[^.!?\n]*\b(?:{lexicon.SPEECH_VERBS_EN}|arguing|saying|chanting)\b")
# One unnamed person the sentence's own opening clause names, whom its "they" means: "While the
# spokesperson refused to name the countries, they did say: “…”".
_CLAUSE_OF_ONE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:While|When|Although|Though|After|As)\s+(?P<who>the\s+(?:spokesperson|"
    r"source|representative|official|activist|witness|survivor|victim))\b[^.!?\n“”\"]*,\s+they\b"
    r"[^.!?\n“”\"]*[“\"]?$"
)
# One unnamed person "they" may mean, who spoke in the sentence just before: "A source close to
# activists in the region now tells NewNowNext …. “…,” they claimed."
_ONE_SOURCE = re.compile(
    r"(?P<who>(?:A|An|One)\s+(?:[a-z-]+\s+)?(?:source|spokesperson|representative|official|"
    r"activist|witness|insider)\b[^.;:!?,]{0,60}?)"
    rf"\s+(?:[a-z]+ly\s+|now\s+|also\s+)?(?:{lexicon.SPEECH_VERBS_EN})\b"
)


# People who just spoke, named by what they are in the plural: "“…,” MEPs say. They call for".
_THEY_SPOKE = re.compile(
    rf"(?P<who>(?:the\s+)?(?:[a-z-]+\s+)?(?:(?i:{_PEOPLE.pattern})|[A-Z]{{2,}}s))"
    rf"\s+(?:{lexicon.SPEECH_VERBS_EN})\s*[.!]?"
)


def _one_source(before: str) -> Speaker | None:
    """Return the unnamed source whose speech opens the paragraph's last sentence before a
    quotation, whom "they" after it means, or the people its last quotation's attribution
    names; else None."""
    paragraph = BLANK_QUOTES.sub(" ", before[before.rfind("\n") + 1 :]).rstrip('“«"‘ ')
    sentences = [s for s in re.split(r"(?<=[.!?…])\s+", paragraph) if s.strip()]
    if len(sentences) > 1 and re.match(r"They\s", sentences[-1].lstrip()):
        sentences = sentences[:-1]  # "They call for “…”": the sentence before says who
    found = _ONE_SOURCE.match(sentences[-1].lstrip()) if sentences else None
    found = found or (_THEY_SPOKE.fullmatch(sentences[-1].strip()) if sentences else None)
    return Speaker(role=found.group("who")) if found else None


# A quotation's attribution ending the text before the next one: "‘…’, the group wrote."
_ATTRIBUTED_LAST = re.compile(
    rf"[”’\"],?\s+(?:the\s+)?[a-z]+\s+(?:{lexicon.SPEECH_VERBS_EN})\.\s*[“‘\"]?\s*$"
)


def they_body(before: str, salient: list[Speaker]) -> str:
    """Return the body "they" means: the one whose words the text before ends with ("‘…’, the
    group wrote. ‘…’, they said" is the group, not the office the group's words named last),
    else the last one named; "" if none."""
    latest = salient[0] if salient else Speaker()
    body = not latest.name and latest.role == latest.affiliation
    if body and _ATTRIBUTED_LAST.search(before):
        return latest.role
    # "Britain’s leading queer charity for Muslims, Imaan LGBTQ, has condemned …. “…,” they
    # said on Twitter.": a body no list has, named by what it is, if named after any listed.
    return described_after_listed(before) or last_org_before(before)


def whom_they_mean(before: str, salient: list[Speaker]) -> Speaker | None:
    """Return the people "they" means: an unnamed source who spoke in the sentence just before
    (``_one_source``), the two people who spoke last (``pair_spoke_last``), or the group the
    last sentence to name one put as its subject, where no organisation is named after it
    ("Five elders … have appeared as witnesses. They described Titiev as “…”"); else None, and
    "they" is the organisation."""
    if (source := _one_source(before) or pair_spoke_last(salient, before)) is not None:
        return source
    if (own := _CLAUSE_OF_ONE.search(before)) is not None:
        return Speaker(role=own.group("who"))  # "While the spokesperson refused …, they did say"
    found: tuple[int, str] | None = None
    # "“…, the detainees were shot …,” the publication wrote": not the narrative's group.
    # A quotation that ends its sentence still ends it ("… said they were detained for “…
    # orientation.” The men were also forced …"), for the next sentence's subject.
    before = blank_quotes(before)
    for clause in _CLAUSE.finditer(before):
        group = _GROUP.match(before, clause.end())
        if (
            group
            and _PEOPLE.fullmatch(group.group("noun"))
            and group.group(0)[:1].isupper() == (not clause.group(0).startswith(","))
            and (group.group("determiner") or _SPEAKING.match(before, group.end()))
        ):
            found = (group.start(), group.group(0))
    for joint in _JOINT.finditer(before):
        if found is None or joint.start() > found[0]:
            found = (joint.start(), joint.group("joint"))
    if found is None or org_in(before[found[0] + len(found[1]) :]):
        return None
    words = found[1]
    if _JOINT.match(words + " said"):
        return Speaker(pair_label(words))
    return Speaker(role=words)


# People a sentence brings in by number and kind ("Several survivors spoke to the BBC"), whom a
# later "one said" or "another added" picks from.
_SOME_OF = re.compile(
    r"\b(?:[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ome|[Mm]any|[Oo]ther|[Tt]he|[Tt]hese)"
    rf"\s+(?:[a-z-]+\s+)?(?P<noun>{_PEOPLE.pattern})\b"
)


def one_of_group(word: str, before: str) -> Speaker | None:
    """Return who "one" or "another" speaking is: one of the people the sentences just before
    brought in by kind, in the paragraph ("Several survivors spoke to the BBC. “…,” one said"
    is one of the survivors); None where none was."""
    if word not in {"one", "another"}:
        return None
    paragraph = BLANK_QUOTES.sub(" ", before[before.rfind("\n") + 1 :])
    groups = list(_SOME_OF.finditer(paragraph))
    return Speaker(role=f"{word} of the {groups[-1].group('noun')}") if groups else None


# Bodies spoken of together ("a statement from the groups"), not one ("the group").
_BODIES_TOGETHER = re.compile(
    r"the\s+(?:(?:human\s+)?rights\s+)?(?:groups|organi[sz]ations|ngos|charities)", re.I
)


def bodies_together(word: str, before: str) -> Speaker | None:
    """Return who "the groups" speaking are: the listed body this paragraph or the one before
    named last ("… organised by The Cork Pride Festival, with … and Amnesty International.
    “…,” a statement from the groups read."); None where they named none."""
    if not _BODIES_TOGETHER.fullmatch(word):
        return None
    paragraphs = [p for p in before.rstrip(' \n“"«‘').split("\n") if p.strip()]
    body = last_org_before(BLANK_QUOTES.sub(" ", "\n".join(paragraphs[-2:])))
    return Speaker(role=body, affiliation=body) if body else None


# "It continues: “…”" straight after a quotation: the same words go on.
_GOES_ON = re.compile(
    r"[”’\"]\s*(?:\n\s*)*(?:It|it)\s+(?:continues|continued|adds|added|goes\s+on"
    r"|went\s+on)\s*[:,]?\s*[“‘\"]?\s*$"
)


def _going_on(label: str, before: str, salient: list[Speaker]) -> Speaker | None:
    """Return who "it" continuing a quotation is: whoever spoke the quotation just before
    ("The MEPs’ letter … reads: “…” It continues: “…”" is the MEPs'), with nothing between."""
    return salient[0] if label == "it" and salient and _GOES_ON.search(before) else None


def spoken_together(label: str, before: str, salient: list[Speaker]) -> Speaker | None:
    """Return who a label that refers back to people or bodies named together is: "the two
    men" (``pair_named``), "one" of a group (``one_of_group``), "the groups"
    (``bodies_together``), "it" going on; None for any other label."""
    return (
        pair_named(label, before)
        or one_of_group(label, before)
        or bodies_together(label, before)
        or _going_on(label, before, salient)
    )


def pair_label(words: str) -> str:
    """Return two people named together as one speaker, without what describes either
    ("Sergei Babinets, head of the Crew Against Torture, and Alexander Nemov" -> "Sergei
    Babinets and Alexander Nemov"): both said it, and the ledger says so, as for Russian."""
    return re.sub(r",\s+[^,]+,(?=\s+and\s)", "", words)


# Two people referred to together: "the two men", "both women", "the couple", "the pair"; not
# any plural ("the lawyers said" after a pair was named is someone new).
_PAIR = re.compile(
    r"(?:both|the\s+two)\s+(?:young\s+)?(?:men|women|brothers|sisters|activists|journalists|"
    r"lawyers|friends)|the\s+(?:couple|pair|brothers|sisters)",
    re.I,
)
_PAIR_REACH = 600  # how far back, in characters, the pair is still in view (as in Russian)


def pair_named(label: str, before: str) -> Speaker | None:
    """Return the two people a sentence last named together ("Salekh Magamadov and
    Ismail Isaev were abducted …. “…,” the two men said"), where ``label`` refers to a pair and
    no organisation is named after them; else None."""
    if not _PAIR.fullmatch(label.strip()):
        return None
    recent = before[-_PAIR_REACH:]
    joints = list(_JOINT.finditer(recent))
    if not joints or org_in(recent[joints[-1].end("joint") :]):
        return None
    return Speaker(pair_label(joints[-1].group("joint")))


def pair_spoke_last(salient: list[Speaker], before: str) -> Speaker | None:
    """Return the two people who spoke last ("“…,” said the brothers, Salekh Magamadov and
    Ismail Isaev. … “…,” they said"), where no body is named after them; else None."""
    latest = salient[0] if salient else Speaker()
    if not re.fullmatch(rf"{NAME}(?:\s+{NAME})?\s+and\s+{NAME}(?:\s+{NAME})?", latest.name):
        return None
    last = before.rfind(latest.name.split()[-1])
    return latest if last >= 0 and not org_in(before[last:]) else None


# Words a speaker's label never starts with: a relative clause's ("who engaged in and").
_NO_SPEAKER = re.compile(r"(?:who|whom|whose|which|that)\b", re.I)
# A sentence's end inside a label ("Chechnya. Muratov"): a word of three letters or more in
# lower case, so not "Mr." or "St.".
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})[.!?]\s+(?=[A-Z])")
_STOP_WORDS = {
    "the", "and", "that", "this", "with", "for", "not", "are", "was", "were", "have", "has",
    "had", "you", "your", "our", "their", "they", "them", "she", "her", "his", "him", "its",
    "all", "but", "from", "who", "what", "will", "would", "can", "could", "into", "out",
}  # fmt: skip


# Two quotations with only "and" between them: "states that he “…” and “…,” Interfax reported";
# or a participle of saying: "has called the report “…”, saying that “…”".
_AND_BETWEEN = re.compile(r"[”\"’]?\s*,?\s*(?:and|saying|adding)(?:\s+that)?\s*[“\"‘]?")
# A person's age after the name: "Zelimkhan, 27", "Maxim Lapunov, 30".
_AGE = re.compile(r",\s*\d{1,3}$")
# The speaker named only after the quotation, in the sentence after it: "“…” That was how
# Zelimkhan, 27, described his detention.", "“…” So says Zelimkhan.", "Those were the words of
# Oleg Orlov."
_DESCRIBED_AFTER = re.compile(
    r"\s*(?:(?:That|This|Such)\s+(?:was|is)\s+how|So\s+(?:says|said)|(?:Those|These|Such)\s+"
    rf"(?:were|are)\s+the\s+words\s+of)\s+(?P<who>{NAME}(?:\s+{NAME}){{0,2}})"
    rf"(?=,|\s+(?:{lexicon.SPEECH_VERBS_EN}|described|recalled|put\s+it|remembers?|"
    r"remembered)\b|[.!?])"
)


def described_after(quote: Quote, text: str) -> str:
    """Return the person the sentence right after a quotation names as having said it ("“…”
    That was how Zelimkhan, 27, described …"), or ""."""
    closing = re.match(r"[”\"’»]?[^\S\n]*", text[quote.end : quote.end + 2])
    start = quote.end + (closing.end() if closing else 0)
    found = _DESCRIBED_AFTER.match(text, start, start + 160)
    if found is None or org_in(found.group("who")):
        return ""
    return found.group("who")


# A page's links to other stories, a line of their own: "Read also: …", "Also on Chechnya
# Today: …". The label ends at a colon and the headline after it with no full stop: a story's
# line may open with the same words ("Related testimony came from Maxim Lapunov, …").
_CROSS_LINK = re.compile(
    r"^[^\S\n]*(?:Read (?:also|more)|See also|Also on|Related|More on this)\b[^\n:.]{0,40}:"
    r"[^\n]*[^.\s][^\S\n]*$",
    re.M,
)


# A line break a sentence goes on over: a word, a comma or a semicolon before it, a word or a
# bracket after it. One look at the characters either side of each break (the text between
# two quotations may be a whole hard-wrapped article).
_BREAK_IN_SENTENCE = re.compile(r"[\w,;][ \t]*\n(?=[ \t]*[\w(])")


def _wrapped(between: str) -> bool:
    """Whether the text between two quotations breaks lines only inside a sentence, as a page
    cut into lines of fixed width does: one paragraph, not several."""
    breaks = between.count("\n")
    return breaks > 0 and len(_BREAK_IN_SENTENCE.findall(between)) == breaks


def _words(text: str) -> set[str]:
    """Return the content words of ``text``, each cut to five letters ("returning" and
    "return" are one word)."""
    return {
        w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and w not in _STOP_WORDS
    }


def _heading(quote: Quote, text: str, paragraphs: list[tuple[int, int]]) -> str:
    """Return "alone" for a paragraph that holds nothing but the quotation, "title" for the
    article's first paragraph where it is a title (short, with no full stop), else ""."""
    here = paragraph_at(paragraphs, quote.start)
    if here is None:
        return ""
    paragraph = paragraphs[here]
    outside = text[paragraph[0] : quote.start] + text[quote.end : paragraph[1]]
    if not re.search(r"\w", outside):
        return "alone"
    words = text[paragraph[0] : paragraph[1]].strip()
    if paragraph == paragraphs[0] and len(words) < 200 and not re.search(r"[.!?]\s", outside):
        return "title" if not words.endswith(".") else ""
    return ""


# "…,’ the statement read.": the document a quotation before it was from.
_THE_DOCUMENT = re.compile(
    r"\W{0,3}\s*the\s+(?P<kind>statement|letter|appeal|petition|declaration|report)\s+"
    r"(?:read|reads|said|says|added|adds|stated|states|continued|continues|went on)\b"
)


def same_document(quotes: list[Quote], text: str) -> None:
    """Give, in place, a quotation "the statement" says to the speaker of the statement quoted
    before it, whatever body the article named between, where that statement had no owner to
    name ("‘…,’ a statement to Russia read." then "‘…,’ the statement read."); before the
    quotations after it take their neighbours' speakers."""
    for number, quote in enumerate(quotes):
        found = _THE_DOCUMENT.match(text, quote.end, quote.end + 60)
        if found is None or quote.part_of is not None:
            continue
        earlier = (q for q in reversed(quotes[:number]) if q.speaker and q.part_of is None)
        issued = next(earlier, None)
        kind = found.group("kind")
        if issued is not None and re.match(rf"(?:an?|the)\s+{kind}\b", issued.speaker, re.I):
            take_speaker(quote, issued)


def revise(quotes: list[Quote], paragraphs: list[tuple[int, int]], text: str) -> None:
    """Correct, in place, English speakers the article's structure settles."""
    drop_bodies_speaking_as_one(quotes)
    for quote in quotes:
        if _NO_SPEAKER.match(quote.speaker):
            forget_speaker(quote)
        ends = list(_SENTENCE_END.finditer(quote.speaker))
        if ends:
            quote.speaker = quote.speaker[ends[-1].end() :]
        # "So says Zelimkhan, 27, who fled …": the age is no part of the name.
        quote.speaker = _AGE.sub("", quote.speaker)
    for number, quote in enumerate(quotes):
        previous = quotes[number - 1] if number else None
        if (
            previous
            and previous.speaker
            and _AND_BETWEEN.fullmatch(text, previous.end, quote.start)
        ):
            take_speaker(quote, previous)  # "“…” and “…”": one speaker's two phrases
        if quote.part_of is None and not quote.speaker:
            named = described_after(quote, text)
            if named:
                quote.speaker = named
        if quote.part_of is None and not quote.speaker and previous is not None:
            # "“so-called rights activists” who engaged in “double-talk” and “writing papers
            # in their offices”": a fragment goes with the one before it in its sentence. A
            # page's text cut into lines ("said Alexei Venediktov, editor of the\nEkho Moskvy
            # radio station. "She had no") keeps one paragraph: the words go on with its
            # speaker, as a quotation's do after the one before in a paragraph.
            between = text[previous.end : quote.start]
            same_sentence = not re.search(r"[.!?…]\s|\n", between)
            # Wrapped, the words go on with the speaker only where they open a sentence of
            # their own: mid-sentence, a subject of its own may stand on the lines between
            # ("…,” Kochetkov said on\nMonday, while the prosecutor's office … called the
            # reports “fabrications …”").
            new_sentence = re.search(r"[.!?…][”\"’»]?\s*[“\"‘«]?\s*$", between) is not None
            if previous.speaker and (same_sentence or (new_sentence and _wrapped(between))):
                take_speaker(quote, previous)
    # Each quotation's place and words, read once: the loops below compare every pair.
    headings = [_heading(quote, text, paragraphs) for quote in quotes]
    words_of = [_words(quote.text) for quote in quotes]
    for number, quote in enumerate(quotes):
        if not quote.speaker and quote.part_of is None:
            earlier = _speaking_in_stretch(quotes, number, paragraphs, text, headings)
            if earlier is not None:
                take_speaker(quote, earlier)
    for number, quote in enumerate(quotes):
        heading = headings[number] if quote.part_of is None else ""
        if not heading or (heading == "title" and quote.speaker):
            continue  # a title's own words may name its speaker ("‘…’, says Kadyrov")
        # A headline or heading quoting words someone says in the article ("‘They put a gun
        # to our heads’" over "“…, and put a gun to our heads,” she said") is theirs.
        words = words_of[number]
        if len(words) < 2:
            continue
        best, share = None, 0.0
        for index, other in enumerate(quotes):
            if other is quote or not other.speaker or headings[index]:
                continue
            common = len(words & words_of[index]) / len(words)
            if common > share:
                best, share = other, common
        if best is not None and share >= 0.75:
            take_speaker(quote, best)
    english_labels.tidy(quotes, text)
    english_things.tidy(quotes)
    english_second.revise(quotes, text)
    english_things.clear_stand_ins(quotes, text)


# The narrative goes on about someone by "he" or "she" as a clause's subject.
_TOLD_OF = re.compile(r"(?:^|[.!?]\s+|,\s+|\n)(?:[Ss]he|[Hh]e)\s+[a-z]")


def _speaking_in_stretch(
    quotes: list[Quote],
    number: int,
    paragraphs: list[tuple[int, int]],
    text: str,
    headings: list[str],
) -> Quote | None:
    """Return the quotation whose speaker goes on speaking in an unattributed paragraph that
    is nothing but a quotation: the last one quoted in the two paragraphs before, where the
    narrative since names nobody else by name ("“…,” Anokhina said.\n\nThe women often
    arrive with nothing.\n\n“They need documents …”"). Not an answer after a question."""
    quote = quotes[number]
    here = next((i for i, (s, e) in enumerate(paragraphs) if s <= quote.start <= e), None)
    if here is None or here == 0:
        return None
    if headings[number] != "alone":
        return None  # words of its own around it name (or fail to name) its speaker
    if text[paragraphs[here - 1][0] : paragraphs[here - 1][1]].rstrip().endswith("?"):
        return None
    floor = paragraphs[max(0, here - 2)][0]
    earlier = next((q for q in reversed(quotes[:number]) if q.start >= floor and q.speaker), None)
    between = quotes[number - 1]
    if earlier is None or (between is not earlier and between.start >= floor):
        return None  # a quotation nobody was found for stands between
    # A cross-link the page sets between two paragraphs ("Read also: Ukraine recognizes …")
    # is no part of the story and names no one who might speak.
    since = _CROSS_LINK.sub("", text[earlier.end : quote.start])
    if re.match(r"(?:the|a|an)\s+(?:[\w-]+\s+)?[a-z]+[^s]s\b", earlier.speaker) and _TOLD_OF.search(
        since
    ):
        return None  # "“…,” the authorities …. Taken to …, she was …": she is in focus now
    surname = earlier.speaker.split()[-1]
    for name in re.finditer(rf"{NAME}(?:\s+{NAME})+", since):
        if surname not in name.group(0) and not org_in(name.group(0), outlets=True):
            return None  # someone else named since
    return earlier


def drop_bodies_speaking_as_one(quotes: list[Quote]) -> None:
    """Clear, in place, an organisation or a group ("NGOs") as the speaker of words in the
    first person singular ("I", "my"): one person speaks them. Not a person's role in a body
    ("Kremlin spokesman"), which is one person's."""
    for quote in quotes:
        role = re.search(rf"\b(?:{lexicon.ROLE_WORDS})\b", quote.speaker, re.I)
        if re.search(r"\b(?:I|[Mm]y|me|myself)\b", quote.text) and (
            (org_in(quote.speaker) and not role) or re.fullmatch(r"[A-Z]{2,}s", quote.speaker)
        ):
            forget_speaker(quote)
