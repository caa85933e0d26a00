"""Findings for analysts: distinct victims by act type and period, observed vs estimated."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from refuge.findings.dga import MAX_LISTS as DGA_MAX_LISTS
from refuge.findings.dga import MIN_LISTS as DGA_MIN_LISTS
from refuge.findings.dga import estimate_dga
from refuge.findings.estimation import (
    EstimationError,
    OverlapTable,
    estimate,
)
from refuge.findings.lcmcr import LcmcrSettings, PosteriorEstimate, estimate_lcmcr
from refuge.findings.models import LinkReview
from refuge.record.disclosure import SUPPRESSED, Shown, cell_protect
from refuge.record.selectors import acts_for_statistics

# The page's sampler: short chains with a fixed seed, so a table always shows the same
# numbers, cached per table (the counts are the key). About 10,000 sweeps per table, a few
# tenths of a second; `refuge estimate --method lcmcr` runs the full default chains. At most
# 64 tables are kept (a DGA grid can reach a few hundred kilobytes).
PAGE_LCMCR = LcmcrSettings(k=10, burn_in=2000, samples=500, thinning=5, chains=2, seed=20)


@dataclass
class MethodResult:
    key: str  # loglinear | lcmcr | dga
    name: str
    estimate: float | None = None
    interval: tuple[float | None, float | None] = (None, None)
    sensitivity: str = ""  # how much the answer moves with the model
    warnings: list[str] = field(default_factory=list)


@dataclass
class Finding:
    act_type: str
    label: str
    period: str
    distinct: int
    acts: int
    sources: list[str] = field(default_factory=list)
    estimate: float | None = None
    interval: tuple[float | None, float | None] = (None, None)
    warnings: list[str] = field(default_factory=list)
    methods: list[MethodResult] = field(default_factory=list)
    recommended: str = ""
    why: str = ""
    posterior_svg: str = ""

    @property
    def distinct_shown(self) -> Shown:
        """The distinct count under the one small-cell rule (``record.disclosure``)."""
        return cell_protect(self.distinct)

    @property
    def acts_shown(self) -> Shown:
        return cell_protect(self.acts)

    @property
    def suppressed(self) -> bool:
        return self.distinct_shown == SUPPRESSED or self.acts_shown == SUPPRESSED


def findings() -> list[Finding]:
    """Distinct victims (linked people) per act type and year, with an MSE estimate where the
    sources overlap enough. Only acts that statistics may count are used."""
    acts = list(acts_for_statistics().select_related("victim__cluster").prefetch_related("sources"))
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    labels: dict[str, str] = {}
    for act in acts:
        year = (
            str(act.date_earliest.year)
            if act.date_earliest and "date" not in act.confidential_fields
            else "unknown"
        )
        groups[(act.act_type.key, year)].append(act)
        labels[act.act_type.key] = act.act_type.label
    results = []
    for (key, period), members in sorted(groups.items()):
        seen: dict[str, set[int]] = defaultdict(set)  # person cluster → sources that report it
        for act in members:
            cluster = (
                getattr(getattr(act.victim, "cluster", None), "cluster", None)
                or f"p-{act.victim_id}"
            )
            seen[cluster] |= {s.pk for s in act.sources.all()}
        sources = sorted({s for found in seen.values() for s in found})
        finding = Finding(
            key, labels[key], period, len(seen), len(members), [str(s) for s in sources]
        )
        if len(sources) >= 2:
            counts: dict[tuple[int, ...], int] = defaultdict(int)
            for found in seen.values():
                cell = tuple(int(s in found) for s in sources)
                if any(cell):
                    counts[cell] += 1
            if not finding.suppressed:  # an estimate from a hidden count would give it away
                _compare(finding, tuple(sorted(counts.items())))
        else:
            finding.warnings.append(_("one source only: no estimate of the unseen is possible"))
        results.append(finding)
    return results


def review_queue(limit: int = 50) -> list[LinkReview]:
    return list(LinkReview.objects.filter(decision="").select_related("left", "right")[:limit])


def chart_svg(items: list[Finding]) -> str:
    """Observed (filled) and estimated (outline, with the interval) per act type and year."""
    if not items:
        return ""
    shown = [f for f in items if not f.suppressed]
    top = (
        max([0] + [f.distinct for f in shown] + [f.interval[1] or f.estimate or 0 for f in shown])
        or 1
    )
    row, width, left = 28, 520, 200

    def x(value: float) -> int:
        return left + int(width * value / top)

    # Translated outside the f-strings: makemessages does not look inside them.
    title = escape(_("distinct victims, observed and estimated"))
    observed_word, estimated_word = escape(_("observed")), escape(_("estimated"))
    box = f"0 0 {width + 220} {row * len(items) + 10}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{box}" role="img" aria-label="{title}">'
    ]
    for i, f in enumerate(items):
        y = 5 + i * row
        parts.append(
            f'<text x="0" y="{y + 15}" font-size="11" fill="#1b1d21">'
            f"{escape(f.label)} {escape(period_label(f.period))}</text>"
        )
        observed = 0 if f.suppressed else f.distinct
        parts.append(
            f'<rect x="{left}" y="{y}" width="{x(observed) - left}" height="18" fill="#14532d">'
            f"<title>{observed_word}: {f.distinct_shown}</title></rect>"
        )
        if f.estimate is not None:
            parts.append(
                f'<rect x="{left}" y="{y}" width="{x(f.estimate) - left}" height="18" fill="none" '
                f'stroke="#9a3412"><title>{estimated_word}: {f.estimate:.0f}</title></rect>'
            )
            low, high = f.interval
            if low is not None and high is not None:
                parts.append(
                    f'<line x1="{x(low)}" y1="{y + 9}" x2="{x(high)}" y2="{y + 9}" '
                    'stroke="#9a3412" stroke-width="2"/>'
                )
    parts.append("</svg>")
    return "".join(parts)


def period_label(period: str) -> str:
    """Return a finding's year, or words for a year nobody can tell."""
    return _("year unknown") if period == "unknown" else period


@functools.lru_cache(maxsize=64)
def _methods(
    cells: tuple[tuple[tuple[int, ...], int], ...], language: str
) -> tuple[MethodResult, ...]:
    """Return the three methods' results for one overlap table (cached: the page stays fast).

    ``language`` is part of the cache key: names and notes are translated when computed.
    """
    lists = len(cells[0][0])
    table = OverlapTable(tuple(f"s{i}" for i in range(lists)), dict(cells))
    results = []
    loglinear = MethodResult("loglinear", _("Log-linear (best by AIC)"))
    try:
        fit = estimate(table, max_order=2 if lists > 2 else 1)
    except EstimationError as exc:
        loglinear.warnings.append(str(exc))
    else:
        loglinear.estimate, loglinear.interval = fit.estimate, fit.interval
        loglinear.warnings = list(fit.warnings)
        plausible = [m.estimate for m in fit.models if m.exists][:10]
        if len(plausible) > 1:
            loglinear.sensitivity = _(
                "the 10 best models give %(low)s to %(high)s; main effects only: %(main)s"
            ) % {
                "low": f"{min(plausible):,.0f}",
                "high": f"{max(plausible):,.0f}",
                "main": _main_effects(table),
            }
    results.append(loglinear)
    posteriors = _posteriors(cells)
    dga = _posterior_method("dga", _("Model averaging (DGA)"), posteriors.get("dga"))
    if not DGA_MIN_LISTS <= lists <= DGA_MAX_LISTS:
        dga.warnings.append(_("needs 3 to 5 sources"))
    results.append(dga)
    lcmcr = _posterior_method("lcmcr", _("Latent classes (LCMCR)"), posteriors.get("lcmcr"))
    if lists < 3:
        lcmcr.warnings.append(_("needs 3 or more sources"))
    results.append(lcmcr)
    return tuple(results)


@functools.lru_cache(maxsize=64)
def _posteriors(
    cells: tuple[tuple[tuple[int, ...], int], ...],
) -> dict[str, PosteriorEstimate | EstimationError]:
    lists = len(cells[0][0])
    table = OverlapTable(tuple(f"s{i}" for i in range(lists)), dict(cells))
    out: dict[str, PosteriorEstimate | EstimationError] = {}
    for key, applies, run in (
        ("lcmcr", lists >= 3, lambda: estimate_lcmcr(table, PAGE_LCMCR)),
        ("dga", DGA_MIN_LISTS <= lists <= DGA_MAX_LISTS, lambda: estimate_dga(table)),
    ):
        if applies:
            try:
                out[key] = run()
            except EstimationError as exc:
                out[key] = exc
    return out


def _posterior_method(
    key: str, name: str, posterior: PosteriorEstimate | EstimationError | None
) -> MethodResult:
    result = MethodResult(key, name)
    if posterior is None:
        return result
    if isinstance(posterior, EstimationError):
        result.warnings.append(str(posterior))
        return result
    result.estimate, result.interval = posterior.estimate, posterior.interval
    result.warnings = list(posterior.warnings)
    if key == "lcmcr":
        medians: list[float] = posterior.diagnostics["chain_medians"]  # type: ignore[assignment]
        result.sensitivity = _("chain medians %(medians)s; split-R-hat %(rhat)s") % {
            "medians": ", ".join(f"{m:,.0f}" for m in medians),
            "rhat": posterior.diagnostics["rhat"],
        }
    else:
        models: list[dict[str, Any]] = posterior.diagnostics["models"]  # type: ignore[assignment]
        if models:
            result.sensitivity = _("the most probable model has weight %(weight)s") % {
                "weight": f"{models[0]['weight']:.2f}"
            }
    return result


def _main_effects(table: OverlapTable) -> str:
    fit = estimate(table, interactions=())
    return "—" if fit.estimate is None else f"{fit.estimate:,.0f}"


def _compare(finding: Finding, cells: tuple[tuple[tuple[int, ...], int], ...]) -> None:
    """Fill in the three methods, the recommended one and why, and the posterior's picture."""
    methods = list(_methods(cells, get_language() or "en"))
    finding.methods = methods
    by_key = {m.key: m for m in methods}
    lcmcr, dga, loglinear = by_key["lcmcr"], by_key["dga"], by_key["loglinear"]
    # The page's chains are short, so a low effective sample size is shown as a warning but
    # does not disqualify LCMCR; chains that disagree do.
    lcmcr_ok = lcmcr.estimate is not None and not any(
        "chains disagree" in w for w in lcmcr.warnings
    )
    if lcmcr_ok:
        chosen = lcmcr
        finding.why = _(
            "Latent classes allow people to differ in how likely each source is to record "
            "them, the usual case for victims of violence, and its chains agree."
        )
    elif dga.estimate is not None:
        chosen = dga
        finding.why = _(
            "Model averaging accounts for sources that depend on each other and for the "
            "uncertainty in which model is right; the latent-class chains did not agree."
        )
    else:
        chosen = loglinear
        finding.why = _(
            "With two sources only a log-linear model (independence) is possible: it "
            "underestimates when the same people are easy for both sources to find."
        )
    finding.recommended = chosen.name
    finding.estimate, finding.interval = chosen.estimate, chosen.interval
    finding.warnings += chosen.warnings
    drawn = {k: v for k, v in _posteriors(cells).items() if isinstance(v, PosteriorEstimate)}
    finding.posterior_svg = posterior_svg(finding.distinct, methods, drawn)


def posterior_svg(
    observed: int, methods: list[MethodResult], posteriors: dict[str, PosteriorEstimate]
) -> str:
    """Draw the posteriors of N (LCMCR histogram, DGA curve) over each method's interval."""
    ends = [observed] + [v for m in methods for v in (m.estimate, *m.interval) if v is not None]
    low, high = min(ends), max(ends)
    high = high + max(1.0, (high - low) * 0.05)
    width, left, plot_height = 520, 190, 80
    rows = len(methods)
    axis = plot_height + 20 + rows * 22
    height = axis + 24

    def x(value: float) -> float:
        return round(left + width * (value - low) / (high - low), 1)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {left + width + 40} {height}" '
        f'role="img" aria-label="{escape(_("posterior of the total, by method"))}">'
    ]
    lcmcr = posteriors.get("lcmcr")
    if lcmcr is not None and lcmcr.draws is not None:
        counts, edges = np.histogram(lcmcr.draws, bins=40, range=(low, high))
        top = counts.max() or 1
        for count, start, end in zip(counts, edges[:-1], edges[1:], strict=True):
            h = plot_height * count / top
            parts.append(
                f'<rect x="{x(start)}" y="{round(plot_height - h, 1)}" '
                f'width="{max(0.5, x(end) - x(start) - 0.5)}" height="{round(h, 1)}" '
                'fill="#c7d2fe"/>'
            )
    dga = posteriors.get("dga")
    if dga is not None and dga.support is not None:
        grid, probability = dga.support
        keep = (grid >= low) & (grid <= high)
        if keep.any():
            step = max(1, int(keep.sum()) // 200)
            g, p = grid[keep][::step], probability[keep][::step]
            top = float(p.max()) or 1.0
            points = " ".join(
                f"{x(float(n))},{round(plot_height - plot_height * float(q) / top, 1)}"
                for n, q in zip(g, p, strict=True)
            )
            parts.append(f'<polyline points="{points}" fill="none" stroke="#9a3412"/>')
    parts.append(
        f'<line x1="{x(observed)}" y1="0" x2="{x(observed)}" y2="{height - 5}" '
        f'stroke="#14532d" stroke-dasharray="3 2"><title>{escape(_("observed"))}: '
        f"{observed}</title></line>"
    )
    for i, method in enumerate(methods):
        y = plot_height + 20 + i * 22
        parts.append(
            f'<text x="0" y="{y + 4}" font-size="11" fill="#1b1d21">{escape(method.name)}</text>'
        )
        a, b = method.interval
        if a is not None:
            end = high if b is None else b
            parts.append(
                f'<line x1="{x(a)}" y1="{y}" x2="{x(end)}" y2="{y}" stroke="#1b1d21" '
                'stroke-width="2"/>'
            )
        if method.estimate is not None:
            parts.append(
                f'<circle cx="{x(method.estimate)}" cy="{y}" r="4" fill="#1b1d21">'
                f"<title>{method.estimate:,.0f}</title></circle>"
            )
    parts.append(
        f'<line x1="{left}" y1="{axis}" x2="{left + width}" y2="{axis}" stroke="#6b7280"/>'
    )
    for tick in np.linspace(low, high, 5):
        parts.append(
            f'<text x="{x(float(tick))}" y="{axis + 16}" font-size="10" fill="#6b7280" '
            f'text-anchor="middle">{tick:,.0f}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
