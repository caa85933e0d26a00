"""Multiple systems estimation with Poisson log-linear models.

An overlap table says, for each combination of lists (sources), how many distinct people were
seen on exactly those lists. The people seen on none are the unknown: a log-linear model of the
observed cells, extrapolated to the all-zero cell, estimates them (Fienberg 1972; Bishop,
Fienberg & Holland 1975). Which model is right cannot be known from the data alone, so every
hierarchical model up to an interaction order is fitted and compared by AIC or BIC, and the
choice is shown, not hidden.

The fits are a batched IRLS in NumPy: every model of a table is fitted at once (for six lists
and pairwise interactions, 32,768 models) because fitting them one by one is too slow. Past six
lists the models are too many to enumerate (seven lists have 2^21 sets of pairs), so a stepwise
search takes over: from main effects, add or drop the one term that lowers AIC (or BIC) most,
keeping the model hierarchical, until no move helps. The interval for the total is by profile
likelihood over the unseen count (Cormack 1992).
"""

from __future__ import annotations

import csv
import io
import itertools
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

# SciPy is imported by the functions that use it: it takes about a second to load, and every
# `refuge` command and server worker imports this module (the URL checks reach the findings
# page), most of them never estimating anything.

MAX_LOGLINEAR_LISTS = 14  # 2^14 - 1 cells; past that the design matrix no longer fits in memory
EXHAUSTIVE_LISTS = 6  # past six lists, a stepwise search replaces fitting every model
MAX_ENUMERATED_MODELS = 200_000
_BATCH = 2048
_MAX_ITERATIONS = 40
_DIVERGED_COEFFICIENT = 14.0  # |beta| beyond this means a term runs off to infinity


class EstimationError(Exception):
    """The table or the request cannot give an estimate; the message says why."""


Term = tuple[str, ...]


@dataclass(frozen=True)
class OverlapTable:
    lists: tuple[str, ...]
    counts: dict[tuple[int, ...], int]  # every combination except the all-zero one

    @cached_property
    def observed(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ModelFit:
    terms: tuple[Term, ...]
    estimate: float  # the total: observed plus the fitted unseen count
    unseen: float
    aic: float
    bic: float
    log_likelihood: float
    parameters: int
    exists: bool  # False when the maximum-likelihood estimate is not finite

    @property
    def label(self) -> list[str]:
        return [":".join(term) for term in self.terms]


@dataclass
class Estimate:
    observed: int
    estimate: float | None
    interval: tuple[float | None, float | None]
    level: float
    interval_method: str
    model: list[str]
    models: list[ModelFit]
    selection: str
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "observed": self.observed,
            "estimate": _round(self.estimate),
            "interval": [_round(self.interval[0]), _round(self.interval[1])],
            "level": self.level,
            "interval_method": self.interval_method,
            "model": self.model,
            "selection": self.selection,
            "models": [
                {
                    "model": fit.label,
                    "estimate": _round(fit.estimate) if fit.exists else None,
                    "aic": _round(fit.aic) if fit.exists else None,
                    "bic": _round(fit.bic) if fit.exists else None,
                }
                for fit in self.models
            ],
            "warnings": self.warnings,
        }


def _round(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else round(value, 4)


# --- Reading tables ---


def read_table(text: str, *, stratum_column: str | None = None) -> dict[str, OverlapTable]:
    """Parse an overlap table (0/1 columns per list and `count`); by stratum if asked.

    Returns {"": table} without strata. Repeated combinations are added up.
    """
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None:
        raise EstimationError("the table is empty")
    columns = [name.strip() for name in reader.fieldnames]
    if "count" not in columns:
        raise EstimationError("the table needs a `count` column")
    if stratum_column is not None and stratum_column not in columns:
        raise EstimationError(f"there is no column {stratum_column!r} to stratify by")
    lists = tuple(c for c in columns if c not in {"count", stratum_column})
    if len(lists) < 2:
        raise EstimationError("estimation needs at least two lists")
    if len(set(lists)) != len(lists) or any(not name or ":" in name for name in lists):
        raise EstimationError("list names must be distinct, non-empty and without ':'")
    strata: dict[str, dict[tuple[int, ...], int]] = {}
    for line, row in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        try:
            cell = tuple(int(row[name]) for name in lists)
            count = int(row["count"])
        except (KeyError, ValueError):
            raise EstimationError(
                f"line {line}: list columns must be 0 or 1, count a whole number"
            ) from None
        if any(v not in (0, 1) for v in cell):
            raise EstimationError(f"line {line}: list columns must be 0 or 1")
        if count < 0:
            raise EstimationError(f"line {line}: a count cannot be negative")
        if not any(cell):
            if count:
                raise EstimationError(f"line {line}: nobody can be counted as seen on no list")
            continue
        key = row.get(stratum_column, "") if stratum_column else ""
        counts = strata.setdefault(key, {})
        counts[cell] = counts.get(cell, 0) + count
    if not strata:
        raise EstimationError("the table has no rows")
    return {key: OverlapTable(lists, counts) for key, counts in sorted(strata.items())}


# --- Models ---


def parse_terms(text: str, lists: tuple[str, ...]) -> tuple[Term, ...]:
    """Parse "A:B,C:D" into interaction terms, in the table's list order."""
    terms = []
    for raw in (part.strip() for part in text.split(",")):
        if not raw:
            continue
        names = tuple(name.strip() for name in raw.split(":"))
        unknown = [name for name in names if name not in lists]
        if unknown:
            raise EstimationError(f"unknown list {unknown[0]!r} in interaction {raw!r}")
        if len(names) < 2 or len(set(names)) != len(names):
            raise EstimationError(f"{raw!r} is not an interaction of two or more lists")
        terms.append(tuple(sorted(names, key=lists.index)))
    return tuple(sorted(set(terms), key=lambda t: (len(t), [lists.index(n) for n in t])))


def _hierarchical_closure_missing(terms: Iterable[Term]) -> list[Term]:
    present = set(terms)
    missing = []
    for term in present:
        for size in range(2, len(term)):
            missing += [sub for sub in itertools.combinations(term, size) if sub not in present]
    return sorted(set(missing))


def hierarchical_models(lists: tuple[str, ...], max_order: int) -> Iterator[tuple[Term, ...]]:
    """Yield every hierarchical set of interaction terms of order 2..max_order."""
    candidates = [
        term for order in range(2, max_order + 1) for term in itertools.combinations(lists, order)
    ]
    if max_order == 2:  # every set of pairs is hierarchical
        for count in range(len(candidates) + 1):
            yield from itertools.combinations(candidates, count)
        return

    def extend(
        index: int, chosen: tuple[Term, ...], present: frozenset[Term]
    ) -> Iterator[tuple[Term, ...]]:
        if index == len(candidates):
            yield chosen
            return
        yield from extend(index + 1, chosen, present)
        term = candidates[index]
        subterms = [s for size in range(2, len(term)) for s in itertools.combinations(term, size)]
        if all(s in present for s in subterms):
            yield from extend(index + 1, (*chosen, term), present | {term})

    yield from extend(0, (), frozenset())


def _cells(lists: tuple[str, ...]) -> list[tuple[int, ...]]:
    return [c for c in itertools.product((0, 1), repeat=len(lists)) if any(c)]


def _design(lists: tuple[str, ...], cells: list[tuple[int, ...]], terms: list[Term]) -> np.ndarray:
    index = {name: i for i, name in enumerate(lists)}
    columns = [np.ones(len(cells))]
    columns += [np.array([c[i] for c in cells], float) for i in range(len(lists))]
    for term in terms:
        columns.append(np.array([math.prod(c[index[n]] for n in term) for c in cells], float))
    return np.column_stack(columns)


def _fit_batch(y: np.ndarray, x: np.ndarray, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fit many Poisson log-linear models of the same size at once, by IRLS.

    ``columns`` (models x parameters) names the columns of ``x`` each model uses. Returns
    every model's coefficients over all of ``x``'s columns (unused ones 0), and whether each fit
    converged to a finite estimate. The weighted Gram matrices of all models come from one
    matrix product with the cells' outer products; models that have converged stop iterating.
    """
    models, size = columns.shape
    width = x.shape[1]
    # Each cell's outer product, upper triangle only; `pairs` picks each model's entries.
    upper_i, upper_j = np.triu_indices(width)
    outer = x[:, upper_i] * x[:, upper_j]
    triangle = np.zeros((width, width), int)
    triangle[upper_i, upper_j] = triangle[upper_j, upper_i] = np.arange(upper_i.size)
    pairs = triangle[columns[:, :, None], columns[:, None, :]].reshape(models, size * size)
    beta = np.zeros((models, width))
    mu = np.broadcast_to(y + 0.5, (models, y.size)).copy()
    eta = np.log(mu)
    deviance = np.full(models, np.inf)
    converged = np.zeros(models, bool)
    active = np.arange(models)
    positive = y > 0
    y_log_y = float(np.sum(y[positive] * np.log(y[positive])))
    for _ in range(_MAX_ITERATIONS):
        m, e, cols = mu[active], eta[active], columns[active]
        working = m * e + (y - m)  # mu times the working response
        gram = np.take_along_axis(m @ outer, pairs[active], axis=1).reshape(-1, size, size)
        rhs = np.take_along_axis(working @ x, cols, axis=1)
        step = np.linalg.solve(gram, rhs[:, :, None])[:, :, 0]
        full = np.zeros((active.size, width))
        np.put_along_axis(full, cols, step, axis=1)
        beta[active] = full
        e = np.clip(full @ x.T, -50, 50)
        m = np.exp(e)
        eta[active], mu[active] = e, m
        new = 2 * (y_log_y - (e * np.where(positive, y, 0.0)).sum(axis=1) - y.sum() + m.sum(axis=1))
        done = np.abs(new - deviance[active]) < 1e-10 * (1 + np.abs(new))
        runaway = np.abs(step).max(axis=1) > 2 * _DIVERGED_COEFFICIENT
        deviance[active] = new
        converged[active[done]] = True
        active = active[~(done | runaway)]
        if active.size == 0:
            break
    finite = converged & (np.abs(beta).max(axis=1) < _DIVERGED_COEFFICIENT)
    return beta, finite


def _log_likelihood(y: np.ndarray, mu: np.ndarray) -> np.ndarray:
    from scipy.special import gammaln

    with np.errstate(divide="ignore"):
        return np.sum(np.where(y > 0, y * np.log(mu), 0.0) - mu - gammaln(y + 1), axis=-1)


def _empty_margin_terms(table: OverlapTable, terms: Iterable[Term]) -> set[Term]:
    """Return the terms whose margin is empty: a model with one has no finite estimate.

    The sufficient statistic of a term is the number of people seen on all its lists; when it is
    0 the term's coefficient runs off to minus infinity (the MLE does not exist).
    """
    index = {name: i for i, name in enumerate(table.lists)}
    return {
        term
        for term in terms
        if not any(n for cell, n in table.counts.items() if all(cell[index[x]] for x in term))
    }


def fit_models(table: OverlapTable, models: list[tuple[Term, ...]]) -> list[ModelFit]:
    """Fit each model (a tuple of interaction terms) to the observed cells of ``table``."""
    cells = _cells(table.lists)
    empty = _empty_margin_terms(table, {t for model in models for t in model})
    fitted = [model for model in models if not empty.intersection(model)]
    results = dict(zip(fitted, _fit_models(table, cells, fitted), strict=True))
    return [results.get(model) or _no_estimate(table, model) for model in models]


def _no_estimate(table: OverlapTable, model: tuple[Term, ...]) -> ModelFit:
    return ModelFit(
        terms=model,
        estimate=math.inf,
        unseen=math.inf,
        aic=math.inf,
        bic=math.inf,
        log_likelihood=-math.inf,
        parameters=1 + len(table.lists) + len(model),
        exists=False,
    )


def _fit_models(
    table: OverlapTable, cells: list[tuple[int, ...]], models: list[tuple[Term, ...]]
) -> list[ModelFit]:
    """Fit ``models`` in batches of equal size; return their fits in the same order."""
    y = np.array([table.counts.get(c, 0) for c in cells], float)
    all_terms = sorted({t for model in models for t in model}, key=lambda t: (len(t), t))
    x = _design(table.lists, cells, all_terms)
    mains = list(range(1 + len(table.lists)))
    position = {term: len(mains) + i for i, term in enumerate(all_terms)}
    by_size: dict[int, list[int]] = {}
    for index, model in enumerate(models):
        by_size.setdefault(len(model), []).append(index)
    fits: list[ModelFit | None] = [None] * len(models)
    log_n = math.log(table.observed)
    for indices in by_size.values():
        for start in range(0, len(indices), _BATCH):
            chunk = indices[start : start + _BATCH]
            columns = np.array([mains + [position[t] for t in models[i]] for i in chunk])
            beta, finite = _fit_batch(y, x, columns)
            mu = np.exp(np.clip(beta @ x.T, -50, 50))
            log_lik = _log_likelihood(y, mu)
            parameters = columns.shape[1]
            for row, index in enumerate(chunk):
                unseen = math.exp(beta[row, 0]) if finite[row] else math.inf
                fits[index] = ModelFit(
                    terms=models[index],
                    estimate=table.observed + unseen,
                    unseen=unseen,
                    aic=float(-2 * log_lik[row] + 2 * parameters),
                    bic=float(-2 * log_lik[row] + parameters * log_n),
                    log_likelihood=float(log_lik[row]),
                    parameters=parameters,
                    exists=bool(finite[row]) and parameters <= len(cells),
                )
    return [fit for fit in fits if fit is not None]


def _complete_log_likelihood(table: OverlapTable, terms: tuple[Term, ...], unseen: float) -> float:
    """Return the maximised log-likelihood of the complete table with the unseen cell = unseen."""
    cells = [tuple([0] * len(table.lists)), *_cells(table.lists)]
    y = np.array([unseen, *[table.counts.get(c, 0) for c in cells[1:]]], float)
    x = _design(table.lists, cells, list(terms))
    beta, _finite = _fit_batch(y, x, np.arange(x.shape[1])[None, :])
    mu = np.exp(np.clip(x @ beta[0], -50, 50))
    return float(_log_likelihood(y, mu))


def profile_interval(
    table: OverlapTable, fit: ModelFit, level: float
) -> tuple[float | None, float | None]:
    """Return the profile-likelihood interval for the total (observed + unseen)."""
    from scipy.optimize import brentq
    from scipy.stats import chi2

    threshold = float(chi2.ppf(level, 1))
    peak = _complete_log_likelihood(table, fit.terms, fit.unseen)

    def excess(unseen: float) -> float:
        return 2 * (peak - _complete_log_likelihood(table, fit.terms, unseen)) - threshold

    # If even "nobody unseen" is inside the interval, the lower end is the observed count.
    floor = 1e-9
    low = 0.0 if excess(floor) <= 0 else brentq(excess, floor, max(fit.unseen, 1e-6), xtol=1e-6)
    high: float | None = None
    upper = max(fit.unseen * 2, fit.unseen + 10)
    for _ in range(40):
        if excess(upper) > 0:
            high = brentq(excess, fit.unseen, upper, xtol=1e-6)
            break
        upper *= 2
    return (
        table.observed + low,
        None if high is None else table.observed + high,
    )


def _support_warnings(table: OverlapTable) -> list[str]:
    warnings = []
    lists = table.lists
    for a, b in itertools.combinations(range(len(lists)), 2):
        both = sum(n for cell, n in table.counts.items() if cell[a] and cell[b])
        if both == 0:
            warnings.append(
                f"lists {lists[a]} and {lists[b]} share nobody: any model with {lists[a]}:"
                f"{lists[b]} cannot be fitted, and the estimate rests on the other lists"
            )
    for i, name in enumerate(lists):
        alone = sum(n for cell, n in table.counts.items() if cell[i])
        shared = sum(n for cell, n in table.counts.items() if cell[i] and sum(cell) > 1)
        if alone == 0:
            warnings.append(f"list {name} is empty")
        elif shared == 0:
            warnings.append(f"list {name} overlaps no other list: it says nothing about the unseen")
    zero_cells = [c for c in _cells(lists) if table.counts.get(c, 0) == 0]
    if zero_cells and len(zero_cells) * 2 > len(_cells(lists)):
        warnings.append(
            f"{len(zero_cells)} of {len(_cells(lists))} observed combinations are empty: "
            "many models will have no finite estimate"
        )
    return warnings


def stepwise_models(table: OverlapTable, *, select: str, max_order: int) -> list[tuple[Term, ...]]:
    """Return the models a stepwise search by AIC or BIC visited, the best last.

    From main effects, every hierarchical neighbour (one term added whose sub-terms are all
    present, or one term dropped that no higher term needs) is fitted, and the best move is
    taken while it lowers the criterion. Terms with an empty margin are never proposed.
    """
    candidates = [
        term
        for order in range(2, max_order + 1)
        for term in itertools.combinations(table.lists, order)
    ]
    candidates = [t for t in candidates if t not in _empty_margin_terms(table, candidates)]
    current: tuple[Term, ...] = ()
    visited: dict[tuple[Term, ...], ModelFit] = {}

    def score(fit: ModelFit) -> float:
        return (fit.aic if select == "aic" else fit.bic) if fit.exists else math.inf

    def canonical(terms: Iterable[Term]) -> tuple[Term, ...]:
        return tuple(sorted(terms, key=lambda t: (len(t), [table.lists.index(n) for n in t])))

    visited[current] = fit_models(table, [current])[0]
    for _ in range(len(candidates) * 2 + 1):
        present = set(current)
        moves = [
            canonical([*current, term])
            for term in candidates
            if term not in present
            and all(
                sub in present
                for size in range(2, len(term))
                for sub in itertools.combinations(term, size)
            )
        ]
        moves += [
            canonical(t for t in current if t != term)
            for term in current
            if not any(len(other) > len(term) and set(term) <= set(other) for other in current)
        ]
        moves = [m for m in moves if m not in visited]
        if not moves:
            break
        for model, fit in zip(moves, fit_models(table, moves), strict=True):
            visited[model] = fit
        best = min(moves, key=lambda m: score(visited[m]))
        if score(visited[best]) >= score(visited[current]):
            break
        current = best
    return [m for m in visited if m != current] + [current]


def estimate(
    table: OverlapTable,
    *,
    interactions: tuple[Term, ...] | None = None,
    select: str = "aic",
    max_order: int = 2,
    level: float = 0.95,
) -> Estimate:
    """Estimate the total for ``table``: the given model, or the best by AIC/BIC among all."""
    if select not in {"aic", "bic"}:
        raise EstimationError("select must be aic or bic")
    if len(table.lists) > MAX_LOGLINEAR_LISTS:
        raise EstimationError(
            f"log-linear models are fitted for at most {MAX_LOGLINEAR_LISTS} lists (2^lists "
            f"cells), not {len(table.lists)}: use --method lcmcr"
        )
    if not 0 < level < 1:
        raise EstimationError("level must be between 0 and 1")
    warnings = _support_warnings(table)
    if interactions is not None:
        missing = _hierarchical_closure_missing(interactions)
        if missing:
            raise EstimationError(
                "the model is not hierarchical: it also needs "
                + ", ".join(":".join(t) for t in missing)
            )
        if len(interactions) + 1 + len(table.lists) > 2 ** len(table.lists) - 1:
            raise EstimationError(
                "the model has as many parameters as cells: nothing is left to estimate"
            )
        models = [interactions]
        selection = "given"
    else:
        if max_order < 1:
            raise EstimationError("the interaction order must be at least 1 (main effects)")
        # The k-way term of k lists is confounded with the unseen cell: never estimable.
        max_order = min(max_order, len(table.lists) - 1)
        selection = select
        if len(table.lists) > EXHAUSTIVE_LISTS:
            models = stepwise_models(table, select=select, max_order=max_order)
            selection = f"{select}, stepwise"
        else:
            models = []
            for model in hierarchical_models(table.lists, max_order):
                models.append(model)
                if len(models) > MAX_ENUMERATED_MODELS:
                    raise EstimationError(
                        f"more than {MAX_ENUMERATED_MODELS} models up to order {max_order}: "
                        "lower --max-order or give --interactions"
                    )
    fits = fit_models(table, models)
    key = (lambda f: f.aic) if select == "aic" else (lambda f: f.bic)
    existing = sorted((f for f in fits if f.exists), key=key)
    ranked = existing + [f for f in fits if not f.exists]
    diverged = len(fits) - len(existing)
    if diverged:
        warnings.append(
            f"{diverged} of {len(fits)} models have no finite estimate (zero cells make the fit "
            "diverge) and were left out"
        )
    if not existing:
        warnings.append("no model gives a finite estimate: the data cannot support one")
        return Estimate(
            table.observed,
            None,
            (None, None),
            level,
            "profile likelihood",
            ranked[0].label if ranked else [],
            ranked,
            selection,
            warnings,
        )
    best = existing[0]
    low, high = profile_interval(table, best, level)
    if high is None:
        warnings.append("the interval has no upper bound: the data barely constrain the unseen")
    if interactions is None and len(existing) > 1:
        close = [f for f in existing[1:] if key(f) - key(best) < 2]
        if close:
            spread = [f.estimate for f in [best, *close]]
            warnings.append(
                f"{len(close)} other model(s) are within 2 {select.upper()} points of the chosen "
                f"one, with estimates from {min(spread):.0f} to {max(spread):.0f}"
            )
    return Estimate(
        table.observed,
        best.estimate,
        (low, high),
        level,
        "profile likelihood",
        best.label,
        ranked,
        selection,
        warnings,
    )
