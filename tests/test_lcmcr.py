"""The latent-class model (--method lcmcr) against known totals and R's LCMCR."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from refuge.findings.estimation import EstimationError, OverlapTable, estimate, read_table
from refuge.findings.lcmcr import (
    LcmcrSettings,
    effective_sample_size,
    estimate_lcmcr,
    patterns,
    simulate,
    split_rhat,
)

DATA = Path(__file__).resolve().parent / "data" / "mse"
FAST = LcmcrSettings(burn_in=1500, samples=400, thinning=4, seed=11)


def _table(name: str) -> OverlapTable:
    return read_table((DATA / f"{name}.csv").read_text())[""]


def test_people_with_the_same_pattern_are_grouped() -> None:
    table = _table("simulated20")
    x, freq = patterns(table)
    assert x.shape == (len(table.counts), 20) and int(freq.sum()) == table.observed
    assert x.shape[0] < table.observed, "the sampler works on patterns, not people"


def test_heterogeneous_population_is_covered_and_main_effects_miss() -> None:
    """A majority rarely recorded, a minority often (Manrique-Vallier 2016, section 4)."""
    table = simulate(2000, lists=5, seed=1)
    result = estimate_lcmcr(table, FAST)
    low, high = result.interval
    assert low is not None and high is not None
    assert low <= 2000 <= high
    main = estimate(table, interactions=())
    assert main.interval[1] is not None and main.interval[1] < 2000, (
        "independence underestimates when capture is heterogeneous"
    )


def test_fast_coverage_on_simulated_populations() -> None:
    """The 40-replicate coverage is bench/lcmcr.py; five here keep the test fast."""
    covered = 0
    for seed in range(5):
        table = simulate(1500, lists=5, seed=100 + seed)
        low, high = estimate_lcmcr(
            table, LcmcrSettings(burn_in=1000, samples=300, thinning=3, seed=seed)
        ).interval
        covered += bool(low is not None and high is not None and low <= 1500 <= high)
    assert covered >= 4


def test_twenty_sparse_lists_agree_with_r_lcmcr() -> None:
    """R's LCMCR 0.4.14, four seeds (tests/data/mse/lcmcr_reference.json)."""
    reference = json.loads((DATA / "lcmcr_reference.json").read_text())["tables"]["simulated20"]
    table = _table("simulated20")
    assert len(table.lists) == 20 and len(table.counts) < 2**20 / 1000  # sparse
    result = estimate_lcmcr(table, LcmcrSettings(burn_in=1500, samples=300, thinning=4, seed=3))
    r_median = np.mean([run["median"] for run in reference])
    assert result.estimate is not None and abs(result.estimate - r_median) < 0.03 * r_median
    assert result.interval[0] < 2000 < result.interval[1]  # type: ignore[operator]


def test_five_lists_agree_with_r_lcmcr() -> None:
    reference = json.loads((DATA / "lcmcr_reference.json").read_text())["tables"]["simulated5"]
    result = estimate_lcmcr(_table("simulated5"), LcmcrSettings(seed=5, burn_in=3000))
    for key, ours in (("median", result.estimate), ("q025", result.interval[0])):
        values = [run[key] for run in reference]
        assert ours is not None
        assert min(values) * 0.97 <= ours <= max(values) * 1.03, (key, ours, values)


def test_disagreeing_chains_are_flagged() -> None:
    rng = np.random.default_rng(0)
    mixed = rng.normal(100, 5, (2, 500))
    stuck = np.vstack([rng.normal(100, 5, 500), rng.normal(140, 5, 500)])
    assert split_rhat(mixed) < 1.01 < split_rhat(stuck)
    assert effective_sample_size(mixed) > 800
    walk = np.cumsum(rng.normal(size=(2, 500)), axis=1)
    assert effective_sample_size(walk) < 100


def test_json_keys_and_warnings_from_the_command(tmp_path, capsys) -> None:
    call_command(
        "estimate",
        str(DATA / "kosovo.csv"),
        "--method",
        "lcmcr",
        "--burn-in",
        "200",
        "--samples",
        "50",
        "--thinning",
        "2",
        "--seed",
        "1",
        "--k",
        "5",
        "--json",
    )
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {
        "estimate",
        "mean",
        "interval",
        "observed",
        "method",
        "diagnostics",
        "warnings",
    }
    assert out["method"] == "lcmcr" and out["observed"] == 4400
    assert {"ess", "rhat", "chains"} <= set(out["diagnostics"])
    assert any("effective sample size" in w for w in out["warnings"]), "50 draws are too few"


def test_by_stratum_and_bad_options(tmp_path, capsys) -> None:
    rows = (DATA / "korea.csv").read_text().strip().splitlines()
    text = rows[0] + ",year\n" + "".join(f"{r},{y}\n" for y in (2017, 2019) for r in rows[1:])
    path = tmp_path / "strata.csv"
    path.write_text(text)
    for method in ("lcmcr", "dga"):
        call_command(
            "estimate", str(path), "--by", "year", "--method", method, "--burn-in", "100",
            "--samples", "20", "--seed", "2", "--json",
        )  # fmt: skip
        out = json.loads(capsys.readouterr().out)
        assert set(out["strata"]) == {"2017", "2019"}
        assert out["strata"]["2017"]["method"] == method
    with pytest.raises(CommandError, match="--k must be at least 2"):
        call_command("estimate", str(DATA / "korea.csv"), "--method", "lcmcr", "--k", "1")


def test_settings_are_checked() -> None:
    with pytest.raises(EstimationError, match="--samples >= 4"):
        estimate_lcmcr(_table("korea"), LcmcrSettings(samples=1))


def test_compiled_sweeps_agree_with_the_numpy_reference() -> None:
    """The numba kernel and the plain NumPy sweep target the same posterior."""
    from refuge.findings.lcmcr import _Chain

    table = _table("simulated5")
    x, freq = patterns(table)
    chain = _Chain(x, freq, LcmcrSettings(), np.random.default_rng(4))
    for _ in range(1500):
        chain.sweep()
    reference = np.array([[chain.sweep() for _ in range(3)][-1] for _ in range(600)])
    compiled = estimate_lcmcr(table, LcmcrSettings(burn_in=1500, samples=600, thinning=3, seed=4))
    assert compiled.estimate is not None
    assert abs(np.median(reference) - compiled.estimate) < 0.04 * compiled.estimate
