"""Reading and verifying the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from refuge.audit.models import GENESIS_HASH, AuditEntry, AuditHead
from refuge.audit.services import canonical_entry, chain_hash


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    entries_checked: int
    head_seq: int
    head_hash: str
    problem: str = ""
    first_bad_seq: int | None = None


def audit_entry_list(*, limit: int | None = 100) -> QuerySet[AuditEntry]:
    """Return the most recent entries, newest first (all of them if ``limit`` is None)."""
    entries = AuditEntry.objects.order_by("-seq")
    return entries if limit is None else entries[:limit]


def audit_head() -> AuditHead:
    """Return the chain's head; a missing head reads as an empty chain (and fails verify)."""
    return AuditHead.objects.filter(pk=1).first() or AuditHead(pk=1)


def audit_chain_verify(*, anchor: tuple[int, str] | None = None) -> ChainVerdict:
    """Recompute the chain from the first entry and report the first broken or missing link.

    ``anchor`` is a (seq, hash) pair written down earlier, outside this server; it catches an
    attacker who rewrote the whole chain and its head.
    """
    head = audit_head()
    expected_seq = 1
    prev_hash = GENESIS_HASH
    checked = 0

    def broken(seq: int, problem: str) -> ChainVerdict:
        return ChainVerdict(False, checked, head.seq, head.entry_hash, problem, seq)

    for entry in AuditEntry.objects.order_by("seq").iterator(chunk_size=2000):
        if entry.seq != expected_seq:
            return broken(expected_seq, f"entry #{expected_seq} is missing")
        if entry.prev_hash != prev_hash:
            return broken(entry.seq, f"entry #{entry.seq} does not link to entry #{entry.seq - 1}")
        recomputed = chain_hash(
            prev_hash,
            canonical_entry(
                seq=entry.seq,
                created_at=entry.created_at,
                actor_id=entry.actor_id,
                actor_label=entry.actor_label,
                action=entry.action,
                target_type=entry.target_type,
                target_id=entry.target_id,
                details=entry.details,
            ),
        )
        if recomputed != entry.entry_hash:
            return broken(entry.seq, f"entry #{entry.seq} was altered after it was written")
        if anchor is not None and entry.seq == anchor[0] and entry.entry_hash != anchor[1]:
            return broken(entry.seq, f"entry #{entry.seq} does not match the recorded anchor")
        prev_hash = entry.entry_hash
        expected_seq += 1
        checked += 1

    last_seq = expected_seq - 1
    if head.seq != last_seq or head.entry_hash != prev_hash:
        return broken(
            last_seq + 1,
            f"the log ends at entry #{last_seq} but its head records entry #{head.seq}",
        )
    if anchor is not None and anchor[0] > last_seq:
        return broken(last_seq + 1, f"anchored entry #{anchor[0]} is missing")
    return ChainVerdict(True, checked, head.seq, head.entry_hash)
