"""What an English number counts, read from spaCy's dependency parse of its sentence.

The word windows of figure_windows.py guess from the words around a number; the parse says which
noun the number modifies ("seven other individuals": nummod), which verb governs that noun
phrase ("… individuals … were also detained and executed": nsubjpass, conj), which clause
only describes it ("who were in contact with the three": relcl) and which words qualify the
number ("at least": advmod). Only the sentence around a number the windows may misread is
parsed (``worth_parsing``), whole, as spans.py cuts it, so that english.parse's cache serves
every number in it. Where the parse gives no answer, figures.py keeps its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from refuge.media import figure_words, lexicon
from refuge.media.extract import english
from refuge.media.extract.events import WORD, event_of, noun_of, wounds
from refuge.media.extract.numbers import is_number, number_value
from refuge.media.extract.spans import sentence_end, sentence_start

# Base forms the event lists do not hold, mapped onto their counted events: "27 people
# slaughtered", "three detainees who were shot", "admitted one man" (a country taking in).
_EVENT_LEMMAS = {
    "slaughter": "killed",
    "shoot": "killed",
    "behead": "killed",
    "admit": "evacuated",
    "help": "evacuated",
    "smuggle": "evacuated",
    "grant": "evacuated",
    "welcome": "evacuated",
    "resettle": "evacuated",
}
# Verbs a number's noun phrase may be the subject or object of without anything happening to
# it that the ledger counts; they end the walk up the tree ("400,000 people joined a rally").
_NO_EVENT_VERBS = frozenset(
    {
        *("be", "have", "join", "attend", "gather", "protest", "meet", "say", "tell", "report"),
        *("write", "add", "claim", "sign", "include", "contain", "list", "name", "know", "show"),
        *("publish", "believe", "think"),
    }
)
# What befell people that the ledger does not count (the development set's guide lists
# detained, killed, tortured, evacuated, left and asked for help): a number whose own verb is
# one of these counts none of those, whatever the number before it counted.
_OTHER_OUTCOMES = frozenset(
    {"release", "free", "wound", "injure", "charge", "sentence", "convict", "fine", "question"}
)
OTHER_OUTCOME = "other"
_HELPING = frozenset({"help", "assist", "enable"})
_COMPELLED = frozenset({"force", "compel", "oblige"})
_INTENDED = frozenset(figure_words.INTENTIONS_EN.split("|")) | {"prepare", "threaten"}
_URGED = frozenset(figure_words.URGING_EN.split("|")) | {"order", "tell"}
# Entity types spaCy gives a number that counts no one: "January 25", "$5,000", "17%".
_NOT_PEOPLE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_PERSONS = frozenset({"people", "men", "women", "relatives"})
# "the number of dead can reach 56 people": a modal ceiling.
_CEILING_VERBS = frozenset({"reach"})
# "… stands at 300", "rose to 100": the level an amount is at.
_LEVEL_VERBS = frozenset({"stand", "rise", "climb", "grow", "increase", "jump"})
_MODALS = frozenset({"can", "could", "may", "might"})


# What makes the words around a number a poor guide, and so the parse worth its cost: a
# clause inside the noun phrase ("seven individuals who were in contact with the three were
# detained"), a number with no noun of its own ("and at least two have died"), a reference back
# ("with the three"), an amount's subject ("the number of dead can reach 56"), a label ("Page
# 12"); a verb of an outcome the ledger does not count ("released"); or a count of people the
# windows found no event for. "40 people were detained" is read
# as well by the windows, and is not parsed.
# A relative clause, also one without its pronoun ("two women they were sheltering were
# arrested": the sheltering only describes them).
_RELATIVE = re.compile(
    r"\b(?:who|whom|whose|which|that|where|when|including|among|they|he|she|we)\b", re.I
)
_COUNTED_SOON = re.compile(
    r"^\W*(?:[\w’'-]+\W+){0,3}?(?:"
    + "|".join(sorted((re.escape(n) for n in figure_words.COUNTED_NOUNS), key=len, reverse=True))
    + r")\b",
    re.I,
)
# A number after its noun is a label, not a count ("Page 12 of the report lists the dead").
_LABEL = re.compile(
    r"\b(?:page|article|paragraph|chapter|section|part|item|cell|room|no)\.?\s+$", re.I
)
# "Two gays have moved from Chechnya": whether they moved or were moved is the parse's to say.
_MOVED_SOON = re.compile(r"^\W*(?:[\w’'-]+\W+){0,4}?mov(?:ed|e|es)\b", re.I)
_OUTCOME_SOON = re.compile(
    r"^\W*(?:[\w’'-]+\W+){0,5}?(?:released|freed|wounded|injured|charged|sentenced|convicted"
    r"|fined|questioned)\b",
    re.I,
)
# "Police released two of the men and detained …": the outcome's object, whatever verb
# follows it ("questioned 40 detained men" are detained: the windows read them well).
_OUTCOME_BEFORE = re.compile(
    r"\b(?:released|freed|wounded|injured|charged|sentenced|convicted|fined|questioned)\s+$",
    re.I,
)
_ANOTHER_VERB = re.compile(r"\b(?:and|but|then)\s+(?:\w+ly\s+)?[a-z]+ed\b", re.I)
_CONJOINED = re.compile(r"\band\s+$", re.I)  # "…, and at least three have died"
# "Two volunteers … and two women … were arrested": a count whose clause stops at the next one
# shares that one's verb, which the parse finds past the second count's words.
_LISTED_BEFORE = re.compile(r"\band\s*$", re.I)
_LEFT_THEM = re.compile(r"\bleft\s+$", re.I)  # "left three … in a grave condition"
_BACK = re.compile(r"\b(?:the|those|these)\s+$|\b(?:number|total|toll)\b", re.I)


def worth_parsing(before: str, after: str, counted: object) -> bool:
    """Return whether the parse may read an English number better than the word windows.

    ``before`` is the sentence up to the number (and its qualifier), ``after`` the clause
    after it, ``counted`` the windows' answer.
    """
    counts_people = bool(_COUNTED_SOON.match(after))
    return (
        (counted is None and (counts_people or bool(_LISTED_BEFORE.search(after))))
        or bool(_RELATIVE.search(" ".join(after.split()[:6])))
        or (not counts_people and bool(_CONJOINED.search(before)))
        or bool(_BACK.search(before) or _LABEL.search(before) or _LEFT_THEM.search(before))
        or bool(_OUTCOME_SOON.match(after) or _MOVED_SOON.match(after))
        or bool(_OUTCOME_BEFORE.search(before) and _ANOTHER_VERB.search(after))
    )


@dataclass(frozen=True)
class Reading:
    """What the parse says of one number: each field empty where it says nothing."""

    noun: str = ""
    event: str = ""
    qualifier: str = ""
    # A date, a sum, a label, a reference back, or people released or wounded: nothing the
    # ledger counts.
    not_counted: bool = False


def _event_of_lemma(token: Any) -> str:
    lemma = token.lemma_.lower()
    if lemma in _EVENT_LEMMAS:
        return _EVENT_LEMMAS[lemma]
    return event_of(lemma) or event_of(token.lower_)


def _held(verb: Any) -> bool:
    """Whether a verb detains, alone or with its particle ("rounded up", "picked up")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return "detained" in {_event_of_lemma(verb), event_of(f"{verb.lower_} {particle}".strip())}


def _intended(verb: Any) -> bool:
    """Return whether ``verb`` is only wanted or urged ("trying to leave", "urged to kill")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb:
        return False
    return head.lemma_.lower() in _INTENDED or head.lemma_.lower() in _URGED


_FATALLY = frozenset({"fatally", "mortally"})


def _events_of_verb(verb: Any) -> list[str]:
    """Return the events of ``verb`` and the verbs conjoined with it ("detained and executed")."""
    found = []
    # A conjoined verb with a subject of its own is another clause's: "40 were detained and
    # at least two of them have died".
    conjoined = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
        # Nor one with a number of its own before it, however parsed: "Fewer than 10 people
        # were released, and at least 30 remain detained".
        and not any(t.pos_ == "NUM" and verb.i < t.i < c.i for t in c.subtree)
        # Nor one whose object has a number of its own: "released one of the men and detained
        # one of the women" detained the women, not the men.
        and not any(o.dep_ == "dobj" and _numbered(o) for o in c.children)
    ]
    for token in [verb, *conjoined]:
        if _intended(token):
            continue
        event = _event_of_lemma(token)
        for child in token.children:
            if child.dep_ in {"acomp", "oprd"} and child.lower_ == "dead":
                event = "killed"  # "the raid left two dead"
            if child.dep_ in {"acomp", "oprd", "xcomp"} and child.lower_ == "missing":
                event = "detained"  # "12 people … have gone missing"
            if child.dep_ == "xcomp" and token.lemma_.lower() in _COMPELLED and not event:
                event = _event_of_lemma(child)  # "30 people … were forced to leave"
            if child.dep_ == "prep" and [c.lower_ for c in child.children] == ["death"]:
                event = "killed"  # "two were tortured to death", "beaten to death"
            if child.dep_ == "advmod" and child.lower_ in _FATALLY and wounds([token.lemma_]):
                event = "killed"  # "three men were fatally wounded", "fatally injuring four"
            if child.dep_ == "attr" and child.lemma_.lower() == "victim" and not event:
                event = _victims_of(child)  # "36 women … became the victims of honor killings"
        if token.lemma_.lower() in _HELPING or (event == "left" and _helped(token)):
            event = "evacuated"  # "helped 31 men escape", "helped 150 people flee"
        if event == "received" and wounds([c.text for c in token.children if c.dep_ == "dobj"]):
            event = OTHER_OUTCOME  # "40 people received injuries": hurt, not sent anything
        if event:
            found.append(event)
    return found


def _victims_of(victims: Any) -> str:
    """Return the event that "victims of …" names: "of honor killings" are the killed."""
    return next(
        (
            event
            for of in victims.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for what in of.children
            if what.dep_ == "pobj" and (event := _event_of_lemma(what))
        ),
        "",
    )


def _opening_participle_events(verb: Any) -> list[str]:
    """Return the events of a participle opening the sentence, whose subject is the verb's
    ("Fleeing anti-gay persecution in Chechnya, three young women are now stuck in place")."""
    return [
        event
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ in {"VBG", "VBN"}
        and c.i < verb.i
        and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)
        and (event := _event_of_lemma(c))
    ]


def _numbered(phrase: Any) -> bool:
    """Return whether a noun phrase is a count: a number, or a noun with one ("three women")."""
    return phrase.pos_ == "NUM" or any(c.dep_ == "nummod" for c in phrase.children)


def _helped(verb: Any) -> bool:
    """Return whether ``verb`` is what someone helped them do ("helped 150 people flee")."""
    return verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in _HELPING


def _choose(events: list[str]) -> str:
    """One event from a list, as figures.py chooses: a death outweighs the rest, a detention
    outweighs the torture that followed it ("detained and tortured", "held … and killed")."""
    if "killed" in events:
        return "killed"
    if "detained" in events:
        return "detained"
    return events[0] if events else ""


def _noun_phrase(number: Any) -> Any:
    """Return the token heading what ``number`` counts: its noun, or itself if bare."""
    while number.dep_ in {"compound", "quantmod"} and number.head.pos_ == "NUM":
        number = number.head  # "two dozen", "27 000"
    if number.dep_ == "nummod" and number.head.pos_ in {"NOUN", "PROPN"}:
        return number.head
    return number


def _noun(phrase: Any) -> str:
    if phrase.pos_ == "NUM":
        # "N of them", "N of the men": the noun after "of", if it names one.
        for prep in (c for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                return noun_of([t.lower_ for t in obj.subtree])
        # A bare number counts people, whatever the clause before counted: the case articles'
        # "At least 100 men have reportedly been arrested … and three have allegedly been
        # killed" is annotated "people killed".
        return ""
    words = [t.lower_ for t in phrase.lefts if t.dep_ in {"amod", "compound"}]
    # "40 men and women" are people: the noun with the nouns conjoined to it.
    # ("104 men and 31 women" are two counts: a noun with a number of its own is not joined).
    joined = [
        t.lower_
        for t in phrase.rights
        if t.dep_ in {"cc", "conj"}
        and t.pos_ != "VERB"
        and not any(c.dep_ == "nummod" for c in t.children)
    ]
    noun = noun_of([*words, phrase.lower_, *joined]) or noun_of([phrase.lower_])
    if not noun and english.name_entities(phrase.doc) and phrase.ent_type_ == "NORP":
        noun = "people"  # "31 gay Chechen saved", "two Ingush"
    return noun


def _relative_of(clause: Any) -> bool:
    """Return whether a relative clause is about its noun ("people who were detained"), not
    a place or time it names ("40 people from Chechnya where a boy was killed")."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(c.lower_ in {"where", "when", "whose"} for c in clause.children):
        return False
    return all(s.lower_ in {"who", "that", "which", "whom"} for s in subjects)


def _event_of_phrase(phrase: Any) -> str:
    """Return what befell the noun phrase ``phrase``: its governing verb's event, else the
    event of a participle or relative clause that describes it."""
    # The main verb says what befell those counted; a relative clause only describes them:
    # "Officers detained three gay men who escaped", "Three men, who had fled Chechnya, were
    # granted asylum". Without an event in the main clause, the description is the count's:
    # "The names of 27 people slaughtered …", "the 114 people included 41 people who were
    # detained".
    # An outcome the ledger does not count is final: "Two brothers who fled … have been
    # sentenced", "Six others, who were subsequently released" are no count of flight.
    return _governing_event(phrase) or _describing_event(phrase)


def _describing_event(phrase: Any) -> str:
    for child in phrase.children:
        # "27 people slaughtered", "30 killed residents"
        if child.dep_ in {"acl", "amod"} and child.i != phrase.i:
            event = _event_of_lemma(child)
            if event and not _intended(child):
                return event
        if child.dep_ == "relcl" and _relative_of(child):
            events = _events_of_verb(child)
            if events:
                return _choose(events)
    return ""


def _killed_of(phrase: Any) -> bool:
    """Whether a relative clause says those counted were killed ("who were later shot", "whom
    police executed"): not what they did ("who had killed a police officer"), nor what may
    have been or was not ("who may have been killed", "who were not killed")."""
    for clause in (c for c in phrase.children if c.dep_ == "relcl"):
        undergone = any(
            c.dep_ in {"nsubjpass", "dobj"} and c.lower_ in {"who", "whom", "that"}
            for c in clause.children
        )
        hedged = any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _HEDGES) for c in clause.children
        )
        if undergone and not hedged and _event_of_lemma(clause) == "killed":
            return True
    return False


_HEDGES = frozenset({"may", "might", "could", "would", "should"})


def _governing_event(phrase: Any) -> str:
    node = phrase
    for _step in range(4):
        head = node.head
        if head is node:
            return ""
        if node.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "oprd"} and head.pos_ in {
            "VERB",
            "AUX",
        }:
            if head.lemma_.lower() == "report" and any(
                c.lower_ == "missing" for c in head.children
            ):
                return "detained"  # "Five people … have been reported missing"
            if node.dep_ == "nsubj" and head.lemma_.lower() == "apply":
                # "130 people had applied, and 60 of them had been evacuated": those who
                # applied asked for help; not what anyone applied to anyone ("applied shocks").
                return "" if any(c.dep_ == "dobj" for c in head.children) else "asked for help"
            acting = node.dep_ in {"nsubj", "nsubjpass"}
            opening = _opening_participle_events(head) if acting else []
            if acting and (state := _state_of(head)):
                return state  # "one of them is dead", "is believed to have been killed"
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            amount = subject is not None and subject.lemma_.lower() in {"number", "total"}
            if head.lemma_.lower() in _CEILING_VERBS or (
                node.dep_ == "attr" and head.lemma_.lower() == "be" and amount
            ):
                # "the number of dead can reach 56 people", "the number of people still under
                # arrest … is currently about 1,000": the subject's event.
                return _event_in_subtree(subject) if subject is not None else ""
            if head.lemma_.lower() in _NO_EVENT_VERBS:
                # "One man told the group that police … urged them to kill him": what he
                # said befell someone else, or no one.
                return _choose(opening)
            events = _events_of_verb(head)
            if (
                events == ["tortured"]
                and node.dep_ == "dobj"
                and head.dep_ == "conj"
                and _held(head.head)
            ):
                events = ["detained"]  # "had rounded up and tortured over 100 gay men"
            if node.dep_ == "dobj" and head.lemma_.lower() == "leave":
                # Those a blast or a raid "left" are its object, not people who fled: "left
                # three of the officers in a grave condition", "left five people wounded".
                events = [e for e in events if e != "left"] or [OTHER_OUTCOME]
            if node.dep_ == "nsubj" and head.lemma_.lower() == "move":
                # "Two gays have moved from Chechnya to Lithuania": who moved themselves left,
                # as "перебрались"; "moved 40 gay men to Canada", its object, were evacuated.
                events = ["left" if e == "evacuated" else e for e in events]
            events = events or opening
            if not events and head.lemma_.lower() in _OTHER_OUTCOMES:
                return OTHER_OUTCOME  # "12 of them were later released", "40 wounded"
            return _choose(events)
        if node.dep_ == "pobj" and head.dep_ == "prep":
            holder = head.head
            if head.lower_ == "of" and holder.pos_ == "NUM" and _describing_event(node):
                return ""  # "Of the 40 people detained, three died": the whole's own event
            if head.lower_ in {"including", "among"} or holder.pos_ == "NUM":
                node = holder  # "135 people, including 31 women, left": the people's event
                continue
            if head.lower_ == "of" and holder.lemma_.lower() in {"total", "group"}:
                node = holder  # "A total of 23 people, including …, were evacuated"
                continue
            if head.lower_ == "of" and holder.pos_ == "NOUN":
                # "the execution of 27", "disappearances of 18 people"; "the names of 27
                # people" names no event; "the detention and ill treatment of over 100 men":
                # the nouns joined to the one "of" hangs on, too. A killing said of them
                # outweighs the noun: "the disappearance of 13 people who were later shot".
                joined = [holder.head] if holder.dep_ == "conj" else []
                events = [e for n in [holder, *joined] if (e := _event_of_lemma(n))]
                killed = ["killed"] if events and _killed_of(node) else []
                return _choose(events + killed)
            if holder.lemma_.lower() in _LEVEL_VERBS and head.lower_ in {"at", "to"}:
                # "The number of people who have sought help now stands at 300", "has risen
                # to 100": the subject's event, as for "can reach 56".
                subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
                return _event_in_subtree(subject) if subject is not None else ""
            if holder.pos_ == "VERB" and head.lower_ in {"to", "for", "with"}:
                # "granted visas to two Chechens", "held with 11 other men"
                return _choose(_events_of_verb(holder))
            if (
                holder.pos_ == "NOUN"
                and head.lower_ in {"to", "for"}
                and holder.head.pos_ == "VERB"
            ):
                return _event_of_lemma(holder) or _choose(_events_of_verb(holder.head))
            return ""
        if node.dep_ in {"appos", "conj"}:
            node = head  # "two men, brothers, …": the first noun's verb
            continue
        return ""
    return ""


def _state_of(verb: Any) -> str:
    """Return the event a verb of being or of belief says its subject is in: "one of them is
    dead", "is believed to be dead", "are thought to have been killed". Neither verb names an
    event of its own, so without a state they count no one."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        states = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in {"dead", "missing"}]
        return _choose(_events_of_verb(verb)) if states else ""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma in {"believe", "think", "presume", "fear"} and passive:
        complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if complement is not None:
            return _state_of(complement) or _choose(_events_of_verb(complement))
    return ""


_ASKING = frozenset({"seek", "ask", "request", "need"})


def _event_in_subtree(token: Any) -> str:
    for word in token.subtree:
        # "people who have sought help", "asked for assistance": not help to escape.
        asking = {word.head.lemma_.lower(), word.head.head.lemma_.lower()} & _ASKING
        if word.lower_ in {"help", "assistance"} and asking:
            return "asked for help"
        if event := _event_of_lemma(word):
            return event
    return ""


def _qualifier(number: Any, phrase: Any) -> str:
    """Return the canonical qualifier the number's own modifiers or a modal ceiling give."""
    modifiers = [c for c in number.lefts if c.dep_ in {"advmod", "quantmod", "amod"}]
    if modifiers:
        start = min(t.i for m in modifiers for t in m.subtree)
        words = number.doc[start : number.i].text.lower()
        if words in lexicon.QUALIFIERS:
            return lexicon.QUALIFIERS[words]
    verb = phrase.head
    if (
        phrase.dep_ == "dobj"
        and verb.lemma_.lower() in _CEILING_VERBS
        and any(c.lower_ in _MODALS for c in verb.children)
    ):
        return "up to"
    return ""


def _number_token(doc: Any, offset: int) -> Any:
    return next((t for t in doc if t.idx <= offset < t.idx + max(len(t.text), 1)), None)


def _first_described(number: Any, before: str) -> bool:
    """Whether "the N" is a first mention a restrictive clause says which people are ("Of the
    11 who asked the helpline for help"): not where the article counted N before ("Police
    detained three men. Lawyers for the three who remain in custody …")."""
    clause = next((c for c in number.children if c.dep_ == "relcl"), None)
    if clause is None or number.nbor(1).text == ",":
        return False
    value = number_value(number.text)
    return not any(is_number(w) and number_value(w) == value for w in WORD.findall(before))


def read(text: str, start: int) -> Reading | None:
    """Return what the parse says of the English number at ``text[start]``, or None.

    The sentence is cut within its paragraph, as spans.py cuts sentences, and parsed whole.
    """
    floor = text.rfind("\n", 0, start) + 1
    ceiling = text.find("\n", start)
    ceiling = len(text) if ceiling < 0 else ceiling
    first = sentence_start(text, start, floor)
    sentence = text[first : sentence_end(text, start, ceiling)]
    if re.search(r"[а-яё]", sentence, re.I) or len(sentence) > 1200:
        return None
    doc = english.parse(sentence)
    number = _number_token(doc, start - first)
    if number is None or number.pos_ not in {"NUM", "NOUN", "PRON", "DET"}:
        return None
    phrase = _noun_phrase(number)
    if (
        phrase is number
        and phrase.dep_ == "pobj"
        and any(c.lower_ == "the" for c in number.lefts)
        and not _describing_event(number)
        and not _first_described(number, text[:first])
    ):
        # "in contact with the three": those named before, not a new count; "Among the 27
        # killed" counts the 27.
        return Reading(not_counted=True)
    noun = _noun(phrase)
    if phrase.i < number.i and noun not in _PERSONS:
        return Reading(not_counted=True)  # a label, not a count: "Page 12", "Article 6"
    # spaCy tags a bare number in a headline as a date now and then ("Helps 31 Persecuted …"):
    # only an entity with a noun or a sign ("January 25", "17%", "$5,000") is believed, not
    # "between 27 and 56".
    not_counted = False
    if noun not in _PERSONS:
        entity = next(
            (e for e in english.name_entities(doc).ents if e.start <= number.i < e.end), None
        )
        not_counted = (
            entity is not None
            and entity.label_ in _NOT_PEOPLE_ENTITIES
            and any(t.pos_ in {"NOUN", "PROPN", "SYM"} for t in entity)
        )
    # "40 arrests of queer Chechens and two deaths": a count of deaths or arrests is its own
    # event, though the parser joins it to the phrase of another.
    own = _event_of_lemma(phrase) if phrase is not number else ""
    event = own if own in {"killed", "detained", "tortured"} else _event_of_phrase(phrase)
    if event == OTHER_OUTCOME and phrase is not number and noun not in _PERSONS:
        event = ""  # "three names of those who have been killed have since been released"
    return Reading(
        noun=noun,
        event=event,
        qualifier=_qualifier(number, phrase),
        not_counted=not_counted,
    )


def counted_with(
    reading: Reading | None, counted: tuple[str, str] | None
) -> tuple[str, str] | None:
    """Return what a figure counts: the parse's event and noun where it names them, else the
    window's (``counted``, from figures.py). A count the parse finds of no one is dropped."""
    if reading is None:
        return counted
    if reading.not_counted or reading.event == OTHER_OUTCOME:
        return None
    if not reading.event:
        return counted
    noun = reading.noun or (counted[0] if counted else "people")
    return noun, reading.event
