"""The one small-cell rule for every count Refuge shows or exports (Record and Findings).

A count below k (``REFUGE_SMALL_CELL_K``) is never shown. Hiding it alone is not enough: when a
table also shows its total and its other cells, the hidden cell is the total minus the rest.
So each table is protected as a whole (complementary suppression):

- a total below k hides the total and every cell of the table;
- otherwise, if any cell is below k, further cells are hidden, smallest first, until at least
  two are hidden and they are not all 1 — then the hidden cells add up to a known sum that
  more than one split explains (one unit can move between two of them).

Every hidden cell shows the same word, ``SUPPRESSED``, whether it is small or hidden to protect
a small one, so the label gives nothing away. Zero counts are not listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings

SUPPRESSED = "suppressed"

Shown = int | str


def small_cell_k(k: int | None = None) -> int:
    return k or settings.REFUGE_SMALL_CELL_K


def cell_protect(count: int, *, k: int | None = None) -> Shown:
    """Return one count that is published with no total and no sibling cells."""
    return SUPPRESSED if 0 < count < small_cell_k(k) else count


@dataclass
class ProtectedTable:
    cells: dict[str, Shown] = field(default_factory=dict)
    total: Shown = 0
    hidden: int = 0  # how many cells are suppressed (the page may say so)


def table_protect(counts: dict[str, int], *, k: int | None = None) -> ProtectedTable:
    """Return a one-way table and its total, safe to publish together (see the module)."""
    k = small_cell_k(k)
    counts = {key: n for key, n in counts.items() if n > 0}
    total = sum(counts.values())
    if 0 < total < k:
        return ProtectedTable({}, SUPPRESSED, len(counts))
    hidden = {key for key, n in counts.items() if n < k}
    if hidden:
        remaining = sorted((n, key) for key, n in counts.items() if key not in hidden)
        while len(hidden) < 2 or sum(counts[key] for key in hidden) == len(hidden):
            if not remaining:
                # Every cell is hidden and every cell is 1: the total would give them away, so
                # the categories are not listed at all.
                return ProtectedTable({}, total, len(counts))
            hidden.add(remaining.pop(0)[1])
    cells: dict[str, Shown] = {
        key: SUPPRESSED if key in hidden else n for key, n in sorted(counts.items())
    }
    return ProtectedTable(cells, total, len(hidden))
