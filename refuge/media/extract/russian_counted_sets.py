"""Which things a Russian count of a relative clause is part of: "три автомата, два из которых
числились похищенными" counts rifles, not people; "десятки мужчин, двое из которых погибли"
counts the men; the verb a count is the subject of when the parser hung it elsewhere; and a
relative clause on those counted, where the parser hung it elsewhere or said it of another's.
Moved out of russian_figures.py, which had reached the 600-line limit.
"""

from __future__ import annotations

from itertools import pairwise

from refuge.media.extract import russian
from refuge.media.extract.events import animate_ru, event_of, noun_of
from refuge.media.extract.numbers import is_number, number_value
from refuge.media.extract.syntax import Token, Tree

_DESCRIBING = {"acl", "acl:relcl"}
_SUBJECT = {"nsubj", "nsubj:pass"}


def relative(tree: Tree, token: Token) -> bool:
    """Return whether a word is or holds a relative pronoun ("население которой"): the subject
    of a relative clause the parser hung off the main verb."""
    return any(russian.lemma(t.text.lower()) == "который" for t in [token, *tree.children(token)])


def antecedent_of_part(tree: Tree, number: Token) -> Token | None:
    """Return the noun "N из которых" takes part of: the one its relative clause describes."""
    partitive = tree.children(number, "nmod")
    clause = tree.by_index.get(number.head)
    if not partitive or russian.lemma(partitive[0].text.lower()) != "который" or clause is None:
        return None
    antecedent = tree.by_index.get(clause.head) if clause.rel in _DESCRIBING else None
    if antecedent is not None and russian.lemma(antecedent.text.lower()) in _MANY:
        # "десятки мужчин, двое из которых погибли": the clause hung on the amount describes
        # the men it is of.
        return next(iter(tree.children(antecedent, "nmod")), antecedent)
    if antecedent is not None and animate_ru(antecedent.text.lower()) is False:
        return _people_before_comma(tree, number) or antecedent
    return antecedent


def _people_before_comma(tree: Tree, number: Token) -> Token | None:
    """Return the people a place phrase right before "N из которых" is said of: "119
    задержанных в 19 городах республики, 68 из которых арестованы" (the parser hung the clause
    on a place, or further back); None where the words before the comma are no place of
    people."""
    comma, token = tree.by_index.get(number.index - 1), tree.by_index.get(number.index - 2)
    if comma is None or comma.text != ",":
        return None
    for _ in range(3):  # "городах республики": up from the place's genitive, then the place
        if token is None or animate_ru(token.text.lower()) is not False:
            break
        place = tree.children(token, "case") and token.rel in {"obl", "nmod"}
        if not place and token.rel != "nmod":
            return None  # "три автомата, два из которых …": the things themselves
        token = tree.by_index.get(token.head)
    if token is None or animate_ru(token.text.lower()) is False:
        return None
    return token if russian.part_of_speech(token.text.lower()) in {"NOUN", "ADJF", "PRTF"} else None


_MANY = frozenset({"десяток", "десятка", "сотня", "тысяча", "дюжина", "множество", "группа"})


def of_things(tree: Tree, number: Token) -> bool:
    """Return whether a number stands for some of the things its relative clause describes:
    "три автомата, два из которых числились похищенными" counts rifles, not people."""
    antecedent = antecedent_of_part(tree, number)
    return antecedent is not None and animate_ru(antecedent.text.lower()) is False


def stranded_subject(tree: Tree, host: Token) -> Token | None:
    """Return the verb whose subject the parser hung as a genitive on the place before it: "В
    отделе 2 задержанных погибли от пыток" (the count made "отделе"'s nmod, "погибли" left
    with no subject of its own)."""
    place = tree.by_index.get(host.head)
    if host.rel != "nmod" or place is None or place.rel != "obl" or place.index > host.index:
        return None
    verb = tree.by_index.get(place.head)
    if (
        verb is None
        or verb.index < host.index
        or not tree.children(place, "case")
        or russian.part_of_speech(verb.text.lower()) not in {"VERB", "PRTS"}
        or tree.children(verb, *_SUBJECT)
    ):
        return None
    return verb


def stray_relative(tree: Tree, noun: Token) -> list[Token]:
    """Return the verb of a relative clause on the counted noun that the parser hung elsewhere:
    "исчезновение 13 человек в Чечне, которых … позднее расстреляли" (the clause joined to the
    main verb). Only a place may stand between the noun and the comma before "которых"."""
    following = tree.tokens[noun.index : noun.index + 5]
    for token, after in pairwise(following):
        if token.text == "," and russian.lemma(after.text.lower()) == "который":
            verb = tree.by_index.get(after.head)
            clause = after.rel in {"obj", *_SUBJECT}
            return [verb] if clause and verb is not None and verb.index > after.index else []
        if token.text == "," or russian.part_of_speech(token.text.lower()) not in {"PREP", "NOUN"}:
            return []
        if token.rel != "case" and animate_ru(token.text.lower()):
            return []  # another noun of people: the clause may be its own
    return []


def of_whose(tree: Tree, clause: Token) -> bool:
    """Whether a relative clause is said of someone else's ("детей, чьи родители погибли",
    "человек, чьих родственников убили")."""
    subjects = tree.children(clause, "nsubj", "nsubj:pass", "obj")
    return any(
        russian.lemma(d.text.lower()) == "чей" for s in subjects for d in tree.children(s, "det")
    )


def killed_of_them(tree: Tree, clauses: list[Token]) -> bool:
    """Whether a relative clause says those counted were killed: its "который" the object of
    the verb or the subject of a passive ("которых позднее расстреляли", "которые были
    убиты"), the verb itself the killing, undenied. Not "которые убили полицейского" (they
    killed), "которых могли убить", "которых обвиняют в убийстве", "двоих из которых убили"."""
    for clause in clauses:
        if russian.part_of_speech(clause.text.lower()) == "INFN":
            continue  # "которых могли убить", "которых хотели убить": not done
        passive = russian.part_of_speech(clause.text.lower()) == "PRTS"
        relations = {"obj", "nsubj:pass", *({"nsubj"} if passive else set())}
        pronouns = [
            c
            for c in tree.children(clause, *relations)
            if russian.lemma(c.text.lower()) == "который"
        ]
        denied = any(c.text.lower() == "не" for c in tree.children(clause))
        if pronouns and not denied and event_of(clause.text.lower()) == "killed":
            return True
    return False


def noun_after_participle(tree: Tree, head: Token, number: Token) -> str:
    """Return the noun a participle the parser took for the counted noun goes on to: "около 15
    задержанных в Шали мужчин" counts men. "" where no such noun follows in its phrase."""
    morphology = russian.morphology()
    cases = {
        p.tag.case
        for p in morphology.parse(head.text.lower())
        if p.tag.POS == "PRTF" and p.tag.number == "plur"
    }
    # After two to four the noun is singular ("3 задержанных в Шали мужчины"), past a place
    # at most: "3 подозреваемых в убийстве женщины" are suspects of a woman's murder.
    paucal = is_number(number.text) and number_value(number.text) in {2, 3, 4}
    placed = True
    for step in range(1, 5) if cases else ():
        word = tree.by_index.get(head.index + step)
        if word is None or not word.text.isalpha() or word.text.lower() in {"и", "или", "а"}:
            return ""  # "12 задержанных, мужчины …", "задержанных и двое мужчин"
        noun = noun_of([word.text.lower()])
        # The participle's own noun agrees with it: not "15 задержанных за избиение мужчины".
        agrees = any(
            p.tag.case in cases and (p.tag.number == "plur" or (paucal and placed))
            for p in morphology.parse(word.text.lower())
        )
        if noun in {"men", "women"} and agrees:
            return noun
        placed = placed and (word.text.lower() in {"в", "во", "на"} or word.text[:1].isupper())
    return ""
