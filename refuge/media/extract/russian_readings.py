"""Russian counts read from the parse, found by offset: which sentence each number is in.

russian_figures.py reads what a number counts from its sentence's tree; this module finds each
number's paragraph and sentence by bisection (as offsets.py does for quotations: a text with
many numbers must not scan every paragraph and sentence for each), and reads the qualifier the
parse gives ("около", "по меньшей мере", "превысило 50").
"""

from __future__ import annotations

import bisect
import heapq

from refuge.media import lexicon
from refuge.media.extract import russian
from refuge.media.extract.events import noun_of
from refuge.media.extract.numbers import is_number
from refuge.media.extract.offsets import paragraph_at
from refuge.media.extract.russian_figures import _NOUNS, _OBJECT, Reading, _number_token, _read
from refuge.media.extract.spans import paragraphs_of, sentence_end, sentence_start
from refuge.media.extract.syntax import Token, Tree, parse_sentences

_ALL = frozenset({"все", "всех", "всем", "всеми"})


def _qualifier(tree: Tree, number: Token) -> str:
    """Return a qualifier among the number's (or its noun's) advmod and case words ("около")."""
    heads = [number]
    if number.rel.startswith("nummod") and number.head in tree.by_index:
        heads.append(tree.by_index[number.head])
    for head in heads:
        for child in tree.children(head, "advmod", "case"):
            if child.index >= number.index or any(
                (t := tree.by_index.get(i)) is not None and t.text.lower() in _ALL
                for i in range(child.index + 1, number.index)
            ):
                continue  # "Практически все 40 задержанных": nearly all, not nearly 40
            # "по меньшей мере": the words the parser fixed to the first.
            word = " ".join(t.text.lower() for t in [child, *tree.children(child, "fixed")])
            negated = any(t.text.lower() == "не" for t in tree.children(child))
            key = f"не {word}" if negated else word
            if key in lexicon.QUALIFIERS:
                return lexicon.QUALIFIERS[key]
    return _verb_qualifier(tree, heads[-1])


_EXCEEDING = frozenset({"превысить", "превышать"})
_REACHING = frozenset({"достигать", "достигнуть", "достичь"})


def _verb_qualifier(tree: Tree, counted: Token) -> str:
    """Return the qualifier the verb of an amount gives: "количество задержанных превысило 50
    человек" is more than 50, "не превышает 10" at most 10, "может достигать 100" up to 100."""
    verb = tree.by_index.get(counted.head)
    if counted.rel not in _OBJECT or verb is None:
        return ""
    lemma = russian.lemma(verb.text.lower())
    negated = any(c.text.lower() == "не" for c in tree.children(verb))
    if lemma in _EXCEEDING:
        return "up to" if negated else "more than"
    head = tree.by_index.get(verb.head)
    if lemma in _REACHING and verb.rel == "xcomp" and head is not None:
        return "up to" if russian.lemma(head.text.lower()) == "мочь" else ""
    return ""


def readings(text: str, numbers: list[tuple[int, int]]) -> dict[int, Reading]:
    """Return, by the number's start, what the parse says each number at (start, end) counts.

    Numbers the parse has no answer for are left out: the word windows answer for them.
    """
    if not numbers:
        return {}
    paragraphs = paragraphs_of(text)
    windows = set()
    for start, _end in numbers:
        here = paragraph_at(paragraphs, start)
        floor, ceiling = paragraphs[here] if here is not None else (0, len(text))
        windows.add((sentence_start(text, start, floor), sentence_end(text, start, ceiling)))
    sentences = parse_sentences(text, sorted(windows), [])
    places = _sentence_of(sentences, [start for start, _end in numbers])
    found: dict[int, Reading] = {}
    # One tree per sentence, as building one repairs the sentence's parse in place: a sentence
    # with several numbers reads the same tree for each.
    trees: dict[int, Tree] = {}
    for start, end in numbers:
        at = places.get(start)
        if at is None:
            continue
        sentence = sentences[at]
        if at not in trees:
            trees[at] = Tree(sentence, [])
        tree = trees[at]
        number = _number_token(sentence, start, end)
        if number is None:
            continue
        reading = _read(tree, number)
        upper = _range_upper(tree, number)
        if upper is not None and (reading is None or reading.counted is None):
            # "Задержали от 2 до трех тысяч человек": the parser hung the lower end on the
            # verb; the upper end holds the noun counted.
            reading = _read(tree, upper) or reading
        elif upper is not None and reading is not None:
            reading = _named_by_upper(tree, upper, reading)
        if reading is not None:
            found[start] = Reading(reading.counted, _qualifier(tree, number), reading.subject)
    return found


def _named_by_upper(tree: Tree, upper: Token, reading: Reading) -> Reading:
    """Return the reading of a range's lower end with the noun its upper end counts, where
    the lower end stands alone as people ("Задержали от 30 до 50 мужчин": men), and that noun
    alone ("от 20 до 30 женщин и детей": people of both)."""
    head = tree.by_index.get(upper.head)
    noun = noun_of([head.text.lower()]) if head is not None else ""
    if head is None or noun not in _NOUNS or reading.counted is None:
        return reading
    if reading.counted[0] != "people" or tree.children(head, "conj"):
        return reading
    return Reading((noun, reading.counted[1]), subject=reading.subject)


_MULTIPLYING = ("тысяч", "тыс", "млн", "миллион", "сот", "десят")


def _range_upper(tree: Tree, number: Token) -> Token | None:
    """Return the head token of a range's upper end ("от 2 до трех тысяч": "тысяч"), when
    ``number`` is its lower end, else None."""
    if not any(c.text.lower() == "от" for c in tree.children(number, "case")):
        return None
    until = tree.by_index.get(number.index + 1)
    if until is None or until.text.lower() != "до":
        return None
    group = []
    token = tree.by_index.get(until.index + 1)
    while token is not None and (
        is_number(token.text) or token.text.lower().startswith(_MULTIPLYING)
    ):
        group.append(token)
        token = tree.by_index.get(token.index + 1)
    indices = {t.index for t in group}
    return next((t for t in group if t.head not in indices), None)


def _sentence_of(sentences: list[list[Token]], positions: list[int]) -> dict[int, int]:
    """Return, by position, the first sentence in the list (not by place) that holds it.

    Windows of one paragraph may overlap, so several sentences can hold one position: the
    sentences are swept in order of their starts with those still open in a heap by their place
    in the list, and a position takes the first open one, as a scan of the list would.
    """
    spans = [(s[0].start, s[-1].stop, n) for n, s in enumerate(sentences) if s]
    spans.sort()
    starts = [begin for begin, _stop, _n in spans]
    open_ones: list[tuple[int, int]] = []
    found: dict[int, int] = {}
    reached = 0
    for position in sorted(set(positions)):
        last = bisect.bisect_right(starts, position)
        for _begin, stop, n in spans[reached:last]:
            heapq.heappush(open_ones, (n, stop))
        reached = max(reached, last)
        # A sentence that ends at or before this position ends before every later one too.
        while open_ones and open_ones[0][1] <= position:
            heapq.heappop(open_ones)
        if open_ones:
            found[position] = open_ones[0][0]
    return found
