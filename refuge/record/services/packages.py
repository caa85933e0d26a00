"""Signed, time-stamped evidence packages and their verification."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from refuge import crypto
from refuge.accounts.models import User
from refuge.audit.selectors import audit_head
from refuge.audit.services import audit_record
from refuge.record import standalone_verify
from refuge.record.admissibility import evidence_admissible
from refuge.record.fuzzydates import FuzzyDate
from refuge.record.models import (
    Evidence,
)
from refuge.record.services.common import RecordError
from refuge.record.services.evidence import (
    _actor_name,
    _safe_name,
    custody_append,
    custody_list,
    evidence_read,
    refuge_version,
)
from refuge.record.services.keys import open_envelope
from refuge.record.services.signing import signing_key_seed
from refuge.record.timestamps import TimestampError, timestamp_fetch, tsa_certificates


def evidence_package_write(
    *,
    actor: User | None,
    key: bytes,
    out: Path,
    evidence: list[Evidence],
    recipient: str = "",
) -> dict[str, Any]:
    """Write an evidence package (ZIP): files, manifest with hashes, custody, sources, acts,
    a readable summary, and an Ed25519 signature over the manifest.

    Only what ``admissibility`` allows leaves: acts without consent to legal use, confidential
    acts, victims and sources stay out, and so does evidence that supports only such acts.
    Each item's custody records the transfer and its ``recipient`` (who the package is for).
    """
    items, files = [], {}
    kept, left_out = evidence_admissible(evidence)
    for item, acts in kept:
        data = evidence_read(
            actor=actor,
            key=key,
            evidence=item,
            purpose="exported",
            details={"recipient": recipient or "not named", "tool": refuge_version()},
        )
        details = open_envelope(key, "evidence", item.id, item.details)
        sha256 = hashlib.sha256(data).hexdigest()  # plain, only inside the package
        path = f"files/{sha256[:16]}-{_safe_name(details.get('filename', 'file'))}"
        files[path] = data
        source = item.source
        items.append(
            {
                "id": str(item.id),
                "path": path,
                "filename": details.get("filename", ""),
                "description": details.get("description", ""),
                "sha256": sha256,
                "size": len(data),
                "received_at": item.received_at.isoformat(),
                "derived_from": str(item.derived_from_id) if item.derived_from_id else None,
                "source": None
                if source is None
                else {
                    "kind": source.kind,
                    "title": source.title,
                    "reliability": f"{source.reliability_source}{source.reliability_information}",
                },
                "acts": [
                    {
                        "type": a.act_type.key,
                        "victim": a.victim.code,
                        "date": "confidential"
                        if "date" in a.confidential_fields
                        else str(FuzzyDate(a.date_earliest, a.date_latest, a.date_precision))
                        if a.date_earliest and a.date_latest
                        else "unknown",
                        "place": "confidential"
                        if "place" in a.confidential_fields
                        else (a.place.path if a.place else ""),
                    }
                    for a in acts
                ],
                "custody": custody_list(item, key=key),
            }
        )
    seed, signing_key = signing_key_seed(actor=actor, key=key)
    verifier = Path(standalone_verify.__file__).read_bytes()
    head, plan = _audit_head(), _timestamp_plan()
    manifest: dict[str, Any] = {
        "format": 1,
        "created_at": timezone.now().isoformat(),
        "signing_key": bytes(signing_key.public_key).hex(),
        "signing_key_fingerprint": signing_key.fingerprint,
        "verifier": {
            "path": standalone_verify.VERIFIER_PATH,
            "sha256": hashlib.sha256(verifier).hexdigest(),
        },
        "audit_head": head,
        "timestamp": plan,
        "items": items,
    }
    manifest_bytes = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
    try:
        token = timestamp_fetch(manifest_bytes)
    except TimestampError as exc:
        with transaction.atomic():
            for item, _acts in kept:
                custody_append(
                    evidence=item,
                    key=key,
                    actor=_actor_name(actor),
                    action="export_abandoned",
                    details={"reason": str(exc)[:300]},
                )
        raise RecordError(_("%(reason)s: the package was not written.") % {"reason": exc}) from exc
    summary = [f"Refuge evidence package — {manifest['created_at']}", f"{len(items)} item(s)", ""]
    for entry in items:
        summary.append(f"- {entry['path']}  sha256 {entry['sha256']}  ({entry['size']} bytes)")
        summary += [
            f"    supports: {a['type']} of {a['victim']} ({a['date']}, {a['place']})"
            for a in entry["acts"]
        ]
        summary.append(
            f"    custody: {len(entry['custody'])} entries, last: {entry['custody'][-1]['action']}"
        )
    if left_out:
        summary.append(
            f"\n{left_out} item(s) left out: confidential, or without consent to legal use."
        )
    summary += [
        "",
        f"Signed by the organisation's evidence key {signing_key.fingerprint}",
        "Check on any machine with Python 3 and PyNaCl (pip install pynacl), no Refuge needed:",
        f"    python3 verify.py PACKAGE.zip --key {signing_key.fingerprint}",
        "or, with Refuge: refuge evidence verify PACKAGE.zip --key FINGERPRINT",
        "Compare the fingerprint with the one the organisation publishes.",
        "",
        f"Audit chain head when packed: #{head['seq']} {head['hash']}",
        (
            f"Trusted timestamp (RFC 3161) from {plan['authority']} "
            f"in {standalone_verify.TOKEN_PATH}, over the SHA-256 of manifest.json."
            if token is not None
            else "No trusted timestamp: no time-stamp authority is configured (REFUGE_TSA_URL)."
        ),
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", manifest_bytes)
        package.writestr("manifest.sig", crypto.sign(seed, manifest_bytes).hex())
        package.writestr("summary.txt", "\n".join(summary) + "\n")
        package.writestr(standalone_verify.VERIFIER_PATH, verifier)
        if token is not None:
            package.writestr(standalone_verify.TOKEN_PATH, token)
            if tsa_certificates():
                package.writestr(standalone_verify.TSA_CERTS_PATH, tsa_certificates())
        for path, data in files.items():
            package.writestr(path, data)
    partial.replace(out)
    with transaction.atomic():
        audit_record(actor=actor, action="evidence.package_exported", details={"items": len(items)})
    return manifest


def _audit_head() -> dict[str, Any]:
    head = audit_head()
    return {"seq": head.seq, "hash": head.entry_hash}


def _timestamp_plan() -> dict[str, Any]:
    """What the manifest says about its timestamp, written before the token is asked for."""
    if not settings.REFUGE_TSA_URL:
        return {"authority": None, "note": "no time-stamp authority configured"}
    return {
        "authority": settings.REFUGE_TSA_URL,
        "token": standalone_verify.TOKEN_PATH,
        "covers": "SHA-256 of manifest.json",
    }


def package_verify(
    path: Path, *, expected_key: str | None = None, tsa_ca: bytes | None = None
) -> standalone_verify.Verdict:
    """Check an evidence package as the standalone verifier does; name the key that signed it."""
    return standalone_verify.verify(
        path, expected_key=expected_key, signature_valid=crypto.signature_valid, tsa_ca=tsa_ca
    )
