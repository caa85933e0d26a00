"""Trusted timestamps (RFC 3161) on the audit chain's head."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from refuge.audit.selectors import audit_head
from refuge.audit.services import audit_record
from refuge.record import standalone_verify
from refuge.record.models import (
    AuditStamp,
)
from refuge.record.services.common import RecordError
from refuge.record.timestamps import TimestampError, timestamp_fetch, tsa_certificates


def audit_head_stamp() -> AuditStamp:
    """Ask the time-stamp authority to stamp the audit chain's head; keep the token."""
    head = audit_head()
    stamp = AuditStamp(
        seq=head.seq,
        entry_hash=head.entry_hash,
        authority=settings.REFUGE_TSA_URL,
        created_at=timezone.now(),
    )
    try:
        token = timestamp_fetch(stamp.message)
    except TimestampError as exc:
        raise RecordError(str(exc)) from exc
    if token is None:
        raise RecordError(_("No time-stamp authority is configured (REFUGE_TSA_URL)."))
    stamp.token = token
    with transaction.atomic():
        stamp.save()
        audit_record(
            actor=None,
            action="audit.head_stamped",
            details={"seq": head.seq, "hash": head.entry_hash},
        )
    return stamp


def audit_stamps_check() -> tuple[list[str], list[str]]:
    """Check every audit-head token: it covers the head, which is still in the chain.

    Return (problems, one line per good stamp). Signatures are checked with the configured
    authority certificates (REFUGE_TSA_CERT_FILE); without them only the hash is checked.
    """
    from refuge.audit.models import AuditEntry

    certificates = tsa_certificates()
    problems, good = [], []
    for stamp in AuditStamp.objects.all():
        name = f"stamp of audit head #{stamp.seq}"
        entry = AuditEntry.objects.filter(seq=stamp.seq).first()
        if stamp.seq and (entry is None or entry.entry_hash != stamp.entry_hash):
            problems.append(f"{name}: the chain no longer has that entry with that hash")
            continue
        if certificates:
            found, note = standalone_verify.timestamp_check(
                bytes(stamp.token), stamp.message, certificates
            )
        else:
            found, note = _imprint_only(bytes(stamp.token), stamp.message)
        problems += [f"{name}: {p}" for p in found]
        if not found:
            good.append(f"{name}: {note}")
    return problems, good


def _imprint_only(token: bytes, message: bytes) -> tuple[list[str], str]:
    try:
        info = standalone_verify.token_info(token)
    except ValueError as exc:
        return [str(exc)], ""
    if info.hashed != hashlib.sha256(message).digest():
        return ["the token does not cover this head"], ""
    when = standalone_verify.format_gen_time(info.gen_time)
    return [], f"time-stamped {when} (signature not checked: no REFUGE_TSA_CERT_FILE)"
