"""Clauses the English parse reads a speaker through (english_syntax.py): a verb of speaking
to someone in the passive, and a clause a report of an outlet hangs on."""

from __future__ import annotations

from typing import Any

from refuge.media.extract.english_names import name_chain
from refuge.media.extract.english_noun_phrases import speaker_named
from refuge.media.extract.person_names import is_person_name
from refuge.media.extract.speakers import Speaker

# Verbs whose passive subject is the one spoken to: "they were told: “…”" with no "by X"
# names no speaker, and the one who reports it ("Memorial said that … they were told") is
# not the speaker either.
_TO_A_LISTENER = frozenset(
    {"tell", "ask", "warn", "order", "instruct", "inform", "promise", "threaten", "advise"}
)


def spoken_to(token: Any) -> bool:
    """Return whether ``token`` is a passive verb of speaking to someone with no agent."""
    children = list(token.children)
    return (
        token.lemma_.lower() in _TO_A_LISTENER
        and any(c.dep_ == "nsubjpass" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


def reported_clause(clause: Any) -> bool:
    """Whether ``clause`` is a verb with a subject of its own that a report hangs on."""
    return (
        clause.dep_ == "ccomp"
        and clause.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in clause.children)
    )


def named_or_resumed(head: Any, names: list[str]) -> Speaker | None:
    """Return the speaker the word ``head`` names (``speaker_named``); for "he" or "she"
    straight after a person's name, that person ("Justice Minister Marco Buschmann he was
    “…”": a slip of the copy, in which the pronoun takes the name up)."""
    before = head.doc[head.i - 1] if head.i else None
    if head.lower_ in {"he", "she"} and before is not None and before.pos_ == "PROPN":
        name = name_chain(before).text
        if " " in name and is_person_name(name):
            return Speaker(name)
    return speaker_named(head, names)
