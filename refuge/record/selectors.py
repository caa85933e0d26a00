"""Reads for the record: statistics and anonymised exports that respect confidentiality and
consent, with small-cell suppression, and the timeline chart."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

from django.db.models import QuerySet

from refuge.record.admissibility import acts_admissible
from refuge.record.disclosure import small_cell_k, table_protect
from refuge.record.models import Act
from refuge.record.services import csv_cell


def acts_for_statistics() -> QuerySet[Act]:
    """Acts that may be counted (``admissibility``): with consent to anonymised statistics."""
    return acts_admissible(use="statistics").select_related("act_type", "place", "place__parent")


def case_acts(*, case: Any) -> QuerySet[Act]:
    """The acts documented from one case (to link its files as evidence)."""
    return Act.objects.filter(case=case).select_related("act_type", "victim").order_by("pk")


def _region(act: Act) -> str:
    place = act.place
    while place is not None and place.kind not in {"republic", "country"}:
        place = place.parent
    return place.name_en if place is not None else "unknown"


def statistics(*, k: int | None = None) -> dict[str, Any]:
    """Counts by act type, month and region, each table protected by ``disclosure``.

    The three tables share one total, so it is hidden in all of them or in none.
    """
    k = small_cell_k(k)
    acts = list(acts_for_statistics())
    by_type = Counter(a.act_type.key for a in acts)
    by_month = Counter(
        a.date_earliest.strftime("%Y-%m")
        if a.date_precision in {"day", "month"}
        and a.date_earliest
        and "date" not in a.confidential_fields
        else "unknown"
        for a in acts
    )
    by_region = Counter("unknown" if "place" in a.confidential_fields else _region(a) for a in acts)
    tables = {
        name: table_protect(dict(c), k=k)
        for name, c in [("by_type", by_type), ("by_month", by_month), ("by_region", by_region)]
    }
    return {
        "k": k,
        "total": tables["by_type"].total,
        **{name: table.cells for name, table in tables.items()},
    }


def export_json(*, k: int | None = None) -> str:
    return json.dumps(statistics(k=k), ensure_ascii=False, indent=2)


def export_csv(*, k: int | None = None) -> str:
    stats = statistics(k=k)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["dimension", "value", "count"])
    writer.writerow(["total", "", csv_cell(stats["total"])])
    for dimension in ("by_type", "by_month", "by_region"):
        for value, count in stats[dimension].items():
            writer.writerow([csv_cell(dimension), csv_cell(value), csv_cell(count)])
    return out.getvalue()


def timeline_svg(*, k: int | None = None) -> str:
    """A bar per month, drawn on the server as SVG (no script, no inline style).

    It shows the protected table: a suppressed month has no bar, only its label.
    """
    months = {m: n for m, n in statistics(k=k)["by_month"].items() if m != "unknown"}
    if not months:
        return ""
    width, height, bar = 640, 200, max(4, 600 // max(1, len(months)))
    top = max([n for n in months.values() if isinstance(n, int)], default=0)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height + 40}" role="img" '
        f'aria-label="acts per month">'
    ]
    for index, (month, count) in enumerate(months.items()):
        shown = count if isinstance(count, int) else 0
        bar_height = int(height * shown / top) if top else 0
        x = 20 + index * bar
        parts.append(
            f'<rect x="{x}" y="{height - bar_height}" width="{bar - 2}" height="{bar_height}" '
            f'fill="#14532d"><title>{month}: {count}</title></rect>'
        )
        parts.append(
            f'<text x="{x}" y="{height + 15}" font-size="10" fill="#5b6270">{month}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
