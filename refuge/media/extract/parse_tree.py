"""One sentence's dependency parse as a tree (natasha's NewsSyntaxParser), for syntax.py and
russian_figures.py: each word's head and relation, and the parser's slips repaired so that
every word reaches the main clause."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Token:
    text: str
    start: int
    stop: int
    index: int  # position in its sentence, 1-based as the parser counts
    head: int  # 0 for the root
    rel: str


class Tree:
    def __init__(
        self,
        tokens: list[Token],
        quoted: list[range],
        speech: Callable[[str], bool] | None = None,
    ) -> None:
        self.tokens = tokens
        self.by_index = {t.index: t for t in tokens}
        _one_tree(tokens, self.by_index, speech)
        if speech is not None:
            _rejoin_speech(tokens, self.by_index, speech)
        # The narrative: "по словам" inside a quotation is the quoted speaker's wording.
        self.outside = [t for t in tokens if not any(t.start in r for r in quoted)]

    def children(self, token: Token, *rels: str) -> list[Token]:
        return [t for t in self.tokens if t.head == token.index and (not rels or t.rel in rels)]

    def ancestors(self, token: Token) -> list[Token]:
        found, seen = [], {token.index}
        while token.head and token.head not in seen and token.head in self.by_index:
            token = self.by_index[token.head]
            seen.add(token.index)
            found.append(token)
        return found

    def governing(self, verb: Token) -> Token | None:
        """Return the verb whose subject a relative clause with no subject of its own ("где
        заявил", "в котором рассказал") shares: "Абдурахманов записал ответ на упреки Кадырова,
        где заявил, что …" is Abdurakhmanov's; None where the clause has its own ("источники,
        которые считают")."""
        if verb.rel != "acl:relcl" or self.children(verb, "nsubj"):
            return None
        return next((t for t in self.ancestors(verb) if self.children(t, "nsubj")), None)

    def subtree(self, token: Token, *skip: str) -> list[Token]:
        # The parser picks each word's head on its own, so a cycle is possible: each word once.
        found, todo = {token.index: token}, [token]
        while todo:
            for child in self.children(todo.pop()):
                if child.rel not in skip and child.index not in found:
                    found[child.index] = child
                    todo.append(child)
        return sorted(found.values(), key=lambda t: t.index)


def _one_tree(
    tokens: list[Token], by_index: dict[int, Token], speech: Callable[[str], bool] | None
) -> None:
    """Make the parse one tree where the parser cut a clause off.

    The parser picks each word's head on its own, so it may leave a clause as a second root
    ("Кавказ.Реалии цитируют слова прокурора, что суд … «не дал оценки …»": "дал" a root of
    its own) or make two words each other's head ("Кадыров заявлял, что в регионе «таких
    людей нету»"), cutting the quotation off from the speech verb it depends on. A second
    root hangs from the nearest speech verb before it (``speech`` tells one) where that verb
    is no relative clause's ("сообщение паблика, в сообщении которого говорится, что «…»"
    is the post's, not the main clause's); a cycle's first word, from the main clause.
    """
    roots = [t for t in tokens if t.head == 0 or t.head not in by_index]
    if not roots:
        return
    main = roots[0]
    is_speech = speech or (lambda _word: False)
    for token in roots[1:]:
        verb = next(
            (t for t in reversed(tokens) if t.index < token.index and is_speech(t.text)),
            None,
        )
        if verb is not None and verb.rel not in {"acl", "acl:relcl"}:
            token.head, token.rel = verb.index, "parataxis"
    rooted: set[int] = set()  # words known to reach a root: each path is walked once
    for token in tokens:
        chain, seen = token, {token.index}
        while chain.head and chain.head in by_index and chain.index not in rooted:
            chain = by_index[chain.head]
            if chain.index in seen:
                # A cycle: its first word hangs from the main clause.
                first = min(
                    (by_index[i] for i in seen if _in_cycle(by_index, i)), key=lambda t: t.index
                )
                first.head, first.rel = main.index, "parataxis"
                break
            seen.add(chain.index)
        rooted |= seen


# A past tense's ending ("заявил", "потребовала", "сообщили", "отказался").
_PAST = re.compile(r"л(?:а|о|и)?(?:сь|ся)?$")


def _rejoin_speech(
    tokens: list[Token], by_index: dict[int, Token], speech: Callable[[str], bool]
) -> None:
    """Give back to the speech verb a second speech verb the parser joined to the clause it
    reports: in "Глава Чечни заявил, что ФСБ курирует газету, и потребовал «…»" the demand is
    his, not the FSB's. Only where both speech verbs are in the past and the reported verb is
    not ("…, что ФСБ курирует газету и требует …" is the FSB's)."""
    for token in tokens:
        clause = by_index.get(token.head)
        if token.rel != "conj" or clause is None or clause.rel != "ccomp":
            continue
        verb = by_index.get(clause.head)
        if verb is None or not (speech(token.text) and speech(verb.text)):
            continue
        if _PAST.search(token.text) and _PAST.search(verb.text) and not _PAST.search(clause.text):
            token.head = verb.index


def _in_cycle(by_index: dict[int, Token], index: int) -> bool:
    token, steps = by_index[index], 0
    while token.head and token.head in by_index and steps <= len(by_index):
        token, steps = by_index[token.head], steps + 1
        if token.index == index:
            return True
    return False


def follows(tree: Tree, quote: list[Token], verb: Token) -> bool:
    """Return whether the clause of ``verb`` opens right after the quotation (punctuation
    between)."""
    opening = min(t.index for t in tree.subtree(verb, "punct"))
    between = [t for t in tree.tokens if quote[-1].index < t.index < opening]
    return opening > quote[-1].index and all(t.rel == "punct" for t in between)
