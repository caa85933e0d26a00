"""The LCMCR Gibbs sweep compiled with numba: the same steps as ``lcmcr._Chain.sweep``.

NumPy spends most of a sweep on call overhead when a table has few patterns (4 or 5 lists):
about 9,000 sweeps a second against R's C++ 30,000 to 50,000. Compiled, the sweep is a few
loops over the patterns' recorded lists (a sparse table with 20 lists has about two per
pattern), so it runs at C speed. The random numbers come from numba's own generator, seeded
per chain; draws therefore differ from the NumPy sampler's, not their distribution
(tests/test_lcmcr.py compares the two).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numba
import numpy as np
from django.conf import settings
from numba import njit

# Cache the machine code under var/ (writable in production, where the code is not:
# ProtectSystem=strict) unless NUMBA_CACHE_DIR says otherwise.
if settings.configured and not numba.config.CACHE_DIR:  # type: ignore[attr-defined]
    numba.config.CACHE_DIR = str(settings.VAR_DIR / "numba")  # type: ignore[attr-defined]


def compiled(function: Callable[..., Any]) -> Any:
    """Compile ``function``, caching the machine code beside the module when it can.

    A read-only installation (a hardened service) has nowhere to cache: numba then refuses
    cache=True outright, so compile in memory instead, once per process (a few seconds).
    """
    try:
        return njit(cache=True)(function)
    except RuntimeError:
        return njit(function)


@compiled
def seed_chain(seed: int) -> None:  # pragma: no cover - compiled
    np.random.seed(seed)


@compiled
def _categorical(weights: np.ndarray, total: float) -> int:  # pragma: no cover - compiled
    u = np.random.random() * total
    acc = 0.0
    for k in range(weights.size):
        acc += weights[k]
        if u < acc:
            return k
    return weights.size - 1


@compiled
def _last_positive(weights: np.ndarray) -> int:  # pragma: no cover - compiled
    """Return the last class with a weight above 0 (one always has weight 1)."""
    last = weights.size - 1
    while last > 0 and weights[last] == 0.0:
        last -= 1
    return last


@compiled
def run(
    starts: np.ndarray,  # P + 1 offsets into `on`: the lists that recorded each pattern
    on: np.ndarray,
    freq: np.ndarray,
    lists: int,
    log_lam1: np.ndarray,  # lists x K, updated in place
    log_lam0: np.ndarray,
    log_nu: np.ndarray,  # K, updated in place
    state: np.ndarray,  # [alpha, a_alpha, b_alpha, 1 to update alpha or 0 to hold it]
    sweeps: int,
    thinning: int,
    out: np.ndarray,  # N after every `thinning`-th sweep
    cap: int,
) -> None:  # pragma: no cover - compiled
    patterns_count = freq.size
    k_max = log_nu.size
    n = 0
    for p in range(patterns_count):
        n += freq[p]
    weights = np.empty(k_max)
    counts = np.empty(k_max, np.int64)
    seen = np.empty((lists, k_max), np.int64)
    base = np.empty(k_max)
    diff = np.empty((k_max, lists))
    kept = 0
    for sweep in range(sweeps):
        counts[:] = 0
        seen[:, :] = 0
        for k in range(k_max):
            s = log_nu[k]
            for j in range(lists):
                s += log_lam0[j, k]
                diff[k, j] = log_lam1[j, k] - log_lam0[j, k]
            base[k] = s
        # 1. Classes of the observed, pattern by pattern.
        for p in range(patterns_count):
            top = -np.inf
            for k in range(k_max):
                s = base[k]
                for i in range(starts[p], starts[p + 1]):
                    s += diff[k, on[i]]
                weights[k] = s
                if s > top:
                    top = s
            total = 0.0
            for k in range(k_max):
                gap = weights[k] - top
                # Classes e^-40 times less likely than the best cannot be drawn in practice;
                # most of the K classes are such empty ones, and exp is the sweep's main cost.
                weights[k] = math.exp(gap) if gap > -40.0 else 0.0
                total += weights[k]
            left = freq[p]
            if left <= 4:  # a few people: one draw each beats K binomials
                for _person in range(left):
                    k = _categorical(weights, total)
                    counts[k] += 1
                    for i in range(starts[p], starts[p + 1]):
                        seen[on[i], k] += 1
                continue
            last = _last_positive(weights)
            rest = total
            for k in range(last + 1):  # a multinomial as successive binomials
                if left == 0:
                    break
                if weights[k] == 0.0:
                    continue
                if k == last or rest <= 0:
                    drawn = left
                else:
                    drawn = np.random.binomial(left, min(1.0, weights[k] / rest))
                rest -= weights[k]
                left -= drawn
                counts[k] += drawn
                for i in range(starts[p], starts[p + 1]):
                    seen[on[i], k] += drawn
        # 2. The unseen: how many (prior 1/N), then their classes.
        top = -np.inf
        for k in range(k_max):
            if base[k] > top:
                top = base[k]
        total = 0.0
        for k in range(k_max):
            gap = base[k] - top
            weights[k] = math.exp(gap) if gap > -40.0 else 0.0
            total += weights[k]
        prob_zero = min(total * math.exp(top), 1.0 - 1e-12)
        n0 = 0
        for _ in range(100):
            n0 = np.random.negative_binomial(n, 1.0 - prob_zero)
            if n0 <= cap * n:
                break
        n0 = min(n0, cap * n)
        left = n0
        rest = total
        last = _last_positive(weights)
        for k in range(last + 1):
            if left == 0:
                break
            if weights[k] == 0.0:
                continue
            if k == last or rest <= 0:
                drawn = left
            else:
                drawn = np.random.binomial(left, min(1.0, weights[k] / rest))
            rest -= weights[k]
            left -= drawn
            counts[k] += drawn
        # 3. Capture probabilities.
        for j in range(lists):
            for k in range(k_max):
                lam = np.random.beta(1.0 + seen[j, k], 1.0 + counts[k] - seen[j, k])
                lam = min(max(lam, 1e-300), 1.0 - 1e-16)
                log_lam1[j, k] = math.log(lam)
                log_lam0[j, k] = math.log1p(-lam)
        # 4. Stick-breaking weights, then alpha.
        after = 0
        for k in range(k_max):
            after += counts[k]
        log_rest = 0.0
        for k in range(k_max - 1):
            after -= counts[k]
            v = np.random.beta(1.0 + counts[k], state[0] + after)
            v = min(max(v, 1e-300), 1.0 - 1e-16)
            log_nu[k] = math.log(v) + log_rest
            log_rest += math.log1p(-v)
        log_nu[k_max - 1] = log_rest
        if state[3] > 0:
            state[0] = np.random.gamma(state[1] + k_max - 1, 1.0 / (state[2] - log_rest))
        if thinning > 0 and (sweep + 1) % thinning == 0:
            out[kept] = n + n0
            kept += 1
