"""Clauses the English parse reads a speaker through (english_syntax.py): a verb of speaking
to someone in the passive, and a clause a report of an outlet hangs on."""

from __future__ import annotations

from typing import Any

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
