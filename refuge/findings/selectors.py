"""Findings for analysts: distinct victims by act type and period, observed vs estimated."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from refuge.findings.estimation import EstimationError, OverlapTable, estimate
from refuge.findings.models import LinkReview
from refuge.record.disclosure import SUPPRESSED, Shown, cell_protect
from refuge.record.selectors import acts_for_statistics


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
        if 2 <= len(sources) <= 6:
            counts: dict[tuple[int, ...], int] = defaultdict(int)
            for found in seen.values():
                cell = tuple(int(s in found) for s in sources)
                if any(cell):
                    counts[cell] += 1
            try:
                result = estimate(
                    OverlapTable(tuple(f"s{s}" for s in sources), dict(counts)), max_order=1
                )
            except EstimationError as exc:
                finding.warnings.append(str(exc))
            else:
                finding.estimate, finding.interval = result.estimate, result.interval
                finding.warnings += result.warnings
        elif len(sources) < 2:
            finding.warnings.append("one source only: no estimate of the unseen is possible")
        if finding.suppressed:  # an estimate from a hidden count would give it away
            finding.estimate, finding.interval = None, (None, None)
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

    box = f"0 0 {width + 220} {row * len(items) + 10}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{box}" role="img" '
        'aria-label="distinct victims, observed and estimated">'
    ]
    for i, f in enumerate(items):
        y = 5 + i * row
        parts.append(
            f'<text x="0" y="{y + 15}" font-size="11" fill="#1b1d21">{f.act_type} {f.period}</text>'
        )
        observed = 0 if f.suppressed else f.distinct
        parts.append(
            f'<rect x="{left}" y="{y}" width="{x(observed) - left}" height="18" fill="#14532d">'
            f"<title>observed: {f.distinct_shown}</title></rect>"
        )
        if f.estimate is not None:
            parts.append(
                f'<rect x="{left}" y="{y}" width="{x(f.estimate) - left}" height="18" fill="none" '
                f'stroke="#9a3412"><title>estimated: {f.estimate:.0f}</title></rect>'
            )
            low, high = f.interval
            if low is not None and high is not None:
                parts.append(
                    f'<line x1="{x(low)}" y1="{y + 9}" x2="{x(high)}" y2="{y + 9}" '
                    'stroke="#9a3412" stroke-width="2"/>'
                )
    parts.append("</svg>")
    return "".join(parts)
