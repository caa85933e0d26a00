"""Clauses the English parse reads a speaker through (english_syntax.py): a verb of speaking
to someone in the passive, a clause a report of an outlet hangs on, and whom a verb of
quoting quotes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from refuge.media import lexicon
from refuge.media.extract.english_descriptions import kin_word_gender
from refuge.media.extract.english_names import name_chain, role_word
from refuge.media.extract.english_noun_phrases import speaker_named
from refuge.media.extract.english_partial import principal
from refuge.media.extract.person_names import is_person_name, unnamed_person
from refuge.media.extract.speakers import Speaker

# Titles shortened with a full stop, after which the parser may end a sentence.
_TITLE = re.compile(lexicon.TITLE_ABBREVIATIONS_EN)
_QUOTING = frozenset({"quote", "cite"})
_QUOTING_OR_REPORTING = _QUOTING | {"report"}
# Verbs whose passive subject is the one spoken to: "they were told: “…”" with no "by X"
# names no speaker, and the one who reports it ("Memorial said that … they were told") is
# not the speaker either.
_TO_A_LISTENER = frozenset(
    {"tell", "ask", "warn", "order", "instruct", "inform", "promise", "threaten", "advise"}
)


def spoken_to(token: Any) -> bool:
    """Return whether ``token`` is a passive verb of speaking to someone with no agent."""
    children = list(token.children)
    # The agent may hang on the infinitive: "were ordered to leave by NYPD officers".
    done = [g for c in children if c.dep_ == "xcomp" for g in c.children]
    return (
        token.lemma_.lower() in _TO_A_LISTENER
        and any(c.dep_ == "nsubjpass" for c in children)
        and not any(c.dep_ == "agent" for c in children + done)
    )


def reported_clause(clause: Any) -> bool:
    """Whether ``clause`` is a verb with a subject of its own that a report hangs on."""
    return (
        clause.dep_ == "ccomp"
        and clause.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in clause.children)
    )


def object_of_report(clause: Any) -> Any | None:
    """Return the one a clause under a verb says told it, whom the parser made that verb's
    object ("The Moscow Times on Monday reported Dmitry Peskov, a spokesperson …, told
    reporters"): someone whose phrase ends right before the clause's verb; else None."""
    if clause.dep_ != "ccomp":
        return None
    told = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if told is None or not someone(told):
        return None
    after = list(told.subtree)[-1].i + 1
    return told if all(t.is_punct for t in clause.doc[after : clause.i]) else None


def named_or_resumed(head: Any, names: list[str]) -> Speaker | None:
    """Return the speaker the word ``head`` names (``speaker_named``); for "he" or "she"
    straight after a person's name, that person ("Justice Minister Marco Buschmann he was
    “…”": a slip of the copy, in which the pronoun takes the name up)."""
    before = head.doc[head.i - 1] if head.i else None
    if head.lower_ in {"he", "she"} and before is not None and before.pos_ == "PROPN":
        name = name_chain(before).text
        if " " in name and is_person_name(name):
            return Speaker(name)
    after = [t.text for t in head.doc[head.i + 1 : head.i + 3]]
    named_after = len(after) == 2 and after[0] == "." and after[1][:1].isupper()
    if named_after and _TITLE.fullmatch(head.text):
        return None  # "said Capt. Oleksii Petrenko": the parser ended the sentence at the title
    return speaker_named(head, names)


def someone(word: Any) -> bool:
    """Whether a noun phrase's head names a person: a name, "him", a role or one unnamed."""
    described = " ".join(t.text for t in word.subtree)
    return (
        # A person's name takes no article: not "the Koran".
        (
            word.pos_ == "PROPN"
            and not any(c.dep_ == "det" for c in word.children)
            and is_person_name(name_chain(word).text)
        )
        or word.lower_ in {"him", "her", "them", "source"}  # "AFP quotes the source"
        or role_word(word)
        or unnamed_person(described)
    )


def whom_quoted(verb: Any, is_speech: Callable[[Any], bool]) -> Any | None:
    """Return whom a verb of quoting or reporting quotes, for the speech ``verb`` under it, or
    None where it quotes no one."""
    quoting = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else verb
    # "They reported a source saying Kadyrov “…”": whom the report gives, saying it.
    reported = verb.head
    reporting = verb.dep_ == "acl" and verb.tag_ == "VBG" and reported.dep_ == "dobj"
    if reporting and someone(reported) and reported.head.lemma_.lower() in _QUOTING_OR_REPORTING:
        return principal(reported.head, reported)
    as_saying = any(
        c.lower_ == "as" and any(g.dep_ == "pcomp" and is_speech(g) for g in c.children)
        for c in quoting.children
    )
    if quoting.lemma_.lower() in _QUOTING_OR_REPORTING and as_saying:
        # "Novaya Gazeta quoted a police officer as saying", "Interfax reported Kadyrov as
        # saying": the one quoted speaks, not the outlet ("Kadyrov was quoted as saying": the
        # passive's subject).
        quoted = [c for c in quoting.children if c.dep_ in {"dobj", "nsubjpass"}]
        if quoted:
            return principal(quoting, quoted[0])
    if quoting.lemma_.lower() in _QUOTING and not as_saying:
        # "The report quotes a relative of one victim: “…”": whom it quotes speaks.
        quoted = [c for c in quoting.children if c.dep_ == "dobj" and someone(c)]
        if quoted:
            return principal(quoting, quoted[0])
    # "…”, reports MBH Media, quoting the channel’s representative": whom the report quotes.
    quoted = [
        whom
        for clause in quoting.children
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_.lower() in _QUOTING
        for whom in clause.children
        if whom.dep_ == "dobj" and someone(whom)
    ]
    if quoted:
        return principal(quoting, quoted[0])
    # "A report cited a spokesperson from the security service saying Kadyrov was in “…”":
    # the one it cites, whose words the participle after them gives.
    if verb.tag_ != "VBG" or verb.dep_ not in {"acl", "advcl"}:
        return None
    citing = verb.head.head if verb.dep_ == "acl" else verb.head
    objects = [verb.head] if verb.dep_ == "acl" else list(verb.head.children)
    cited = next((o for o in objects if o.dep_ == "dobj" and someone(o)), None)
    return principal(citing, cited) if cited and citing.lemma_.lower() in _QUOTING else None


def a_thing_seems(verb: Any) -> bool:
    """Whether "feel" has a thing no person is as its subject ("told AP that the torture felt
    like: ‘…’"): how it seemed, not what someone felt."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and not someone(c) for c in verb.children)


def stranded(verb: Any) -> Any | None:
    """Return a subjectless verb's subject the parser hung on the words before it: "Merkel
    urged Putin to investigate the claims, and Nikki Haley, the U.S. ambassador, said …" made
    Haley a second object of "investigate"; "As reported by RFE/RL, Oleg Orlov of Memorial
    said" made Orlov a second agent; "In the course of the meeting …, which was covered by the
    media, Adam Shakhidov, an adviser …, accused" made Shakhidov the media's apposition.
    Someone joined by "and" or a comma whose phrase ends right before the verb is its
    subject."""
    doc = verb.doc
    for helper in (c for c in verb.lefts if c.dep_ in {"aux", "advcl"} and c.lemma_ == "have"):
        # "while Russian officials have so far only described …": the auxiliary, adverbs
        # alone between it and the verb, may hold the verb's subject.
        subject = next((c for c in helper.children if c.dep_ == "nsubj"), None)
        if subject is not None and all(t.pos_ == "ADV" for t in doc[helper.i + 1 : verb.i]):
            return subject
    if verb.dep_ not in {"conj", "ROOT"}:  # "…, putting a gun …, and saying": above; but
        return object_of_report(verb)  # "… reported X, …, told reporters"
    for token in doc[verb.head.i + 1 if verb.dep_ == "conj" else verb.sent.start : verb.i]:
        if token.dep_ not in {"conj", "appos"} or token.head.i > token.i or not someone(token):
            continue
        top = token
        while top.dep_ == "appos" and top.head.dep_ == "appos":
            top = top.head  # "As reported by the office, a former detainee, Ruslan M., told"
        if token.dep_ == "appos" and top.head.dep_ != "pobj":
            continue  # "“…,” one of them, a survivor, said": the phrase's head is the subject
        phrase = list(top.subtree)
        joined = phrase[0].i > 0 and (
            doc[phrase[0].i - 1].dep_ == "cc" or doc[phrase[0].i - 1].text == ","
        )
        if joined and all(t.is_punct for t in doc[phrase[-1].i + 1 : verb.i]):
            return token
    return None


def kept_silent(verb: Any) -> bool:
    """Whether a verb says its subject did not speak: "has not commented", "did not respond",
    "could not be reached for comment", "declined to comment"; not where the sentence goes on
    with what they did say ("did not answer directly, saying …", "…, but told a newspaper")."""
    if verb.lemma_ in {"decline", "refuse", "fail"}:
        silent = any(c.dep_ == "xcomp" and c.lemma_ in _ANSWERING for c in verb.children)
    else:
        for_comment = any(t.lower_ == "comment" for t in verb.subtree)
        answering = verb.lemma_ in _ANSWERING or (verb.lemma_ == "reach" and for_comment)
        silent = answering and any(c.dep_ == "neg" for c in verb.children)
    spoke = any(c.dep_ in {"advcl", "conj"} and c.lemma_ in _SAYING for c in verb.children)
    return silent and not spoke


def _asks_back(verb: Any) -> bool:
    """Whether a verb asks "him" or "her" (the one the next "he"/"she" then means)."""
    him = any(c.dep_ == "dobj" and c.lower_ in {"him", "her"} for c in verb.children)
    return verb.lemma_ in _ASKING and him


def someone_else_in_focus(doc: Any, wanted: str) -> bool:
    """Whether a sentence's root asks "him" or "her" back, or its subject met someone unnamed
    of the ``wanted`` gender who spoke ("Milashina met a woman who said …"): the next
    "he"/"she" is then not its subject."""
    for token in doc:
        if token.dep_ == "ROOT" and _asks_back(token):
            return True
        if token.dep_ == "relcl" and token.lemma_ in _SAYING:
            noun, who = token.head, any(c.lower_ == "who" for c in token.children)
            met = noun.head.head if noun.head.dep_ == "prep" else noun.head
            unnamed = any(c.lower_ in {"a", "an"} for c in noun.children)
            if (
                who
                and unnamed
                and met.lemma_ in _MEETING
                and kin_word_gender(noun.lower_) == wanted
            ):
                return True
    return False


_MEETING = frozenset({"meet", "interview", "find", "visit", "reach", "speak", "talk"})
_ASKING = frozenset({"ask", "press", "question", "interview", "challenge", "confront", "quiz"})
_ANSWERING = frozenset({"respond", "reply", "comment", "answer"})
_SAYING = frozenset({"say", "tell", "call", "add", "write", "claim", "insist", "accuse"})
