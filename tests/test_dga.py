"""Model averaging over decomposable graphs (--method dga)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command

from refuge.findings.dga import decomposable_graphs, estimate_dga, posterior
from refuge.findings.estimation import EstimationError, OverlapTable, estimate, read_table
from refuge.findings.lcmcr import LcmcrSettings, estimate_lcmcr

DATA = Path(__file__).resolve().parent / "data" / "mse"


def _independent(size: int, probabilities: list[float], seed: int) -> OverlapTable:
    rng = np.random.default_rng(seed)
    seen = rng.random((size, len(probabilities))) < np.array(probabilities)
    counts: dict[tuple[int, ...], int] = {}
    for row in seen[seen.any(axis=1)].astype(int):
        cell = tuple(int(v) for v in row)
        counts[cell] = counts.get(cell, 0) + 1
    return OverlapTable(tuple("ABCDE"[: len(probabilities)]), counts)


def test_every_decomposable_graph_is_enumerated() -> None:
    """8, 61 and 822 decomposable graphs on 3, 4 and 5 vertices (as R's dga ships them)."""
    assert [len(decomposable_graphs(p)) for p in (3, 4, 5)] == [8, 61, 822]
    # The 4-cycle is the smallest graph that is not decomposable.
    cliques = {frozenset(c) for c, _s in decomposable_graphs(4)}
    assert frozenset({0b0011, 0b0110, 0b1100, 0b1001}) not in cliques


def test_posterior_is_a_distribution_and_the_weights_add_up() -> None:
    grid, probability, models = posterior(read_table((DATA / "korea.csv").read_text())[""])
    assert grid[0] == 123 and abs(probability.sum() - 1) < 1e-9
    assert abs(sum(w for _c, w in models) - 1) < 1e-9


def test_dga_agrees_with_lcmcr_and_log_linear_when_lists_are_independent() -> None:
    """With independent lists every method should find the truth (here 1,500)."""
    table = _independent(1500, [0.3, 0.25, 0.35, 0.2], seed=4)
    dga = estimate_dga(table)
    main = estimate(table, interactions=())
    lcmcr = estimate_lcmcr(table, LcmcrSettings(burn_in=1500, samples=400, thinning=4, seed=2))
    for result in (dga, lcmcr):
        low, high = result.interval
        assert low is not None and high is not None and low <= 1500 <= high
        assert result.estimate is not None and main.estimate is not None
        assert abs(result.estimate - main.estimate) < 0.06 * main.estimate
    top = dga.diagnostics["models"][0]  # type: ignore[index]
    assert top["model"] == "A, B, C, D", "independence is the most probable graph"


def test_dga_on_kosovo_overlaps_the_lcmcr_reference() -> None:
    """Four Kosovo lists: R's LCMCR medians are 10,393 to 10,594 (lcmcr_reference.json)."""
    result = estimate_dga(read_table((DATA / "kosovo.csv").read_text())[""])
    low, high = result.interval
    assert low is not None and high is not None and low < 10_500 < high
    assert result.estimate is not None and 9_000 < result.estimate < 14_000


@pytest.mark.parametrize("lists", [2, 6])
def test_dga_needs_three_to_five_lists(lists: int) -> None:
    cells = {c: 3 for c in itertools.product((0, 1), repeat=lists) if any(c)}
    with pytest.raises(EstimationError, match="3 to 5 lists"):
        estimate_dga(OverlapTable(tuple("ABCDEF"[:lists]), cells))


def test_dga_json(capsys) -> None:
    call_command("estimate", str(DATA / "korea.csv"), "--method", "dga", "--json")
    out = json.loads(capsys.readouterr().out)
    assert out["method"] == "dga" and out["observed"] == 123
    assert out["interval"][0] <= out["estimate"] <= out["interval"][1]
    weights = [m["weight"] for m in out["diagnostics"]["models"]]
    assert weights == sorted(weights, reverse=True) and sum(weights) > 0.99


@pytest.mark.parametrize("name", ["korea", "kosovo", "simulated5"])
def test_posterior_matches_r_dga(name: str) -> None:
    """R's dga 2.0.2 bma.cr, n0 from 0 to 20 x observed (tests/data/mse/dga_reference.json)."""
    reference = json.loads((DATA / "dga_reference.json").read_text())["tables"][name]
    table = read_table((DATA / f"{name}.csv").read_text())[""]
    grid, probability, models = posterior(table, n0_max=20 * table.observed, extend=False)
    cumulative = np.cumsum(probability)
    for key, q in (("q025", 0.025), ("median", 0.5), ("q975", 0.975)):
        assert grid[np.searchsorted(cumulative, q)] == reference[key]
    assert float(np.sum(grid * probability)) == pytest.approx(reference["mean"], abs=0.01)
    assert max(w for _c, w in models) == pytest.approx(reference["top_weight"], abs=1e-6)
    assert len(models) == reference["graphs"]
