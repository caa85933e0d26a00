"""Writes for the hotline: submitting, opening with a receipt, messages, sealing keys.

Each report has its own random key. The report's content, messages and attachments are
encrypted under it; the key itself is stored only sealed — to each staff member on the intake
rota, to a key derived from the reporter's receipt (Argon2id), and to the organisation's
recovery key.
"""

from __future__ import annotations

import json
import secrets
import threading
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from refuge import crypto
from refuge.accounts.models import StaffKeypair, User
from refuge.audit.services import audit_record
from refuge.core.filestore import blob_new_name, blob_write, blobs_delete
from refuge.core.keys import kdf_cost, server_subkey, server_subkeys
from refuge.core.models import RecoveryKey
from refuge.intake.cleaning import CleanedFile, clean_file
from refuge.intake.models import Attachment, Message, Question, Report, SealedReportKey

RECEIPT_DIGITS = 25  # 25 random decimal digits: log2(10**25) = 83 bits


class IntakeError(Exception):
    """Something the reporter or staff member must fix; the message is for them."""


class ReceiptRefusedError(IntakeError):
    """The receipt does not open any report (wrong, mistyped, revoked), or we are throttling."""


@dataclass(frozen=True)
class IncomingFile:
    name: str
    data: bytes


@dataclass
class OpenedReport:
    """A report together with its key, decrypted in memory for this request only."""

    report: Report
    key: bytes = field(repr=False)


# --- Times and receipts ---


def coarse_now() -> datetime:
    """Return the current time truncated to REFUGE_SUBMISSION_TIME_GRANULARITY."""
    now = timezone.now()
    granularity = settings.REFUGE_SUBMISSION_TIME_GRANULARITY
    if granularity == "day":
        return now.replace(hour=0, minute=0, second=0, microsecond=0)
    if granularity == "minute":
        return now.replace(second=0, microsecond=0)
    return now.replace(minute=0, second=0, microsecond=0)


def receipt_generate() -> str:
    """Return a new receipt: 25 random digits in five groups of five."""
    digits = "".join(str(secrets.randbelow(10)) for _ in range(RECEIPT_DIGITS))
    return " ".join(digits[i : i + 5] for i in range(0, RECEIPT_DIGITS, 5))


def receipt_normalise(text: str) -> str | None:
    """Return the receipt's 25 digits, ignoring spaces and dashes, or None if it is not one."""
    digits = []
    for ch in text:
        if ch.isdigit():
            digits.append(str(unicodedata.digit(ch)))  # also Arabic-Indic and other digits
        elif not (ch.isspace() or ch in "-\u2013\u2014.,"):
            return None
    return "".join(digits) if len(digits) == RECEIPT_DIGITS else None


def _receipt_tag(digits: str) -> str:
    return crypto.keyed_hash(server_subkey("receipt"), digits.encode("ascii")).hex()


def _receipt_tags(digits: str) -> list[str]:
    """Return the receipt's tag under the current server key, then under the previous one."""
    return [
        crypto.keyed_hash(key, digits.encode("ascii")).hex() for key in server_subkeys("receipt")
    ]


# A report's receipt_salt records the Argon2id cost its receipt key was derived with, so
# raising REFUGE_KDF_* leaves old receipts working: format byte, opslimit (4 bytes), memlimit
# (8 bytes), salt. A bare salt (before the format existed) was derived at the settings' cost.
RECEIPT_KDF_FORMAT = 0x01


def _receipt_kdf_pack(salt: bytes, cost: crypto.KdfCost) -> bytes:
    params = cost.opslimit.to_bytes(4, "big") + cost.memlimit.to_bytes(8, "big")
    return bytes([RECEIPT_KDF_FORMAT]) + params + salt


def _receipt_kdf_unpack(stored: bytes) -> tuple[bytes, crypto.KdfCost]:
    if len(stored) == crypto.SALT_BYTES:
        return stored, kdf_cost()
    if stored[:1] != bytes([RECEIPT_KDF_FORMAT]) or len(stored) != 13 + crypto.SALT_BYTES:
        raise ValueError("unknown receipt KDF format")
    cost = crypto.KdfCost(
        opslimit=int.from_bytes(stored[1:5], "big"), memlimit=int.from_bytes(stored[5:13], "big")
    )
    return stored[13:], cost


def envelope_context(kind: str, object_id: uuid.UUID | str) -> bytes:
    """Return the associated data that binds an envelope to its kind and row."""
    return f"intake.{kind}:{object_id}".encode()


# --- Sealing ---


def _seal_report_key(report: Report, report_key: bytes) -> int:
    """Seal the report key to the recovery key and every rota member; return staff count."""
    recovery = RecoveryKey.objects.order_by("-created_at").first()
    if recovery is not None:
        SealedReportKey.objects.create(
            report=report,
            holder=SealedReportKey.Holder.RECOVERY,
            sealed=crypto.seal(bytes(recovery.public_key), report_key),
        )
    rota = StaffKeypair.objects.filter(user__on_intake_rota=True, user__is_active=True)
    sealed = [
        SealedReportKey(
            report=report,
            holder=SealedReportKey.Holder.STAFF,
            user_id=keypair.user_id,
            sealed=crypto.seal(bytes(keypair.public_key), report_key),
        )
        for keypair in rota
    ]
    SealedReportKey.objects.bulk_create(sealed)
    return len(sealed)


def sealed_copies_destroy_for(*, user: User) -> int:
    """Destroy every report key sealed to ``user`` (their keypair is being retired)."""
    deleted, _ = SealedReportKey.objects.filter(
        holder=SealedReportKey.Holder.STAFF, user=user
    ).delete()
    return deleted


# --- Attachments ---


def _check_files(files: list[IncomingFile]) -> None:
    if len(files) > settings.REFUGE_UPLOAD_MAX_FILES:
        raise IntakeError(
            _("At most %(n)d files can be sent at once.") % {"n": settings.REFUGE_UPLOAD_MAX_FILES}
        )
    for incoming in files:
        if not incoming.data:
            raise IntakeError(_("The file “%(name)s” is empty.") % {"name": incoming.name})


def _store_attachments(
    opened: OpenedReport, cleaned: list[CleanedFile], message: Message | None, written: list[str]
) -> None:
    for item in cleaned:
        attachment_id = uuid.uuid4()
        blob = blob_new_name()
        ciphertext = crypto.encrypt(
            opened.key, item.data, associated_data=envelope_context("attachment", attachment_id)
        )
        details = json.dumps({"filename": item.filename, "content_type": item.content_type})
        blob_write(blob, ciphertext)
        written.append(blob)
        Attachment.objects.create(
            id=attachment_id,
            report=opened.report,
            message=message,
            blob_name=blob,
            ciphertext_size=len(ciphertext),
            metadata_removed=item.metadata_removed,
            details=crypto.encrypt(
                opened.key,
                details.encode(),
                associated_data=envelope_context("attachment-details", attachment_id),
            ),
        )


def _clean_all(files: list[IncomingFile]) -> list[CleanedFile]:
    _check_files(files)
    return [clean_file(incoming.name, incoming.data) for incoming in files]


# --- Reporter side ---


def report_submit(
    *,
    account: str,
    answers: list[dict[str, str]],
    files: list[IncomingFile],
    language: str,
    previous_report_id: uuid.UUID | None = None,
) -> tuple[Report, str, list[CleanedFile]]:
    """Store a new report; return it, its receipt (shown once, never stored) and the files.

    All or nothing: a failure removes any file already written and rolls the rows back.
    """
    cleaned = _clean_all(files)  # slow (mat2): outside the transaction
    report_key = crypto.random_key()
    receipt = receipt_generate()
    digits = receipt_normalise(receipt)
    assert digits is not None  # noqa: S101
    salt = crypto.random_salt()
    cost = kdf_cost()
    receipt_key = crypto.derive_key_from_secret(digits, salt, cost)
    report_id = uuid.uuid4()
    # The browser that sent this also held the receipt of another report: a hint, for staff
    # only, that both come from the same person (inside the encrypted content).
    content = json.dumps(
        {
            "account": account,
            "answers": answers,
            "language": language,
            "previous_report": str(previous_report_id) if previous_report_id else None,
        }
    )
    now = coarse_now()
    written: list[str] = []
    try:
        with transaction.atomic():
            report = Report.objects.create(
                id=report_id,
                submitted_at=now,
                last_reporter_activity_at=now,
                receipt_tag=_receipt_tag(digits),
                receipt_salt=_receipt_kdf_pack(salt, cost),
                content=crypto.encrypt(
                    report_key,
                    content.encode(),
                    associated_data=envelope_context("report", report_id),
                ),
            )
            SealedReportKey.objects.create(
                report=report,
                holder=SealedReportKey.Holder.RECEIPT,
                sealed=crypto.encrypt(
                    receipt_key, report_key, associated_data=envelope_context("receipt", report_id)
                ),
            )
            staff = _seal_report_key(report, report_key)
            _store_attachments(OpenedReport(report, report_key), cleaned, None, written)
            audit_record(
                actor=None,
                action="report.submitted",
                target=report,
                details={"attachments": len(cleaned), "sealed_to_staff": staff},
                at=now,
            )
    except BaseException:
        blobs_delete(written)
        raise
    return report, receipt, cleaned


# No site-wide lock-out on wrong receipts: it was a lever anyone could pull to keep every
# reporter out, and bought nothing (a receipt carries 83 bits; a wrong one costs no Argon2, as
# its tag matches no row). Only the Argon2 path is guarded, against CPU exhaustion: one
# derivation at a time per process. Floods are met by Tor's proof-of-work and nginx limit_req.
_RECEIPT_KDF_GUARD = threading.BoundedSemaphore(1)


def report_open_with_receipt(*, receipt: str) -> OpenedReport:
    """Return the report this receipt opens, or raise ReceiptRefusedError (one message for all)."""
    refused = ReceiptRefusedError(
        _("This receipt does not open a report. Check the digits and try again.")
    )
    digits = receipt_normalise(receipt)
    tags = _receipt_tags(digits) if digits else []
    report = Report.objects.filter(receipt_tag__in=tags).first() if tags else None
    if report is not None and not any(
        crypto.constant_time_equal(report.receipt_tag.encode(), tag.encode()) for tag in tags
    ):
        report = None  # the index found it; the final comparison is in constant time
    sealed = (
        SealedReportKey.objects.filter(report=report, holder=SealedReportKey.Holder.RECEIPT).first()
        if report is not None
        else None
    )
    if report is not None and report.receipt_revoked_at is not None:
        from refuge.cases.services import case_flag_revoked_receipt_used

        case_flag_revoked_receipt_used(report=report)
    if report is None or sealed is None or digits is None:
        raise refused
    try:
        salt, cost = _receipt_kdf_unpack(bytes(report.receipt_salt))
    except ValueError:
        raise refused from None  # a damaged row: the same answer as any refusal
    with _RECEIPT_KDF_GUARD:
        receipt_key = crypto.derive_key_from_secret(digits, salt, cost)
    try:
        key = crypto.decrypt(
            receipt_key,
            bytes(sealed.sealed),
            associated_data=envelope_context("receipt", report.id),
        )
    except crypto.CryptoError:
        raise refused from None
    if report.receipt_tag != tags[0]:  # found under the previous server key: move it over
        report.receipt_tag = tags[0]
        report.save(update_fields=["receipt_tag"])
    return OpenedReport(report, key)


def report_open_unlocked(*, report_id: uuid.UUID, key: bytes) -> OpenedReport | None:
    """Return the report a reporter's browser session unlocked earlier, if it still exists."""
    report = Report.objects.filter(pk=report_id, receipt_revoked_at__isnull=True).first()
    return OpenedReport(report, key) if report is not None else None


def reporter_message_add(
    *, opened: OpenedReport, body: str, files: list[IncomingFile]
) -> list[CleanedFile]:
    if not body.strip() and not files:
        raise IntakeError(_("Write a message or choose a file."))
    cleaned = _clean_all(files)
    now = coarse_now()
    written: list[str] = []
    try:
        with transaction.atomic():
            message = _message_create(opened, Message.Author.REPORTER, None, body, now)
            _store_attachments(opened, cleaned, message, written)
            report = opened.report
            report.last_reporter_activity_at = now
            report.save(update_fields=["last_reporter_activity_at"])
            audit_record(
                actor=None,
                action="report.reporter_message",
                target=report,
                details={"attachments": len(cleaned)},
                at=now,
            )
    except BaseException:
        blobs_delete(written)
        raise
    return cleaned


def _message_create(
    opened: OpenedReport, author: str, staff_user: User | None, body: str, at: datetime
) -> Message:
    message_id = uuid.uuid4()
    return Message.objects.create(
        id=message_id,
        report=opened.report,
        author=author,
        staff_user=staff_user,
        sent_at=at,
        body=crypto.encrypt(
            opened.key, body.encode(), associated_data=envelope_context("message", message_id)
        ),
    )


# --- Staff side ---


def report_open_for_staff(*, report: Report, user: User, keypair: crypto.KeyPair) -> OpenedReport:
    """Unseal the report key with the staff member's private key (already access-checked)."""
    sealed = SealedReportKey.objects.filter(
        report=report, holder=SealedReportKey.Holder.STAFF, user=user
    ).first()
    if sealed is None:
        raise IntakeError(_("This report is not shared with you."))
    return OpenedReport(report, crypto.unseal(keypair, bytes(sealed.sealed)))


@transaction.atomic
def report_mark_read(*, opened: OpenedReport, actor: User) -> None:
    """Record that a staff member read the decrypted report (every reading is audited)."""
    report = opened.report
    if report.status == Report.Status.NEW:
        report.status = Report.Status.OPEN
        report.save(update_fields=["status"])
    audit_record(actor=actor, action="report.read", target=report)


def staff_reply(
    *, opened: OpenedReport, actor: User, body: str, files: list[IncomingFile]
) -> list[CleanedFile]:
    if not body.strip() and not files:
        raise IntakeError(_("Write a message or choose a file."))
    cleaned = _clean_all(files)
    written: list[str] = []
    try:
        with transaction.atomic():
            message = _message_create(opened, Message.Author.STAFF, actor, body, coarse_now())
            _store_attachments(opened, cleaned, message, written)
            audit_record(
                actor=actor,
                action="report.replied",
                target=opened.report,
                details={"attachments": len(cleaned)},
            )
    except BaseException:
        blobs_delete(written)
        raise
    return cleaned


@transaction.atomic
def attachment_download_record(*, attachment: Attachment, actor: User) -> None:
    audit_record(actor=actor, action="attachment.downloaded", target=attachment)


# --- Recovery ---


@transaction.atomic
def recovery_key_create() -> str:
    """Create the organisation's recovery keypair; return the private key, to print once."""
    if RecoveryKey.objects.exists():
        raise IntakeError("a recovery key exists already")
    keypair = crypto.generate_keypair()
    RecoveryKey.objects.create(public_key=keypair.public_key)
    audit_record(actor=None, action="recovery_key.created")
    return crypto.encode_key(keypair.private_key)


def recovery_reseal(*, recovery_private_key: str, user: User) -> int:
    """Seal every report key the recovery key holds to ``user``'s current public key."""
    try:
        keypair = crypto.keypair_from_private(crypto.decode_key(recovery_private_key.strip()))
    except ValueError as exc:
        raise IntakeError(f"not a recovery key: {exc}") from exc
    recovery = RecoveryKey.objects.order_by("-created_at").first()
    if recovery is None or bytes(recovery.public_key) != keypair.public_key:
        raise IntakeError("this is not the organisation's recovery key")
    target = StaffKeypair.objects.filter(user=user).first()
    if target is None:
        raise IntakeError(f"{user.username} has no keypair yet: they must sign in once first")
    count = 0
    with transaction.atomic():
        for sealed in SealedReportKey.objects.filter(holder=SealedReportKey.Holder.RECOVERY):
            report_key = crypto.unseal(keypair, bytes(sealed.sealed))
            SealedReportKey.objects.update_or_create(
                report_id=sealed.report_id,
                holder=SealedReportKey.Holder.STAFF,
                user=user,
                defaults={"sealed": crypto.seal(bytes(target.public_key), report_key)},
            )
            count += 1
        cases = _reseal_cases(keypair, user, bytes(target.public_key))
        audit_record(
            actor=None,
            action="recovery.resealed",
            target=user,
            details={"reports": count, "cases": cases},
        )
    return count


def _reseal_cases(recovery: crypto.KeyPair, user: User, public_key: bytes) -> int:
    """Re-seal to ``user`` the case keys they are entitled to: every case for a coordinator,
    the cases they are assigned to for a caseworker, none for anyone else."""
    from refuge.accounts.models import Role
    from refuge.cases.models import CaseKey

    recovery_keys = CaseKey.objects.filter(holder=CaseKey.Holder.RECOVERY)
    if user.role == Role.CASEWORKER:
        recovery_keys = recovery_keys.filter(case__assignments__user=user)
    elif user.role != Role.COORDINATOR:
        return 0
    count = 0
    for sealed in recovery_keys:
        case_key = crypto.unseal(recovery, bytes(sealed.sealed))
        CaseKey.objects.update_or_create(
            case_id=sealed.case_id,
            holder=CaseKey.Holder.STAFF,
            user=user,
            defaults={"sealed": crypto.seal(public_key, case_key)},
        )
        count += 1
    return count


@transaction.atomic
def question_save(*, actor: User, question: Question, created: bool) -> Question:
    """Save a questionnaire question edited by an administrator."""
    question.save()
    audit_record(
        actor=actor,
        action="question.created" if created else "question.changed",
        target=question,
        details={"key": question.key, "active": question.active},
    )
    return question
