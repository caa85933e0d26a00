"""Writes for the record: access to the record key, people and acts, partner-list imports,
evidence with its chain of custody, and evidence packages."""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from refuge import crypto
from refuge.accounts.models import Role, StaffKeypair, User
from refuge.audit.selectors import audit_head
from refuge.audit.services import audit_record
from refuge.core.filestore import blob_new_name, blob_read, blob_write, blobs_delete
from refuge.core.keys import server_subkey
from refuge.core.models import RecoveryKey
from refuge.core.padding import PaddingError, pad, padme, unpad
from refuge.record import standalone_verify
from refuge.record.admissibility import consenting_case_ids, evidence_admissible
from refuge.record.capture import page_capture
from refuge.record.fuzzydates import FuzzyDate, FuzzyDateError
from refuge.record.gazetteer import place_key
from refuge.record.models import (
    Act,
    ActType,
    AuditStamp,
    CustodyEntry,
    Evidence,
    Involvement,
    PerpetratorUnit,
    Person,
    Place,
    RecordKey,
    SigningKey,
    Source,
)
from refuge.record.standalone_verify import custody_hash, custody_problems, fingerprint
from refuge.record.timestamps import TimestampError, timestamp_fetch, tsa_certificates

GENESIS = standalone_verify.GENESIS
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


class RecordError(Exception):
    """A record action that cannot be carried out; the message is for the user."""


class RecordAccessError(RecordError):
    """This user holds no copy of the record key."""


class EvidenceIntegrityError(RecordError):
    """An evidence file no longer matches the hash taken when it was received."""


@dataclass
class ImportReport:
    imported: int = 0
    errors: list[str] = field(default_factory=list)
    line: int = 1  # the last line read


# --- The record key ---


def _seal_record_key(key: bytes, user: User) -> None:
    keypair = StaffKeypair.objects.filter(user=user).first()
    if keypair is not None:
        RecordKey.objects.update_or_create(
            user=user, defaults={"sealed": crypto.seal(bytes(keypair.public_key), key)}
        )


@transaction.atomic
def record_key_for(*, user: User, keypair: crypto.KeyPair) -> bytes:
    """Return the record key for ``user``; the very first time, create it.

    It is sealed to every analyst and coordinator who has signed in, and to the recovery key.
    """
    held = RecordKey.objects.filter(user=user).first()
    if held is not None:
        return crypto.unseal(keypair, bytes(held.sealed))
    if RecordKey.objects.exists():
        raise RecordAccessError("no copy of the record key is sealed to you")
    if user.role not in {Role.ANALYST, Role.COORDINATOR}:
        raise RecordAccessError("only analysts and coordinators open the record")
    key = crypto.random_key()
    for holder in User.objects.filter(role__in=[Role.ANALYST, Role.COORDINATOR], is_active=True):
        _seal_record_key(key, holder)
    recovery = RecoveryKey.objects.order_by("-created_at").first()
    if recovery is not None:
        RecordKey.objects.create(recovery=True, sealed=crypto.seal(bytes(recovery.public_key), key))
    audit_record(actor=user, action="record.key_created")
    return key


@transaction.atomic
def record_access_grant(*, actor: User, key: bytes, user: User) -> None:
    if user.role not in {Role.ANALYST, Role.COORDINATOR} or not user.is_active:
        raise RecordError("only active analysts and coordinators can be given the record")
    if not StaffKeypair.objects.filter(user=user).exists():
        raise RecordError(f"{user.username} has not signed in yet")
    _seal_record_key(key, user)
    audit_record(actor=actor, action="record.access_granted", target=user)


def _envelope(key: bytes, kind: str, object_id: Any, value: dict[str, Any]) -> bytes:
    return crypto.encrypt(
        key, json.dumps(value).encode(), associated_data=f"record.{kind}:{object_id}".encode()
    )


def open_envelope(
    key: bytes, kind: str, object_id: Any, envelope: bytes | memoryview | None
) -> dict[str, Any]:
    if envelope is None or not bytes(envelope):
        return {}  # nothing stored: no identity (statistics-only consent, a shredded case)
    loaded: dict[str, Any] = json.loads(
        crypto.decrypt(key, bytes(envelope), associated_data=f"record.{kind}:{object_id}".encode())
    )
    return loaded


# --- Places, people, acts ---


def place_lookup(name: str) -> Place | None:
    """Find a place by any of its names, in Cyrillic or Latin script, in any transliteration."""
    wanted = place_key(name)
    if not wanted:
        return None
    for place in Place.objects.all():
        names = [place.name_en, place.name_ru, *place.aliases.splitlines()]
        if any(place_key(n) == wanted for n in names if n.strip()):
            return place
    return None


def _next_code() -> str:
    last = Person.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    code = f"P-{last + 1:05d}"
    while Person.objects.filter(code=code).exists():
        last += 1
        code = f"P-{last + 1:05d}"
    return code


def _origin(case: Any) -> str:
    return "" if case is None else str(case.pk)


def person_create(
    *,
    key: bytes,
    identity: dict[str, str] | None,
    sex: str = "x",
    age: int | None = None,
    confidential: bool = False,
    case: Any = None,
) -> Person:
    """Add a person under a new pseudonym code; ``identity=None`` keeps no name at all."""
    person = Person.objects.create(
        code=_next_code(),
        sex=sex,
        age=age,
        identity=b"",
        confidential=confidential,
        case=case,
        case_origin=_origin(case),
    )
    if identity is not None:
        person.identity = _envelope(key, "person", person.pk, identity)
        person.save(update_fields=["identity"])
    return person


def _set_date(obj: Any, fuzzy: FuzzyDate) -> None:
    known = fuzzy.precision != "unknown"
    obj.date_earliest = fuzzy.earliest if known else None
    obj.date_latest = fuzzy.latest if known else None
    obj.date_precision = fuzzy.precision


@transaction.atomic
def act_create(
    *,
    actor: User,
    key: bytes,
    victim: Person,
    act_type: ActType,
    when: FuzzyDate,
    place: Place | None,
    sources: list[Source],
    unit: PerpetratorUnit | None = None,
    case: Any = None,
    confidential: bool = False,
    confidential_fields: list[str] | None = None,
) -> Act:
    act = Act(
        confidential_fields=sorted(set(confidential_fields or []) & set(Act.CONFIDENTIAL_FIELDS)),
        act_type=act_type,
        victim=victim,
        place=place,
        case=case,
        case_origin=_origin(case),
        confidential=confidential,
        created_at=timezone.now(),
    )
    _set_date(act, when)
    act.save()
    act.sources.set(sources)
    if unit is not None:
        Involvement.objects.create(act=act, unit=unit)
    audit_record(
        actor=actor,
        action="record.act_created",
        target=act,
        details={"type": act_type.key, "victim": victim.code},
    )
    return act


def _testimony_source(case: Any) -> Source:
    """Return the case's testimony as a source of the record, made the first time."""
    source, _ = Source.objects.get_or_create(
        kind=Source.Kind.TESTIMONY,
        case=case,
        defaults={
            "case_origin": _origin(case),
            "title": f"Testimony, case {case.short_id}",
            "reliability_source": "B",
            "reliability_information": "2",
            "created_at": timezone.now(),
        },
    )
    return source


@transaction.atomic
def acts_from_case(
    *,
    actor: User,
    key: bytes,
    case: Any,
    identity: dict[str, str],
    act_type: ActType,
    when: FuzzyDate,
    place: Place | None,
) -> Act:
    """Document an act from a case's testimony — only if the case consents to it.

    The victim's name enters the record only with consent to legal use; with consent to
    anonymised statistics alone, the victim is a pseudonymous person with no identity.
    """
    legal = str(case.pk) in consenting_case_ids(use="legal")
    if not legal and str(case.pk) not in consenting_case_ids(use="statistics"):
        raise RecordError("this case has not consented to legal use or statistics")
    source = _testimony_source(case)
    victim = Person.objects.filter(case=case).first()
    if victim is None:
        victim = person_create(key=key, identity=identity if legal else None, case=case)
    elif legal and not bytes(victim.identity):  # consent to legal use came later
        victim.identity = _envelope(key, "person", victim.pk, identity)
        victim.save(update_fields=["identity"])
    return act_create(
        actor=actor,
        key=key,
        victim=victim,
        act_type=act_type,
        when=when,
        place=place,
        sources=[source],
        case=case,
    )


def case_shredded(case: Any) -> None:
    """Remove what the record holds of the people of a case being shredded (a cases hook).

    Their identities (names, contacts) and the notes of the case's sources are erased; the
    pseudonymous persons, acts and sources stay, marked with the case they came from, and with
    that case gone they are never counted or exported again.
    """
    origin = _origin(case)
    persons = Person.objects.filter(Q(case=case) | Q(case_origin=origin))
    erased = persons.exclude(identity=b"").update(identity=b"")
    Source.objects.filter(Q(case=case) | Q(case_origin=origin)).update(notes=None)
    audit_record(
        actor=None,
        action="record.case_identities_erased",
        details={"case": str(case.pk)[:8], "persons": erased},
    )


# --- Partner lists (CSV) ---

IMPORT_COLUMNS = {"name", "act_type", "date", "place"}
OPTIONAL_COLUMNS = {"sex", "age", "unit", "contacts", "notes", "confidential"}


def partner_list_import(
    *,
    actor: User,
    key: bytes,
    text: str,
    source_title: str,
    reliability_source: str = "C",
    reliability_information: str = "3",
) -> ImportReport:
    """Import a partner's list: every row is checked first; any bad row, and nothing is imported."""
    report = ImportReport()
    try:
        return _partner_list_import(
            actor=actor,
            key=key,
            text=text,
            source_title=source_title,
            reliability_source=reliability_source,
            reliability_information=reliability_information,
            report=report,
        )
    except csv.Error as exc:
        report.errors.append(f"line {report.line + 1}: not valid CSV: {exc}")
        return report


def _partner_list_import(
    *,
    actor: User,
    key: bytes,
    text: str,
    source_title: str,
    reliability_source: str,
    reliability_information: str,
    report: ImportReport,
) -> ImportReport:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = {c.strip().lower() for c in (reader.fieldnames or [])}
    missing = IMPORT_COLUMNS - columns
    # An unknown header may be a value (a file without its header row): name its position.
    unknown = [
        str(position)
        for position, column in enumerate(reader.fieldnames or [], start=1)
        if column.strip().lower() not in IMPORT_COLUMNS | OPTIONAL_COLUMNS
    ]
    if missing or unknown:
        report.errors.append(
            "line 1: "
            + "; ".join(
                ([f"missing column(s): {', '.join(sorted(missing))}"] if missing else [])
                + ([f"unknown column(s) at position {', '.join(unknown)}"] if unknown else [])
            )
        )
        return report
    types = {t.key: t for t in ActType.objects.all()}
    rows = []
    for line, raw in enumerate(reader, start=2):
        report.line = line
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        # Problems name the line and the column, never the value: they travel in Django's
        # messages cookie, which is signed but not encrypted, and a value may be a name.
        problems = [
            f"column {column}: starts like a spreadsheet formula"
            for column, value in row.items()
            if value.startswith(FORMULA_LEADS)
        ]
        if not row.get("name"):
            problems.append("column name: empty")
        act_type = types.get(row.get("act_type", ""))
        if act_type is None:
            problems.append(f"column act_type: not one of {', '.join(sorted(types))}")
        try:
            when = FuzzyDate.parse(row.get("date", ""))
        except FuzzyDateError:
            problems.append("column date: not a date (YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY)")
            when = None
        place = place_lookup(row["place"]) if row.get("place") else None
        if row.get("place") and place is None:
            problems.append("column place: not in the gazetteer")
        age = None
        if row.get("age"):
            if not row["age"].isdigit() or not 0 < int(row["age"]) < 120:
                problems.append("column age: not a number of years")
            else:
                age = int(row["age"])
        sex = {"": "x", "m": "m", "f": "f", "x": "x", "м": "m", "ж": "f"}.get(
            row.get("sex", "").lower()
        )
        if sex is None:
            problems.append("column sex: not m, f or x")
        if problems:
            report.errors += [f"line {line}: {p}" for p in problems]
            continue
        assert act_type is not None and when is not None and sex is not None  # noqa: S101
        rows.append((row, act_type, when, place, age, sex))
    if report.errors or not rows:
        if not rows and not report.errors:
            report.errors.append("the file has no rows")
        return report
    with transaction.atomic():
        source = Source.objects.create(
            kind=Source.Kind.PARTNER_LIST,
            title=source_title[:300],
            reliability_source=reliability_source,
            reliability_information=reliability_information,
            created_at=timezone.now(),
        )
        for row, act_type, when, place, age, sex in rows:
            marked = row.get("confidential", "").lower()
            confidential = marked in {"1", "yes", "y", "true", "да"}
            fields = [
                f.strip() for f in re.split(r"[;|]", marked) if f.strip() in Act.CONFIDENTIAL_FIELDS
            ]
            victim = person_create(
                key=key,
                sex=sex,
                age=age,
                confidential=confidential,
                identity={
                    "name": row["name"],
                    "contacts": row.get("contacts", ""),
                    "notes": row.get("notes", ""),
                },
            )
            unit = (
                PerpetratorUnit.objects.get_or_create(name=row["unit"][:300])[0]
                if row.get("unit")
                else None
            )
            act_create(
                actor=actor,
                key=key,
                victim=victim,
                act_type=act_type,
                when=when,
                place=place,
                sources=[source],
                unit=unit,
                confidential=confidential,
                confidential_fields=fields,
            )
            report.imported += 1
        audit_record(
            actor=actor,
            action="record.list_imported",
            target=source,
            details={"rows": report.imported},
        )
    return report


def csv_cell(value: Any) -> str:
    """Return a cell that a spreadsheet will show, never run: formula leads get a quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_LEADS) else text


# --- The organisation's evidence-signing key ---


def _signing_key_context(public_key_fingerprint: str) -> bytes:
    return f"record.evidence-signing-key:{public_key_fingerprint}".encode()


def signing_key_public() -> SigningKey | None:
    """Return the evidence-signing key's public part (fingerprint, public key), if made yet."""
    return SigningKey.objects.filter(purpose="evidence").first()


def signing_key_seed(*, actor: User | None, key: bytes) -> tuple[bytes, SigningKey]:
    """Return the evidence-signing seed, opened with the record key; the first time, make it.

    The seed is random (never derived from the server key), so a seized server key does not
    sign packages, and it is kept only encrypted under the record key.
    """
    stored = signing_key_public()
    if stored is None:
        seed = crypto.random_key()
        public_key = crypto.signing_public_key(seed)
        printed = fingerprint(public_key)
        try:
            with transaction.atomic():
                stored = SigningKey.objects.create(
                    purpose="evidence",
                    encrypted_seed=crypto.encrypt(
                        key, seed, associated_data=_signing_key_context(printed)
                    ),
                    public_key=public_key,
                    fingerprint=printed,
                    created_at=timezone.now(),
                )
                audit_record(
                    actor=actor, action="evidence.signing_key_created", details={"key": printed}
                )
        except IntegrityError:  # another process made it first: use theirs
            stored = SigningKey.objects.get(purpose="evidence")
    try:
        seed = crypto.decrypt(
            key,
            bytes(stored.encrypted_seed),
            associated_data=_signing_key_context(stored.fingerprint),
        )
    except crypto.CryptoError as exc:
        raise RecordError("the evidence-signing key does not open with this record key") from exc
    if crypto.signing_public_key(seed) != bytes(stored.public_key):
        raise RecordError("the evidence-signing key does not match its published public key")
    return seed, stored


# --- Evidence and its chain of custody ---


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
        raise RecordError("the file is empty")
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
        raise RecordError("this case has not consented to legal use")
    if Evidence.objects.filter(attachment_origin=str(attachment.pk)).exists():
        raise RecordError("this file is in the record already")
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
        raise RecordError(f"{evidence_label(evidence)} was destroyed")
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
        raise RecordError("this item was destroyed already")
    if not reason.strip():
        raise RecordError("say why the item is destroyed")
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
        raise RecordError(f"{exc}: the package was not written") from exc
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


# --- Trusted timestamps on the audit chain's head ---


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
        raise RecordError("no time-stamp authority is configured (REFUGE_TSA_URL)")
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
