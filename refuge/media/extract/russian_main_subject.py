"""Who "он" or "она" continues when the sentence before has two subjects: the main clause's.

"Член СПЧ Игорь Каляпин не собирается покидать Россию после того, как глава Чечни Рамзан
Кадыров назвал его террористом. Об этом он заявил «Газете.Ru». «…», — сказал он": the latest
subject is Kadyrov, in the clause "после того, как …", but the pronouns continue Kalyapin, the
subject of the verb the sentence hangs from. natasha's syntax parse tells the main clause: the
subject (nsubj) of the root. A sentence whose main subject is itself "он" passes the reference
on to the one before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from refuge.media.extract import russian
from refuge.media.extract.parse_tree import Token, Tree
from refuge.media.extract.russian_holders import in_a_role, latest_subject_at
from refuge.media.extract.spans import sentence_end, sentence_start
from refuge.media.extract.syntax import parse_sentences

if TYPE_CHECKING:
    from refuge.media.extract.russian_people import People, Person

_PRONOUNS = {"он": "m", "она": "f"}
# Sentences looked back over: the pronoun's own chain is short.
_REACH = 3
_WINDOW = 1500


def _main_clause_subject(tree: Tree) -> Token | None:
    """The subject of the root; where the parser left no root (a cycle), the first subject of a
    verb that heads no clause of its own: one with no conjunction ("как", "что", "когда") and
    no relative clause's."""
    root = next((t for t in tree.tokens if t.head == 0), None)
    if root is not None:
        return next(iter(tree.children(root, "nsubj")), None)
    for token in tree.tokens:
        verb = tree.by_index.get(token.head)
        if token.rel != "nsubj" or verb is None:
            continue
        if verb.rel != "acl:relcl" and not tree.children(verb, "mark"):
            return token
    return None


# Clauses a verb governs: a name in one is not a subject of the sentence's own rank.
_SUBORDINATE = {"ccomp", "advcl", "acl", "acl:relcl", "csubj", "xcomp"}


# "тогда как", "в то время как" join two clauses of one rank, whatever the parser says.
_CONTRAST = {"тогда", "время"}


def _subordinate(tree: Tree, token: Token) -> bool:
    """Whether ``token`` stands in a clause another verb governs ("…, что Кадыров не знал")."""
    for clause in [token, *tree.ancestors(token)]:
        if clause.rel not in _SUBORDINATE:
            continue
        marks = tree.children(clause, "mark", "cc")
        words = {w.text.lower() for m in marks for w in [m, *tree.children(m, "fixed")]}
        return not words & _CONTRAST
    return False


# Conjunctions that set a clause of equal rank against the one before it.
_CONTRASTIVE = {"а", "но", "однако"}


def _contrasted(people: People, tree: Tree, gender: str) -> Person | None:
    """The person named last as the subject of a clause "а" or "но" sets against the one
    before ("Алханов промолчал, а Кадыров заявил …"), whose verb agrees with ``gender``: the
    sentence ends on that subject, and "он" after it goes on with it, not with the subject of
    the sentence's first clause; None where no such clause names one."""
    found = None
    for name in tree.tokens:
        verb = tree.by_index.get(name.head)
        if name.rel != "nsubj" or verb is None or _subordinate(tree, verb):
            continue
        if not any(t.text.lower() in _CONTRASTIVE for t in tree.children(verb, "cc")):
            continue
        person = next(
            (p for p in people.people for at in p.mentions if name.start <= at < name.stop), None
        )
        if person is not None and _agrees(verb, person, gender):
            found = person
    return found


def _agrees(verb: Token, person: Person, gender: str) -> bool:
    """Whether a clause's past-tense verb, else its subject's first name, is of ``gender``."""
    verb_gender = russian.morphology().parse(verb.text.lower())[0].tag.gender
    if verb_gender in {"masc", "femn"}:
        return verb_gender[0] == gender
    return russian.name_gender(person.name) in {"", gender}


def main_subject(people: People, text: str, before: int, gender: str) -> Person | None:
    """The person named as the main clause's subject of the latest sentence before ``before``
    that names one, through sentences whose main subject is a pronoun of ``gender``.

    Only where the latest subject the memory would take stands in that same sentence in
    another clause: elsewhere the memory's choice stands (None).
    """
    latest = latest_subject_at(people, before, gender)
    if latest is None:
        return None
    # The parse is dear: only where that sentence names someone else too is there a choice.
    floor = sentence_start(text, latest[0], max(0, before - _WINDOW))
    ceiling = sentence_end(text, latest[0], before)
    others = {p.name for p in people.people for at in p.mentions if floor <= at < ceiling}
    if len(others) < 2:
        return None
    parsed = parse_sentences(text, [(floor, before)], [])
    # Not the quotation's own opening mark, which the window may cut off as a sentence.
    sentences = [
        s for s in parsed if s and s[-1].stop <= before and any(t.text.isalpha() for t in s)
    ]
    for tokens in reversed(sentences[-_REACH:]):
        tree = Tree(tokens, [])
        contrasted = _contrasted(people, tree, gender)
        if contrasted is not None:
            return contrasted  # "Алханов промолчал, а Кадыров заявил …. «…», — сказал он"
        subject = _main_clause_subject(tree)
        if subject is None:
            return None
        word = subject.text.lower()
        if word in _PRONOUNS:
            if _PRONOUNS[word] != gender:
                return None
            continue
        # The phrase's words next to each other only: the parser may hang a later name on it.
        phrase = [t for t in tree.subtree(subject) if t.index >= subject.index]
        run = [t for n, t in enumerate(phrase) if t.index == subject.index + n]
        start, stop = run[0].start, run[-1].stop
        # "Представитель Кадырова Альви Каримов": the holder, not the role's owner.
        in_phrase = [(p, at) for p in people.people for at in p.mentions if start <= at < stop]
        named = {p.name: p for p, at in in_phrase if not in_a_role(people, at, text)}
        owners = [p for p, at in in_phrase if in_a_role(people, at, text)]
        if len(named) != 1 or not tokens[0].start <= latest[0] < tokens[-1].stop:
            return None
        again = [
            t
            for p in owners
            for at in p.mentions
            if not start <= at < stop
            for t in tokens
            if t.start <= at < t.stop
        ]
        if any(not _subordinate(tree, t) for t in again):
            # "Пресс-секретарь Кадырова Альви Каримов опроверг …, а Кадыров назвал …": the
            # role's owner is named again in a clause of the sentence's own rank, maybe as
            # its subject: which of the two goes on is unsaid (the memory's choice stands).
            # Not in a clause the holder's verb governs ("ответил, что Кадыров не знал").
            return None
        return next(iter(named.values()))
    return None


# "По его словам, Кадыров «…»": the owner of the words as a possessive pronoun before the
# sentence's own subject (the phrases syntax.py reads as "по словам X").
_OWNER_PRONOUN = re.compile(
    r"\b[Пп]о\s+(?P<pronoun>его|её|ее)\s+"
    r"(?:словам|мнению|данным|информации|утверждению|оценке|версии|выражению)\b"
)
_OWNER_GENDER = {"его": "m", "её": "f", "ее": "f"}


def owner_before_subject(people: People, text: str, before: int, gender: str) -> Person | None:
    """Whom "его"/"её" of "по его словам" in the quotation's sentence refers to where a subject
    of that gender stands between the pronoun and the quotation: a pronoun refers back from
    where it stands, so "Игорь Каляпин приехал … . По его оценке, Кадыров «…»" is Kalyapin's
    words, not Kadyrov's; None elsewhere."""
    floor = sentence_start(text, before, max(0, before - _WINDOW))
    owner = None
    for match in _OWNER_PRONOUN.finditer(text, floor, before):
        if _OWNER_GENDER[match.group("pronoun")] == gender:
            owner = match
    if owner is None:
        return None
    latest = people._latest_subject_at(before, gender)
    if latest is None or latest[0] < owner.end():
        return None  # no subject in between: the memory's choice stands
    return main_subject(people, text, owner.start(), gender) or people.latest_subject(
        owner.start(), gender
    )
