"""Who a noun phrase of a Russian sentence's parse names as a speaker: the name apart from the
role ("пресс-секретарь главы Чечни Альви Каримов"), in the nominative ("по словам адвоката Ольги
Садовской" → "Ольга Садовская", role "адвокат"), or the body it stands for ("МВД по Чечне").

syntax.py finds which word of the sentence speaks a quotation (the speech verb's subject, "по
словам X", a document's owner); this reads what that word and the words hanging from it name,
from the tokens natasha tagged as people and the dictionary's grammemes, whatever the word's
place in the sentence. Moved out of syntax.py, which had reached the 600-line limit.
"""

from __future__ import annotations

import itertools
import re

from refuge.media import lexicon
from refuge.media.extract import russian, russian_case, russian_names
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.parse_tree import Token, Tree
from refuge.media.extract.spans import QUOTE_MARKS
from refuge.media.extract.speakers import Speaker

# Words that head a relative clause or point back: no one's name.
RELATIVE_WORDS = {"который", "которая", "которое", "которые", "что", "кто", "это", "то"}


def phrase_text(text: str, tokens: list[Token]) -> str:
    """Return the words of ``tokens`` as the text writes them, without quote marks or the
    commas at either end."""
    tokens = [t for t in tokens if t.text not in QUOTE_MARKS]
    return text[tokens[0].start : tokens[-1].stop].strip(" ,") if tokens else ""


def nominative_name(text: str, tokens: list[Token], people: list[russian.Entity]) -> str:
    """Return a name in the nominative, as natasha normalised it in context where it could."""
    start, stop = tokens[0].start, tokens[-1].stop
    # The whole name natasha found: "Исмаил Исаев" where the parser took two subjects; all of
    # it where natasha cut one name in two ("Рамзан | Ахматович Кадыров").
    found = [p.normal for p in people if start < p.end and p.start < stop]
    return " ".join(found) if found else russian.normal_name(text[start:stop])


def is_name_word(token: Token, people: list[russian.Entity]) -> bool:
    """Return whether a token is part of a name: one natasha tagged, one in Latin letters
    ("Human Rights Watch"), or one the dictionary knows as a name ("Глава" opening a sentence
    is not)."""
    if any(p.start <= token.start < p.end for p in people):
        return True
    if not token.text[:1].isupper():
        return False
    if re.match(r"[A-Za-z]", token.text):
        return True
    return any(
        {"Name", "Surn", "Patr", "Orgn"} & set(p.tag.grammemes)
        for p in russian.morphology().parse(token.text)[:2]
    )


def names_a_person(tokens: list[Token], people: list[russian.Entity]) -> bool:
    """Return whether name tokens name a person: natasha tagged one, or the dictionary knows a
    first name or surname among them ("МВД", "Human Rights Watch" are not)."""
    return any(
        any(p.start <= t.start < p.end for p in people)
        or any(
            {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
            for p in russian.morphology().parse(t.text)[:2]
        )
        for t in tokens
    )


def in_nominative(token: Token, people: list[russian.Entity]) -> bool:
    """Return whether a name token is in the nominative (natasha's normal form, else pymorphy2)."""
    for person in people:
        if person.start <= token.start < person.end:
            return person.text == person.normal
    return not re.match(r"[А-ЯЁа-яё]", token.text) or russian.is_nominative(token.text)


def speaker_named(
    text: str, tree: Tree, head: Token, people: list[russian.Entity]
) -> Speaker | None:
    """Return the speaker a noun phrase names: its name apart from its role, in the nominative."""
    word = head.text.lower()
    if word in RELATIVE_WORDS:
        return None
    if word in lexicon.PRONOUNS or word in lexicon.OBJECT_PRONOUNS:
        return Speaker(lexicon.OBJECT_PRONOUNS.get(word, word))
    subtree = tree.subtree(head, "acl", "acl:relcl", "punct", "parataxis")
    if head in tree.outside:
        # "«… двенадцать дней», — рассказал один из задержанных": the parser may hang words of
        # the quotation on the speaker; the speaker's phrase is the narrative's words by it.
        inside = [u.index for u in tree.tokens if u not in tree.outside]
        subtree = [
            t
            for t in subtree
            if not any(min(t.index, head.index) <= i <= max(t.index, head.index) for i in inside)
        ]
    phrase = phrase_text(text, subtree)
    if org_in(phrase, outlets=True) and not org_in(phrase):
        return None  # "сообщает «Интерфакс»": an outlet reports; it does not speak
    names = [head] if is_name_word(head, people) else []
    chain = head
    while True:
        link = tree.children(chain, "appos", "flat:name", "flat", "flat:foreign")
        # "мать Зелимхана Бакаева": a name in another case than its head is whose role it
        # is, not an apposition naming it.
        capitalised = [
            t
            for t in link
            if is_name_word(t, people)
            and t not in names
            and t is not head
            and (t.rel != "appos" or in_nominative(t, people) == in_nominative(chain, people))
            and not russian_names.owner_of_kin(chain, t)  # "сестер Бакаева": his sisters
        ]
        if not capitalised:
            break
        if not names and capitalised[0].rel != "appos":
            break
        chain = capitalised[0]
        names.append(chain)
        names.extend(t for t in tree.children(chain, "flat:name", "flat", "flat:foreign"))
    names = russian_names.name_tokens(subtree, head, names, people)  # "вдова Бакаева Мадина …"
    role_tokens = [t for t in subtree if t not in names]
    role = phrase_text(text, role_tokens) if head not in names else ""
    if role and not (tree.children(head, "nummod:gov") or russian_case.plural_subject(tree, head)):
        # "по словам адвоката Ольги Садовской": the role word in the nominative; not a noun a
        # numeral governs ("Трое мужчин") nor a plural subject ("Кадыровцы ответили").
        nominative = russian.normal_name(head.text.capitalize())
        nominative = nominative if head.text[:1].isupper() else nominative.lower()
        if nominative.lower() == head.text.lower():  # "по словам нападавшего": "нападавший"
            nominative = russian.participle_in_nominative(nominative)
        if nominative.lower() == head.text.lower():
            nominative = head.text  # "ЛГБТ-сеть" keeps its capitals, not "Лгбт-сеть"
        role = russian.one_of(role.replace(head.text, nominative, 1))  # "одного из задержанных"
        before = [c for c in tree.children(head, "amod") if c.index < head.index]
        for adjective in before if nominative != head.text else []:
            # "по данным местных правоохранительных органов": "местные правоохранительные".
            role = role.replace(adjective.text, russian.agreeing(adjective.text, nominative), 1)
    # "пресс-секретарь Кадырова" names a person, not the government his name stands for.
    organisation = org_in(" ".join(w for w in phrase.split() if w not in lexicon.PERSON_ALIASES))
    # (An initial, "Р. Кадыров", is a person's.)
    if names and not organisation and names[0].text.isupper() and len(names[0].text) > 1:
        return Speaker(role=phrase)  # "МВД по Чечне", a body the gazetteers do not list
    if names and (names_a_person(names, people) or not organisation):
        return Speaker(nominative_name(text, names, people), role, organisation)
    if names:
        return Speaker(role=organisation, affiliation=organisation)  # "МВД по Чечне заявило"
    return Speaker(role=role, affiliation=organisation) if role else None


def one_of(tree: Tree, word: Token) -> Speaker | None:
    """Return "один из задержанных" for "одного (одной) из задержанных", a quoted one of a
    group in the genitive or accusative, else None."""
    lowered = word.text.lower()
    if lowered not in {"одного", "одной", "одну"}:
        return None
    for group in tree.children(word, "nmod"):
        if [c.text.lower() for c in tree.children(group, "case")] == ["из"]:
            one = "один" if lowered == "одного" else "одна"
            return Speaker(role=f"{one} из {_group(tree, group)}")
    return None


def _group(tree: Tree, group: Token) -> str:
    """The words naming a group "один из" is one of: its noun with the adjectives before it and
    a noun in the genitive after ("посетителей клуба", "местных жителей"), where they run on."""
    words = [group]
    for kept in tree.children(group, "amod", "nmod"):
        if kept.rel == "amod" or not tree.children(kept, "case"):
            words += [kept, *tree.children(kept, "amod")]
    words.sort(key=lambda t: t.start)
    if any(after.start - before.stop > 1 for before, after in itertools.pairwise(words)):
        return group.text
    return " ".join(t.text for t in words)
