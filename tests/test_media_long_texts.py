"""Long texts read in time linear in their length, with the same answers (cost8).

The lookups by offset (refuge/media/extract/offsets.py), the memory's salience order kept as
it grows (salience.py) and the entities by text (russian.first_of_each_text) replace scans of
every quotation, paragraph or mention; each is checked here against the scan it replaces, on
constructed offsets. The times are measured by ``python -m bench.media transcripts``.
"""

import random
import re

import pytest

from refuge.media.extract import russian
from refuge.media.extract.offsets import (
    Nearby,
    opens_line,
    paragraph_at,
    paragraph_index,
    paragraph_or,
    stretch,
)
from refuge.media.extract.salience import Salience
from refuge.media.extract.spans import paragraphs_of, quotation_at
from refuge.media.extract.speakers import Speaker

pytestmark = pytest.mark.once


def test_a_paragraph_is_found_by_bisection_as_by_a_scan():
    text = "First line.\n\nSecond, longer line.\n   \nThird.\nFourth"
    paragraphs = paragraphs_of(text)
    for position in range(len(text) + 1):
        scanned = next((i for i, (s, e) in enumerate(paragraphs) if s <= position <= e), None)
        assert paragraph_at(paragraphs, position) == scanned
        default = (0, len(text))
        expected = paragraphs[scanned] if scanned is not None else default
        assert paragraph_or(paragraphs, position, default) == expected
    assert paragraph_at([], 3) is None
    with pytest.raises(ValueError):
        paragraph_index(paragraphs, len("First line.\n"))


def test_nearby_quotations_are_those_a_scan_finds_in_the_same_order():
    rng = random.Random(8)
    for _ in range(200):
        quoted = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 300)
            quoted.append(range(start, start + rng.randint(0, 120)))
        nearby = Nearby(quoted)
        low = rng.randint(0, 300)
        high = low + rng.randint(0, 100)
        expected = [r for r in quoted if r.stop >= low and r.start <= high]
        assert nearby.near(low, high) == expected
        # The first quotation around a position in the window is the same one.
        for position in range(low, high + 1):
            assert quotation_at(position, nearby.near(low, high)) == quotation_at(position, quoted)


def test_a_line_s_opening_is_read_back_as_the_pattern_searched_from_the_start():
    pattern = re.compile(r"(?:^|\n)\s*[«\"“]?$")
    rng = random.Random(8)
    for _ in range(20_000):
        text = "".join(
            rng.choice(["a", " ", "\n", "«", '"', "“", "»", "\xa0", "\t"]) for _ in "12345678"
        )
        index = rng.randint(0, len(text))
        assert opens_line(text, index) == bool(pattern.search(text[:index]))


def test_the_mentions_in_a_stretch_are_those_a_scan_finds():
    mentions = sorted((position, f"name{position % 7}") for position in range(0, 500, 13))
    for low, high in [(0, 0), (0, 40), (13, 14), (100, 250), (490, 900)]:
        assert mentions[stretch(mentions, low, high)] == [
            (p, n) for p, n in mentions if low <= p < high
        ]


def _salient(subjects: list[Speaker], people: list[Speaker]) -> list[Speaker]:
    """The order Memory.salient gave by reading its lists whole."""
    seen, order = set(), []
    for person in [*reversed(subjects), *reversed(people)]:
        if (person.name, person.role) not in seen:
            seen.add((person.name, person.role))
            order.append(person)
    return order


def test_the_salience_order_kept_as_the_lists_grow_is_the_order_read_whole():
    rng = random.Random(8)
    subjects: list[Speaker] = []
    people: list[Speaker] = []
    salience = Salience(subjects, people)
    names = ["Kadyrov", "Milashina", "", "Karimov"]
    for _ in range(300):
        person = Speaker(rng.choice(names), rng.choice(["", "spokesman"]))
        people.append(person)
        if rng.random() < 0.4:
            subjects.append(person)
        if rng.random() < 0.3:
            order = salience.order()
            assert order == _salient(subjects, people)
            assert all(a is b for a, b in zip(order, _salient(subjects, people), strict=True))


def test_the_first_entity_of_each_text_in_order():
    entities = [
        russian.Entity("PER", at, at + 5, text, text)
        for at, text in enumerate(["Кадыров", "Каримов", "Кадыров", "Милашина", "Каримов"])
    ]
    first = russian.first_of_each_text(entities)
    assert [(e.start, e.text) for e in first] == [(0, "Кадыров"), (1, "Каримов"), (3, "Милашина")]
    entities.append(russian.Entity("PER", 9, 14, "Калапин", "Калапин"))
    assert [e.text for e in russian.first_of_each_text(entities)][-1] == "Калапин"
