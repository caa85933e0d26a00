"""Lookups by offset for the steps run once per quotation.

A 400 kB transcript has some 2,700 quotations: a step that scans every paragraph or every other
quotation for each of them costs the square of the text's length. These look up the same
answers by bisection in lists sorted once per text.
"""

import bisect
import re
from functools import lru_cache
from operator import itemgetter


def paragraph_at(paragraphs: list[tuple[int, int]], position: int) -> int | None:
    """Return the index of the paragraph holding ``position`` (its end included), if any.

    ``paragraphs`` are as ``spans.paragraphs_of`` gives them: in order, apart from each other,
    so at most one holds a position and it is the last to start at or before it.
    """
    here = bisect.bisect_right(paragraphs, position, key=itemgetter(0)) - 1
    return here if here >= 0 and position <= paragraphs[here][1] else None


class Nearby:
    """The quotations (or sentences) of a text, found by where they are.

    ``near`` returns those that reach ``[low, high]`` (either end included), in the order of
    the list given: a step that asks for the first quotation around a position, or walks them
    sorted by start, reads the same ones in the same order as with the whole list.
    """

    def __init__(self, quoted: list[range]) -> None:
        self.quoted = quoted
        self.by_start = sorted(range(len(quoted)), key=lambda n: quoted[n].start)
        self.starts = [quoted[n].start for n in self.by_start]
        # A quotation starting this far before ``low`` may still reach it.
        self.longest = max((len(r) for r in quoted), default=0)

    def near(self, low: int, high: int) -> list[range]:
        return [self.quoted[n] for n in self.numbers(low, high)]

    def numbers(self, low: int, high: int) -> list[int]:
        """Return the places in the list given of the quotations ``near`` returns."""
        first = bisect.bisect_left(self.starts, low - self.longest)
        last = bisect.bisect_right(self.starts, high)
        return sorted(n for n in self.by_start[first:last] if self.quoted[n].stop >= low)


def paragraph_or(
    paragraphs: list[tuple[int, int]], position: int, default: tuple[int, int]
) -> tuple[int, int]:
    """Return the paragraph holding ``position``, or ``default`` where none does."""
    here = paragraph_at(paragraphs, position)
    return paragraphs[here] if here is not None else default


def introduced_by(
    text: str, paragraphs: list[tuple[int, int]], start: int
) -> tuple[int, int] | None:
    """Return the paragraph of the quotation at ``start`` reaching back over the paragraph
    before it, where the quotation opens its own and that one ends in a colon ("Kochetkov told
    reporters:\n\n“…”"): the sentence that introduces the quotation is its sentence. Else None."""
    here = paragraph_at(paragraphs, start)
    if not here or text[paragraphs[here][0] : start].strip(' «"“„'):
        return None
    before = paragraphs[here - 1]
    introducing = text[before[0] : before[1]].rstrip()
    if not introducing.endswith(":") or _RELAYED.search(introducing[-300:]):
        return None
    return before[0], paragraphs[here][1]


# Whoever reads out, quotes or passes on words ("read out a message from a man still hiding
# in Chechnya:", "quoted Kadyrov's words:") is not their speaker; "quoted X as saying" names X,
# and a participle's aside leaves the sentence's own verb ("An officer, quoting the code, told").
_RELAYED = re.compile(
    r"\b(?:read\s+(?:out|aloud)|quoted(?!\s+[^.:]{1,60}\s+as\s+saying)|cited|relayed|"
    r"forwarded|shared|showed)\b|\b(?:message|letter|testimony|words|note|statement|"
    r"account|appeal)\s+(?:from|of|by)\b",
    re.I,
)


# How far a quotation's parse window reaches either side of it: news sentences around a
# quotation are far shorter, and without a bound a paragraph with no sentence end outside its
# quotations (pasted text, "X said: “….” Y said: “….”" run together) makes every window the
# whole paragraph, and the parse the square of its length.
REACH = 600


def within_reach(text: str, span: tuple[int, int], bounds: tuple[int, int]) -> tuple[int, int]:
    """Return ``bounds`` narrowed to ``REACH`` either side of ``span``, at spaces."""
    floor, ceiling = bounds
    if span[0] - REACH > floor:
        floor = text.find(" ", span[0] - REACH, span[0]) + 1 or span[0] - REACH
    if span[1] + REACH < ceiling:
        ceiling = max(span[1], text.rfind(" ", span[1], span[1] + REACH))
    return floor, ceiling


def paragraph_index(paragraphs: list[tuple[int, int]], position: int) -> int:
    """Return the index of the paragraph holding ``position``, which one must."""
    here = paragraph_at(paragraphs, position)
    if here is None:
        raise ValueError(f"no paragraph holds offset {position}")
    return here


def opens_line(text: str, index: int) -> bool:
    """Return whether only spaces and one opening quotation mark come between the start of
    ``index``'s line and ``index``: what ``re.search(r"(?:^|\\n)\\s*[«\\"“]?$", text[:index])``
    says, read back from ``index`` rather than searched from the text's start."""
    if index and text[index - 1] == "\n":
        return True  # "$" matches before a last newline: the line before ends here
    back = index - 1 if index and text[index - 1] in '«"“' else index
    while back and text[back - 1].isspace():
        if text[back - 1] == "\n":
            return True
        back -= 1
    return back == 0


def stretch(mentions: list[tuple[int, str]], low: int, high: int) -> slice:
    """Return the slice of ``mentions`` (in order of their offsets) from ``low`` to ``high``."""
    return slice(
        bisect.bisect_left(mentions, low, key=itemgetter(0)),
        bisect.bisect_left(mentions, high, key=itemgetter(0)),
    )


def inserted_headline(text: str, at: int) -> bool:
    """Whether ``at`` is on a line a page set into the body: another article's headline
    ("Макрон обсудил с Путиным преследование геев в Чечне"), short and with no full stop,
    after the body began. Its subject is no one the next paragraph's "он" continues."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at) % (len(text) + 1)
    line = text[start:end].strip()
    body_began = -1 < _first_paragraph_end(text) <= start
    return body_began and len(line) <= 100 and not re.search(r"[.!?…:»\"”)]$", line)


@lru_cache(maxsize=4)
def _first_paragraph_end(text: str) -> int:
    """Where the first line ending with a full stop ends, found once per text (-1: none)."""
    found = re.search(r"[.!?…»]\s*\n", text)
    return found.end() if found else -1


def headline_end(text: str) -> int:
    """Where the body starts after a headline, a first line with no full stop ("Survivors Speak
    Out"): its capitals open no sentence and name no one; 0 where the first line is none."""
    first_line = text.split("\n", 1)[0]
    # Not a paragraph of sentences whose last ends with a colon ("… in Chechnya. He issued the
    # following statement today:"), where a page's copy starts without its headline.
    sentences = re.search(r"[a-z]{2}[.!?]\s+[A-Z]", first_line)
    headline = "\n" in text and not first_line.rstrip().endswith((".", "!", "?")) and not sentences
    return len(first_line) + 1 if headline else 0
