"""Numbers are looked for only at their possible first characters, with the same readings.

``numbers.NUMBER`` opens with a look at one character (``FIRST_CHARACTERS``) so that a scan
passes over most words without trying every branch of the alternation; the look must let
through every character a number can begin with, or numbers would go unread.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from refuge.media.extract.numbers import FIRST_CHARACTERS, NUMBER
from tests.media_helpers import counts

_EVERYTHING = None


def _first(items: list[Any]) -> tuple[set[str] | None, bool]:
    """The characters a parsed pattern can begin with (None: any), and whether it can match
    nothing at all."""
    found: set[str] = set()
    for op, argument in items:
        first, empty = _first_of_item(op, argument)
        if first is None:
            return None, False
        found |= first
        if not empty:
            return found, False
    return found, True


def _first_of_item(op: Any, argument: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(argument)}, False
    if op is sre.IN:
        found: set[str] = set()
        for kind, value in argument:
            if kind is sre.LITERAL:
                found.add(chr(value))
            elif kind is sre.RANGE:
                found |= {chr(code) for code in range(value[0], value[1] + 1)}
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                found.add("0")  # any digit: the look lets \d through
            else:
                return None, False
        return found, False
    if op is sre.BRANCH:
        found, empty = set(), False
        for branch in argument[1]:
            first, can_be_empty = _first(branch)
            if first is None:
                return None, False
            found, empty = found | first, empty or can_be_empty
        return found, empty
    if op is sre.SUBPATTERN:
        return _first(argument[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        first, empty = _first(argument[2])
        return first, empty or argument[0] == 0
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # takes no character
    return None, False


def test_every_first_character_of_a_number_passes_the_look() -> None:
    first, empty = _first(list(_parser.parse(NUMBER, re.I)))
    assert first is not None
    assert not empty
    look = re.compile(rf"[{FIRST_CHARACTERS}]")
    letters = {c for c in first if not c.isdigit()}
    assert {c for c in letters | {c.upper() for c in letters} if not look.match(c)} == set()
    assert all(look.match(digit) for digit in "0123456789٣")


def test_numbers_read_at_the_start_of_a_sentence_and_inside_it() -> None:
    found = counts(
        "Twenty-seven people were detained in Grozny. Police detained 12 men on Monday. "
        "Hundreds of people fled, and at least Five women were killed."
    )
    assert {(27, ""), (12, "")} <= {(value, qualifier) for value, qualifier, _what in found}


def test_russian_numbers_in_either_case() -> None:
    found = counts(
        "Шестеро мужчин были задержаны в Грозном. Около 30 человек уехали из республики. "
        "Ещё ДВОЕ задержанных пропали."
    )
    assert (6, "", "men detained") in found
    assert (30, "around", "people left") in found
