"""The subject of an English participle the parser left without one: "…, with one lawmaker,
X, dubbing him “…”"; "…, after X called her “…”, saying “…”". Moved out of english_partial.py,
which had reached the 600-line limit."""

from __future__ import annotations

from typing import Any

from refuge.media import lexicon


def with_subject(verb: Any) -> Any | None:
    """Return the subject "with" gives a participle with none of its own ("several people
    criticised Kadyrov, with one local lawmaker, Konstantin Senchenko, dubbing him “…”": the
    lawmaker, by the name apposed in the phrase), or that of the naming clause right before it
    (``_nearer_clause_subject``), or None."""
    if verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    before = [c for c in verb.head.children if c.i < verb.i and c.dep_ == "prep"]
    if not before or before[-1].lower_ != "with":
        return _nearer_clause_subject(verb)
    phrase = before[-1]
    between = verb.doc[phrase.right_edge.i + 1 : verb.i]
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    if not objects or any(not t.is_punct for t in between):
        return None
    if objects[0].lower_ in lexicon.DOCUMENT_NOUNS_EN:
        return None  # "Kadyrov responded with a Telegram post saying": the verb's subject's
    # The parser may hang the apposed name off a word of the phrase rather than its head.
    named = [t for t in objects[0].subtree if t.dep_ == "appos" and t.pos_ == "PROPN"]
    return named[0] if named and objects[0].pos_ == "NOUN" else objects[0]


# Verbs that name what their object is: "called it “a lie”", "described the case as “…”".
NAMING_LEMMAS = frozenset({"call", "describe", "dub", "brand", "label", "term"})
# Verbs whose subject goes on with ", saying": naming or charging someone, not "after Milashina
# published the report, calling it …" (the one who calls it is the sentence's subject).
_NAMING = NAMING_LEMMAS | {"accuse", "threaten"}


def _nearer_clause_subject(verb: Any) -> Any | None:
    """Return the subject of the clause that ends right before ", saying", where the parser
    hung the participle on the sentence's main verb: "she had to flee after Mr. Kadyrov
    publicly called her “…”, saying “…”" is Kadyrov's."""
    if verb.dep_ != "advcl" or verb.i < 2 or verb.nbor(-1).text != ",":
        return None
    clause = next(
        (
            t
            for t in (verb.doc[verb.i - 2], *verb.doc[verb.i - 2].ancestors)
            if t.dep_ == "advcl" and t.head.i != verb.head.i and t.lemma_ in _NAMING
        ),
        None,
    )
    if clause is None or clause.right_edge.i != verb.i - 2 or clause.i < verb.head.i:
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return subjects[0] if subjects else None
