"""Writing to the audit log."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from django.db import connection, models, transaction
from django.utils import timezone

from refuge.audit.models import AuditEntry, AuditHead

JsonValue = str | int | bool | None | list[Any] | dict[str, Any]


class AuditOutsideTransactionError(RuntimeError):
    """audit_record() was called outside the transaction of the change it records."""


def canonical_entry(
    *,
    seq: int,
    created_at: datetime,
    actor_id: int | None,
    actor_label: str,
    action: str,
    target_type: str,
    target_id: str,
    details: dict[str, JsonValue],
) -> bytes:
    """Return the bytes an entry's hash covers: sorted-key, compact JSON in UTF-8."""
    return json.dumps(
        {
            "seq": seq,
            "created_at": created_at.astimezone(UTC).isoformat(timespec="microseconds"),
            "actor_id": actor_id,
            "actor_label": actor_label,
            "action": action,
            "target_type": target_type,
            "target_id": target_id,
            "details": details,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


def chain_hash(prev_hash: str, canonical: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical).hexdigest()


def audit_record(
    *,
    actor: Any | None,
    action: str,
    target: models.Model | None = None,
    details: dict[str, JsonValue] | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Append an entry for a state change; must run inside that change's transaction.

    Never put report content, names or contacts in ``details``: the log is stored in clear.
    ``at`` replaces the exact time for anonymous reporters' actions, whose times are coarsened.
    """
    if not connection.in_atomic_block:
        raise AuditOutsideTransactionError(f"audit_record({action!r}) needs transaction.atomic()")
    # The head row comes from a migration; get_or_create only matters on a flushed database.
    head, _created = AuditHead.objects.select_for_update().get_or_create(pk=1)
    actor_id = actor.pk if actor is not None and actor.is_authenticated else None
    actor_label = actor.get_username() if actor is not None and actor_id is not None else ""
    fields: dict[str, Any] = {
        "seq": head.seq + 1,
        "created_at": at or timezone.now(),
        "actor_id": actor_id,
        "actor_label": actor_label,
        "action": action,
        "target_type": target._meta.label_lower if target is not None else "",
        "target_id": str(target.pk) if target is not None else "",
        "details": details or {},
    }
    entry_hash = chain_hash(head.entry_hash, canonical_entry(**fields))
    entry = AuditEntry.objects.create(prev_hash=head.entry_hash, entry_hash=entry_hash, **fields)
    head.seq = entry.seq
    head.entry_hash = entry_hash
    head.save(update_fields=["seq", "entry_hash"])
    return entry


@transaction.atomic
def audit_record_standalone(
    *,
    actor: Any | None,
    action: str,
    target: models.Model | None = None,
    details: dict[str, JsonValue] | None = None,
) -> AuditEntry:
    """Record an event that changes nothing else (a sign-in, a backup) in its own transaction."""
    return audit_record(actor=actor, action=action, target=target, details=details)
