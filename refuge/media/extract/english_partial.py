"""Partial quotation and embedded attribution in English news, read from spaCy's parse.

Wire copy quotes a few words inside its own sentence as often as it quotes a whole statement,
and the verb that says whose they are is then seldom "said": a verb of attitude takes the words
as its object ("Merkel expressed “dismay at …”", "Peskov voiced concern “about …”"), a verb of
naming as its complement ("dubbing him “the shame of Russia”"), a verb of judging through "as"
("welcomed the verdict as “a small step”"). A headline gives its speaker before a colon
("Chechen leader Ramzan Kadyrov: “…”"), and a second fragment of a sentence is the speaker's of
the first ("Kadyrov said that “…” engaged in “double-talk” and “writing papers …”"). Used by
`english_syntax.py`, whose reading of the tree these extend.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from refuge.media import lexicon
from refuge.media.extract.english_bodies import BODY_HEADS, OFFICES
from refuge.media.extract.english_descriptions import kin_word_gender
from refuge.media.extract.english_names import name_chain
from refuge.media.extract.english_participles import NAMING_LEMMAS, with_subject
from refuge.media.extract.person_names import is_person_name, spelled_gender

# Verbs whose object or complement is the subject's own words: attitude ("expressed regret
# “that …”", "voiced concern"), naming ("dubbed him", "branded them", "labelled it", "termed").
ATTITUDE_LEMMAS = frozenset({"express", "voice", "raise", "dub", "brand", "label", "term"})
# Verbs whose "as" complement is the subject's judgement in the subject's words: "welcomed the
# verdict as “…”", "slammed the decision as “…”", "rejected the accusations as “…”". Their
# object alone may quote someone else ("condemned Kadyrov's call to “…”"), so only "as" and
# the manner ("in “the strongest terms”").
_JUDGING = frozenset(
    {
        "welcome",
        "hail",
        "praise",
        "condemn",
        "criticise",
        "criticize",
        "slam",
        "blast",
        "dismiss",
        "reject",
        "decry",
        "characterise",
        "characterize",
        "portray",
        "see",
        "regard",
        "view",
        "refer",  # "referred to its journalists as “the enemies of our faith”"
        "brand",
        "label",
    }
)

# Judging that only sees: "regarded “…”" quotes the thing seen, not the one who sees it.
_SEEING = frozenset({"see", "regard", "view", "refer"})

# Verbs of a court's finding, whose "of" names the charge in its words: "found Musaeva guilty
# of “disrupting the work of a penal colony”", "convicted him of “…”".
_CONVICTING = frozenset({"find", "convict"})

# Nouns of the manner of speaking: "in the strongest terms", "in the most resolute manner".
_MANNER = frozenset({"manner", "term", "way", "word", "language", "tone"})


def judged_as(verb: Any, top: Any) -> bool:
    """Return whether a quotation whose top word is ``top`` is the "as" complement of a verb of
    judging with a subject of its own, or of its object ("Tanya Lokshina welcomed the verdict
    as “…”", "Peskov rejected the accusations as “…”"), its grounds ("criticised the men for
    ‘…’"), a court's charge ("found Musaeva guilty of “…”"), or the manner of the judging
    ("condemned the verdict in “the most resolute manner”"); not a passive, "was seen as
    “…”", which names no one who judges. A verb joined to another shares its subject ("Putin
    backed an inquiry but characterized the reports as “…”")."""
    convicting = verb.lemma_.lower() in _CONVICTING
    if (verb.lemma_.lower() not in _JUDGING and not convicting) or not _has_subject(verb):
        return False
    if top.dep_ == "dobj" and top.head.i == verb.i and verb.lemma_.lower() not in _SEEING:
        return True  # "Mijatovic slammed “the latest of a series of worrying attacks”"
    for word in (top, *top.ancestors):
        if word.i == verb.i:
            return False
        # "rejected … as “…”", or "condemned the verdict in “the most resolute manner”" (the
        # parser may hang "in" off the object): how the subject judged, in the subject's words.
        in_manner = word.lower_ == "in" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in _MANNER for c in word.children
        )
        if convicting and word.lower_ == "of" and word.head.lower_ == "guilty":
            return word.head.head.i == verb.i  # "found Musaeva guilty of “…”"
        if convicting and word.dep_ == "prep":
            # "convicted him of “…”", the parser may hang "of" off the object
            owner = word.head
            on_object = owner.dep_ == "dobj" and owner.head.i == verb.i
            return word.lower_ == "of" and (owner.i == verb.i or on_object)
        # "criticised the men for ‘defaming the image of …’": the judge's words for what the
        # object did.
        if word.dep_ == "prep" and (word.lower_ in {"as", "for"} or in_manner):
            owner = word.head
            return owner.i == verb.i or (owner.dep_ == "dobj" and owner.head.i == verb.i)
    return False


def _has_subject(verb: Any) -> bool:
    while True:
        if any(c.dep_ == "nsubj" for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
            return False
        verb = verb.head


def colon_label(doc: Any, quote: list[Any]) -> Any | None:
    """Return the name a quotation follows with only a colon between, where the parse makes
    the quotation hang off it and no verb governs either ("Chechen leader Ramzan Kadyrov:
    “…”", a headline's way of giving its speaker), else None."""
    if not quote or quote[0].i < 2:
        return None
    colon = doc[quote[0].i - 1] if doc[quote[0].i - 1].text == ":" else None
    if colon is None and doc[quote[0].i - 1].is_quote and quote[0].i >= 3:
        colon = doc[quote[0].i - 2] if doc[quote[0].i - 2].text == ":" else None
    if colon is None:
        return None
    name = doc[colon.i - 1]
    starts = name.sent.start == min(t.i for t in name.subtree)
    if name.pos_ != "PROPN" or name.dep_ != "ROOT" or not starts:
        return None
    inside = {t.i for t in quote}
    hanging = any(t.head.i == name.i for t in quote if t.head.i not in inside)
    return name if hanging else None


def shared(found: list[Any], openings: list[int], first_letters: list[str]) -> None:
    """Give a fragment the parse found no speaker for the speaker of the quotation before it in
    the same sentence ("Kadyrov said that “the so-called human rights activists” engaged in
    “double-talk” and “writing papers in their offices.”": the parser may hang the second
    fragment off a clause of its own). ``found`` is revised in place."""
    for n in range(1, len(found)):
        fragment = first_letters[n].islower()
        if found[n] is None and fragment and openings[n] == openings[n - 1]:
            found[n] = found[n - 1]


def controller(verb: Any) -> Any | None:
    """Return the subject a participle with none of its own takes from the clause it hangs
    from ("The Federation released a statement on February 14 reporting that he had been freed
    and stating that “…”": the Federation), or None. Not past a relative clause, whose noun is
    someone else's."""
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return stranded
    if verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    for word in verb.ancestors:
        if word.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in word.children if c.dep_ == "nsubj"]
            if subjects:
                return subjects[0]
        if word.dep_ in {"relcl", "ROOT"}:
            return None
    return None


# Marks of a clause set against its sentence: "…, while a spokesman of his denounced …".
_CONTRASTS = frozenset({"while", "whereas", "although", "though"})


def keeps_words(verb: Any, top: Any) -> bool:
    """Return whether a few words quoted in the narrator's sentence, whose top word is ``top``,
    are those of ``verb``, the nearest speech verb above them, not of the outermost: a
    participle given a subject of its own (``with_subject``), or a verb of naming that is a reported
    clause's own verb, with its subject ("he said the prosecutor called it “a lie”": the
    prosecutor's word for it, not his), or a conjunct of it that names the reporter; or what
    a reported clause's subject promised ("Macron said Putin promised “…”"); or the
    clause of a verb that reports it, with its own subject ("A group has said that “…,”
    BuzzFeed reported": the group's words, the outlet reporting them)."""
    if with_subject(verb) is not None:
        return True
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp":
        # "neighbors said her mother-in-law chased away a neighbor, claiming it was “…”": the
        # participle's subject is the reported clause's, whose words these are.
        return any(c.dep_ == "nsubj" for c in verb.head.children)
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() == "report"
        and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return True  # "A group has said that “…,” BuzzFeed reported.": the group's, reported
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in verb.children
    ):
        # "X has denied …, while a spokesman of his denounced the report as “…”": the clause
        # set against the sentence's speaks for itself.
        return any(c.dep_ == "nsubj" for c in verb.children)
    if (
        verb.lemma_.lower() == "promise"
        and verb.dep_ == "ccomp"
        and top.head.i == verb.i
        and top.dep_ == "dobj"
        and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return True  # "Macron said Putin promised “the whole truth”": what Putin promised
    if verb.lemma_.lower() not in NAMING_LEMMAS:
        return False
    # The words complement the verb's object ("called it “…”", "described them as “…”"), not
    # "called on Russia to “…”", an appeal.
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < top.i]
    named = (top.head.i == verb.i and (top.dep_ == "oprd" or bool(objects))) or (
        top.head.lower_ == "as" and top.head.head.i == verb.i
    )
    owner = verb
    while owner.dep_ == "conj" and owner.head is not owner:
        owner = owner.head
    if not named or owner.dep_ != "ccomp" or not any(c.dep_ == "nsubj" for c in owner.children):
        return False
    # A conjunct of the clause ("said the detainees were criminals and called the claims “…”")
    # is the speaker's (review 14; "had refused and called it “…”" reads either way), unless
    # what it names is the speaker ("Lapunov told the court the officers had mocked him and
    # called him “…”"), who gives no name to himself.
    return owner is verb or _names_the_reporter(verb, owner)


_OBJECT_GENDERS = {"him": "m", "her": "f"}


def _names_the_reporter(verb: Any, clause: Any) -> bool:
    """Return whether the object of a verb of naming is "him" or "her" that the reported
    clause, ``clause``, already points back at the reporter with ("the officers had mocked
    him and called him “…”"), the reporter being of that gender. Not where the clause's
    subject is a named person ("Kadyrov said Lapunov had lied and called him “…”": him is
    Lapunov, and the words Kadyrov's; review 15)."""
    objects = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
    wanted = _OBJECT_GENDERS.get(objects[0], "") if objects else ""
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    if not wanted or not subjects:
        return False
    own = [c for c in clause.children if c.dep_ == "nsubj"]
    if not own or any(t.pos_ == "PROPN" for t in own[0].subtree):
        return False
    pronoun = {"m": "him", "f": "her"}[wanted]
    if not any(c.dep_ == "dobj" and c.lower_ == pronoun for c in clause.children):
        return False
    return _gender(subjects[0]) == wanted


def _gender(subject: Any) -> str:
    if subject.lower_ in {"he", "she"}:
        return {"he": "m", "she": "f"}[subject.lower_]
    name = " ".join(t.text for t in subject.subtree if t.pos_ == "PROPN")
    return spelled_gender(name) if name else ""


def _noun_gender(subject: Any) -> str:
    """Return "f" or "m" where a subject's name or kin noun says it ("Her father"), else ""."""
    return kin_word_gender(subject.text) or _gender(subject)


def apposed_to(head: Any) -> list[Any]:
    """Return the appositions of a subject's head, with a name the parser hung on the body
    its preposition gives ("Estemirova’s supervisor at Memorial, Oleg Orlov, told": "Orlov"
    made Memorial's apposition): a body named in a role's phrase takes no person's name."""
    found = [c for c in head.children if c.dep_ == "appos"]
    for prep in (c for c in head.children if c.dep_ == "prep"):
        for body in (o for o in prep.children if o.dep_ == "pobj" and _a_body(o)):
            found += [a for a in body.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    return found


def set_off_name(source: Any) -> Any:
    """Return the name set off by commas right after an "according to" source that is a role
    ("According to the paper's deputy editor, Sergei Sokolov, the newsroom …": the parser
    makes "Sokolov" the next clause's subject), else the source itself."""
    doc, after = source.doc, source.right_edge.i + 1
    # One role someone holds ("the paper's deputy editor"), not a body ("According to the
    # ministry, Ramzan Kadyrov, …") nor people ("According to relatives, Ismail Isaev, 17, was").
    held = source.tag_ == "NN" and any(c.dep_ in {"det", "poss"} for c in source.children)
    if after >= len(doc) - 2 or doc[after].text != "," or not held or _a_body(source):
        return source
    end = after + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    named = end - after - 1 >= 2 and end + 1 < len(doc) and doc[end].text == ","
    # A new clause with its own subject after it ("…, Sergei Sokolov, the newsroom has"), not
    # the name's own predicate ("According to his lawyer, Salekh Magamadov, who …, is").
    subject_next = named and doc[end + 1].pos_ in {"DET", "PRON", "NOUN", "PROPN", "ADJ"}
    return doc[end - 1] if subject_next and doc[end + 1].lower_ not in {"who", "which"} else source


# Common nouns of a body or its part: "the head of the Network's legal department, Vladimir,".
_BODY_NOUNS = re.compile(
    rf"{OFFICES}|unit|team|program(?:me)?|division|section|agency|bureau|desk|branch"
    r"|organi[sz]ation|group|project"
)


def _a_body(word: Any) -> bool:
    """Whether a role's object names a body, so a name apposed to it is the role holder's
    (not "a friend of the singer, Zelimkhan Bakaev,": the singer's name)."""
    return word.pos_ == "PROPN" or bool(_BODY_NOUNS.fullmatch(word.lower_))


def _stranded_subject(verb: Any) -> Any | None:
    """Return the subject the parser hung on the phrase opening the sentence ("At a news
    conference with Angela Merkel, Dmitry Medvedev said": "Medvedev" made Merkel's
    apposition), leaving the verb none: the name right before the verb, or None."""
    if verb.i == 0 or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return None
    last = verb.doc[verb.i - 1]
    if last.dep_ != "appos" or last.pos_ != "PROPN":
        return None
    opening = [c for c in verb.children if c.dep_ in {"prep", "advcl", "npadvmod"}]
    return last if any(c.left_edge.i <= last.i <= c.right_edge.i for c in opening) else None


def principal(quoting: Any, quoted: Any) -> Any:
    """Return whom "him"/"her" means where someone's aide quotes them ("“…,” Kadyrov's press
    secretary quoted him as saying": Kadyrov, the owner of the subject), else ``quoted``."""
    if quoted.lower_ not in {"him", "her"}:
        return quoted
    subjects = [c for c in quoting.children if c.dep_ == "nsubj"]
    owners = [c for s in subjects for c in s.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return owners[0] if owners else quoted


def inverted(verb: Any, subjects: list[Any]) -> list[Any]:
    """Return the subjects of a speech verb, the one after it first where the parser gave it
    two ("The decision … was “a conscious choice” of identity, said fellow activist Aleksandr
    Cherkasov": the clause before is no subject of "said")."""
    after = [s for s in subjects if s.i > verb.i]
    return after[:1] if len(subjects) > 1 and after else subjects


def trailing(tops: list[Any], is_speech: Callable[[Any], bool]) -> Any | None:
    """Return the speech verb that follows a fragment after a comma as a conjunct of the clause
    it is in ("Moving to Chechnya … was “a conscious choice” of identity, said fellow Memorial
    activist Aleksandr Cherkasov": the parser joins "said" to "was"), or None."""
    for top in tops:
        for clause in (top, *top.ancestors):
            for verb in clause.children:
                after_comma = verb.i > top.i and verb.doc[verb.i - 1].text == ","
                if verb.dep_ == "conj" and after_comma and is_speech(verb):
                    return verb
    return None


def antecedent_of(verb: Any, subject: Any, own: bool = True) -> Any:
    """Return the person "who" stands for as a speech verb's subject ("… Ombudsman in Chechnya
    Nurdi Nukhazhiev, who said in this context that “…”": Nukhazhiev), the owner of the
    document "which" stands for, the one by whom a document the subject is was made ("The
    indictment read out by federal prosecutor Ronald Georg states"), else ``subject``; only
    the last where ``verb`` is not the speech verb's own (``own``) but one it hangs on."""
    if subject.lower_ in _DOCUMENT_NOUNS:
        made = [c for c in subject.children if c.dep_ == "acl"] + ([] if own else [verb])
        if makers := [a for clause in made for a in _agents(clause)]:
            return makers[0]
    if not own:
        return subject
    main = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    what = any(c.lower_ == "what" for c in verb.children)
    other_gender = {"he": "f", "she": "m"}.get(subject.lower_)
    if other_gender and what and main and _noun_gender(main[0]) != other_gender:
        # "A lawyer …, who asked not to be named, condemned what she called “…”": the one the
        # sentence is about, not whoever "she" was before it (not "Her father" for "she").
        return main[0]
    relative = subject.lower_ == "who" and verb.dep_ == "relcl"
    head = verb.head
    place = head.ent_type_ in _PLACES or head.text in lexicon.PLACE_NAMES
    located = head.dep_ == "pobj" and head.head.lower_ in _LOCATIVES
    if relative and place and located and head.head.head.pos_ == "NOUN":
        # "officials in Grozny, who called it": the people in the place, not the place (mend 12).
        # "the mother of a student from Grozny, who said": the mother, the phrase's head, not
        # the son the place hangs on (review 16, en-5).
        return _climbed(head.head.head)
    if subject.lower_ == "which" and verb.dep_ == "relcl":
        # "The case was taken up by Memorial last year, which called it": a body, the agent.
        bodies = [a for a in _agents_before(verb, subject) if a.pos_ == "PROPN"]
        # "… such as Amnesty International, which has warned …": the name it is hung on.
        named = verb.head.pos_ == "PROPN" and not _is_time(verb.head)  # not "in May, which"
        bodies = bodies or ([verb.head] if named else [])
        return _document_owner(verb.head) or (bodies[-1] if bodies else subject)
    if relative and _is_time(verb.head):
        # "said Igor Kochetkov on Monday, who added …": the parser hangs the clause on the
        # time phrase before it; the person is the subject of the verb the time phrase is of.
        governing = verb.head
        while governing.dep_ in {"pobj", "prep", "npadvmod"} and governing.head is not governing:
            governing = governing.head
        # "The men were detained by police on Monday, who then told them": the agent of a
        # passive verb, not its subject, is who "who" is; a passive without one names no one.
        agents = _agents(governing)
        if agents or any(c.dep_ in {"nsubjpass", "auxpass"} for c in governing.children):
            return agents[0] if agents else subject
        subjects = [c for c in governing.children if c.dep_ == "nsubj"]
        return subjects[0] if subjects else subject
    if relative and verb.head.dep_ == "nsubjpass":
        # "The case was cited by the prosecutor last week, who called it": the parser may hang
        # the clause on the passive's subject; "who" past the agent is the agent (mend 12). Not
        # a force past a person: "Lapunov was held by police …, who later told" is Lapunov's
        # (review 16, en-2), as the police cannot say "I was beaten"; a named agent still is.
        agents = _agents_before(verb, subject)
        if agents and (agents[-1].pos_ == "PROPN" or not _is_person(verb.head)):
            return agents[-1]
    # "was cited by Oleg Orlov last week, who added": the parser may hang the clause on the
    # passive verb past the time phrase, as an adverbial clause ("who" opens none): its agent.
    before = verb.doc[subject.i - 2] if subject.i >= 2 else subject
    past_time = verb.doc[subject.i - 1].text == "," and _is_time(before)
    if subject.lower_ == "who" and verb.dep_ == "advcl" and past_time and _agents(verb.head):
        return _agents(verb.head)[0]
    if relative and not _adverbial(verb.head.head):
        # "the widow of an officer in Grozny, who said" hung on "officer": the widow's; "Rati
        # Ionatamishvili, chair of the … Committee, who claimed" on the body: the chair's.
        body = re.fullmatch(BODY_HEADS, verb.head.text)
        climbed = _climbed(verb.head) if verb.head.pos_ == "NOUN" or body else verb.head
        beside = body and climbed.dep_ == "appos" and climbed.head.pos_ == "PROPN"
        return climbed.head if beside else climbed
    # Hung on no noun, or on an adverbial's ("in 2017, who"): the person the comma follows.
    return nearest_person_before(subject) or (verb.head if relative else subject)


def said_by_who(verb: Any) -> bool:
    """Return whether ``verb`` has a relative "who" as its subject. "Lapunov was held by
    police in 2017, who later told reporters: "…"" may be parsed with the clause hung on an
    adverbial, under no verb the quotation is a clause of: the speech verb of that clause,
    right beside the quotation, is the one that reports it."""
    return any(c.lower_ == "who" and c.dep_ == "nsubj" for c in verb.children)


# The month names a date adverbial may give ("in May"); a year is four digits ("in 2017").
_MONTHS = frozenset(month.lower() for month in lexicon.MONTHS_EN)


def _adverbial(preposition: Any) -> bool:
    """Return whether ``preposition`` opens an adverbial of time or place ("in 2017", "on
    Monday", "in Grozny"), which a relative clause after it never describes."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if preposition.dep_ != "prep" or not objects:
        return False
    words = objects[0]
    timed = _is_time(words) or words.lower_ in _MONTHS or re.fullmatch(r"\d{4}", words.text)
    placed = preposition.lower_ in _LOCATIVES and name_chain(words).text in lexicon.PLACE_NAMES
    return bool(timed or placed)


def _person_word(token: Any) -> bool:
    """Return whether ``token`` heads a phrase that names a person: a person's name, or a
    noun of people, kin or roles ("the widow", "an officer")."""
    if token.pos_ == "PROPN":
        return _is_person(token) and is_person_name(name_chain(token).text)
    return token.pos_ == "NOUN" and _CLIMBED.fullmatch(token.lower_) is not None


def nearest_person_before(relative: Any) -> Any | None:
    """Return the person a non-restrictive "who" stands for where the parser hung its clause
    on no noun ("Maxim Lapunov was questioned by Magomed Daudov in 2017, who later told
    reporters: …", read as a complement of "questioned"), or None.

    In English a relative clause set off by a comma describes the noun phrase right before
    the comma; an adverbial of time or place between them ("in 2017", "in Grozny") does not
    take one, and "who" is said only of people, so it is the nearest phrase before the comma,
    past those adverbials, that names a person: the agent Daudov, not the subject Lapunov.
    A noun of people after "of" is the one of the phrase it completes ("the widow of an
    officer, who said": the widow), as ``antecedent_of`` reads it."""
    doc = relative.doc
    if relative.lower_ != "who" or relative.i < 2 or doc[relative.i - 1].text != ",":
        return None
    index = relative.i - 2
    while index >= relative.sent.start:
        token = doc[index]
        opening = next((a for a in (token, *token.ancestors) if _adverbial(a)), None)
        if opening is not None:
            index = opening.left_edge.i - 1  # past the whole adverbial
            continue
        if _person_word(token):
            return _climbed(token)
        index -= 1
    return None


def _climbed(noun: Any) -> Any:
    """Return the head of the "of" phrases of people ``noun`` completes: "the mother of a
    student" is who a "who" after it stands for, and so a mother's words are not her son's
    (review 16, en-5). Only over a person, kin, role or group noun: "The arrest of a blogger
    from Grozny, who later said" is the blogger's (review 17, en-3)."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ == "NOUN"
        and _CLIMBED.fullmatch(noun.head.head.lower_)
    ):
        noun = noun.head.head
    return noun


_PLACES = frozenset({"GPE", "LOC", "FAC"})
# The heads of "X of a Y from PLACE" whose X is who speaks: people, kin, roles and groups.
_CLIMBED = re.compile(
    rf"(?:{lexicon.ROLE_WORDS}|mothers|fathers|wife|wives|husband|husbands|sisters|brothers|"
    r"sons?|daughters?|aunt|uncle|grandmother|grandfather|cousins?|parents|family|families|"
    r"widows?|widower|lawyers|friends|colleagues?|neighbou?rs?|group|groups|members?|"
    r"relatives|representatives|spokesmen|officials|women|woman|men|man|girl|boy)"
)
_LOCATIVES = frozenset({"in", "from", "at", "near"})


_ORGANISATION_WORDS = frozenset(
    word
    for aliases in lexicon.ORGANISATIONS.values()
    for alias in aliases
    for word in alias.split()
)


def _is_person(word: Any) -> bool:
    if word.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} or word.text in _ORGANISATION_WORDS:
        return False
    return word.pos_ in {"PROPN", "PRON"} or word.ent_type_ == "PERSON"


def _agents_before(verb: Any, relative: Any) -> list[Any]:
    """Return the agents between a passive's subject a relative clause is hung on and the
    relative word, where it is hung so; else none."""
    head = verb.head
    if verb.dep_ != "relcl" or head.dep_ != "nsubjpass":
        return []
    return [a for a in _agents(head.head) if head.i < a.i < relative.i]


def _agents(verb: Any) -> list[Any]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


_TIME_WORDS = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("today", "yesterday", "week", "month", "year", "morning", "evening", "night"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
    }
)


def _is_time(token: Any) -> bool:
    return token.ent_type_ in {"DATE", "TIME"} or token.lower_ in _TIME_WORDS


# The documents whose words are their owner's: "a report …, which described … as “…”".
_DOCUMENT_NOUN_WORDS = (
    "statement report letter release communique communiqué resolution study document message "
    "appeal petition ruling indictment verdict"
)
_DOCUMENT_NOUNS = frozenset(_DOCUMENT_NOUN_WORDS.split())


def _document_owner(head: Any) -> Any | None:
    """Return the subject of the verb whose object is the document a "which" clause follows
    ("Human Rights Watch published a report in May, which described …": the parser may hang
    the clause on "May"), or None where no document is the verb's object."""
    verb = head
    while verb.dep_ in {"pobj", "prep", "dobj", "npadvmod", "appos"} and verb.head is not verb:
        source = verb.dep_ == "pobj" and verb.head.lower_ in {"from", "by"}
        if source and verb.head.head.lower_ in _DOCUMENT_NOUNS:
            return verb  # a document's own source: "a petition from Titiyev's lawyer, …, which"
        verb = verb.head
    documents = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _DOCUMENT_NOUNS]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not documents or not subjects or subjects[0].lower_ in {"which", "who", "that"}:
        return None
    return subjects[0]


def named_before_pronoun(lead: str) -> bool:
    """Whether the words before a quotation name someone in full before its "he" or "she"."""
    pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\b", lead)
    if pronoun is None or re.search(r"\b(?:him|her)\b", lead[: pronoun.start()]):
        return False  # "Ramzan Kadyrov called him a traitor after he said": someone before
    pairs = re.findall(r"[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+", lead[: pronoun.start()])
    return any(is_person_name(pair) for pair in pairs)
