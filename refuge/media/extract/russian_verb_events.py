"""What a Russian verb's event becomes with the words around it: leaving that others helped is
an evacuation ("помогла 35 геям покинуть Россию"), what the security forces took away a
detention ("силовики вывезли из села 11 человек"), and a verb with the word beside it an
event neither word is alone ("лишились жизни", "лишены свободы", "смертельно ранили"); and a
count set off by commas after a subject, which it amounts to. Moved out of russian_figures.py,
which had reached the 600-line limit.
"""

from __future__ import annotations

from refuge.media.extract import russian
from refuge.media.extract.custody import WITH_HELP_RU
from refuge.media.extract.events import wounds
from refuge.media.extract.russian_figure_lemmas import HELP
from refuge.media.extract.syntax import Token, Tree

_SHARED = {"conj", "parataxis"}
_DESCRIBING = {"acl", "acl:relcl"}


def own_clause(tree: Tree, verb: Token) -> str:
    """Return the words of a verb's own clause: its subtree without the clauses it joins, and
    the words after it up to a comma, wherever the parser hung them ("пятеро покинули республику
    с помощью организации")."""
    words = tree.subtree(verb, *_SHARED, *_DESCRIBING, "ccomp", "advcl", "punct")
    following = []
    for token in tree.tokens[verb.index :]:
        if token.rel == "punct":
            break
        following.append(token)
    seen = sorted({t.index: t for t in [*words, *following]}.values(), key=lambda t: t.index)
    return " ".join(t.text for t in seen).lower()


def helped(tree: Tree, verb: Token, event: str) -> str:
    """Return "evacuated" for leaving that others helped ("помогла 35 геям покинуть Россию",
    "пятеро покинули республику с помощью организации"), else ``event``."""
    if event not in {"left", "evacuated"}:
        return event
    if russian.lemma(verb.text.lower()) in HELP or WITH_HELP_RU.search(own_clause(tree, verb)):
        return "evacuated"
    head = tree.by_index.get(verb.head)
    if verb.rel == "xcomp" and head is not None and russian.lemma(head.text.lower()) in HELP:
        return "evacuated"  # "помогли выехать 114 людям"
    return event


# Those who take people away by force: what they "вывезли" they detained ("силовики вывезли из
# села 11 человек"), where activists who "вывезли" people evacuated them (and soldiers may
# have: "военные вывезли из Грозного 200 мирных жителей"). Whom someone unnamed "забрали"
# (the impersonal plural of the authorities) was detained too.
_FORCES = frozenset(
    ["силовик", "полицейский", "полиция", "кадыровец", "омоновец", "спецназовец", "росгвардеец"]
)
_TAKING_AWAY = frozenset({"вывезти", "вывозить"})
_TAKING = frozenset({"забрать", "забирать"})


def taken_by_force(tree: Tree, verb: Token, event: str) -> str:
    """Return "detained" for people the security forces took away, else ``event``."""
    lemma = russian.lemma(verb.text.lower())
    taking_away = event == "evacuated" and lemma in _TAKING_AWAY
    if not (taking_away or (event == "" and lemma in _TAKING)):
        return event
    doers = tree.children(verb, "nsubj")
    if any(russian.lemma(d.text.lower()) in _FORCES for d in doers):
        return "detained"
    return "detained" if lemma in _TAKING and not doers else event


def phrase_event(tree: Tree, verb: Token) -> tuple[str, set[int]]:
    """Return the event a verb names with the word beside it, which neither names alone:
    "лишились жизни" (died), "лишили жизни" (killed), "лишены свободы" (detained), "смертельно
    ранили" (killed), with that word's index; else ("", no index)."""
    lemma = russian.lemma(verb.text.lower())
    if lemma in _ASKING:
        # Asking for asylum is asking for help, its granting the evacuation ("получили
        # убежище"): "попросили политического убежища", "подали прошения о предоставлении
        # убежища", as English "applied for asylum".
        for child in tree.children(verb, "obj", "obl"):
            if russian.lemma(child.text.lower()) in _ASKED_FOR and "убежищ" in own_clause(
                tree, verb
            ):
                return "asked for help", {child.index}
    words = _PHRASES.get(lemma)
    if words is None:
        return "", set()
    # Next to the verb, however parsed: the parser makes the word an object, an oblique or a
    # modifier of the word before ("В результате нападения жизни лишились двое").
    for step in (-1, 1):
        word = tree.by_index.get(verb.index + step)
        if word is not None and word.text.lower() in words:
            return words[word.text.lower()], {word.index}
    return "", set()


_DEPRIVED_OF = {"жизни": "killed", "свободы": "detained"}
_ASKING = frozenset({"попросить", "просить", "запросить", "запрашивать", "подать", "подавать"})
_ASKED_FOR = frozenset({"убежище", "прошение", "ходатайство"})
_PHRASES = {
    "лишиться": _DEPRIVED_OF,
    "лишить": _DEPRIVED_OF,
    "ранить": {"смертельно": "killed"},  # as "fatally wounded"
}


def wounds_received(tree: Tree, verb: Token, event: str) -> str:
    """Return ``event``, or nothing where what was received is wounds: "ранения получили 317
    сотрудников" counts those hurt, not anything sent to them."""
    if event != "received":
        return event
    around = [tree.by_index.get(verb.index - 1), *tree.children(verb)]
    return "" if wounds([t.text for t in around if t is not None]) else event


def apposed_count(tree: Tree, other: Token, host: Token) -> bool:
    """Whether the count is set off by commas right after the other subject, as what it
    amounts to ("Участники акции, около 20 человек, были задержаны"), no rival to it."""
    phrase = tree.subtree(host, "punct")
    before = tree.by_index.get(phrase[0].index - 1)
    after = tree.by_index.get(phrase[-1].index + 1)
    return (
        other.index < host.index
        and tree.subtree(other, "punct", host.rel, "conj")[-1].index == phrase[0].index - 2
        and all(t is not None and t.text == "," for t in (before, after))
    )
