"""Who speaks an English quotation, read from spaCy's dependency parse (en_core_web_sm).

Wording patterns fit the articles they were written from; the parse carries over, as natasha's
parser does for Russian (syntax.py, whose shape this mirrors). For each quotation only the sentence
that opens it and the sentence that closes it are parsed, with the quotation itself stood in for by
a short clause: the words inside it name no one who speaks them, and the parser's cost grows with
every word it reads. The speaker is the subject of the speech verb that governs the quotation ("…,"
said X; X said: "…"; "…," X wrote), or of the clause whose speech verb stands right beside it, with
its name apart from its role ("X, a spokesman for Y, said"); else the agent of a passive ("was
quoted by X"); else X of "according to X"; else the owner of a statement ("X's statement said",
"the OSCE statement said"). A listener ("told Y") is an object, never the subject. The statistical
NER (with surname endings and first names, as the small model takes many surnames for
organisations) tells a person's name from an organisation's. "He"/"she" right after a sentence
whose subject is a person of that gender is that person; other pronouns and descriptions ("they
said", "the official said") come back as they are, for the article's memory (memory.py,
discourse.py) to resolve; core.py gives a surname alone the article's full form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from refuge.media.extract import english, english_clauses, english_partial
from refuge.media.extract.after_quotation import BRACKETED_ASIDE
from refuge.media.extract.discourse import pronoun_gender
from refuge.media.extract.english_clauses import (
    named_or_resumed,
    reported_clause,
    spoken_to,
    stranded,
    whom_quoted,
)
from refuge.media.extract.english_holder import a_thing
from refuge.media.extract.english_names import name_chain
from refuge.media.extract.english_noun_phrases import DOCUMENT_NOUNS, subject_name
from refuge.media.extract.english_partial import (
    ATTITUDE_LEMMAS,
    antecedent_of,
    colon_label,
    controller,
    inverted,
    judged_as,
    named_before_pronoun,
    set_off_name,
    shared,
    trailing,
)
from refuge.media.extract.english_participles import with_subject
from refuge.media.extract.english_reference import ANSWERS, ASKING
from refuge.media.extract.offsets import Nearby, introduced_by, paragraph_or, within_reach
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.person_names import spelled_gender
from refuge.media.extract.spans import (
    QUOTE_MARKS,
    quotation_at,
    sentence_end,
    sentence_start_outside,
)
from refuge.media.extract.speakers import Speaker

# Lemmas of verbs that report speech or writing. "describe", "denounce", "recall" report a
# quotation as often as "say" does in news prose.
_SPEECH_LEMMA_WORDS = (
    "say tell state add write describe explain note recall claim insist warn declare "
    "announce argue stress emphasize emphasise comment reply respond ask conclude continue "
    "admit acknowledge deny confirm quote denounce underline urge demand complain allege "
    "suggest remark observe tweet post recount testify shout promise vow threaten assert "
    "maintain contend concede caution predict believe think feel reiterate repeat point "
    "agree object protest plead beg appeal call cry scream whisper lament joke boast chant "
    "counter retort answer affirm recollect remember estimate accuse charge order "
    "instruct command mention indicate specify signal report assure reassure pledge swear decide "
    "rule interject find advise"
)
SPEECH_LEMMAS = frozenset(_SPEECH_LEMMA_WORDS.split()) | ATTITUDE_LEMMAS
# What ``attribute`` gives such a quotation: no one, and no fallback is to name anyone.
UNNAMED = Speaker()
_PRONOUN_GENDER = {"he": "m", "she": "f"}
STAND_IN = "It is so"
_RELATIVE = re.compile(r"(?:who|whom|whose|which)\b")
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .’'-]{2,}?(?:,\s*[A-Z][^—–\n]{1,40}?)?\s*"
    r"(?:\([^)]{0,80}\)\s*[—–-]*|[—–-]{1,2})\s*(?=[A-Z])"
)


@dataclass
class _Window:
    """A stretch of the article as the parser reads it: text with the quotation stood in for."""

    text: str
    quote: range  # where the quotation's stand-in is, in ``text``
    opening: int  # where ``text`` starts in the article
    others: tuple[range, ...] = ()  # where the other quotations' stand-ins are


# Words on a sign, a banner or a box, or a title, which no one in the sentence says: "holding
# boxes with the words “Justice for the Chechen 100” written on them", "placards reading “…”".
_SIGN = re.compile(
    r"\b(?:signs?|placards?|banners?|posters?|boxes|t-shirts?|inscriptions?|graffiti)\b"
    r"[^.!?“”\"]{0,60}?\b(?:reading|read|saying|with the words|bearing)\s*:?\s*[“\"‘]?$"
    # A title: "He turned in a video. It is entitled: “…”".
    r"|\b(?:is|was|are|were)\s+(?:en)?titled\s*:?\s*[“\"‘]?$",
    re.I,
)


def _stand_in(interior: str, before: str) -> str:
    """Return what the parser reads in place of a quotation: a short clause, keeping its last
    punctuation ("…," said X), or the words themselves where they are a fragment of the
    narrator's sentence ("due to "regular beatings and threats" she received")."""
    # "with another man, “who presumably had …”": a relative clause goes on the narrator's
    # sentence even after a comma.
    fragment = interior[:1].islower() and (
        not re.search(r"[:,]\s*[“\"‘']?\s*$", before) or _RELATIVE.match(interior) is not None
    )
    # A few words with a capital and their own closing stop ("Nobody is safe.") are a clause
    # of the speaker's as a long quotation is; read as they are, the parser may hang them
    # off another speech verb of the sentence.
    whole = interior[:1].isupper() and re.search(r"[.?!,]\s*$", interior) is not None
    if fragment or (len(interior.split()) <= 4 and not whole):
        return interior
    ending = interior.rstrip()[-1:] if interior.rstrip()[-1:] in {",", ".", "?", "!"} else ""
    return STAND_IN + ending


def _masked(text: str, start: int, stop: int, quoted: list[range]) -> tuple[str, dict[int, range]]:
    """Return ``text[start:stop]`` with each quotation in it stood in for, and where each
    quotation's stand-in is in the result (by the quotation's start in ``text``)."""
    pieces: list[str] = []
    places: dict[int, range] = {}
    cursor = start
    for quote in sorted(quoted, key=lambda r: r.start):
        if quote.start < cursor or quote.stop > stop:
            continue
        # A colon's paragraph break before the quotation it introduces reads as one space.
        pieces.append(re.sub(r"\s*\n\s*", " ", BRACKETED_ASIDE.sub("", text[cursor : quote.start])))
        offset = sum(map(len, pieces))
        stand_in = _stand_in(text[quote.start : quote.stop], text[start : quote.start])
        pieces.append(stand_in)
        places[quote.start] = range(offset, offset + len(stand_in))
        cursor = quote.stop
    pieces.append(BRACKETED_ASIDE.sub("", text[cursor:stop]))
    return "".join(pieces), places


def _window(
    text: str, span: tuple[int, int], floor: int, ceiling: int, quoted: list[range]
) -> _Window:
    start, end = span
    opening = sentence_start_outside(text, start, floor, quoted)
    closing = max(sentence_end(text, end, ceiling), end)  # a quotation past its paragraph
    while (inside := quotation_at(closing - 1, quoted)) is not None and closing < inside.stop:
        closing = sentence_end(text, inside.stop, ceiling)
    # "GROZNY, Russia — Authorities … are claiming": a dateline is no subject.
    dateline = _DATELINE.match(text, opening, start)
    opening = dateline.end() if dateline else opening
    # A quotation around this one (‘… “…” …’) is not masked: this one stands in inside it.
    apart = [q for q in quoted if q.stop <= start or q.start >= end]
    masked, places = _masked(text, opening, closing, [*apart, range(start, end)])
    others = tuple(place for at, place in places.items() if at != start)
    return _Window(masked, places[start], opening, others)


class _Parse:
    def __init__(self, window: _Window, doc: Any) -> None:
        self.doc = doc
        self.quote = [t for t in self.doc if t.idx in window.quote and t.text not in QUOTE_MARKS]
        self.inside = {t.i for t in self.quote}
        # The stand-in is a clause of its own; a quotation read as it is is a fragment.
        self.fragment = not window.text[window.quote.start :].startswith(STAND_IN)
        self.window = window
        # '"…," she said, "…"': another quotation's stand-in is no clause this one hangs off.
        self.elsewhere = {t.i for t in doc if any(t.idx in place for place in window.others)}

    def outside(self, token: Any) -> bool:
        return token.i not in self.inside and token.idx not in self.window.quote


def _is_speech(token: Any) -> bool:
    lemma = token.lemma_.lower()
    speech = token.pos_ in {"VERB", "AUX"} and lemma in SPEECH_LEMMAS
    return speech and not (lemma == "feel" and english_clauses.a_thing_seems(token))


def _adjacent(parse: _Parse, verb: Any) -> bool:
    """Return whether ``verb``'s clause starts right after the quotation or ends right before
    it, with only punctuation between ("…," Aishat says / Kadyrov wrote: "…")."""
    clause = [t for t in verb.subtree if parse.outside(t)]
    if not clause or not parse.quote:
        return False
    first, last = parse.quote[0].i, parse.quote[-1].i
    if clause[0].i > last:
        return all(t.is_punct for t in parse.doc[last + 1 : clause[0].i])
    if clause[-1].i < first:
        return all(t.is_punct for t in parse.doc[clause[-1].i + 1 : first])
    return False


def _above(parse: _Parse, top: Any, fragment: bool) -> tuple[int, int, Any] | None:
    """Return the speech verb above a quotation's top word: the nearest for a quotation of its
    own, the outermost for a few words quoted inside the narrator's sentence ("The newspaper
    said officials urged the families to "clear their honor in blood"": the newspaper's)."""
    found = None
    node = top
    for rank, ancestor in enumerate(top.ancestors):
        if node.dep_ in {"relcl", "acl"} and not any(c.dep_ == "mark" for c in node.children):
            # "who were convicted of "…"": a relative clause's words are its noun's ("expressed
            # hope that they "…"", a clause with "that" as its mark, says what the hope is).
            break
        if found is not None and node.dep_ in {"conj", "advcl"} and _own_subject(node):
            # "Merkel urged Putin to act, and Haley said the situation "…"": a verb joined to
            # another with a subject of its own is beside it, not under it ("Kochetkov said
            # Moskalkova had promised help and called the meeting "…"" stays Kochetkov's); so
            # is an adverbial clause's ("When Cicilline called on Tillerson to "…", Tillerson
            # replied").
            break
        below, node = node, ancestor
        if not parse.outside(ancestor) or ancestor.pos_ not in {"VERB", "AUX"}:
            continue
        if ancestor.i in parse.elsewhere:
            continue
        if ancestor.lemma_ in {"rule", "find"} and below.dep_ != "ccomp":
            # "The court ruled that … “…”", not "A court ruled after X alleged “…”"; "The
            # court found Lapunov was “…”", not "officials find men “by posing as …”".
            continue
        if found is None and ancestor.lemma_ == "report" and reported_clause(below):
            # "Kadyrov recommended “…” …, BBC Russia reported": the outlet reports what the
            # clause's own subject did in the words quoted.
            found = (rank, abs(below.i - top.i), below)
            break
        if found and ancestor.lemma_ == "report" and english_clauses.object_of_report(below):
            break  # "The Moscow Times reported Dmitry Peskov … told reporters …": the teller's
        if _is_speech(ancestor) or (fragment and judged_as(ancestor, top)):
            found = (rank, abs(ancestor.i - top.i), ancestor)
            # "Residents protested, with one activist, X, saying "…"": the participle's own;
            # "parents are being told ‘…’ by police": a passive whose agent is named.
            agent = any(
                o.dep_ == "pobj" and parse.outside(o)
                for c in ancestor.children
                if c.dep_ == "agent"
                for o in c.children
            )  # not "confirmed by the “unprecedented large number of sources”"
            if not fragment or agent or english_partial.keeps_words(ancestor, top):
                break
        elif rank == 0 and top.dep_ in {"ccomp", "parataxis"} and not fragment:
            # "…," X described the condition / X debunks the myth: "…": the verb the
            # quotation is the clause of, after any speech verb above or beside it.
            found = (len(parse.doc) + 1, 0, ancestor)
    return found


def _speech_verb(parse: _Parse) -> Any | None:
    """Return the verb that reports the quotation: the speech verb above it in the tree, else
    one its clause hangs off, else a speech verb whose clause stands right beside it."""
    candidates: list[tuple[int, int, Any]] = []
    tops = [
        t
        for t in parse.quote
        if not t.is_punct and (t.head.i not in parse.inside or t.head.i == t.i)
    ]
    for top in tops:
        found_above = _above(parse, top, parse.fragment)
        if found_above is not None:
            candidates.append(found_above)
        for child in top.children:
            # "'…' Aishat says": the parser made the attribution a clause of the quotation's.
            if parse.outside(child) and _is_speech(child) and _adjacent(parse, child):
                # "'…,' Danilov said on TV, The Mirror reported": the paper reports his words.
                reported = found_above is not None and found_above[2].lemma_ == "report"
                rank = -1 if reported and any(c.dep_ == "nsubj" for c in child.children) else 1
                candidates.append((rank, abs(child.i - top.i), child))
        # "Groups have witnessed a “spike …,” as activist Igor Kochetkov told the AP": a clause
        # "as X said" beside the quotation's, on any verb above it.
        for above in (top, *top.ancestors):
            for clause in (c for c in above.children if c.dep_ == "advcl" and _is_speech(c)):
                said = {c.dep_ for c in clause.children}
                # Or "Interviews uncovered “…” of mistreatment while in custody, the committee
                # said in its report": a clause that says nothing of its own, after the words.
                bare = clause.i > top.i and "nsubj" in said and not said & {"ccomp", "dobj"}
                if parse.outside(clause) and (
                    bare or any(m.lower_ == "as" for m in clause.children)
                ):
                    candidates.append((len(parse.doc) - 1, abs(clause.i - top.i), clause))
            # "They had contributed “to some extent” to the outcome, the court said, by …": an
            # attribution set in the sentence between commas.
            for clause in (c for c in above.children if c.dep_ == "parataxis" and _is_speech(c)):
                subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
                opened = subjects and parse.doc[subjects[0].left_edge.i - 1].text == ","
                if parse.outside(clause) and opened and clause.i > top.i:
                    candidates.append((len(parse.doc) - 1, abs(clause.i - top.i), clause))
                elif parse.outside(clause) and subjects and clause.i < above.i < top.i:
                    # "Nauert said, her department found these comments “…”": who says what
                    # the clause after it reports.
                    candidates.append((-1, 0, clause))
    for token in parse.doc:
        # "'… .' Aishat says.": two sentences for the parser, one attribution. Last of all:
        # "… "connection with …." The article noted …" is the reporter's.
        speaking = parse.outside(token) and _is_speech(token)
        # Not "Merkel expressed "dismay …"": a verb of attitude's words are its object.
        root = speaking and token.dep_ == "ROOT" and token.lemma_.lower() not in ATTITUDE_LEMMAS
        # Or "…, who later told reporters: "…"" with "who" hung on an adverbial.
        if (root or (speaking and english_partial.said_by_who(token))) and _adjacent(parse, token):
            candidates.append((len(parse.doc), 0, token))
    if candidates:
        return min(candidates, key=lambda c: (c[0], c[1]))[2]
    return trailing(tops, _is_speech) if parse.fragment else None  # "…, said X"


def _subject(verb: Any) -> Any | None:
    if (quoted := whom_quoted(verb, _is_speech)) is not None:
        return quoted
    if (absolute := with_subject(verb)) is not None:
        return absolute  # "…, with one lawmaker, X, dubbing him “…”"
    # "X issued a statement saying …": from the document's clause to the verb that issued it.
    issued = [t for t in verb.ancestors if not (t.lower_ in DOCUMENT_NOUNS and t.dep_ == "dobj")]
    for candidate in (verb, *issued):
        subjects = [c for c in candidate.children if c.dep_ in {"nsubj", "nsubjpass"}]
        subjects = inverted(candidate, subjects)
        if (
            candidate is not verb
            and candidate.dep_ == "ccomp"
            and subjects
            and a_thing(subjects[0])
        ):
            # "X argued that feuds do not …, arguing “…”": X's, not the feuds'; the climb goes
            # on to the verb that reports the clause.
            continue
        if len(subjects) > 1 and all(s.i < candidate.i for s in subjects):
            # "OSCE rapporteur Wolfgang Benedek wrote", a role read as a verb of its own: two
            # subjects, the one next to the verb is the name.
            subjects = subjects[-1:]
        makers = [c for c in candidate.head.children if c.dep_ == "nsubj"]
        if (
            subjects
            and subjects[0].lower_ in DOCUMENT_NOUNS
            and candidate.dep_ in {"ccomp", "xcomp"}
            and not any(c.dep_ in {"poss", "compound"} for c in subjects[0].children)
            and makers
        ):
            return makers[0]  # "she made a video asking them …": whoever made it
        after = subjects and subjects[0].i and subjects[0].nbor(-1).head.lower_ == "to"
        if after and candidate.tag_ == "VBG" and candidate is not candidate.head:  # "wrote to
            return _subject(candidate.head)  # the newspaper Haaretz stating": its name
        if not subjects and (hung := stranded(candidate)):
            return hung
        if subjects and subjects[0].dep_ == "nsubj":
            # "…, who said that "…"": the speech verb's own "who" (not "who stand accused of").
            return antecedent_of(candidate, subjects[0], candidate.i == verb.i)
        for agent in (c for c in candidate.children if c.dep_ == "agent"):
            # "was quoted by X", "said by X": a passive's agent speaks.
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
        # "X said, adding that …", "X, who wrote that …": go up only from such a clause, or
        # from a document's ("a statement saying …").
        document = candidate.dep_ == "acl" and candidate.head.lower_ in DOCUMENT_NOUNS
        if candidate.dep_ not in {"conj", "advcl", "xcomp", "relcl"} and not document:
            break
    return controller(verb)


def _own_subject(verb: Any) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or bool(stranded(verb))


def _according_to(parse: _Parse) -> Any | None:
    for token in (t for t in parse.doc if t.lower_ == "according" and parse.outside(t)):
        # Not "According to the newspaper, Kadyrov said that "…"": the source of the report.
        if not (_is_speech(token.head) and any(c.dep_ == "nsubj" for c in token.head.children)):
            for to in (c for c in token.children if c.lower_ == "to"):
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if objects:
                    return set_off_name(objects[0])
    for put in (t for t in parse.doc if t.lemma_ == "put" and parse.outside(t)):
        # "But, as Tanya Lokshina put it, the authorities “did nothing”": hers, as "according
        # to her" (no speech verb says so).
        marked = {c.lower_ for c in put.children if c.dep_ in {"mark", "dobj"}} == {"as", "it"}
        subjects = [c for c in put.children if c.dep_ == "nsubj"]
        if marked and subjects and put.i < parse.quote[0].i:
            return subjects[0]
    for words in (t for t in parse.doc if t.lower_ == "words" and parse.outside(t)):
        # "In his words, locals are demanding … “…”": as "according to him". Not "Tor, in his
        # own words, is “…”": after the clause's subject, "his" is that subject.
        whose = [c for c in words.children if c.dep_ == "poss"]
        subjects = [c for c in words.head.head.children if c.dep_ == "nsubj"]
        first = not subjects or words.i < subjects[0].i
        if whose and words.head.lower_ == "in" and first and words.i < parse.quote[0].i:
            return whose[0]
    return None


def _before(
    text: str, window: _Window, floor: int, paragraphs: list[tuple[int, int]], quoted: list[range]
) -> str:
    """Return the sentence before a quotation's window (the last of the paragraph before, if
    the window opens its paragraph), quotations stood in for; "" if there is none."""
    if window.opening > floor + 1:
        stop = window.opening
        start = sentence_start_outside(text, stop - 2, floor, quoted)
    else:
        previous = [(ps, pe) for ps, pe in paragraphs if pe < floor]
        if not previous:
            return ""
        start_floor, stop = previous[-1]
        start = sentence_start_outside(text, max(stop - 2, start_floor), start_floor, quoted)
    return _masked(text, start, stop, quoted)[0]


def _antecedent(doc: Any, names: list[str], wanted: str) -> Speaker | None:
    """Return who "he"/"she" of a quotation's attribution is when the sentence before it has a
    person as the subject of its main or speech verb ("…, Cherkasov said. "…," he said"): a
    subject stays in focus into the next sentence (the article's memory weighs all it has met
    and may favour one named more often)."""
    verbs = [t for t in doc if _is_speech(t)] + [t for t in doc if t.dep_ == "ROOT"]
    if doc[-1].text == "." and any(
        c.dep_ == "nsubj" and c.lower_ in {"he", "she"} for v in verbs for c in v.children
    ):
        return None  # "Putin had asked Kadyrov …, he said.": that "he" told it; the memory knows
    if english_clauses.someone_else_in_focus(doc, wanted):
        return None  # "Scott pressed him on it.", "X met a woman who said": the memory knows
    for verb in verbs:
        if english_clauses.kept_silent(verb):
            return None  # "Putin has not commented on the case": not the one speaking next
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        person = subject_name(subjects[0], names) if subjects else None
        if person is not None:
            # "Kadyrov — … his late father Akhmad Kadyrov …": a surname two people share
            # in the sentence is left to the memory.
            namesakes = {
                e.text for e in doc.ents if e.text.split()[-1] == person[-1].text and len(e) > 1
            }
            return Speaker(person.text) if len(person) > 1 or not namesakes else None
    return None


def _framing(parse: _Parse, verb: Any) -> bool:
    """Return whether the quotation is an adverbial clause under ``verb`` ("X is informed …,
    although "…," Peskov said"): its circumstance, not words said to X."""
    return any(
        top.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in top.children)
        and verb in top.ancestors
        for top in parse.quote
    )


def _head(parse: _Parse) -> Any:
    """Return the token one window's parse names as its quotation's speaker, or None; the
    verb itself where it is said to a listener by no one named ("they were told: “…”")."""
    if not parse.quote:
        return None
    verb = _speech_verb(parse)
    if verb is not None and spoken_to(verb):
        # "It said that … their families have been told to kill them to “cleanse their
        # honour”": a few words told by no one named are the reporter's, if one reports them.
        reporters = (t for t in parse.doc if t.dep_ == "ROOT" and t.i < verb.i and _is_speech(t))
        reporter = next(reporters, None) if parse.fragment else None
        if reporter is None:
            return verb
        verb = reporter
    # "“…,” the detainees were told, Amnesty International said.": the parser may hang the
    # quotation off the reporter's verb; a passive "told" right beside it still says whose.
    beside = (
        t
        for t in parse.doc
        if parse.outside(t) and spoken_to(t) and _adjacent(parse, t) and not _framing(parse, t)
    )
    if (listener := next(beside, None)) is not None:
        return listener
    source = _according_to(parse)
    # Not "X said her blood sugar “…” after weeks of increasing, according to the NGO": the
    # speech verb's subject before the quotation, the NGO the source of the report after it.
    reported = verb is not None and source is not None and source.i > parse.quote[-1].i
    if (
        source is not None
        and _on_the_quotation(parse, source)
        and not (reported and _subject(verb))
    ):
        # "According to one survivor, “…”. “…,” he said": the phrase hangs on the quotation's
        # own verb, so the verb beside, another quotation's, is not this one's.
        return source
    if source is not None and source.head.lower_ == "words":
        return source  # "In his words, locals are demanding … “…”": his, not the locals'
    subject = _subject(verb) if verb is not None else None
    if subject is not None and not parse.outside(subject):
        subject = None  # the stand-in's "It": the quotation is no one's subject
    return subject or source or colon_label(parse.doc, parse.quote)


def _on_the_quotation(parse: _Parse, source: Any) -> bool:
    """Whether the "according to" phrase naming ``source`` hangs on a word of the quotation."""
    according = source.head.head
    return according.head.i in parse.inside and according.head.i != according.i


def _needs_entities(head: Any) -> bool:
    """Return whether only the entity recogniser tells a person from an organisation here:
    "Lapunov", "Svetlana Anokhina" (an ending or a first name says it is a person's) and a name
    the gazetteers list need none."""
    proper = any(t.pos_ == "PROPN" for t in head.subtree)
    # "the OSCE rapporteur, Wolfgang Benedek,": the name apposed needs telling too.
    apposed = [name_chain(c) for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return proper and any(
        not (spelled_gender(c.text) or org_in(c.text)) for c in [name_chain(head), *apposed]
    )


def _narrated(window: _Window) -> bool:
    """Return whether a window has words of the narrator's besides the quotation's stand-in."""
    narrative = window.text[: window.quote.start] + window.text[window.quote.stop :]
    return re.search(r"\w", narrative) is not None


def attribute(
    text: str,
    quotes: list[tuple[tuple[int, int], tuple[int, int]]],
    paragraphs: list[tuple[int, int]],
) -> list[Speaker | None]:
    """Return, for each quotation (its first part, its last part), who the parse says speaks
    it, or None where the sentences around it name nobody. The names the parse tags PERSON,
    in the order read, tell a surname alone from an organisation's name later on.

    The sentences are parsed in batches (the parser's cost is by the word, so only what is
    read is parsed): the first parts' windows; the last parts' where the first names nobody;
    the sentence before a window whose subject is "he" or "she".
    """
    quoted = [range(s, e) for pair in quotes for s, e in pair]
    names: list[str] = []
    found: list[Speaker | None] = [None] * len(quotes)
    signs = [n for n, ((s, _e), _l) in enumerate(quotes) if _SIGN.search(text[max(0, s - 120) : s])]
    nearby = Nearby(quoted)

    def window_of(span: tuple[int, int]) -> tuple[_Window, int]:
        # "Kochetkov told reporters:\n\n“…”": the paragraph before introduces the quotation.
        paragraph = introduced_by(text, paragraphs, span[0]) or paragraph_or(
            paragraphs, span[0], (0, len(text))
        )
        floor, ceiling = within_reach(text, span, paragraph)  # never out of its paragraph,
        near = nearby.near(floor, max(ceiling, span[1]))  # but for the quotation's own end
        others = [r for r in near if r != range(*span)]
        ceiling = max([ceiling, *(r.stop for r in others if r.start < ceiling < r.stop)])
        return _window(text, span, floor, ceiling, others), paragraph[0]

    def read(spans: dict[int, tuple[int, int]]) -> dict[int, tuple[_Window, int]]:
        windows = {n: window_of(span) for n, span in spans.items()}
        # A quotation that is its sentence ("“…”") has no words around it to parse; two
        # quotations of one sentence have one window text, parsed once.
        texts = list(dict.fromkeys(w.text for w, _floor in windows.values() if _narrated(w)))
        docs = dict(zip(texts, english.parse_batch(texts, entities=False), strict=True))
        heads = {
            n: (docs[window.text], head)
            for n, (window, _floor) in windows.items()
            if window.text in docs and (head := _head(_Parse(window, docs[window.text])))
        }
        # The entities, nearly half the parser's cost, only where they decide, in one batch.
        needing = {
            n for n, (_doc, head) in heads.items() if not spoken_to(head) and _needs_entities(head)
        }
        english.name_entities_of([heads[n][0] for n in needing])
        for n, (doc, head) in heads.items():
            if n in needing:
                names.extend(e.text for e in doc.ents if e.label_ == "PERSON")
            found[n] = UNNAMED if spoken_to(head) else named_or_resumed(head, names)
        return windows

    windows = read(dict(enumerate(first for first, _last in quotes)))
    openings = [w.opening for w, _floor in windows.values()]
    shared(found, openings, [text[s : s + 1] for (s, _e), _l in quotes])
    later = {n: last for n, (first, last) in enumerate(quotes) if found[n] is None}
    windows |= read({n: span for n, span in later.items() if span != quotes[n][0]})
    pronouns = {n: s.name for n, s in enumerate(found) if s and s.name in _PRONOUN_GENDER}
    before = {n: _before(text, *windows[n], paragraphs, quoted) for n in pronouns}
    before = {n: sentence for n, sentence in before.items() if sentence}
    for n, doc in zip(before, english.parse_batch(list(before.values())), strict=True):
        antecedent = _antecedent(doc, names, _PRONOUN_GENDER[pronouns[n]])
        # Only a name whose gender is known: "he" past "Rachel Denber" is another.
        gender = spelled_gender(antecedent.name) if antecedent is not None else ""
        alone = antecedent is not None and all(
            t.text in antecedent.name.split() for t in doc if t.pos_ == "PROPN"
        )
        if antecedent is not None and not gender and alone:
            # "Leyla says that her parents beat her": the one person's own pronouns say it.
            gender = pronoun_gender(doc.text)
        window = windows[n][0]
        answer = ANSWERS.search(window.text[window.quote.stop :]) and ASKING.search(doc.text)
        if answer or named_before_pronoun(window.text[: window.quote.start]):
            continue  # after "X asked: “…?”", or "X … when he said": the memory decides
        if antecedent is not None and gender == _PRONOUN_GENDER[pronouns[n]]:
            found[n] = antecedent
    for n, ((start, _end), _last) in enumerate(quotes):
        said = found[n] or UNNAMED
        if said is not UNNAMED and not said.name and introduced_by(text, paragraphs, start):
            # Across a paragraph break the parse is surer of a name than of a role ("Marie
            # Struthers, Amnesty International’s … Director, said:"): the wording reads those.
            found[n] = None
    for n in signs:
        found[n] = UNNAMED
    return found
