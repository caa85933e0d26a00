"""The words of an English name as spaCy's parse gives them (`english_syntax.py`).

A name is the capitalised words compounded to its last word, with the particles and hyphens
names have ("Frans van der Berg", "Khalid Abu-Bakarov", "Zeid Ra'ad al-Hussein"), never a role
or a title; and a role written with its body before the name ("U.S. Ambassador to the United
Nations Nikki Haley") is the holder's role, the name the words after the body.
"""

from __future__ import annotations

import re
from typing import Any

from refuge.media import lexicon
from refuge.media.extract import english
from refuge.media.extract.english_bodies import BODY_HEADS
from refuge.media.extract.first_names import first_name_gender, listed_first_name
from refuge.media.extract.offsets import headline_end
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.person_names import gender_of, is_person_name, spelled_gender
from refuge.media.extract.wording import after_title

_ROLE_WORD = re.compile(lexicon.ROLE_WORDS, re.I)
# "chancellor Angela Merkel": a title in lower case is a title still.
_TITLE = re.compile(lexicon.TITLE_EN, re.I)


def is_role_or_title(word: str) -> bool:
    """Return whether ``word`` is a role or a title ("Sen.", "Mr"), which no name includes."""
    return bool(_ROLE_WORD.fullmatch(word) or _TITLE.fullmatch(word))


def role_word(token: Any) -> bool:
    return is_role_or_title(token.text)


# Lower-case words inside a name: "Frans van der Berg", "Osama bin Laden", "al-Hussein".
_PARTICLES = frozenset(
    {"van", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "la", "le", "von"}
    | {"bin", "ibn", "al", "el", "ter", "ten"}
)
_HYPHENS = {"-", "‐"}
# Places of one word, which no name includes ("Chechnya" before "Nurdi Nukhazhiev").
PLACE_WORDS = frozenset(
    alias for aliases in lexicon.PLACES.values() for alias in aliases if " " not in alias
)


def _joins_name(doc: Any, i: int, token: Any) -> bool:
    """Return whether ``doc[i]`` continues the name ``token`` ends to the left: a capitalised
    word compounded to it, a particle ("van der"), the hyphen of "Abu-Bakarov" or the slash of
    "RFE/RL"."""
    word = doc[i]
    # The hyphen of "Abu-Bakarov", the slash of "RFE/RL".
    if word.text in {*_HYPHENS, "/"} and not word.whitespace_ and i and not doc[i - 1].whitespace_:
        return doc[i + 1].text[:1].isupper() and doc[i - 1].text[:1].isalpha()
    if word.text in _PARTICLES and doc[i + 1].text[:1].isupper():
        # a particle between two capitalised words of the name, not "the head of Memorial"
        return i > 0 and (doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ in _PARTICLES)
    return (
        word.dep_ in {"compound", "flat"}
        and word.head.i in range(i + 1, token.i + 1)
        and word.pos_ == "PROPN"
        and not role_word(word)
        and word.text not in PLACE_WORDS  # "Ombudsman in Chechnya Nurdi Nukhazhiev"
        and word.text != "."  # "Lt. Col. Ivan Petrov": the title's full stop
    )


def name_chain(token: Any) -> Any:
    """Return the name ``token`` ends: it and the capitalised words compounded to it on its
    left ("Marie Struthers" of "Amnesty International's Marie Struthers"), no role words."""
    doc, start = token.doc, token.i
    while start > 0 and _joins_name(doc, start - 1, token):
        start -= 2 if doc[start - 1].text == "/" else 1  # "RFE/RL": the part before the slash
    if doc[start].text in _PARTICLES or doc[start].text in _HYPHENS:
        start += 1  # a name starts with a capitalised word
    start += after_title([t.text for t in doc[start : token.i + 1]])  # "& Research Ty Cobb"
    return doc[start : token.i + 1]


def holder(head: Any) -> Any | None:
    """Return the name closing a role with its body ("U.S. Ambassador to the United Nations
    Nikki Haley", "UN High Commissioner for Human Rights Zeid Ra'ad al-Hussein"): the parser
    makes it one phrase with the body, so the name is the words after the body's last (a
    plural proper noun, a place, a people), two where nothing tells."""
    if any(c.dep_ == "det" for c in head.children):
        return None  # "the ambassador to …": a title stands without an article
    if not role_word(head) and not _ROLE_WORD.fullmatch(name_chain(head).text):
        return None
    objects = [t for t in head.subtree if t.dep_ == "pobj" and t.pos_ == "PROPN"]
    if not objects:
        return None
    chain = name_chain(objects[-1])
    words: list[list[Any]] = []  # the chain's words, "al-Hussein" and "van der Berg" one each
    for t in chain:
        joined = words and {t.text, words[-1][-1].text} & _HYPHENS
        if joined or (words and words[-1][-1].lower_ in _PARTICLES):
            words[-1].append(t)
        else:
            words.append([t])
    boundary = [
        n
        for n, w in enumerate(words)
        if w[0].tag_ == "NNPS" or w[0].ent_type_ in {"GPE", "NORP", "LOC"} or org_in(w[0].text)
    ]
    kept = words[boundary[-1] + 1 :] if boundary else words
    kept = kept if 2 <= len(kept) <= 3 else kept[-2:]
    if not boundary and len(kept) == 3 and not spelled_gender(kept[0][0].text):
        kept = kept[1:]  # "Secretary of State Mike Pompeo": "State" is the title's, no name's
    elif len(kept) == 3 and re.fullmatch(BODY_HEADS, kept[0][0].text):
        kept = kept[1:]  # "Chairman of the Human Rights Council Mikhail Fedotov": the body's
    if len(kept) < 2 or len(kept) == len(words):
        return None  # "a friend of Zelimkhan Bakaev": the name is whom the role is of
    name = head.doc[kept[0][0].i : kept[-1][-1].i + 1]
    return name if is_person_name(name.text) and not org_in(name.text) else None


def fullest(name: str, text: str) -> str:
    """Return the article's full form of a surname standing alone ("Cherkasov" -> "Alexander
    Cherkasov"), or of a first name ("Tanya" -> "Tanya Lokshina"), where the article gives one
    and only one; else the name. Middle initials, "Jr." and "MEP" are left out ("Ramzan A.
    Kadyrov" is Ramzan Kadyrov, as the ledger groups him)."""
    # "Mr Akiev": the courtesy title is no part of the name the article gives in full.
    name = re.sub(rf"^(?:{lexicon.COURTESY_TITLES_EN})\.?\s+(?=[A-Z][\w’'-]+$)", "", name)
    if " " in name or not name[:1].isupper():
        # "Soraya Post MEP": a member's letters after the name are no part of it.
        name = re.sub(r"(?<=[a-z]),?\s+(?:Jr\.?|Sr\.?|MEP|MP|MSP|QC|KC|MBE|OBE|CBE)$", "", name)
        return re.sub(r"^([A-Z][\w’'-]+)(?:\s+[A-Z]\.)+\s+(?=[A-Z][a-z])", r"\1 ", name)

    def named(full: str, added: str) -> bool:
        """Whether ``full`` reads as a person's name, the word ``added`` to it no stop word."""
        return not english.pipeline().vocab[added.lower()].is_stop and is_person_name(full)

    forms = set()
    for match in re.finditer(rf"((?:[A-Z][\w’'-]+ ){{1,2}})(?:[A-Z]\. )*{re.escape(name)}\b", text):
        # The word before the surname, unless it is a role or title ("Press Secretary Peskov",
        # "Senator Rubio"), a function word or a place ("When Cherkasov", "The Kremlin").
        first = match.group(1).split()[-1]
        if is_role_or_title(first):
            continue
        full = f"{first} {name}"
        given = match.group(1).split()[0]
        if given != first and given not in PLACE_WORDS and first_name_gender(f"{given} x"):
            full = f"{given} {full}"  # "Michael Georg Link": a known first name before a second
        if named(full, first):
            forms.add(full)
    # "Tanya said …" after "Tanya Lokshina", "Beatriz said …" after "Beatriz Quintero": a first
    # name the article gave a surname, unless it is a surname by its ending ("Kadyrov said"
    # past "the Kadyrov Regiment") or introduces someone of its own ("Adam, whose name has
    # been changed", "Zelimkhan, 27,").
    introduced = re.search(rf"\b{re.escape(name)}\s*[,(]", text)
    if not forms and (listed_first_name(name) or not gender_of(name)) and not introduced:
        body = text[headline_end(text) :]  # "Vice Explores Chechen Prison": a headline's capitals
        # "Zeid Ra'ad al-Hussein": a surname's particle joined by a hyphen is part of it.
        surname = r"[A-Z][\w’'-]+(?:\s+(?:al|el|ad|bin|ibn)-[A-Z][\w’'-]+)?"
        for match in re.finditer(rf"\b{re.escape(name)}\s+({surname})\b", body):
            full = f"{name} {match.group(1)}"
            if named(full, match.group(1)):
                forms.add(full)
    return forms.pop() if len(forms) == 1 else name


def compact_description(head: Any) -> str:
    """Return a long description cut to its noun and the place or body it is of ("Authorities
    in Russia's North Caucasus region of Chechnya" -> "Authorities in Chechnya"; "Officials at
    the Interior Ministry of the Chechen Republic in the city of Grozny" -> "Officials at the
    Interior Ministry"), or "" where it names none. Not "a spokesman for …": whom a role
    serves is for the memory to resolve."""
    if any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in head.subtree):
        return ""  # "the head of the … LGBT Network, Igor Kochetkov": a name is given
    start = min((t.left_edge.i for t in head.lefts), default=head.i)
    noun = head.doc[start : head.i + 1].text
    for prep in (c for c in head.rights if c.dep_ == "prep"):
        if prep.lower_ not in {"in", "at", "from", "of"}:
            return ""
        node, kept = prep, None
        while objects := [c for c in node.children if c.dep_ == "pobj"]:
            if objects[0].pos_ == "PROPN":
                body = head.doc[
                    kept if kept is not None else objects[0].left_edge.i : objects[0].i + 1
                ]
                return f"{noun} {prep.text} {body.text}"
            if objects[0].lower_ == "one" and kept is None:
                kept = objects[0].i  # "a female activist of one of the Chechen NGOs": one of them
            deeper = [c for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "of"]
            if not deeper:
                return ""
            node = deeper[0]
        return ""
    return ""
