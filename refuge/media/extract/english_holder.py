"""Whose words a quotation is where no verb of saying gives them to anyone.

Wire copy quotes a few words inside a sentence whose verb is not one of saying: "the group
had “hoped right up until the last moment …”", "Tor, in his own words, is “just a smart
soldier”", "Sokurov invited Putin to “review the status” …", "penalised by the UK … for “gross
human rights violations”". A reader gives the words to the sentence's agent: who did what the
sentence tells ("by the UK"), or else who the sentence is about, its main subject. Annotators
of news (six quotations in a thousand left without a speaker) do so too, so this is the last
reading, for a quotation every other one left to no one.
"""

from __future__ import annotations

import re
from typing import Any

from refuge.media import lexicon
from refuge.media.extract import english
from refuge.media.extract.english_bodies import BODY_HEADS, OFFICES
from refuge.media.extract.english_names import role_word
from refuge.media.extract.person_names import is_person_name, unnamed_person
from refuge.media.extract.spans import sentence_end, sentence_start

# Nouns for people or bodies that hold views of their own: "the group", "the association",
# "hundreds of women". Not "the findings", "his deportation": those are no one.
_AGENT_NOUNS = re.compile(
    rf"(?:{OFFICES}|{BODY_HEADS.lower()}|group|groups|organi[sz]ation|association|agency|"
    r"government|court|family|relatives|women|men|activists|protesters|residents|officials|"
    r"president|minister|leader|spokesman|spokeswoman|spokesperson|prosecutors?|investigators?|"
    r"authorities|police|lawyers?|researchers?|experts?|journalists?|victims?|survivors?|"
    r"witness(?:es)?|soldiers?|newspapers?|site|outlets?|broadcaster)",
    re.I,
)
_PRONOUNS = frozenset({"he", "she", "they", "we"})
# Verbs whose clause is what their subject tells ("broke the news that …"), not what they
# learned ("learned that his case had been closed “for lack of evidence”").
_TELLING = re.compile(rf"{lexicon.SPEECH_VERBS_EN}|broke|breaks|revealed|reveals", re.I)
# Things a reported clause talks about: "Peskov said the reports were not true, adding …".
_TALKED_ABOUT = frozenset(
    {"feud", "report", "claim", "story", "rumour", "rumor", "allegation", "accusation", "charge"}
    | {"republic", "region", "country", "law", "case", "situation", "issue", "matter", "tradition"}
)


def holds_views(word: Any) -> bool:
    """Whether a subject's head word names someone who can hold a view."""
    if word.lower_ in _PRONOUNS:
        return True
    if word.like_num or word.lower_ in {"hundreds", "thousands", "dozens"}:
        # "hundreds of women": whom the number counts.
        counted = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"]
        return any(holds_views(g) for c in counted for g in c.children if g.dep_ == "pobj")
    if word.pos_ == "PROPN" and (word.ent_type_ in {"PERSON", "ORG"} or is_person_name(word.text)):
        return True
    described = " ".join(t.text for t in word.subtree)
    return word.pos_ in {"NOUN", "PROPN"} and bool(
        _AGENT_NOUNS.fullmatch(word.lower_) or role_word(word) or unnamed_person(described)
    )


def a_thing(word: Any) -> bool:
    """Whether a subject is something talked about, which says nothing itself ("blood feuds",
    "the reports", "the republic"); not people of any kind, nor a document, whose words are
    its author's ("the ruling … describing them as")."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in _TALKED_ABOUT


def _phrase(word: Any) -> str:
    """The subject's noun phrase without the clauses hung on it ("Peskov, who …")."""
    hung = {t.i for c in word.children if c.dep_ in {"relcl", "acl", "advcl"} for t in c.subtree}
    return "".join(t.text_with_ws for t in word.subtree if t.i not in hung).strip(" ,")


def holder(text: str, start: int, end: int, paragraph: tuple[int, int]) -> tuple[str, int]:
    """Return the agent of the sentence a quotation (``text[start:end]``) is part of (the
    "by" of a passive above the quotation, or else the main subject) and where the sentence
    starts; "" where no subject names someone, or the quotation is the whole sentence or its
    subject: what the sentences around it say, the other readings have weighed."""
    floor, ceiling = paragraph
    opening = sentence_start(text, start + 1, floor)  # past the mark: a break before it
    closing = max(sentence_end(text, end, ceiling), end)
    doc = english.parse(text[opening:closing])
    inside = {t.i for t in doc if start - opening <= t.idx < end - opening}
    if not inside:
        return "", opening
    words = [t for t in doc if not t.is_punct and t.i not in inside]
    main = _subject(doc[min(inside)].sent.root)
    if not words or (main is not None and main.i in inside):
        return "", opening
    top = next(doc[i] for i in sorted(inside) if doc[i].head.i not in inside or doc[i].head.i == i)
    found = _told_after(doc[min(inside)].sent.root, inside) or _agent_above(top, inside)
    return (_phrase(found) if found is not None else ""), opening


def _told_after(root: Any, inside: set[int]) -> Any | None:
    """The subject of a speech verb joined to the sentence's main verb after the quotation,
    which tells the whole sentence: "The court has awarded … “as a form of revenge” …, Crew
    Against Torture announced on Telegram."."""
    tellers = [
        subject
        for c in root.children
        if c.dep_ == "conj"
        and c.i > max(inside)
        and c.nbor(-1).i not in inside
        and _TELLING.fullmatch(c.text)
        # the subject next to the verb: the parser may give it two ("…’ criticism of …, Crew
        # Against Torture announced")
        and (subject := next((g for g in reversed(list(c.lefts)) if g.dep_ == "nsubj"), None))
        is not None
        and subject.i > max(inside)
        and subject.left_edge.i > 0
        and subject.left_edge.nbor(-1).text == ","
        and holds_views(subject)
    ]
    return tellers[-1] if tellers else None


def _agent_above(top: Any, inside: set[int]) -> Any | None:
    """The "by" of a passive above a quotation's top word, or the subject of its clause."""
    node = top
    # Up to the main clause, but not out of a clause joined to another with its own subject
    # ("Maga is the deputy commander, and Tor … is “…”": Tor's words).
    while node.head != node and not (node.dep_ == "conj" and _subject(node)):
        node = node.head
        agents = [g for c in node.children if c.dep_ == "agent" for g in c.children]
        if agents and holds_views(agents[0]) and agents[0].i not in inside:
            return agents[0]
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in node.children)
        told = node.dep_ == "ccomp" and _TELLING.fullmatch(node.head.text) is not None
        if not agents and passive and not told:
            # "in what was widely described as “…”": a passive gives no one; but one that is
            # what a sentence tells ("X broke the news that 100 men had been detained “…”")
            # is the teller's.
            return None
    subject = _subject(node)
    if subject is not None and subject.lower_ in _PRONOUNS and node.dep_ == "conj":
        # "Peskov has acquaintances who “…”, and therefore he intends to “…”": the "he" of a
        # clause joined to one whose subject is named is that subject.
        joined = _subject(node.head)
        subject = joined if joined is not None and joined.lower_ not in _PRONOUNS else subject
    if subject is None or subject.i in inside or not holds_views(subject):
        return None
    return subject


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
