"""What an English sentence says a person is, around the mentions of their surname.

"strongman Ramzan Kadyrov", "her husband, Saidi Yangulbayev", "His lawyer, Ivan Petrov",
"Tanya Lokshina, a researcher in …", "Powell is a lawyer": the words the discourse memory
(discourse.py) later finds the person by ("the strongman said"). Kin share surnames, so a
mention of the surname after the first name of another person the article named is that
person's ("his wife Maya Yagublu" says nothing of Tofig Yagublu), and an apposition that names
someone new is theirs ("T. Yagublu, his wife Maya Yagublu, …"). A role phrase later means
the person described with its words ("the head of the Committee": ``role_holder``). And
whether the article has established a person, by the surname again, the first name alone or
as a subject of speech (``established``), before giving them a paragraph of speech.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from refuge.media import lexicon
from refuge.media.extract.speakers import Speaker
from refuge.media.extract.wording import NAME

# Nouns that say a person's gender.
KIN = {
    "f": r"mother|wife|sister|daughter|woman|girl|aunt|grandmother|widow|spokeswoman|"
    r"ombudswoman|chairwoman|businesswoman|Mrs|Ms|Miss",
    "m": r"father|husband|brother|son|man|boy|uncle|grandfather|widower|spokesman|chairman|"
    r"businessman|Mr",
}


def kin_word_gender(word: str) -> str:
    """Return "f" or "m" where one noun says a person's gender ("mother", "Mr"), else ""."""
    return next((g for g, nouns in KIN.items() if re.fullmatch(nouns, word, re.I)), "")


_BEFORE = re.compile(
    rf"(?<![\w-])(?P<words>(?:[a-z][\w-]*\s+){{1,3}}|(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][\w-]*,\s+)"
    rf"(?:{NAME}\s+){{0,2}}$"
)
_KIN_BEFORE = re.compile(
    rf"(?<![\w-])(?P<words>(?:[a-z][\w-]*\s+){{0,2}}(?:{KIN['f']}|{KIN['m']})),?\s+"
    rf"(?:{NAME}\s+){{0,2}}$"
)
_AFTER = re.compile(
    r"^(?:,\s+(?:who\s+is\s+|who\s+was\s+)?(?:an?|the|its|his|her)\s+"
    r"|\s+(?:is|was|has been)\s+an?\s+)(?P<words>[^,.;:()]{1,60})"
)
# An apposition that brings in someone else by name: ", his wife Maya Yagublu"; not "the man
# Kadyrov's police held", which says who the person is.
_KIN_NAMED = re.compile(
    r"(?:wife|husband|mother|father|sister|brother|son|daughter|aunt|uncle|cousin|widow)"
    r"\s+[A-Z][a-z]+\s+[A-Z]"
)
_VERB = re.compile(
    rf"[a-z]+ed|[a-z]{{3,}}ing|met|meets|is|was|are|were|has|have|had|{lexicon.SPEECH_VERBS_EN}"
)
_STOP = {"a", "an", "the", "of", "for", "in", "at", "to", "and", "on", "with", "by", "from"}
_GIVEN_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")


def mentions(name: str, sentence: str, names: Collection[str]) -> list[tuple[str, str]]:
    """The words before and after each mention of ``name``'s surname in ``sentence`` that may
    be this person's: not after the first name of another of the ``names`` the article gave
    ("Maya Yagublu" for Tofig Yagublu)."""
    surname = name.split()[-1]
    others = {n.split()[0] for n in names if n != name and n.split()[1:] == [surname]}
    found = []
    for mention in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", sentence):
        before = sentence[max(0, mention.start() - 80) : mention.start()]
        given = _GIVEN_BEFORE.search(before)
        if given and given.group(1) in others:
            continue
        found.append((before, sentence[mention.end() : mention.end() + 80]))
    return found


def said_of(name: str, before: str, after: str) -> list[str]:
    """The words ``before`` and ``after`` a mention of ``name`` say the person is."""
    words: list[str] = []
    for pattern, where in ((_BEFORE, before), (_KIN_BEFORE, before), (_AFTER, after)):
        found = pattern.search(where)
        if not found or (pattern is _AFTER and _KIN_NAMED.match(found.group("words"))):
            continue
        said = found.group("words").replace(",", " ").split()
        # "after the blogger called Kadyrov's late father": a verb's subject and the verb are
        # not said of the name after it.
        verbs = [i for i, w in enumerate(said) if _VERB.fullmatch(w.lower())]
        if pattern is _BEFORE and verbs:
            said = said[verbs[-1] + 1 :]
        own = set(where[found.end("words") :].split()) <= set(name.split())
        if pattern is not _AFTER and said[-1:] in (["of"], ["for"]) and own:
            continue  # "The parents of Zelimkhan Bakayev": they are not he
        words += [w for w in said if w.lower() not in _STOP]
    return words


# "the head of the Committee", "the foreign minister", "the chairman of the council": a role
# head with up to two words before it and the body it is of.
_ROLE_PHRASE = re.compile(
    r"the\s+(?P<before>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z][\w-]*)"
    r"(?:\s+(?:of|at|for|in)\s+(?:the\s+)?(?P<body>[\w’'-]+(?:\s+[\w’'-]+){0,3}))?",
    re.I,
)
_FUNCTION_WORDS = {"of", "the", "a", "an", "for", "at", "in", "and", "on", "to"}


def _content(words: str) -> set[str]:
    """The lower-case content words of ``words``, possessives dropped ("memorial's")."""
    return {
        re.sub(r"(?:’s|'s)$", "", w.lower())
        for w in words.split()
        if w.lower() not in _FUNCTION_WORDS
    }


def role_holder(
    role: str, salient: list[Speaker], described: dict[str, set[str]], heads: str
) -> Speaker | None:
    """Return the most salient person the article described with ``role``'s head word and
    every content word of the body (and the words before the head) it gives, or None.

    ``heads`` is the alternation of nouns that re-describe someone already named (a role, an
    office): "the head of the Committee" is Igor Kalyapin, "head of the Committee Against
    Torture"; "the head of the republic" is Ramzan Kadyrov, "the head of the Chechen
    Republic"; "the head of the centre" is not the head of a network.
    """
    phrase = _ROLE_PHRASE.fullmatch(role.strip())
    if phrase is None or not re.fullmatch(heads, phrase.group("head").lower()):
        return None
    wanted = {phrase.group("head").lower()} | _content(phrase.group("before"))
    wanted |= _content(phrase.group("body") or "")
    for person in salient:
        words = {re.sub(r"(?:’s|'s)$", "", w) for w in described.get(person.name, set())}
        if person.name and wanted <= words:
            return person
    return None


def established(name: str, text: str) -> bool:
    """Return whether the article names ``name`` more than once, or as the subject of speech."""
    surname = re.escape(name.split()[-1])
    if len(re.findall(rf"(?<!\w){surname}(?!\w)", text)) > 1:
        return True
    # "Olga Zazulinskaya is one of the activists …. Olga’s Telegram account …. Olga joined":
    # by the first name alone, more than once (not "Ramzan Tsitsaev" after "Ramzan Kadyrov",
    # nor a name with a patronymic).
    given = re.escape(name.split()[0]) if len(name.split()) == 2 else ""
    alone = rf"(?<!\w){given}(?![\w-])(?!\s+[A-Z])"
    if given and len(re.findall(alone, text)) > 1:
        return True
    # "Igor Kochetkov, head of the Russian LGBT Network, said": an apposition between.
    apposed = r"(?:,\s+[^,.;]{1,80},)?"
    return bool(re.search(rf"(?<!\w){surname}{apposed}\s+(?:{lexicon.SPEECH_VERBS_EN})\b", text))
