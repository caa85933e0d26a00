"""Who the subject of an English speech verb names as the speaker, read from spaCy's parse: the
name apart from the role ("Tanya Lokshina, a researcher at Human Rights Watch," / "fellow rights
activist and friend Tanya Lokshina"), people joined ("Bula and Zelim"), a statement's or an
office's owner ("the OSCE statement said", "Ramzan Kadyrov's office said"), or the body itself
("the Russian Foreign Ministry said").

english_syntax.py finds which word of the sentence speaks a quotation (the speech verb's
subject, a passive's agent, "according to X"); this reads what that word and the words below it
name, wherever it sits in the sentence, as russian_noun_phrases.py does for syntax.py. Moved out
of english_syntax.py, which had reached the 600-line limit.
"""

from __future__ import annotations

import re
from typing import Any

from refuge.media import lexicon
from refuge.media.extract import english_partial
from refuge.media.extract.english_bodies import OFFICES
from refuge.media.extract.english_names import compact_description, holder, name_chain, role_word
from refuge.media.extract.org_aliases import canonical_name, org_in
from refuge.media.extract.person_names import is_person_name, spelled_gender
from refuge.media.extract.speakers import Speaker, parse_who
from refuge.media.extract.wording import (
    ANYONE,
    GIVEN,
    GIVEN_NAME,
    NAME,
    PSEUDONYM,
    member_after_body,
    name_at_end,
)

# A statement, not a person, may "say": its owner speaks ("the OSCE statement said").
DOCUMENT_NOUNS = lexicon.DOCUMENT_NOUNS_EN
# What someone said, owned by them: "Then came Kadyrov's answer: “…”" is Kadyrov's.
_SPOKEN_WORDS = frozenset({"answer", "response", "reply", "retort", "words", "comment", "remarks"})
# What a person records, whose author stays the author where no one is said to own it ("says
# the author of the video message"); a report's or a statement's authors speak as its owner.
_PERSONAL_MEDIA = frozenset({"video", "message", "post", "note"})
# Words that point to someone named elsewhere ("who", "this", "one"): alone, no speaker.
_NOT_SPEAKERS = frozenset({"who", "which", "that", "this", "what", "one", "some", "all"})


def _runs(tokens: list[Any]) -> list[list[Any]]:
    """Split tokens (in order) into runs of neighbours: a relative clause left out leaves a gap."""
    runs: list[list[Any]] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _phrase(tokens: list[Any]) -> str:
    """Return the words of the first run of ``tokens``, without edge quote marks or commas."""
    if not tokens:
        return ""
    run = _runs(tokens)[0]
    # "the Crisis Group “North Caucasus SOS”", 'the HRC "Memorial"': marks around a name are
    # no part of it.
    words = run[0].doc[run[0].i : run[-1].i + 1].text
    return re.sub(r"\s*[“”\"]\s*", " ", words).strip(" ,—–-«»\"“”„'‘’").replace("  ", " ")


def _own_pronoun(subject: Any) -> bool:
    """Whether the subject's own verb has a person's possessive or reflexive after it, with no
    other name between them ("X says in her appeal"; a body's would be "its")."""
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    for token in (t for t in subject.head.subtree if t.i > subject.i):
        if token.pos_ == "PROPN" and token not in subject.subtree:
            return False
        possessive = token.lower_ == "her" and token.tag_ == "PRP$"  # not "told her"
        if possessive or token.lower_ in {"his", "himself", "herself"}:
            return True
    return False


def _said_of_a_person(chain: Any, subject: bool) -> bool:
    """Whether the words around a name of two or more words make it a person's, whatever the
    model makes of a name it has not met: a title before it ("German Chancellor Siobhan
    Kearney"), or, for a subject, "of" a body the gazetteers know ("Siobhan Kearney of the
    Russian LGBT Network") or the verb's "his" or "her"."""
    if len(chain) < 2:
        return False
    title = chain.doc[chain.start - 1] if chain.start else None
    if title is not None and title.dep_ == "conj" and role_word(title.head):
        title = title.head  # "Chechen President and MMA fighter Lorcan Brennagh": the first
    if title is not None and role_word(title) and title.head.i in range(chain.start, chain.end):
        return True
    name = chain[-1]
    of_a_body = any(
        org_in(name.doc[o.left_edge.i : o.i + 1].text)
        for c in name.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    )
    return subject and (of_a_body or _own_pronoun(name))


def _named(token: Any, names: list[str], *, subject: bool) -> Any | None:
    """Return the person's name ``token`` ends, if it is one: a PERSON for the model, a first
    name or surname whose gender is known, the surname of someone the article named in full,
    or the subject's one capitalised word no organisation or place list has ("said Gaylord";
    the small model takes many surnames for organisations)."""
    if token.pos_ != "PROPN" or role_word(token) or not token.text[:1].isupper():
        return None
    if re.fullmatch(r"[A-Z]{2,}s", token.text):
        return None  # an abbreviation in the plural ("NGOs help …") is no one's name
    chain = name_chain(token)
    if not is_person_name(chain.text) or org_in(chain.text):
        return None
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is not None and entity.label_ == "PERSON":
        return chain
    if subject and any(
        c.dep_ == "appos"
        and any(
            re.fullmatch(lexicon.ROLE_WORDS, w.lower_)
            for w in (c, *(w for w in c.children if w.dep_ == "compound"))
        )
        for c in token.children
    ):
        # "Nikki Haley, the U.S. ambassador to the U.N.,": a role is a person's; so is
        # "Berit Lindeman, Secretary General of …", whose head the role word is joined to.
        return chain
    if _said_of_a_person(chain, subject):
        return chain
    if spelled_gender(chain.text):
        return chain
    if any(n.split()[-1] == token.text for n in names if " " in n):
        return chain
    determined = any(c.dep_ == "det" for c in token.children)
    # "the white haired and soft spoken Hammarberg", "the embattled Kadyrov": words said of a
    # surname, which a body's name ("the Kremlin") does not take.
    described = determined and any(
        c.dep_ == "amod" and c.text[:1].islower() for c in token.children
    )
    alone = len(chain) == 1 and (not determined or described)
    if subject and alone and token.ent_type_ not in {"GPE", "NORP", "LOC", "FAC"}:
        return chain
    return None


def subject_name(head: Any, names: list[str]) -> Any | None:
    """Return the name a subject gives: its own ("Sergei Babinets, head of …"; "lawyer Mark
    Alekseyev" has the name as its head), else one in apposition to it ("his lawyer, Mark
    Alekseyev," / "Europe Director, John Dalhuisen,")."""
    if (named := _named(head, names, subject=True)) is not None:
        return named
    appositions = english_partial.apposed_to(head)
    apposed = next((n for c in appositions if (n := _named(c, names, subject=False))), None)
    return apposed or holder(head)


def speaker_named(head: Any, names: list[str]) -> Speaker | None:
    """Return the speaker a subject names: its name apart from its role."""
    comma = head.left_edge.i - 1
    named_first = head.doc[comma - 1] if comma > 0 and head.doc[comma].text == "," else None
    if (
        head.pos_ == "NOUN"
        and named_first is not None
        and named_first.pos_ == "PROPN"
        and named_first.head == head.head
        and named_first.dep_ in {"intj", "npadvmod", "dep"}
    ):
        head = named_first  # "Facebook, the company that owns Instagram, said": the parser's slip
    word = head.lower_
    partitive = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if word in _NOT_SPEAKERS and not (partitive and word in {"one", "some", "all"}):
        return None  # but "one of the victims" is a description of who speaks
    if word in lexicon.PRONOUNS or word in lexicon.OBJECT_PRONOUNS:
        return Speaker(lexicon.OBJECT_PRONOUNS.get(word, word))
    author = head
    if (document := _document_under(head, _HELD_BY_DOCUMENT.get(word, set()))) is not None:
        head, word = document, document.lower_
    # Not "Chechnya's press and information minister": a role the parser joined to the noun.
    if (word in DOCUMENT_NOUNS or word in _DOCUMENT_PARTS) and not any(
        role_word(w) for w in head.conjuncts
    ):
        # "says the author of the video message": the author, where the message has no owner.
        owner = _document_owner(head)
        authored = author.lower_ in {"author", "authors"} and head.lower_ in _PERSONAL_MEDIA
        head = owner or (author if authored else head)
    if word in _SPOKEN_WORDS:
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        head = owners[0] if owners else head
    owned = head.lower_ != word
    if word == "office" or (word == "service" and any(c.lower_ == "press" for c in head.lefts)):
        # "Ramzan Kadyrov's office said": a person's office speaks in the person's name.
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if owners and (owner := _named(owners[0], names, subject=True)) is not None:
            return Speaker(owner.text)
    # Not a relative clause ("Poplevskaia, who said the organisation …"): its words name no one.
    subtree = [t for t in head.subtree if not _in_clause(t, head)]
    if owned:
        subtree = [t for t in subtree if t.dep_ != "case"]  # "the Network's post": the Network
    phrase = _phrase(subtree)
    if not re.search(r"[^\W\d_]", phrase):
        return None  # nothing, or a number: "wanted since 2018 accused of ‘…’" names no one
    if owned and _compound_body(head):
        phrase = f"the {phrase}"  # "the ministry statement said": the ministry
    # "eight organisations – Amnesty International, …, Memorial – expressed": the group speaks,
    # with its members listed between dashes.
    if listed := _LISTED_MEMBERS.fullmatch(phrase):
        return parse_who(listed.group(1))
    named = subject_name(head, names)
    if named is not None and len(named) > 2 and named.text not in names:
        # "Austrian Interior Minster Karl Nehammer": the name the parser tagged is its end.
        tail = next((n for n in names if named.text.endswith(" " + n) and " " in n), "")
        named = named[len(named) - len(tail.split()) :] if tail else named
    board = re.search(r"\beditorial\s+(?:board|staff|office)\b", phrase, re.I)
    outlet = org_in(phrase, outlets=True) and not org_in(phrase) and named is None
    if outlet and not board and not owned:
        # "reported NBC News": an outlet reports; it does not speak. "Novaya Gazeta's Elena
        # Milashina" is a person of the outlet's; its editorial board speaks for it, and so
        # does what it publishes ("an update posted on Novaya Gazeta's website claimed").
        return None
    apposed = [a for a in head.children if a.dep_ == "appos"]  # "one of …, a 20-something who …"
    # A participle only for one unnamed: "Magomed Daudov -- known as Lord --" is Daudov.
    clauses = {"relcl"} if head.pos_ == "PROPN" else {"relcl", "acl"}
    for clause in (c for w in (head, *apposed) for c in w.children if c.dep_ in clauses):
        # "One victim, who asked to be identified only as Adam,", "Another survivor, named
        # only as Anzor,": the name the clause or participle gives.
        # The word after the clause too: the parser may hang the name it gives elsewhere.
        words = head.doc[clause.left_edge.i : clause.right_edge.i + 2].text
        given = re.search(rf"\b(?:{GIVEN_NAME})\s+[“\"]?({GIVEN})", words)
        if given is not None and is_person_name(name := given.group(1).rstrip(".")):
            return Speaker(name, _phrase([t for t in subtree if t.i < clause.i]))
    pair = re.fullmatch(rf"(?:(.+),\s+)?(({NAME}\s+{NAME})\s+and\s+({NAME}\s+{NAME})),?", phrase)
    if named is not None and pair and all(map(is_person_name, pair.group(3, 4))):
        # "Salekh Magamadov and Ismail Isaev said", "said the brothers, Salekh Magamadov and
        # Ismail Isaev,": two people speak together, whose names the parser may hang apart.
        return Speaker(pair.group(2), pair.group(1) or "")
    if named is not None and not org_in(named.text):
        # "Bula and Zelim (not their real names) said": people coordinated speak together.
        # Not when the name is in apposition to a head coordinated in a role ("NDP
        # Immigration, Refugees and Citizenship critic, Jenny Kwan"): the role's words.
        # Nor "Gulnoza Said, Europe and Central Asia program coordinator at …": a conjunct
        # ending in a role is the role's words.
        conjuncts = [
            c
            for c in head.children
            if c.dep_ == "conj" and head in named and not any(role_word(t) for t in c.subtree)
        ]
        joint = [n for c in conjuncts if (n := _named(c, names, subject=True)) is not None]
        taken = (
            {t.i for n in [named, *joint] for t in n}
            | {t.i for c in head.children if c.dep_ in {"cc", "conj"} for t in c.subtree}
            if joint
            else {t.i for t in named}
        )
        runs = [
            r
            for r in _runs([t for t in subtree if t.i not in taken])
            if any(not t.is_punct for t in r)
        ]
        role = _phrase(max(runs, key=len)) if runs else ""
        if joint:
            together = " and ".join(n.text for n in [named, *joint])
            no_role = re.match(r"\(?not\b", role)  # "(not their real names)"
            return Speaker(together, "" if no_role else role, org_in(role))
        return Speaker(named.text, role, org_in(role))
    if head.pos_ == "NOUN" and role_word(head) and not any(c.dep_ == "det" for c in head.children):
        # "said fellow rights activist and friend Tanya Lokshina": roles joined before one name.
        for joined in (c for c in head.children if c.dep_ == "conj"):
            if (person := _named(joined, names, subject=True)) is not None:
                role = _phrase([t for t in subtree if t.i < person[0].i])
                return Speaker(person.text, role, org_in(phrase))
    pseudonym = PSEUDONYM.match(phrase)
    if pseudonym and pseudonym.group("who") == head.text:
        return Speaker(head.text)  # "Amalia (not her real name) from Chechnya": a person's name
    if (member := member_after_body(name_at_end(phrase.split())))[0]:
        return Speaker(member[0], "", member[1])  # the parser may take the run for the body's
    described = any(c.dep_ == "det" for c in head.children) and len(name_chain(head)) == 1
    organisational = head.ent_type_ in {"ORG", "GPE", "NORP"} and not described
    # "His organisation, Memorial, called …": the body a description of it is set beside.
    beside = next((a for a in apposed if a.pos_ == "PROPN"), None) if named is None else None
    if head.pos_ == "NOUN" and beside is not None and (body := org_in(_phrase([*beside.subtree]))):
        return Speaker(role=body, affiliation=body)
    # What the words say, read once: "HRW Europe and Central Asia associate director Tanya
    # Lokshina" is the person; else the reading after the cases below.
    titled = parse_who(phrase)
    if " " in titled.name and re.search(rf"\b(?:{lexicon.ROLE_WORDS})$", titled.role, re.I):
        return titled
    # "Lelo party politician Grigol Gegelia": a calling in lower case before a person's name.
    calling = re.search(r"\s[a-z]+$", titled.role)
    if organisational and calling and " " in titled.name and is_person_name(titled.name):
        return titled
    # "The head of the Ministry of Internal Affairs of Chechnya Ruslan Alkhanov" (not "The
    # sister of singer Zelimkhan Bakaev": whose sister).
    whose = re.search(r"\b(?:of|for)(?:\s+[a-z][\w-]*)+$", titled.role)
    if " " in titled.name and is_person_name(titled.name) and not whose:
        return titled
    # "the Council of Europe Commissioner for Human Rights urged": the body's officer (the
    # parser may set the role beside the body, with no comma between).
    officer = role_word(head) or any(role_word(a) and a.nbor(-1).text != "," for a in apposed)
    closing = name_at_end(phrase.split())[-2:]  # not "The Chairman of Memorial Oleg Orlov"
    officer = officer and not (len(closing) == 2 and is_person_name(" ".join(closing)))
    if head.pos_ == "PROPN" and officer and org_in(phrase) not in {"", phrase}:
        return Speaker(role=re.sub(_LEADING, "", phrase, flags=re.I), affiliation=org_in(phrase))
    if head.pos_ == "PROPN" and (organisational or org_in(phrase)):
        # An organisation is no one's name: "the Russian Foreign Ministry said".
        organisation = org_in(phrase) or re.sub(_LEADING, "", phrase, flags=re.I)
        organisation = re.sub(r"\s*\([A-Z]{2,6}\)$", "", organisation)  # "… Rights (IHF)"
        return Speaker(role=organisation, affiliation=organisation)
    epithets = re.fullmatch(r"(?:the|an?)\s+(?:[a-z-]+,?\s+)+(?P<name>[A-Z][\w’'-]+)", phrase)
    if epithets:
        # "the white haired and soft spoken Hammarberg": the parser may make a word said of
        # the name the subject's head; the name closing the description is who speaks.
        last = [t for t in subtree if not t.is_punct][-1]
        if last.ent_type_ == "PERSON" and is_person_name(last.text):
            return Speaker(epithets.group("name"))
    # "a statement from the Russian LGBT Network": its owner, for the patterns.
    long = head.pos_ == "NOUN" and len(phrase.split()) > 5 and head.lower_ not in DOCUMENT_NOUNS
    compact = compact_description(head) if long else ""
    if compact:
        return Speaker(role=compact, affiliation=org_in(compact))
    return titled


# Nouns a document speaks for, with the prepositions that hang the document on them: "The
# authors of the report", "according to information in the MSK1 post".
_HELD_BY_DOCUMENT = {
    "author": {"of"},
    "authors": {"of"},
    "information": {"in", "on"},
    "data": {"in", "on"},
}


def _document_under(head: Any, prepositions: set[str]) -> Any | None:
    """Return the document one of ``prepositions`` hangs on ``head``, or None."""
    return next(
        (
            o
            for c in head.children
            if c.lower_ in prepositions
            for o in c.children
            if o.dep_ == "pobj" and o.lower_ in DOCUMENT_NOUNS
        ),
        None,
    )


# What a document has, which says what the document's owner says: "says the introduction to
# the report of Human Rights Watch", "reads a statement on the website of the … Network".
_DOCUMENT_PARTS = frozenset(
    {"introduction", "preface", "foreword", "summary", "chapter", "section", "website", "site"}
)


_SENDING = frozenset({"send", "write", "issue", "publish", "post", "release", "sign", "adopt"})


def _document_owner(document: Any) -> Any | None:
    """Return whose a document is: "the OSCE statement", "Memorial's statement"; "a statement
    by Secretary of State Mike Pompeo", "… released by the Russian LGBT Network" (the one it
    is by, or its participle's agent); "a statement of the Chechen Interior Ministry"; through
    the document a part of it belongs to or the site it is on."""
    for _step in range(4):
        children = list(document.children)
        # "the HRW’s World Report": its owner before the words of its title.
        owners = [c for c in children if _possessor(c)]
        owners += [
            c
            for c in children
            if c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and not re.fullmatch(lexicon.PLATFORMS_EN, c.text)  # not "a Telegram post"
        ]
        # "the ministry statement": a body named before, by its kind.
        determined = any(c.lower_ == "the" for c in children)
        owners += [c for c in children if determined and _compound_body(c)]
        by = [c for c in children if c.dep_ == "prep" and c.lower_ in {"by", "from"}]
        by += [a for c in children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"]
        # "… published by the channel": a body named before, by its kind.
        owners += [o for c in by for o in c.children if o.dep_ == "pobj" and _body_or_name(o)]
        # "The last text message that the shelter received from one of the women", "the
        # message that Memorial sent": its sender.
        clauses = [c for c in children if c.dep_ == "relcl"]
        sent = [a for c in clauses if c.lemma_ in {"receive", "get"} for a in c.children]
        owners += [o for a in sent if a.lower_ == "from" for o in a.children if o.dep_ == "pobj"]
        senders = [a for c in clauses if c.lemma_ in _SENDING for a in c.children]
        owners += [a for a in senders if a.dep_ == "nsubj" and _body_or_name(a)]
        # "an update posted on Novaya Gazeta's website": the site of its participle too.
        posted = [p for c in children if c.dep_ == "acl" and c.tag_ == "VBN" for p in c.children]
        objects = [
            (c.lower_, o)
            for c in children + posted
            if c.dep_ == "prep" and c.lower_ in {"of", "to", "on", "in"}
            for o in c.children
            if o.dep_ == "pobj"
        ]
        owners += [o for preposition, o in objects if preposition == "of" and o.pos_ == "PROPN"]
        if owners:
            return owners[0]
        within = [o for _p, o in objects if o.lower_ in DOCUMENT_NOUNS | _DOCUMENT_PARTS]
        if not within:
            return None
        document = within[0]
    return None


# What a body's name does not begin with: "the", "its", "the Sweden-based".
_LEADING = r"^(?:(?:the|its|their)\s+)?(?:\S+-based\s+)?"


def _possessor(word: Any) -> bool:
    """A name in the possessive: "Memorial's", or "the HRW’s" (which the parser may make a
    modifier with its "’s")."""
    marked = word.dep_ == "nmod" and any(c.dep_ == "case" for c in word.children)
    return word.pos_ == "PROPN" and (word.dep_ == "poss" or marked)


# Kinds of body a document may be by: "published by the channel", "released by the ministry".
_BODY_KIND = re.compile(rf"{OFFICES}|channel|website|site|blog|group|organi[sz]ation|ngo")


def _compound_body(word: Any) -> bool:
    return word.dep_ == "compound" and _BODY_KIND.fullmatch(word.lower_) is not None


def _body_or_name(word: Any) -> bool:
    """A name, or a body the article named before by its kind ("the channel", "the ministry")."""
    again = any(c.lower_ == "the" for c in word.children) and _BODY_KIND.fullmatch(word.lower_)
    return word.pos_ == "PROPN" or bool(again)


def _in_clause(token: Any, head: Any) -> bool:
    """Return whether ``token`` is in a relative or participle clause below ``head``, or in
    the words the parser hung on it that say where or when it spoke ("said the Crisis Group
    “North Caucasus SOS” in their press release", "… in a statement on Friday")."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ in {"relcl", "acl"} and not _identifying(token, head):
            return True
        if token.dep_ == "appos" and token.pos_ == "VERB":
            return True  # "the alleged attacker – lying bloodied on the ground –"
        if token.dep_ == "appos" and token.head.i == head.i and _what_it_is(token, head):
            return True
        if _setting(token):
            return True
        token = token.head
    return False


def _what_it_is(apposed: Any, head: Any) -> bool:
    """Whether ``apposed`` says what kind of thing the one ``head`` describes is: "the experts,
    a panel of five that advises …" are "the experts"."""
    return (
        head.pos_ == "NOUN"
        and apposed.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in apposed.children)
    )


# A number of bodies, then their members between dashes: "eight leading human rights
# organisations – Amnesty International, …, Memorial –" (not "Chechnya's minister of internal
# affairs – Ruslan Alkhanov, a close ally of Kadyrov –", one person; nor "Two brothers – X, 20,
# and Y, 17 –", people named).
_LISTED_MEMBERS = re.compile(
    r"((?i:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|"
    r"numerous|dozens\s+of)\s[^–—,]*?(?:organi[sz]ations|groups|NGOs|bodies|associations|"
    r"charities|movements|centres|centers|committees|outlets))\s+[–—]\s+[^–—]+,[^–—]+"
)
_WHERE_IT_IS = frozenset({"based", "located", "headquartered", "registered"})


def _identifying(clause: Any, head: Any) -> bool:
    """Whether a participle right after an unnamed person's noun says which one it is: "said
    the man interviewed by France 24" (not "the man, speaking on condition of anonymity"); or
    a relative clause with no comma after a noun that says nothing else ("demands the man who
    is filming", not "the man, who asked not to be named"); or words that complete a known
    body's name ("the Committee to Protect Journalists", parsed as a clause)."""
    start = next(t.i for t in head.subtree if t.dep_ != "det")
    end = clause.right_edge.i + 1
    # From the head back: "the New York-based Committee to Protect Journalists".
    if any(canonical_name(clause.doc[i:end].text) for i in range(head.i, start - 1, -1)):
        return True
    if clause.dep_ == "relcl":
        restrictive = clause.left_edge.i == head.i + 1 and clause.left_edge.lower_ == "who"
        anyone = head.lower_ in ANYONE or head.lower_ == "those"  # "say those who are …"
        # Not a clause that reports words ("by an unknown person who claimed that he was “…”"):
        # that is the speaking, not which person.
        quoting = any(t.text in '“”"' for t in clause.subtree)
        reporting = quoting and any(c.dep_ == "ccomp" for c in clause.children)
        return restrictive and anyone and clause.head.i == head.i and not reporting
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and clause.lower_ not in _WHERE_IT_IS  # "a group based in southern Russia": no name
        and clause.head.i == head.i == clause.i - 1
        and head.pos_ == "NOUN"
    )


_SETTING_NOUNS = DOCUMENT_NOUNS | {"interview", "conversation", "briefing", "conference", "tweet"}
_SETTING_NOUNS |= {"email", "e-mail", "call", "phone", "telephone", "speech", "podcast"}


def _setting(token: Any) -> bool:
    """Whether ``token`` opens a phrase of the medium or time of speaking: "in a statement",
    "on Friday"."""
    return (
        token.dep_ == "prep"
        and token.lower_ in {"in", "on", "at", "during", "via"}
        and any(
            o.dep_ == "pobj"
            and (o.lemma_.lower() in _SETTING_NOUNS or o.ent_type_ in {"DATE", "TIME"})
            for o in token.children
        )
    )
