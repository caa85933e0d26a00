"""Bayesian latent-class capture-recapture (Manrique-Vallier 2016), as R's LCMCR does it.

People differ in how likely each list is to record them; the model says they fall into latent
classes, inside which the lists record independently. The number of classes is not fixed: a
Dirichlet process, truncated at K classes, puts weights on them (stick-breaking, concentration
alpha with a Gamma(a, b) prior). The unseen are handled by data augmentation: each sweep draws
how many people were seen on no list, given the current classes, with the prior p(N) ∝ 1/N
(a negative binomial), and gives them classes too.

The Gibbs sampler works on capture patterns, not people: everyone with the same pattern shares
a likelihood, so a sweep draws, for each distinct pattern, how its people split over the classes
(one multinomial), and the work grows with the number of patterns seen (sparse tables with many
lists have few), never with the number of people. This is the same scheme as the R package's
C++ sampler (read as a reference, not copied): classes of observed patterns, capture
probabilities lambda ~ Beta(1 + seen, 1 + not seen), stick-breaking weights, the unseen count
and its classes, then alpha.

The sweeps run compiled (refuge/findings/lcmcr_kernel.py, numba): in NumPy a sweep of a 4-list
table is mostly call overhead and ran at about a fifth of R's speed; ``_Chain.sweep`` stays as
the readable reference the tests hold the kernel to.

Several chains from different seeds give the split-R-hat and the effective sample size of N
(Vehtari, Gelman, Simpson, Carpenter & Bürkner 2021); on sparse tables with many lists the chains
can settle in different modes, and the warning says so instead of averaging it away.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from refuge.findings.estimation import EstimationError, OverlapTable

RHAT_LIMIT = 1.01  # Vehtari et al. (2021): above this, the chains have not mixed
ESS_LIMIT = 400  # ... and below this effective sample size, tails are unreliable
WARM_UP = 500  # sweeps before the burn-in, alpha held (as in LCMCR)
_UNSEEN_CAP = 20  # the unseen count is redrawn above 20 times the observed, as in LCMCR


@dataclass(frozen=True)
class LcmcrSettings:
    k: int = 10
    a_alpha: float = 0.25
    b_alpha: float = 0.25
    burn_in: int = 10_000
    samples: int = 1_000
    thinning: int = 10
    chains: int = 2
    seed: int | None = None

    def check(self) -> None:
        if self.k < 2:
            raise EstimationError("--k must be at least 2 latent classes")
        if self.a_alpha <= 0 or self.b_alpha <= 0:
            raise EstimationError("--a-alpha and --b-alpha must be positive")
        if self.burn_in < 0 or self.samples < 4 or self.thinning < 1 or self.chains < 1:
            raise EstimationError(
                "--burn-in must be >= 0, --samples >= 4, --thinning >= 1, --chains >= 1"
            )


@dataclass
class PosteriorEstimate:
    """A posterior for the total N: the result of --method lcmcr or dga."""

    method: str
    observed: int
    estimate: float | None  # the posterior median
    mean: float | None
    interval: tuple[float | None, float | None]
    level: float
    diagnostics: dict[str, object]
    warnings: list[str] = field(default_factory=list)
    draws: np.ndarray | None = None  # posterior draws of N (lcmcr), for the page's plot
    support: tuple[np.ndarray, np.ndarray] | None = None  # (N, probability) on a grid (dga)

    def as_json(self) -> dict[str, object]:
        low, high = self.interval
        return {
            "estimate": _round(self.estimate),
            "mean": _round(self.mean),
            "interval": [_round(low), _round(high)],
            "observed": self.observed,
            "method": self.method,
            "diagnostics": self.diagnostics,
            "warnings": self.warnings,
        }


def _round(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else round(float(value), 2)


def patterns(table: OverlapTable) -> tuple[np.ndarray, np.ndarray]:
    """Return the distinct observed capture patterns (P x J, 0/1) and how many people each has."""
    cells = [(cell, n) for cell, n in sorted(table.counts.items()) if n > 0]
    if not cells:
        raise EstimationError("the table has nobody in it")
    x = np.array([cell for cell, _n in cells], dtype=np.int64)
    return x, np.array([n for _cell, n in cells], dtype=np.int64)


class _Chain:
    """One Gibbs chain of the truncated Dirichlet-process latent-class model."""

    def __init__(
        self, x: np.ndarray, freq: np.ndarray, settings: LcmcrSettings, rng: np.random.Generator
    ) -> None:
        self.rng, self.settings = rng, settings
        self.x, self.freq = x.astype(float), freq
        self.n = int(freq.sum())
        k = settings.k
        # Start as LCMCR does: every class at the lists' marginal capture rates, most weight
        # on the first four classes, a small alpha; the first sweeps separate the classes.
        rate = np.clip((self.x * freq[:, None]).sum(0) / self.n, 0.01, 0.99)
        lam = np.repeat(rate[:, None], k, axis=1)
        self.log_lam1, self.log_lam0 = np.log(lam), np.log1p(-lam)
        first = min(4, k)
        nu = np.r_[np.full(first, 0.9 / first), np.full(k - first, 0.1 / max(1, k - first))]
        self.log_nu = np.log(nu / nu.sum())
        self.alpha = 0.3 / k
        self.n0 = 0
        self.class_counts = np.zeros(k, dtype=np.int64)

    def sweep(self) -> int:
        """Run one Gibbs sweep; return the total N = observed + unseen drawn in it."""
        rng, settings = self.rng, self.settings
        k = settings.k
        # 1. Classes of the observed, pattern by pattern (P multinomials).
        unseen_log = self.log_nu + self.log_lam0.sum(0)
        log_p = unseen_log + self.x @ (self.log_lam1 - self.log_lam0)
        log_p -= log_p.max(axis=1, keepdims=True)
        p = np.exp(log_p)
        p /= p.sum(axis=1, keepdims=True)
        z = rng.multinomial(self.freq, p)
        # 2. The unseen: how many (negative binomial, prior 1/N), then their classes.
        top = unseen_log.max()
        weights = np.exp(unseen_log - top)
        prob_zero = min(float(weights.sum() * math.exp(top)), 1 - 1e-12)
        for _ in range(100):
            self.n0 = int(rng.negative_binomial(self.n, 1.0 - prob_zero))
            if self.n0 <= _UNSEEN_CAP * self.n:
                break
        self.n0 = min(self.n0, _UNSEEN_CAP * self.n)
        z0 = rng.multinomial(self.n0, weights / weights.sum())
        # 3. Capture probabilities: Beta(1 + seen on list j in class k, 1 + not seen).
        counts = z.sum(0) + z0
        seen = self.x.T @ z
        lam = rng.beta(1.0 + seen, 1.0 + (counts[None, :] - seen))
        lam = np.clip(lam, 1e-300, 1 - 1e-16)
        self.log_lam1, self.log_lam0 = np.log(lam), np.log1p(-lam)
        # 4. Stick-breaking weights, then the concentration alpha.
        after = np.cumsum(counts[::-1])[::-1]  # people in class k or later
        v = rng.beta(1.0 + counts[:-1], self.alpha + after[1:])
        v = np.clip(v, 1e-300, 1 - 1e-16)
        log_rest = np.concatenate(([0.0], np.cumsum(np.log1p(-v))))
        self.log_nu = np.concatenate((np.log(v), [0.0])) + log_rest
        self.alpha = float(
            rng.gamma(settings.a_alpha + k - 1, 1.0 / (settings.b_alpha - log_rest[-1]))
        )
        self.class_counts = counts
        return self.n + self.n0


def sample(
    table: OverlapTable,
    settings: LcmcrSettings,
    *,
    progress: Callable[[int], None] | None = None,
) -> np.ndarray:
    """Return posterior draws of N, one row per chain (chains x samples), compiled sweeps.

    ``progress`` is called with the number of sweeps done since the last call.
    """
    settings.check()
    x, freq = patterns(table)
    starts = np.concatenate(([0], np.cumsum(x.sum(axis=1)))).astype(np.int64)
    on = np.nonzero(x)[1].astype(np.int64)  # row-major: each pattern's lists, in order
    seeds = np.random.SeedSequence(settings.seed).spawn(settings.chains)
    draws = np.empty((settings.chains, settings.samples), dtype=np.int64)
    for c, seed in enumerate(seeds):
        chain = _Chain(x, freq, settings, np.random.default_rng(seed))
        _run_compiled(chain, starts, on, int(seed.generate_state(1)[0]), draws[c], progress)
    return draws


def _run_compiled(
    chain: _Chain,
    starts: np.ndarray,
    on: np.ndarray,
    seed: int,
    out: np.ndarray,
    progress: Callable[[int], None] | None,
) -> None:
    """Run one chain from ``chain``'s starting point in the compiled kernel; fill ``out``."""
    from refuge.findings import lcmcr_kernel

    settings = chain.settings
    lcmcr_kernel.seed_chain(seed)
    log_lam1, log_lam0, log_nu = chain.log_lam1.copy(), chain.log_lam0.copy(), chain.log_nu.copy()
    state = np.array([chain.alpha, settings.a_alpha, settings.b_alpha, 0.0])
    scratch = np.empty(1, dtype=np.int64)
    lists = chain.x.shape[1]

    def run(sweeps: int, thinning: int, kept: np.ndarray) -> None:
        lcmcr_kernel.run(
            starts, on, chain.freq, lists, log_lam1, log_lam0, log_nu, state,
            sweeps, thinning, kept, _UNSEEN_CAP,
        )  # fmt: skip
        if progress:
            progress(sweeps)

    # As LCMCR: a warm-up with alpha held, then the classes reordered by weight, largest
    # first, where the stick-breaking prior expects them; then the burn-in proper.
    run(WARM_UP, 0, scratch)
    order = np.argsort(-log_nu, kind="stable")
    log_lam1[:], log_lam0[:] = log_lam1[:, order], log_lam0[:, order]
    log_nu[:] = log_nu[order]
    state[3] = 1.0
    for done in range(0, settings.burn_in, 2000):
        run(min(2000, settings.burn_in - done), 0, scratch)
    block = max(1, 2000 // settings.thinning)  # draws per call, so the bar moves
    for first in range(0, settings.samples, block):
        last = min(settings.samples, first + block)
        run((last - first) * settings.thinning, settings.thinning, out[first:last])


# --- Diagnostics ---


def split_rhat(draws: np.ndarray) -> float:
    """Return the split-R-hat of chains x draws (Gelman et al., BDA3 section 11.4)."""
    half = draws.shape[1] // 2
    halves = np.vstack([draws[:, :half], draws[:, half : 2 * half]]).astype(float)
    n = halves.shape[1]
    within = halves.var(axis=1, ddof=1).mean()
    between = n * halves.mean(axis=1).var(ddof=1)
    if within == 0:
        return 1.0 if between == 0 else math.inf
    return float(math.sqrt(((n - 1) / n * within + between / n) / within))


def effective_sample_size(draws: np.ndarray) -> float:
    """Return the multi-chain effective sample size (BDA3 11.5, Geyer's initial sequence)."""
    chains, n = draws.shape
    values = draws.astype(float)
    centred = values - values.mean(axis=1, keepdims=True)
    within = values.var(axis=1, ddof=1).mean()
    if within == 0:
        return float(chains * n)
    var_plus = (n - 1) / n * within + (values.mean(axis=1).var(ddof=1) if chains > 1 else 0.0)
    size = 1 << (2 * n - 1).bit_length()
    spectrum = np.fft.rfft(centred, size, axis=1)
    acov = np.fft.irfft(spectrum * np.conj(spectrum), size, axis=1)[:, :n] / n
    rho = 1 - (within - acov.mean(axis=0)) / var_plus
    rho[0] = 1.0
    total, previous = 0.0, math.inf
    for t in range(0, n - 1, 2):
        pair = rho[t] + rho[t + 1]
        if pair < 0:
            break
        pair = min(pair, previous)  # the initial monotone sequence
        total += pair
        previous = pair
    tau = max(-1 + 2 * total, 1 / math.log10(chains * n))
    return float(chains * n / tau)


def summarise(
    draws: np.ndarray, observed: int, settings: LcmcrSettings, level: float
) -> PosteriorEstimate:
    """Turn chains x draws of N into the estimate, its interval and the diagnostics."""
    flat = draws.ravel()
    tail = (1 - level) / 2
    low, high = np.quantile(flat, [tail, 1 - tail])
    rhat = split_rhat(draws) if settings.chains > 1 else None
    ess = effective_sample_size(draws)
    warnings = []
    if rhat is not None and rhat > RHAT_LIMIT:
        medians = ", ".join(f"{np.median(row):,.0f}" for row in draws)
        warnings.append(
            f"the chains disagree (split-R-hat {rhat:.3f} > {RHAT_LIMIT}; chain medians "
            f"{medians}): they may have settled in different modes; run longer or more chains "
            "and do not report this estimate alone"
        )
    if ess < ESS_LIMIT:
        warnings.append(
            f"effective sample size {ess:.0f} < {ESS_LIMIT}: the interval's ends are "
            "unreliable; raise --samples or --thinning"
        )
    if settings.chains == 1:
        warnings.append("one chain only: R-hat cannot be computed; use --chains 2 or more")
    if high >= observed * _UNSEEN_CAP * 0.9:
        warnings.append(
            "the posterior reaches the cap on the unseen (20 times the observed): "
            "the data barely constrain the total"
        )
    return PosteriorEstimate(
        method="lcmcr",
        observed=observed,
        estimate=float(np.median(flat)),
        mean=float(flat.mean()),
        interval=(float(low), float(high)),
        level=level,
        diagnostics={
            "ess": round(ess, 1),
            "rhat": None if rhat is None else round(rhat, 4),
            "ess_threshold": ESS_LIMIT,
            "rhat_threshold": RHAT_LIMIT,
            "converged": (rhat is None or rhat <= RHAT_LIMIT) and ess >= ESS_LIMIT,
            "chains": settings.chains,
            "samples_per_chain": settings.samples,
            "chain_medians": [float(np.median(row)) for row in draws],
            "level": level,
            "settings": {
                "k": settings.k,
                "a_alpha": settings.a_alpha,
                "b_alpha": settings.b_alpha,
                "burn_in": settings.burn_in,
                "samples": settings.samples,
                "thinning": settings.thinning,
                "seed": settings.seed,
            },
        },
        warnings=warnings,
        draws=flat,
    )


def estimate_lcmcr(
    table: OverlapTable,
    settings: LcmcrSettings | None = None,
    *,
    level: float = 0.95,
    show_progress: bool = False,
) -> PosteriorEstimate:
    """Estimate the total with the latent-class model; a rich progress bar if asked."""
    settings = settings or LcmcrSettings()
    if not 0 < level < 1:
        raise EstimationError("level must be between 0 and 1")
    settings.check()
    if not show_progress:
        draws = sample(table, settings)
    else:
        from rich.console import Console
        from rich.progress import Progress

        sweeps = settings.chains * (
            WARM_UP + settings.burn_in + settings.samples * settings.thinning
        )
        with Progress(transient=True, console=Console(file=sys.stderr)) as bar:
            task = bar.add_task("LCMCR sampling", total=sweeps)
            draws = sample(table, settings, progress=lambda done: bar.advance(task, done))
    return summarise(draws, table.observed, settings, level)


def simulate(
    size: int,
    *,
    lists: int = 5,
    seed: int = 0,
    minority: float = 0.1,
    low: tuple[float, float] = (0.05, 0.2),
    high: tuple[float, float] = (0.4, 0.7),
) -> OverlapTable:
    """Simulate a heterogeneous population of ``size`` as in Manrique-Vallier (2016), sec. 4.

    Most people belong to a class that every list rarely records; a minority is recorded often.
    Inside a class the lists are independent; across the population they are not, which is
    what misleads a main-effects log-linear model.
    """
    rng = np.random.default_rng(seed)
    rare = rng.uniform(*low, lists)
    often = rng.uniform(*high, lists)
    in_minority = rng.random(size) < minority
    probs = np.where(in_minority[:, None], often[None, :], rare[None, :])
    seen = rng.random((size, lists)) < probs
    counts: dict[tuple[int, ...], int] = {}
    for row in seen[seen.any(axis=1)].astype(int):
        cell = tuple(int(v) for v in row)
        counts[cell] = counts.get(cell, 0) + 1
    names = tuple(f"L{i + 1}" for i in range(lists))
    return OverlapTable(names, counts)
