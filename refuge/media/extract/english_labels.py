"""Labels that hold a person's name with words that are not part of who they are.

The patterns that find an English speaker take the words before the speech verb; at a
sentence's start these may open with a sentence adverb or a conjunction ("Later Lokshina
added", "Still Kadyrov said", "Nevertheless Orlov said"), or a time phrase ("Last week
Kadyrov said"), and after the name an apposition may follow a dash ("Alvi Karimov -- a
spokesman for Kadyrov"). The ledger groups statements by their speaker's name, so such a
label is read once more here, at the end of English attribution, by the parse of its own
sentence (spaCy's parts of speech and entities, not a list of adverbs): the words around the
name go, the name stays. The role a label's patterns found stays in ``speaker_role``.
"""

from __future__ import annotations

import re
from typing import Any

from refuge.media import lexicon
from refuge.media.extract import english
from refuge.media.extract.english_names import fullest, is_role_or_title
from refuge.media.extract.model import Quote
from refuge.media.extract.person_names import is_person_name, spelled_gender

# How far from a quotation its label's words are looked for, and the name's other mentions:
# its paragraph and the ones before, about.
_BEFORE, _AFTER = 2000, 300
# How much of the sentence after the label is parsed.
_READ = 80
# Words that open a clause before its subject: an adverb of the sentence, a conjunction, an
# interjection ("Now"), a subordinating word.
_OPENING_TAGS = frozenset({"ADV", "CCONJ", "SCONJ", "INTJ"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC"})
_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Focus particles and connectives that open an English clause before its subject ("Even Smith
# said", "Still Brown said", "Then Davis added"): a closed class of the grammar, not names.
# "Ever", "Just", "Never", "Together" are not among them: they do not open a clause so and open
# names ("Ever Banega", "Just Russia"; review 15). Nor "Even" and "So": a Norwegian given name
# ("Even Pellerud, a Norwegian diplomat") and a Korean surname ("So Se-pyong"; review 16, en-3).
_CLAUSE_OPENERS = frozenset({"still", "only", "yet", "now", "then", "also"})
_PERSON_ROLE = re.compile(rf"\b(?:{lexicon.ROLE_WORDS})\b", re.I)
# "Alvi Karimov -- a spokesman for Kadyrov", "Tanya Lokshina — who …": the apposition after
# a dash is what the person is, not their name.
_DASHED = re.compile(r"^(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)\s+(?:--|—|–)\s+\S")
# The sentence's end after a label: a stop and a space, or a line's end.
_SENTENCE_END = re.compile(r"[.!?…](?=[\s”\"’]|$)|\n")


def tidy(quotes: list[Quote], text: str) -> None:
    """Cut, in place, each English label to the person it names, an account's to its handle,
    and each description of someone unnamed to who they are."""
    for quote in quotes:
        label = quote.speaker
        if handle := _USER.fullmatch(label):
            label = quote.speaker = handle.group("handle")  # the name the account goes by
        if " " in label and not quote.speaker_role:
            label = quote.speaker = _described(label)
        if " " in label and label[:1].isupper():
            quote.speaker = _tidied(label, quote, text)


# "wrote user abdmaqomedof", "the user _kasandra24_": an account's handle is its name, which
# no list of names holds (lower case, digits, underscores).
_USER = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:Instagram|Telegram|Twitter|VKontakte|YouTube|TikTok)\s+)?"
    r"[Uu]ser\s+(?P<handle>@?[\w.]*[a-z0-9_][\w.]*)"
)


def _described(label: str) -> str:
    """A description of someone unnamed without what they were doing or whom they include
    ("demonstrators draped in rainbows", "rights groups, including Amnesty International"):
    the ledger groups the same people under one label, and the next description of them will
    not repeat the scene. What they are stays ("a spokesman for Chechen separatists"), and so
    does whoever the scene was with, which tells them from others ("the man interviewed by
    France 24")."""
    doc = english.parse(label)
    head = next(doc.sents).root
    if head.pos_ != "NOUN":
        return label  # a name; "those who are defending …": the clause is who they are
    cut = [
        c
        for c in head.children
        if (
            c.dep_ == "acl"
            and c.tag_ in {"VBG", "VBN"}
            and not any(t.dep_ == "agent" for t in c.children)
        )
        or (c.dep_ == "prep" and c.lower_ == "including")
    ]
    if not cut:
        return label
    return label[: min(c.left_edge.idx for c in cut)].rstrip(" ,")


def _tidied(label: str, quote: Quote, text: str) -> str:
    dashed = _DASHED.match(label)
    if dashed:
        return dashed.group("name")
    # Every look is bounded: the stretch around the quotation, not the whole text.
    low, high = max(0, quote.start - _BEFORE), quote.end + _AFTER
    nearby = text[low:high]
    at = _occurrence(label, quote.start - low, nearby)
    if at is None or not _opens_sentence(nearby, at) or _inside_a_sentence(label, nearby):
        return label
    # The label and the few words after it: enough for the tags of its first words.
    end = _SENTENCE_END.search(nearby, at + len(label), at + len(label) + _READ)
    doc = english.parse(nearby[at : end.end() if end else at + len(label) + _READ])
    english.name_entities(doc)
    words = [t for t in doc if t.idx < len(label)]
    opening = _opening(words, label, nearby)
    if not opening:
        return label
    rest = label[words[opening].idx :]
    if not any(t.pos_ == "PROPN" for t in words[opening:]) or _one_entity(words, {"PERSON"}):
        return label
    named = _names_someone(rest, words, opening, label, nearby, quote.speaker_role)
    return rest if named else label


def _one_entity(words: list[Any], kinds: set[str]) -> bool:
    """Return whether the label's words are all one entity of the parse of one of the
    ``kinds`` ("Never Again Association", an organisation): its first word is the name's."""
    first, others = words[0], [t for t in words[1:] if not t.is_punct]
    same = all(t.ent_iob_ == "I" and t.ent_type_ == first.ent_type_ for t in others)
    return first.ent_type_ in kinds and first.ent_iob_ == "B" and same


def _names_someone(
    rest: str, words: list[Any], opening: int, label: str, text: str, role: str = ""
) -> bool:
    """Return whether what is left after a label's first words is someone the article names:
    a surname whose spelling says a person's ("Still Kadyrov", "Later Lokshina"), or a name
    the text gives elsewhere without those words ("Then Novaya Gazeta" after "Novaya Gazeta
    said"). Not a place ("Just Russia"), nor a word the name merely ends with ("Only Human",
    "Now Foundation"), nor a surname the article gives only after that first name
    ("Christmas Abbott", "Ever Banega"; review 15)."""
    if is_person_name(rest) and spelled_gender(rest):
        return True  # before the entities: the parse reads "Nevertheless Orlov" as a body
    if words[0].lower_ in _CLAUSE_OPENERS and opening == 1 and is_person_name(rest):
        # "Even Smith, the US envoy, said" (mend 12, EN-1): a name the parse or the role the
        # patterns found says is a person's; the tagger reads "Smith" alone as a body.
        names = [t for t in words[opening:] if not t.is_punct]
        person = all(t.ent_type_ == "PERSON" for t in names) or _PERSON_ROLE.search(role)
        if person and all(t.pos_ == "PROPN" and t.ent_type_ not in _PLACES for t in names):
            return True
    if _one_entity(words, {"ORG", "GPE"}) or any(t.ent_type_ in _PLACES for t in words[opening:]):
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(rest)}\b", text.replace(label, " ")) is not None


def _occurrence(label: str, start: int, nearby: str) -> int | None:
    """Return where the label's words stand nearest the quotation (at ``start``)."""
    found = [m.start() for m in re.finditer(re.escape(label), nearby)]
    return min(found, key=lambda at: abs(at - start)) if found else None


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t“\"‘'(")
    return not before or before[-1] in ".!?…\n" or re.search(r"[.!?][”\"’]$", before) is not None


def _inside_a_sentence(label: str, text: str) -> bool:
    """Return whether the label's words stand elsewhere after a lower-case word or a comma:
    then its first word is part of the name ("said Ramzan Kadyrov")."""
    return re.search(rf"(?:\b[a-z][\w’'-]*,?|,)\s+{re.escape(label)}\b", text) is not None


def _opening(words: list[Any], label: str, text: str) -> int:
    """Return how many of the label's first tokens open the sentence rather than name anyone:
    a sentence adverb, a conjunction or a time phrase the parse tags so, or a function word it
    tags as a name ("Meanwhile", "Afterwards"); or another word before a surname the article
    gives in full with another first name. Not a word the parse reads as a person's name."""
    count = 0
    for token in words[:-1]:
        if token.pos_ == "PUNCT" and count:
            count += 1
            continue
        person = token.pos_ == "PROPN" and token.ent_type_ == "PERSON"
        if person or is_role_or_title(token.text):
            break
        # A function word read as a name's first word ("Meanwhile" tagged PROPN) is none.
        unsure = token.is_stop and token.pos_ == "PROPN"
        if token.pos_ in _OPENING_TAGS or token.ent_type_ in _TIME_ENTITIES or unsure:
            count += 1
            continue
        surname = label[words[1].idx :] if len(words) > 1 else ""
        # Not before a place or a body ("Open Russia" after "United Russia": review 14), whose
        # words before it are its name's.
        place = len(words) > 1 and words[1].ent_type_ in _PLACE_ENTITIES
        person = not place and is_person_name(surname)
        if count == 0 and token.pos_ not in {"PROPN", "DET", "PRON", "NUM"} and person:
            # The label's own words are no full form of the surname ("Later Lokshina").
            full = fullest(surname, text.replace(label, surname)) if " " not in surname else ""
            if full and full != surname and full.split()[0] != token.text:
                count = 1
        break
    return count
