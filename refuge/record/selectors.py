"""Reads for the record: statistics and anonymised exports that respect confidentiality and
consent, with small-cell suppression, and the timeline chart."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from datetime import date
from typing import Any

from django.db.models import Count, QuerySet
from django.utils.html import escape
from django.utils.translation import gettext as _

from refuge.core.templatetags.refuge_format import fuzzy_date
from refuge.record.admissibility import acts_admissible
from refuge.record.disclosure import small_cell_k, table_protect
from refuge.record.models import Act, Place
from refuge.record.services import csv_cell


def acts_for_statistics() -> QuerySet[Act]:
    """Acts that may be counted (``admissibility``): with consent to anonymised statistics."""
    return acts_admissible(use="statistics").select_related("act_type", "place", "place__parent")


def case_acts(*, case: Any) -> QuerySet[Act]:
    """The acts documented from one case (to link its files as evidence)."""
    return Act.objects.filter(case=case).select_related("act_type", "victim").order_by("pk")


def _regions_by_place() -> dict[int, str]:
    """Each place's republic or country (its English name), from one query of the gazetteer."""
    places = {
        pk: (kind, parent, name)
        for pk, kind, parent, name in Place.objects.values_list(
            "pk", "kind", "parent_id", "name_en"
        )
    }

    def region(pk: int | None) -> str:
        while pk is not None and places[pk][0] not in {"republic", "country"}:
            pk = places[pk][1]
        return places[pk][2] if pk is not None else "unknown"

    return {pk: region(pk) for pk in places}


def statistics(*, k: int | None = None) -> dict[str, Any]:
    """Counts by act type, month and region, each table protected by ``disclosure``.

    The three tables share one total, so it is hidden in all of them or in none. A few
    queries however many acts there are: types are counted by the database, months and
    regions from one list of plain columns (a date's precision and confidentiality decide
    whether it counts, which SQL would spell differently on SQLite and PostgreSQL).
    """
    k = small_cell_k(k)
    acts = acts_admissible(use="statistics").order_by()
    by_type = Counter(
        {
            row["act_type__key"]: row["count"]
            for row in acts.values("act_type__key").annotate(count=Count("pk"))
        }
    )
    regions = _regions_by_place()
    by_month: Counter[str] = Counter()
    by_region: Counter[str] = Counter()
    for earliest, precision, place, hidden in acts.values_list(
        "date_earliest", "date_precision", "place_id", "confidential_fields"
    ):
        dated = precision in {"day", "month"} and "date" not in hidden
        by_month[earliest.strftime("%Y-%m") if earliest and dated else "unknown"] += 1
        by_region["unknown" if "place" in hidden else regions.get(place, "unknown")] += 1
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
    # Translated outside the f-strings: makemessages does not look inside them.
    title, suppressed = escape(_("acts per month")), escape(_("suppressed"))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height + 40}" role="img" '
        f'aria-label="{title}">'
    ]
    for index, (key, count) in enumerate(months.items()):
        year, number = key.split("-")
        month = escape(fuzzy_date(date(int(year), int(number), 1), "month"))
        shown = count if isinstance(count, int) else 0
        bar_height = int(height * shown / top) if top else 0
        x = 20 + index * bar
        parts.append(
            f'<rect x="{x}" y="{height - bar_height}" width="{bar - 2}" height="{bar_height}" '
            f'fill="#14532d"><title>{month}: {count if shown else suppressed}</title></rect>'
        )
        parts.append(
            f'<text x="{x}" y="{height + 15}" font-size="10" fill="#5b6270">{month}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
