"""Dice similarity of Bloom-filter encodings, counted by a compiled popcount kernel.

numba compiles the kernel (LLVM's ctpop, vectorised where the processor allows): plain NumPy
measured about 2 million comparisons per second against more than 100 million
(docs/benchmarks.md). ``dice_numpy`` stays as the reference the tests check the kernel against.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numba import types as nbtypes
from numba.extending import intrinsic

# Compiled like the LCMCR sweeps: cached under var/ where it can be, in memory where not.
from refuge.findings.lcmcr_kernel import compiled


def _ctpop(typingctx: Any, value: Any) -> Any:
    """LLVM's ctpop: one instruction (POPCNT, or VPOPCNTQ when vectorised)."""
    signature = nbtypes.uint64(nbtypes.uint64)

    def codegen(context: Any, builder: Any, sig: Any, args: Any) -> Any:
        return builder.ctpop(args[0])

    return signature, codegen


_popcount: Any = intrinsic(_ctpop)


@compiled
def _kernel_popcounts(bits: np.ndarray) -> np.ndarray:  # pragma: no cover - compiled
    counts = np.zeros(bits.shape[0], dtype=np.int64)
    for i in range(bits.shape[0]):
        total = 0
        for w in range(bits.shape[1]):
            total += _popcount(bits[i, w])
        counts[i] = total
    return counts


@compiled
def _kernel_candidates(  # pragma: no cover - compiled
    a: np.ndarray,
    b_words: np.ndarray,
    count_a: np.ndarray,
    count_b: np.ndarray,
    threshold: float,
    offset: int,
    same: bool,
    out_i: np.ndarray,
    out_j: np.ndarray,
    out_score: np.ndarray,
    found: int,
) -> int:
    # ``b_words`` is (words, records), one tile of ``b``: for one word of a record of ``a``,
    # the inner loop runs over consecutive records of ``b``, which LLVM vectorises (VPOPCNTQ
    # where the processor has it); the threshold is tested in a second, scalar pass.
    words, width = b_words.shape
    capacity = out_i.shape[0]
    common = np.zeros(width, dtype=np.int64)
    half = 0.5 * threshold
    for i in range(a.shape[0]):
        first = 0
        if same:
            first = max(0, i + 1 - offset)
            if first >= width:
                continue
        common[:] = 0
        for w in range(words):
            word = a[i, w]
            for k in range(width):
                common[k] += _popcount(word & b_words[w, k])
        for k in range(first, width):
            both = count_a[i] + count_b[offset + k]
            if both > 0 and common[k] >= half * both:
                if found < capacity:
                    out_i[found] = i
                    out_j[found] = offset + k
                    out_score[found] = 2.0 * common[k] / both
                found += 1
    return found


def popcounts(bits: np.ndarray) -> np.ndarray:
    """Return the number of ones of each packed vector."""
    return np.asarray(_kernel_popcounts(np.ascontiguousarray(bits, dtype=np.uint64)))


TILE = 4096  # records of the second list per pass: their running counts stay in the cache


def candidates(
    a: np.ndarray, b: np.ndarray | None, threshold: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (i, j, Dice) of every pair with Dice >= ``threshold``; ``b=None``: pairs in ``a``.

    Every pair is scored (no filtering on the ones' counts): the throughput in
    docs/benchmarks.md is that of all pairs.
    """
    same = b is None
    left = np.ascontiguousarray(a, dtype=np.uint64)
    right = left if b is None else np.ascontiguousarray(b, dtype=np.uint64)
    count_a = popcounts(left)
    count_b = count_a if same else popcounts(right)
    capacity = max(1024, 4 * (len(left) + len(right)))
    while True:
        out_i = np.empty(capacity, dtype=np.int64)
        out_j = np.empty(capacity, dtype=np.int64)
        out_score = np.empty(capacity, dtype=np.float64)
        found = 0
        for start in range(0, len(right), TILE):
            tile = np.ascontiguousarray(right[start : start + TILE].T)
            rows = left[: start + TILE] if same else left  # within a list: i < j only
            found = int(
                _kernel_candidates(
                    rows,
                    tile,
                    count_a,
                    count_b,
                    float(threshold),
                    start,
                    same,
                    out_i,
                    out_j,
                    out_score,
                    found,
                )
            )
        if found <= capacity:
            return out_i[:found], out_j[:found], out_score[:found]
        capacity = found


def dice_numpy(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return the full Dice matrix of ``a`` × ``b`` in plain NumPy (the reference)."""
    if hasattr(np, "bitwise_count"):
        common = np.bitwise_count(a[:, None, :] & b[None, :, :]).sum(axis=2, dtype=np.int64)
        ones_a = np.bitwise_count(a).sum(axis=1, dtype=np.int64)
        ones_b = np.bitwise_count(b).sum(axis=1, dtype=np.int64)
    else:  # pragma: no cover - NumPy < 2: a byte lookup table
        table = np.array([bin(i).count("1") for i in range(256)], dtype=np.int64)
        both = (a[:, None, :] & b[None, :, :]).view(np.uint8)
        common = table[both].sum(axis=2)
        ones_a = table[a.view(np.uint8)].sum(axis=1)
        ones_b = table[b.view(np.uint8)].sum(axis=1)
    total = ones_a[:, None] + ones_b[None, :]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, 2.0 * common / np.maximum(total, 1), 0.0)
