"""Bayesian model averaging over decomposable graphical models (Madigan & York 1997).

Each decomposable graph on the lists is a log-linear model whose missing edges say "these two
lists are independent given the others". Under a hyper-Dirichlet prior the marginal likelihood
of the complete table (the unseen cell filled in with n0) has a closed form, a product over the
graph's cliques divided by one over its separators, so the posterior of N averaged over all
graphs is exact on a grid of n0; no sampling. The prior on N is p(N) ∝ 1/N, the graphs are
equally likely a priori, and the Dirichlet's total mass is 1 (delta = 2^-lists per cell), as in
HRDAG's R package dga (Johndrow, Lum & Ball), read as a reference.

For 3, 4 and 5 lists there are 8, 61 and 822 decomposable graphs; they are enumerated once.
"""

from __future__ import annotations

import functools
import itertools

import numpy as np

from refuge.findings.estimation import EstimationError, OverlapTable
from refuge.findings.lcmcr import PosteriorEstimate

MIN_LISTS, MAX_LISTS = 3, 5
_TAIL_MASS = 1e-7  # the grid of n0 grows until the posterior beyond it is below this

Graph = tuple[tuple[int, ...], tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...]]
# (edges as bitmasks of two lists, cliques as bitmasks, separators as bitmasks)


@functools.cache
def decomposable_graphs(lists: int) -> tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]:
    """Return every decomposable graph on ``lists`` vertices as (cliques, separators).

    Cliques and separators are bitmasks of vertices. A graph is decomposable when its maximal
    cliques can be ordered so that each one meets the union of the earlier ones inside a single
    earlier clique (the running intersection property); that intersection is the separator.
    """
    pairs = list(itertools.combinations(range(lists), 2))
    found = []
    for chosen in itertools.product((False, True), repeat=len(pairs)):
        edges = {pair for pair, on in zip(pairs, chosen, strict=True) if on}
        ordered = _running_intersection(lists, edges)
        if ordered is not None:
            found.append(ordered)
    return tuple(found)


def _complete(mask: int, edges: set[tuple[int, int]], lists: int) -> bool:
    members = [v for v in range(lists) if mask >> v & 1]
    return all(pair in edges for pair in itertools.combinations(members, 2))


def _running_intersection(
    lists: int, edges: set[tuple[int, int]]
) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    complete = [m for m in range(1, 1 << lists) if _complete(m, edges, lists)]
    cliques = [m for m in complete if not any(o != m and o & m == m for o in complete)]
    for order in itertools.permutations(cliques):
        separators, union = [], 0
        for i, clique in enumerate(order):
            meet = clique & union
            if i and not any(meet & earlier == meet for earlier in order[:i]):
                break
            if i:
                separators.append(meet)
            union |= clique
        else:
            return tuple(order), tuple(s for s in separators if s)
    return None


def _margin_log_ml(
    full: np.ndarray, mask: int, lists: int, n0: np.ndarray, delta: float
) -> np.ndarray:
    """Return log Dirichlet-multinomial terms of the margin on ``mask`` for each n0."""
    from scipy.special import gammaln  # loaded on first use (refuge/findings/estimation.py)

    members = [v for v in range(lists) if mask >> v & 1]
    cell_delta = delta * 2 ** (lists - len(members))
    margin = np.zeros(1 << len(members))
    for cell, count in enumerate(full):
        index = sum(((cell >> v) & 1) << i for i, v in enumerate(members))
        margin[index] += count
    # The margin's all-absent cell holds the unseen as well as the observed there.
    rest = float(np.sum(gammaln(margin[1:] + cell_delta)))
    return gammaln(margin[0] + n0 + cell_delta) + rest - margin.size * gammaln(cell_delta)


def posterior(
    table: OverlapTable,
    *,
    delta: float | None = None,
    n0_max: int | None = None,
    extend: bool = True,
) -> tuple[np.ndarray, np.ndarray, list[tuple[tuple[int, ...], float]]]:
    """Return the grid of N, its posterior probabilities and each graph's posterior weight.

    The grid of n0 runs from 0 to ``n0_max`` (default 10 times the observed) and, if
    ``extend``, grows until the posterior mass in its last tenth is negligible: with the 1/N
    prior and little overlap the tail is long, and cutting it (R's dga leaves the grid to the
    user) shortens the interval.
    """
    from scipy.special import gammaln  # loaded on first use (refuge/findings/estimation.py)

    lists = len(table.lists)
    if not MIN_LISTS <= lists <= MAX_LISTS:
        raise EstimationError(f"--method dga needs {MIN_LISTS} to {MAX_LISTS} lists, not {lists}")
    delta = 2.0**-lists if delta is None else delta
    full = np.zeros(1 << lists)
    for cell, count in table.counts.items():
        full[sum(bit << v for v, bit in enumerate(cell))] += count
    observed = int(full.sum())
    graphs = decomposable_graphs(lists)
    n0_max = n0_max or max(10 * observed, 1000)
    while True:
        n0 = np.arange(n0_max + 1, dtype=float)
        total = observed + n0
        log_w = _log_weights(full, graphs, lists, n0, delta)
        # Multinomial coefficient of the complete table and the prior p(N) ∝ 1/N.
        common = gammaln(total + 1) - gammaln(n0 + 1) - np.sum(gammaln(full[1:] + 1))
        common -= np.log(np.maximum(total, 1))
        log_w += common[None, :]
        log_w -= log_w.max()
        weights = np.exp(log_w)
        weights /= weights.sum()
        by_n = weights.sum(axis=0)
        tail = by_n[-max(1, n0_max // 10) :].sum()
        if not extend or tail < _TAIL_MASS or n0_max >= 1000 * observed:
            break
        n0_max *= 4
    models = [
        (cliques, float(w)) for (cliques, _s), w in zip(graphs, weights.sum(axis=1), strict=True)
    ]
    return observed + n0, by_n, models


def _log_weights(
    full: np.ndarray,
    graphs: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...],
    lists: int,
    n0: np.ndarray,
    delta: float,
) -> np.ndarray:
    """Return graphs x n0 log marginal likelihoods (without the terms every graph shares)."""
    from scipy.special import gammaln  # loaded on first use (refuge/findings/estimation.py)

    total_delta = delta * (1 << lists)
    normaliser = gammaln(total_delta) - gammaln(full.sum() + n0 + total_delta)
    margins = {
        mask: _margin_log_ml(full, mask, lists, n0, delta) + normaliser
        for mask in range(1, 1 << lists)
    }
    out = np.empty((len(graphs), n0.size))
    for g, (cliques, separators) in enumerate(graphs):
        out[g] = sum(margins[c] for c in cliques) - sum(
            (margins[s] for s in separators), np.zeros(n0.size)
        )
    return out


def model_label(cliques: tuple[int, ...], names: tuple[str, ...]) -> str:
    """Return a graph's cliques as "A:B, C" (lists joined by ':' are dependent)."""
    return ", ".join(
        ":".join(names[v] for v in range(len(names)) if mask >> v & 1) for mask in cliques
    )


def estimate_dga(
    table: OverlapTable, *, level: float = 0.95, delta: float | None = None
) -> PosteriorEstimate:
    """Estimate the total by averaging every decomposable graphical model's posterior of N."""
    if not 0 < level < 1:
        raise EstimationError("level must be between 0 and 1")
    grid, probability, models = posterior(table, delta=delta)
    cumulative = np.cumsum(probability)
    tail = (1 - level) / 2

    def quantile(q: float) -> float:
        return float(grid[min(int(np.searchsorted(cumulative, q)), grid.size - 1)])

    ranked = sorted(models, key=lambda m: -m[1])
    warnings = []
    if probability[-1] > 1e-9 or quantile(1 - tail) >= grid[-1]:
        warnings.append("the posterior of N does not vanish on the grid: no useful upper bound")
    if ranked[0][1] < 0.5:
        warnings.append(
            f"no model dominates (the most probable has weight {ranked[0][1]:.2f}): "
            "the estimate rests on averaging several"
        )
    names = table.lists
    return PosteriorEstimate(
        method="dga",
        observed=table.observed,
        estimate=quantile(0.5),
        mean=float(np.sum(grid * probability)),
        interval=(quantile(tail), quantile(1 - tail)),
        level=level,
        diagnostics={
            "models": [
                {"model": model_label(c, names), "weight": round(w, 6)}
                for c, w in ranked
                if w >= 1e-4
            ],
            "graphs": len(models),
            "delta": 2.0 ** -len(names) if delta is None else delta,
            "prior": "p(N) proportional to 1/N; graphs equally likely",
            "level": level,
        },
        warnings=warnings,
        support=(grid, probability),
    )
