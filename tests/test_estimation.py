"""Multiple systems estimation against published fits and an independent implementation."""

from __future__ import annotations

import itertools
import json
import math
import random
import time
from pathlib import Path

import numpy as np
import pytest
import statsmodels.api as sm
from django.core.management import CommandError, call_command
from scipy.optimize import brentq
from scipy.special import gammaln

from refuge.findings.estimation import (
    EstimationError,
    OverlapTable,
    estimate,
    fit_models,
    hierarchical_models,
    parse_terms,
    read_table,
)

FIXTURES = Path(__file__).resolve().parent / "data" / "mse"  # published tables, kept in the repo
KOREA = FIXTURES / "korea.csv"
UK = FIXTURES / "uk2013.csv"


def _table(path: Path) -> OverlapTable:
    return read_table(path.read_text())[""]


@pytest.mark.parametrize(
    ("interactions", "published"),
    [("", 141.99), ("b:c", 268.78), ("b:c,c:d", 157.17)],
)
def test_korea_published_fits(interactions: str, published: float) -> None:
    table = _table(KOREA)
    result = estimate(table, interactions=parse_terms(interactions, table.lists))
    assert result.observed == 123
    assert round(result.estimate, 2) == published


def test_korea_interval_lower_bound_matches_the_published_one() -> None:
    """The published 95% interval is [128, 349]; our profile interval for the AIC-best model
    (b:c, c:d) starts at 128 too. Its upper end (222) is lower: see docs/findings.md."""
    result = estimate(_table(KOREA))
    assert result.model == ["b:c", "c:d"]
    assert math.floor(result.interval[0]) == 128


def test_uk_estimate_lies_in_the_home_office_range() -> None:
    """Home Office 2014: "between 10,000 and 13,000" victims, from pairwise models."""
    result = estimate(_table(UK), select="aic", max_order=2)
    assert result.observed == 2744
    assert 10_000 <= result.estimate <= 13_000
    low, high = result.interval
    assert result.observed <= low < result.estimate < high
    assert any("share nobody" in w for w in result.warnings)
    assert len(result.models) == 2**15


def _statsmodels_fit(table: OverlapTable, terms) -> tuple[float, float]:
    cells = [c for c in itertools.product((0, 1), repeat=len(table.lists)) if any(c)]
    index = {n: i for i, n in enumerate(table.lists)}
    rows = [[1, *c, *[math.prod(c[index[n]] for n in t) for t in terms]] for c in cells]
    y = [table.counts.get(c, 0) for c in cells]
    fit = sm.GLM(np.array(y, float), np.array(rows, float), family=sm.families.Poisson()).fit()
    return table.observed + math.exp(fit.params[0]), fit.aic


def test_batched_fits_agree_with_statsmodels() -> None:
    rng = random.Random(7)
    lists = ("A", "B", "C", "D", "E")
    cells = [c for c in itertools.product((0, 1), repeat=5) if any(c)]
    table = OverlapTable(lists, {c: rng.randint(3, 80) for c in cells})
    models = list(hierarchical_models(lists, 2))
    fits = fit_models(table, models)
    for fit in rng.sample(fits, 25):
        expected, aic = _statsmodels_fit(table, fit.terms)
        assert fit.exists
        assert fit.estimate == pytest.approx(expected, rel=1e-7)
        assert fit.aic == pytest.approx(aic, rel=1e-7)


def test_profile_interval_agrees_with_an_independent_computation() -> None:
    table = _table(KOREA)
    result = estimate(table, interactions=())
    cells = list(itertools.product((0, 1), repeat=3))
    x = np.array([[1, *c] for c in cells], float)

    def loglik(unseen: float) -> float:
        y = np.array([unseen, *[table.counts.get(c, 0) for c in cells[1:]]], float)
        mu = sm.GLM(y, x, family=sm.families.Poisson()).fit().fittedvalues
        return float(np.sum(y * np.log(mu) - mu - gammaln(y + 1)))

    peak = loglik(result.estimate - 123)

    def excess(unseen: float) -> float:
        return 2 * (peak - loglik(unseen)) - 3.841458820694124

    low = 123 + brentq(excess, 1e-6, result.estimate - 123)
    high = 123 + brentq(excess, result.estimate - 123, 500)
    assert result.interval[0] == pytest.approx(low, abs=1e-3)
    assert result.interval[1] == pytest.approx(high, abs=1e-3)


def test_models_with_an_empty_margin_are_left_out_with_a_warning() -> None:
    table = _table(KOREA)
    result = estimate(table)
    diverged = [m for m in result.models if not m.exists]
    assert {tuple(m.label) for m in diverged} == {("b:c", "b:d"), ("b:c", "b:d", "c:d")}
    assert any("no finite estimate" in w for w in result.warnings)


def test_no_estimate_when_the_lists_do_not_overlap() -> None:
    table = OverlapTable(("A", "B"), {(1, 0): 40, (0, 1): 30, (1, 1): 0})
    result = estimate(table)
    assert result.estimate is None
    assert result.interval == (None, None)
    assert any("cannot support" in w for w in result.warnings)
    assert json.loads(json.dumps(result.as_json()))["estimate"] is None


def test_hierarchical_enumeration() -> None:
    three = list(hierarchical_models(("a", "b", "c"), 2))
    assert len(three) == 8 and len(set(three)) == 8
    four = list(hierarchical_models(("a", "b", "c", "d"), 3))
    assert len(set(four)) == len(four)
    for model in four:
        for term in model:
            for sub in itertools.combinations(term, len(term) - 1):
                assert len(sub) < 2 or sub in model


def test_non_hierarchical_and_unknown_terms_are_refused() -> None:
    table = OverlapTable(
        ("A", "B", "C", "D"),
        {c: 5 for c in itertools.product((0, 1), repeat=4) if any(c)},
    )
    with pytest.raises(EstimationError, match="not hierarchical"):
        estimate(table, interactions=parse_terms("A:B:C", table.lists))
    with pytest.raises(EstimationError, match="unknown list"):
        parse_terms("A:Z", table.lists)


@pytest.mark.serial  # timed: run alone
def test_every_model_for_six_lists_is_fitted_quickly() -> None:
    rng = random.Random(1)
    cells = [c for c in itertools.product((0, 1), repeat=6) if any(c)]
    table = OverlapTable(tuple("ABCDEF"), {c: rng.randint(1, 60) for c in cells})
    started = time.perf_counter()
    result = estimate(table)
    elapsed = time.perf_counter() - started
    assert len(result.models) == 32768 and all(m.exists for m in result.models)
    assert elapsed < 6, "the goal is under 2 s (bench/estimation.py); this guards regressions"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a,b\n1,0\n", "`count` column"),
        ("a,b,count\n1,2,5\n", "line 2: list columns must be 0 or 1"),
        ("a,b,count\n1,0,-1\n", "negative"),
        ("a,b,count\n0,0,4\n", "seen on no list"),
        ("a,count\n1,4\n", "at least two lists"),
        ("a,b,count\n1,0,x\n", "whole number"),
    ],
)
def test_malformed_tables_get_clear_errors(tmp_path, text: str, message: str) -> None:
    path = tmp_path / "table.csv"
    path.write_text(text)
    with pytest.raises(CommandError, match=message):
        call_command("estimate", str(path))


def test_cli_json_and_strata(tmp_path, capsys) -> None:
    call_command("estimate", str(KOREA), "--interactions", "b:c", "--json")
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {
        "observed",
        "estimate",
        "interval",
        "level",
        "interval_method",
        "model",
        "models",
        "warnings",
    }
    assert out["model"] == ["b:c"] and round(out["estimate"], 2) == 268.78
    assert out["interval_method"] == "profile likelihood"

    lines = KOREA.read_text().strip().splitlines()
    header, rows = lines[0], lines[1:]
    stratified = [f"{header},period"]
    stratified += [f"{row},2017" for row in rows] + [f"{row},2019" for row in rows]
    path = tmp_path / "strata.csv"
    path.write_text("\n".join(stratified) + "\n")
    call_command("estimate", str(path), "--by", "period", "--json")
    out = json.loads(capsys.readouterr().out)
    assert set(out["strata"]) == {"2017", "2019"}
    assert out["strata"]["2017"]["estimate"] == out["strata"]["2019"]["estimate"]

    call_command("estimate", str(KOREA))
    text = capsys.readouterr().out
    assert "estimate:  157.2" in text and "model:     b:c, c:d (aic)" in text


def test_two_lists_give_the_lincoln_petersen_estimate() -> None:
    table = OverlapTable(("A", "B"), {(1, 0): 40, (0, 1): 30, (1, 1): 20})
    result = estimate(table)
    assert result.estimate == pytest.approx(60 * 50 / 20)
    assert result.interval[0] < 150 < result.interval[1]


NEW_ORLEANS = FIXTURES / "neworleans.csv"  # 8 lists; SparseMSE's NewOrl (Bales et al. 2019)


@pytest.mark.parametrize(
    ("interactions", "total", "aic"),
    # R 4.2.2 glm(family = poisson) on the complete 255-cell table (the command is in
    # docs/findings.md): observed + exp(intercept), and AIC.
    [("", 996.6643, 118.3539), ("A:C,A:D", 1124.8418, 120.0589), ("D:E,A:D", 1422.4132, 111.9491)],
)
def test_eight_lists_with_interactions_reproduce_r(
    interactions: str, total: float, aic: float
) -> None:
    table = _table(NEW_ORLEANS)
    result = estimate(table, interactions=parse_terms(interactions, table.lists))
    assert result.observed == 185
    assert round(result.estimate, 4) == total
    assert round(result.models[0].aic, 4) == aic


def test_past_six_lists_a_stepwise_search_chooses_the_model() -> None:
    table = _table(NEW_ORLEANS)
    result = estimate(table)
    assert result.selection == "aic, stepwise"
    best = result.models[0]
    assert best.aic <= min(m.aic for m in result.models if m.exists)
    # No single added or dropped term improves on the chosen model.
    chosen = parse_terms(",".join(result.model), table.lists)
    neighbours = [
        parse_terms(",".join([":".join(t) for t in chosen] + [f"{a}:{b}"]), table.lists)
        for a, b in itertools.combinations(table.lists, 2)
        if (a, b) not in chosen
    ]
    fits = [f for f in fit_models(table, neighbours) if f.exists]
    assert all(f.aic >= best.aic for f in fits)


def test_log_linear_refuses_more_lists_than_memory_allows() -> None:
    cells = {tuple(int(i == j) for i in range(15)): 5 for j in range(15)}
    table = OverlapTable(tuple(f"L{i}" for i in range(15)), cells)
    with pytest.raises(EstimationError, match="use --method lcmcr"):
        estimate(table)
