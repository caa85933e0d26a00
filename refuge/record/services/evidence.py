"""Evidence and its chain of custody: stored, read, destroyed, checked."""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import json
import re
import zipfile
from typing import Any
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from refuge import crypto
from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.core.filestore import blob_new_name, blob_read, blob_write, blobs_delete
from refuge.core.padding import PaddingError, pad, padme, unpad
from refuge.keys.server import server_subkey
from refuge.record.admissibility import consenting_case_ids
from refuge.record.capture import page_capture
from refuge.record.models import (
    Act,
    CustodyEntry,
    Evidence,
    Source,
)
from refuge.record.services.common import EvidenceIntegrityError, RecordError
from refuge.record.services.keys import _envelope, open_envelope
from refuge.record.services.people import _origin, _testimony_source
from refuge.record.standalone_verify import custody_hash, custody_problems


def _custody_context(evidence_id: Any, seq: int) -> str:
    return f"{evidence_id}:{seq}"


def _custody_entry(entry: CustodyEntry, key: bytes) -> dict[str, Any]:
    details = (
        open_envelope(
            key, "custody", _custody_context(entry.evidence_id, entry.seq), entry.sealed_details
        )
        if entry.sealed_details is not None
        else entry.details
    )
    return {
        "seq": entry.seq,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "details": details,
    }


def custody_append(
    *,
    evidence: Evidence,
    key: bytes,
    actor: str,
    action: str,
    details: dict[str, Any] | None = None,
) -> CustodyEntry:
    """Append one entry to an item's chain; its details are stored encrypted (record key)."""
    locked = Evidence.objects.select_for_update().get(pk=evidence.pk)
    seq = CustodyEntry.objects.filter(evidence=locked).count() + 1
    entry = CustodyEntry(
        evidence=locked,
        seq=seq,
        at=timezone.now(),
        actor=actor,
        action=action,
        details={},
        sealed_details=_envelope(key, "custody", _custody_context(locked.pk, seq), details or {}),
        prev_hash=locked.custody_head,
    )
    entry.entry_hash = custody_hash(entry.prev_hash, _custody_entry(entry, key))
    entry.save()
    locked.custody_head = entry.entry_hash
    locked.save(update_fields=["custody_head"])
    evidence.custody_head = entry.entry_hash
    return entry


def custody_list(evidence: Evidence, *, key: bytes) -> list[dict[str, Any]]:
    """Return the chain with its details opened (entries from before sealing are in clear)."""
    return [
        {**_custody_entry(e, key), "prev_hash": e.prev_hash, "entry_hash": e.entry_hash}
        for e in CustodyEntry.objects.filter(evidence=evidence).order_by("seq")
    ]


@transaction.atomic
def custody_seal_existing(*, key: bytes) -> int:
    """Encrypt the details of custody entries written before they were sealed; return how many.

    The chain hash covers the details in clear, so every chain verifies as before.
    """
    count = 0
    for entry in CustodyEntry.objects.select_for_update().filter(sealed_details__isnull=True):
        context = _custody_context(entry.evidence_id, entry.seq)
        entry.sealed_details = _envelope(key, "custody", context, entry.details)
        entry.details = {}
        entry.save(update_fields=["sealed_details", "details"])
        count += 1
    return count


def evidence_fingerprint(digest: bytes) -> str:
    """Return the keyed hash stored in place of a file's SHA-256 (``digest``, 32 bytes)."""
    return crypto.keyed_hash(server_subkey("evidence-hash"), digest).hex()


def evidence_label(evidence: Evidence) -> str:
    return f"evidence {str(evidence.id)[:8]}"


def refuge_version() -> str:
    """Return "Refuge X.Y.Z", the tool named in chains of custody."""
    try:
        return f"Refuge {importlib.metadata.version('refuge')}"
    except importlib.metadata.PackageNotFoundError:
        return "Refuge (version unknown)"


def _actor_name(actor: User | None) -> str:
    return actor.username if actor else "system"


def _evidence_store(
    *,
    actor: User | None,
    key: bytes,
    filename: str,
    data: bytes,
    description: str,
    custody: list[tuple[str, dict[str, Any]]],
    source: Source | None = None,
    acts: list[Act] | None = None,
    case: Any = None,
    attachment_origin: str = "",
    derived_from: Evidence | None = None,
) -> tuple[Evidence, str]:
    """Hash, encrypt and store one file; open its chain of custody with ``custody``.

    Return the item and the name of the blob written (for the caller to delete on failure).
    """
    if not data:
        raise RecordError(_("The file is empty."))
    sha256 = hashlib.sha256(data).hexdigest()
    evidence = Evidence(
        fingerprint=evidence_fingerprint(bytes.fromhex(sha256)),
        size=padme(len(data)),  # the exact size is in the custody details (encrypted)
        blob_name=blob_new_name(),
        details=b"",
        source=source,
        case=case,
        case_origin=_origin(case),
        attachment_origin=attachment_origin,
        derived_from=derived_from,
        received_at=timezone.now(),
    )
    evidence.details = _envelope(
        key, "evidence", evidence.id, {"filename": filename, "description": description}
    )
    blob_write(  # padded (Padmé): the stored size says little about the file
        evidence.blob_name,
        crypto.encrypt(
            key, pad(data), associated_data=f"record.evidence-file-padded:{evidence.id}".encode()
        ),
    )
    evidence.save()
    evidence.acts.set(acts or [])
    for action, details in custody:
        custody_append(
            evidence=evidence,
            key=key,
            actor=_actor_name(actor),
            action=action,
            details={"sha256": sha256, "size": len(data), **details},
        )
    audit_record(actor=actor, action="evidence.received", target=evidence)
    return evidence, evidence.blob_name


def evidence_add(
    *,
    actor: User | None,
    key: bytes,
    filename: str,
    data: bytes,
    description: str = "",
    source: Source | None = None,
    acts: list[Act] | None = None,
    method: str = "uploaded to the record",
) -> Evidence:
    """Receive a file: hash it, encrypt it, store it, and open its chain of custody."""
    written: list[str] = []
    try:
        with transaction.atomic():
            evidence, blob = _evidence_store(
                actor=actor,
                key=key,
                filename=filename,
                data=data,
                description=description,
                source=source,
                acts=acts,
                custody=[
                    (
                        "received",
                        {
                            "collector": _actor_name(actor),
                            "method": method,
                            "tool": refuge_version(),
                        },
                    )
                ],
            )
            written.append(blob)
    except BaseException:
        blobs_delete(written)
        raise
    return evidence


def evidence_capture(
    *,
    actor: User | None,
    key: bytes,
    url: str,
    description: str = "",
    acts: list[Act] | None = None,
) -> Evidence:
    """Capture a web page and keep it as one item: a ZIP of the HTML as served, a full-page
    screenshot, the response headers and capture.json (URL, time, the SHA-256 of each part, the
    tools and their versions). Raise CaptureError, storing nothing, if it cannot be whole.
    """
    capture = page_capture(url)  # slow: outside any transaction
    parts = {
        "page.html": capture.html,
        "screenshot.png": capture.screenshot,
        "headers.json": json.dumps(capture.headers, indent=2, sort_keys=True).encode(),
    }
    sha256 = {name: hashlib.sha256(data).hexdigest() for name, data in parts.items()}
    facts = {
        "url": capture.url,
        "final_url": capture.final_url,
        "status": capture.status,
        "captured_at": capture.captured_at.isoformat(),
        "sha256": sha256,
        "tools": {**capture.tools, "refuge": refuge_version()},
    }
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        archive.writestr("capture.json", json.dumps(facts, indent=2, sort_keys=True))
    host = urlsplit(capture.url).hostname or "page"
    written: list[str] = []
    try:
        with transaction.atomic():
            item, blob = _evidence_store(
                actor=actor,
                key=key,
                filename=f"capture-{_safe_name(host)}-{capture.captured_at:%Y%m%dT%H%M%SZ}.zip",
                data=bundle.getvalue(),
                description=description or capture.url,
                acts=acts,
                custody=[
                    (
                        "received",
                        {
                            "collector": _actor_name(actor),
                            "method": "web capture (HTML as served, full-page screenshot, headers)",
                            **facts,
                        },
                    )
                ],
            )
            written.append(blob)
    except BaseException:
        blobs_delete(written)
        raise
    return item


def evidence_from_attachment(
    *,
    actor: User,
    key: bytes,
    case: Any,
    opened_report: Any,
    attachment: Any,
    acts: list[Act] | None = None,
    description: str = "",
) -> Evidence:
    """Send a hotline attachment of a case into the record as evidence, without a download.

    The working copy (metadata removed) and, when it is kept, the original exactly as the
    reporter sent it become items of the record; custody names the reporter as collector, the
    hotline as the method, the original's SHA-256 (taken at intake), and the cleaner that made
    the working copy. The case must consent to legal use. Return the working copy's item.
    """
    from refuge.intake.selectors import (
        attachment_details,
        attachment_original,
        attachment_plaintext,
    )

    if str(case.pk) not in consenting_case_ids(use="legal"):
        raise RecordError(_("This case has not consented to legal use."))
    if Evidence.objects.filter(attachment_origin=str(attachment.pk)).exists():
        raise RecordError(_("This file is in the record already."))
    details = attachment_details(opened=opened_report, attachment=attachment)
    working = attachment_plaintext(opened=opened_report, attachment=attachment)
    original = attachment_original(opened=opened_report, attachment=attachment)
    filename = details.get("filename", "file")
    original_sha256 = details.get("original_sha256") or hashlib.sha256(working).hexdigest()
    collected = {
        "collector": "the reporter, through the anonymous hotline",
        "method": "sent to the hotline; sent from the case to the record without a download",
        "tool": refuge_version(),
        "sent_at": opened_report.report.submitted_at.isoformat(),
        "case": case.short_id,
        "original_sha256": original_sha256,
    }
    received = ("received", {**collected, "transferred_by": actor.username})
    cleaner = details.get("cleaner", "")
    written: list[str] = []
    try:
        with transaction.atomic():
            source = _testimony_source(case)
            common = {"actor": actor, "key": key, "source": source, "case": case, "acts": acts}
            first = None
            if original is not None:
                first, blob = _evidence_store(
                    **common,
                    filename=filename,
                    data=original,
                    description=description,
                    custody=[(received[0], {**received[1], "copy": "original as sent"})],
                )
                written.append(blob)
            derivation = {
                "copy": "working copy" if cleaner else "as sent (metadata could not be removed)",
                "derived_from_sha256": original_sha256,
                "cleaner": cleaner or "none",
                "original_kept": original is not None,
            }
            item, blob = _evidence_store(
                **common,
                filename=filename,
                data=working,
                description=description,
                attachment_origin=str(attachment.pk),
                derived_from=first,
                custody=[received, ("derived", derivation)] if cleaner else [received],
            )
            written.append(blob)
    except BaseException:
        blobs_delete(written)
        raise
    return item


def _evidence_file(key: bytes, evidence: Evidence) -> bytes:
    blob = blob_read(evidence.blob_name)
    try:
        padded = crypto.decrypt(
            key, blob, associated_data=f"record.evidence-file-padded:{evidence.id}".encode()
        )
    except crypto.CryptoError:  # stored before padding
        return crypto.decrypt(
            key, blob, associated_data=f"record.evidence-file:{evidence.id}".encode()
        )
    return unpad(padded)


def evidence_read(
    *,
    actor: User | None,
    key: bytes,
    evidence: Evidence,
    purpose: str,
    details: dict[str, Any] | None = None,
) -> bytes:
    """Return the file after checking it still has the hash taken at intake; log it in custody."""
    if evidence.destroyed_at is not None:
        raise RecordError(_("%(item)s was destroyed.") % {"item": evidence_label(evidence)})
    try:
        data = _evidence_file(key, evidence)
    except (crypto.CryptoError, PaddingError, OSError) as exc:
        data, error = b"", str(exc)
    else:
        error = ""
    with transaction.atomic():
        digest = hashlib.sha256(data).digest()
        if error or not crypto.constant_time_equal(
            evidence_fingerprint(digest).encode(), evidence.fingerprint.encode()
        ):
            custody_append(
                evidence=evidence,
                key=key,
                actor=_actor_name(actor),
                action="integrity_failure",
                details={"purpose": purpose},
            )
            failed = True
        else:
            custody_append(
                evidence=evidence,
                key=key,
                actor=_actor_name(actor),
                action=purpose,
                details=details,
            )
            failed = False
    if failed:
        raise EvidenceIntegrityError(
            f"{evidence_label(evidence)} no longer matches its intake hash"
        )
    return data


@transaction.atomic
def evidence_destroy(*, actor: User | None, key: bytes, evidence: Evidence, reason: str) -> None:
    """Destroy an item's file; its row and chain of custody remain as the record of it."""
    if evidence.destroyed_at is not None:
        raise RecordError(_("This item was destroyed already."))
    if not reason.strip():
        raise RecordError(_("Say why the item is destroyed."))
    custody_append(
        evidence=evidence,
        key=key,
        actor=_actor_name(actor),
        action="destroyed",
        details={"reason": reason.strip()[:500]},
    )
    Evidence.objects.filter(pk=evidence.pk).update(destroyed_at=timezone.now())
    evidence.destroyed_at = timezone.now()
    blob = evidence.blob_name
    transaction.on_commit(lambda: blobs_delete([blob]))
    audit_record(actor=actor, action="evidence.destroyed", target=evidence)


def _safe_name(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name)[:80] or "file"


def evidence_integrity_check(*, key: bytes) -> list[str]:
    """Re-check every stored item's hash and custody chain (for `refuge evidence check`)."""
    problems = []
    for item in Evidence.objects.all():
        problems += [
            f"{evidence_label(item)}: {p}"
            for p in custody_problems(custody_list(item, key=key), item.custody_head)
        ]
        if item.destroyed_at is not None:
            continue
        try:
            evidence_read(actor=None, key=key, evidence=item, purpose="verified")
        except EvidenceIntegrityError as exc:
            problems.append(str(exc))
    return problems
