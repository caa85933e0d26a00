"""Time to fit every hierarchical model, and the estimates for the published tables.

python -m bench.estimation
"""

from __future__ import annotations

import itertools
import random
import time
from pathlib import Path
from typing import Any

from bench.common import ROOT, machine, median, write_section
from refuge.findings.estimation import OverlapTable, estimate, read_table

FIXTURES = ROOT / "tests" / "data" / "mse"  # published tables, kept in the repo


def _dense_table(lists: int) -> OverlapTable:
    rng = random.Random(lists)
    cells = [c for c in itertools.product((0, 1), repeat=lists) if any(c)]
    return OverlapTable(tuple("ABCDEF"[:lists]), {c: rng.randint(1, 60) for c in cells})


def _timed(table: OverlapTable, **options: Any) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(3):
        started = time.perf_counter()
        result = estimate(table, **options)
        times.append(time.perf_counter() - started)
    return median(times), result


def main() -> None:
    rows = []
    for lists in (3, 4, 5, 6):
        seconds, result = _timed(_dense_table(lists))
        rows.append(
            f"| {lists} lists, all cells non-empty | 2 | {len(result.models):,} | {seconds:.2f} |"
        )
        print(rows[-1])
    published = []
    for name, path in [("Korea", FIXTURES / "korea.csv"), ("UK 2013", FIXTURES / "uk2013.csv")]:
        if not Path(path).exists():
            continue
        table = read_table(path.read_text())[""]
        for select in ("aic", "bic"):
            seconds, result = _timed(table, select=select)
            low, high = result.interval
            published.append(
                f"| {name} | {select.upper()} | {', '.join(result.model) or 'main effects'} "
                f"| {result.estimate:,.1f} | {low:,.1f} – {high:,.1f} | {seconds:.2f} |"
            )
            print(published[-1])
    write_section(
        "estimation",
        "### Multiple systems estimation\n\n"
        f"{machine()}. `python -m bench.estimation`; median of 3 runs, including the "
        "profile-likelihood interval of the chosen model.\n\n"
        "| table | max order | models fitted | seconds |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n\nThe published tables (`tests/data/mse`), every pairwise model:\n\n"
        "| table | selection | chosen model | estimate | 95% profile interval | seconds |\n"
        "|---|---|---|---|---|---|\n" + "\n".join(published),
    )


if __name__ == "__main__":
    main()
