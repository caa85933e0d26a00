"""The held-out part's second, adjudicated annotation (tests/data/media_devset_adjudicated.json):
the same articles and quotations as the first, only speakers and figures decided again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refuge.media.evaluation import HELD_OUT, evaluate, load_annotations, part_of

pytestmark = pytest.mark.once

DATA = Path(__file__).resolve().parent / "data"
FIRST = load_annotations(DATA / "media_devset.json")
ADJUDICATED = load_annotations(DATA / "media_devset_adjudicated.json")


def test_it_annotates_the_held_out_part_and_nothing_else():
    held_out = {name for name, entry in FIRST.items() if part_of({"url": name} | entry) == HELD_OUT}
    assert set(ADJUDICATED) == held_out


def test_it_keeps_the_first_annotations_quotations_and_pages():
    for name, entry in ADJUDICATED.items():
        first = FIRST[name]
        assert [(q["text"], q["start"]) for q in entry["quotes"]] == [
            (q["text"], q["start"]) for q in first["quotes"]
        ]
        assert {k: v for k, v in entry.items() if k not in {"quotes", "figures"}} == {
            k: v for k, v in first.items() if k not in {"quotes", "figures"}
        }


def _figures(entry: dict) -> set[str]:
    return {json.dumps(figure, sort_keys=True) for figure in entry["figures"]}


def test_it_differs_from_the_first_only_where_its_about_says():
    about = json.loads((DATA / "media_devset_adjudicated.json").read_text())["_about"]
    speakers = sum(
        a["speaker"] != f["speaker"]
        for name, entry in ADJUDICATED.items()
        for a, f in zip(entry["quotes"], FIRST[name]["quotes"], strict=True)
    )
    added = sum(len(_figures(e) - _figures(FIRST[n])) for n, e in ADJUDICATED.items())
    removed = sum(len(_figures(FIRST[n]) - _figures(e)) for n, e in ADJUDICATED.items())
    assert f"speakers changed: {speakers}; figures added: {added}; removed: {removed}" in about


def test_the_benchmark_can_measure_it():
    result = evaluate(DATA / "media_devset_adjudicated.json", DATA / "media_devset", part=HELD_OUT)
    assert result["articles"] == len(ADJUDICATED)
