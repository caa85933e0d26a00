"""Writes for the hotline: submitting, opening with a receipt, messages, sealing keys.

Each report has its own random key. The report's content, messages and attachments are
encrypted under it; the key itself is stored only sealed — to the intake team's key (through
refuge.keys), to a key derived from the reporter's receipt (Argon2id), and to the
organisation's recovery key. When the report joins a case the intake team's copy is withdrawn:
the case key reaches it from then on.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from refuge import crypto
from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.core.filestore import blob_new_name, blob_write, blobs_delete
from refuge.core.padding import pad
from refuge.intake.answers import SAFE_NOW, danger_of
from refuge.intake.cleaning import CleanedFile, clean_file
from refuge.intake.envelopes import attachment_context, envelope_context, message_context
from refuge.intake.models import (
    Attachment,
    Message,
    QuestionText,
    Report,
    SealedReportKey,
)
from refuge.intake.receipts import (
    coarse_now,
    receipt_generate,
    receipt_kdf_pack,
    receipt_kdf_unpack,
    receipt_normalise,
    receipt_tag,
    receipt_tags,
)
from refuge.keys import custody
from refuge.keys.directory import KeyDirectoryError
from refuge.keys.models import Team
from refuge.keys.server import kdf_cost, server_subkey


class IntakeError(Exception):
    """Something the reporter or staff member must fix; the message is for them."""


class ReceiptRefusedError(IntakeError):
    """The receipt does not open any report (wrong, mistyped, revoked), or we are throttling."""


class IntakeUnavailableError(IntakeError):
    """A key the report would be sealed to failed its check: nothing was stored."""


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


# --- Sealing ---


def _seal_report_key(report: Report, report_key: bytes) -> None:
    """Seal the report key to the intake team and to the recovery key (both authenticated)."""
    team_key, sealed = custody.seal_to_team(team=Team.INTAKE, secret=report_key)
    SealedReportKey.objects.create(
        report=report, holder=SealedReportKey.Holder.TEAM, team_key=team_key, sealed=sealed
    )
    recovery = custody.recovery_seal(report_key)
    if recovery is not None:
        SealedReportKey.objects.create(
            report=report, holder=SealedReportKey.Holder.RECOVERY, sealed=recovery
        )


def report_key_withdraw_from_intake(*, report: Report) -> int:
    """The report joined a case: only the case's holders read it from now on."""
    deleted, _ = SealedReportKey.objects.filter(
        report=report,
        holder__in=[SealedReportKey.Holder.TEAM, SealedReportKey.Holder.STAFF],
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


def original_fingerprint(data: bytes) -> str:
    """Return the keyed hash stored in clear for a file as it was sent (not its SHA-256)."""
    return crypto.keyed_hash(server_subkey("file-original"), data).hex()


def _store_attachments(
    opened: OpenedReport,
    cleaned: list[CleanedFile],
    message: Message | None,
    written: list[str],
    *,
    from_reporter: bool = False,
    keep_originals: bool = False,
) -> None:
    """Store each file's working copy; for a reporter's cleaned file, its original too.

    The original is hashed here, before anything else happens to it; its SHA-256 goes into the
    encrypted details, a keyed hash into the row.
    """
    for item in cleaned:
        original = item.original or item.data
        attachment = Attachment(
            id=uuid.uuid4(),
            report=opened.report,
            message=message,
            blob_name=blob_new_name(),
            metadata_removed=item.metadata_removed,
            original_fingerprint=original_fingerprint(original),
            original_requested=from_reporter and keep_originals,
        )
        # Padded (Padmé) before encryption: the stored size says little about the file.
        ciphertext = crypto.encrypt(
            opened.key, pad(item.data), associated_data=attachment_context(attachment, "attachment")
        )
        blob_write(attachment.blob_name, ciphertext)
        written.append(attachment.blob_name)
        attachment.ciphertext_size = len(ciphertext)
        if from_reporter and item.metadata_removed and original != item.data:
            attachment.original_blob_name = blob_new_name()
            blob_write(
                attachment.original_blob_name,
                crypto.encrypt(
                    opened.key,
                    pad(original),
                    associated_data=attachment_context(attachment, "attachment-original"),
                ),
            )
            written.append(attachment.original_blob_name)
        details = json.dumps(
            {
                "filename": item.filename,
                "content_type": item.content_type,
                "original_sha256": hashlib.sha256(original).hexdigest(),
                "cleaner": item.cleaner,
            }
        )
        attachment.details = crypto.encrypt(
            opened.key,
            details.encode(),
            associated_data=attachment_context(attachment, "attachment-details"),
        )
        attachment.save(force_insert=True)


def attachment_originals_release(*, reports: list[Report]) -> int:
    """Triage has decided: delete the originals that the reporter did not ask us to keep.

    Runs inside the caller's transaction; the blobs go after it commits. Return how many.
    """
    unasked = Attachment.objects.filter(report__in=reports, original_requested=False).exclude(
        original_blob_name=""
    )
    blobs = list(unasked.values_list("original_blob_name", flat=True))
    unasked.update(original_blob_name="")
    if blobs:
        transaction.on_commit(lambda: blobs_delete(blobs))
    return len(blobs)


def _clean_all(files: list[IncomingFile]) -> list[CleanedFile]:
    _check_files(files)
    return [clean_file(incoming.name, incoming.data) for incoming in files]


# --- Reporter side ---


def choices_by_text(key: str) -> dict[str, int]:
    """Return a choice question's choices in every language, casefolded, with their position:
    to read answers that did not store the position (from before, or written by a script)."""
    found: dict[str, int] = {}
    for text in QuestionText.objects.filter(question__key=key):
        for position, choice in enumerate(text.choice_list()):
            found.setdefault(choice.casefold(), position)
    return found


def report_submit(
    *,
    account: str,
    answers: list[dict[str, Any]],
    files: list[IncomingFile],
    language: str,
    previous_report_id: uuid.UUID | None = None,
    keep_originals: bool = False,
    recorded: dict[str, str] | None = None,
) -> tuple[Report, str, list[CleanedFile]]:
    """Store a new report; return it, its receipt (shown once, never stored) and the files.

    ``recorded`` (a report taken down by staff: channel, relationship, who) is kept only
    inside the encrypted content, so the rows of a recorded report look like any other.
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
            **({"recorded": recorded} if recorded else {}),
        }
    )
    now = coarse_now()
    written: list[str] = []
    try:
        with transaction.atomic():
            report = Report.objects.create(
                id=report_id,
                danger=danger_of(answers, choices_by_text(SAFE_NOW)),
                submitted_at=now,
                last_reporter_activity_at=now,
                receipt_tag=receipt_tag(digits),
                receipt_salt=receipt_kdf_pack(salt, cost),
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
            _seal_report_key(report, report_key)
            _store_attachments(
                OpenedReport(report, report_key),
                cleaned,
                None,
                written,
                from_reporter=True,
                keep_originals=keep_originals,
            )
            audit_record(
                actor=None,
                action="report.submitted",
                target=report,
                details={"attachments": len(cleaned)},
                at=now,
            )
    except KeyDirectoryError as exc:
        blobs_delete(written)
        raise IntakeUnavailableError(
            _("Reports cannot be accepted right now. Nothing you wrote or sent was stored.")
        ) from exc
    except BaseException:
        blobs_delete(written)
        raise
    return report, receipt, cleaned


# Casework sits above the hotline: it registers here what to do when someone tries a receipt
# that was revoked (flag the case), so this module never imports it.
_revoked_receipt_hooks: list[Callable[[Report], None]] = []


def register_revoked_receipt_hook(hook: Callable[[Report], None]) -> None:
    if hook not in _revoked_receipt_hooks:
        _revoked_receipt_hooks.append(hook)


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
    tags = receipt_tags(digits) if digits else []
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
        for hook in _revoked_receipt_hooks:
            hook(report)
    if report is None or sealed is None or digits is None:
        raise refused
    try:
        salt, cost = receipt_kdf_unpack(bytes(report.receipt_salt))
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


ReporterMessageHook = Callable[[Report], None]
_reporter_message_hooks: list[ReporterMessageHook] = []


def register_reporter_message_hook(hook: ReporterMessageHook) -> None:
    """Call ``hook(report)`` after a reporter's message is committed (for apps above this one)."""
    if hook not in _reporter_message_hooks:
        _reporter_message_hooks.append(hook)


def reporter_message_add(
    *, opened: OpenedReport, body: str, files: list[IncomingFile], keep_originals: bool = False
) -> list[CleanedFile]:
    if not body.strip() and not files:
        raise IntakeError(_("Write a message or choose a file."))
    cleaned = _clean_all(files)
    now = coarse_now()
    written: list[str] = []
    try:
        with transaction.atomic():
            message = _message_create(opened, Message.Author.REPORTER, None, body, now)
            _store_attachments(
                opened, cleaned, message, written, from_reporter=True, keep_originals=keep_originals
            )
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
            for hook in _reporter_message_hooks:
                transaction.on_commit(partial(hook, report))
    except BaseException:
        blobs_delete(written)
        raise
    return cleaned


def _message_create(
    opened: OpenedReport, author: str, staff_user: User | None, body: str, at: datetime
) -> Message:
    message = Message(
        id=uuid.uuid4(), report=opened.report, author=author, staff_user=staff_user, sent_at=at
    )
    message.body = crypto.encrypt(
        opened.key, body.encode(), associated_data=message_context(message)
    )
    message.save(force_insert=True)
    return message


# --- Staff side ---


def report_open_for_staff(*, report: Report, user: User, keypair: crypto.KeyPair) -> OpenedReport:
    """Unseal the report key through the user's intake membership (already access-checked).

    A copy sealed to this person alone (from before key custody) opens too, and is moved to the
    intake team on the way.
    """
    team_copy = (
        SealedReportKey.objects.select_related("team_key")
        .filter(report=report, holder=SealedReportKey.Holder.TEAM)
        .first()
    )
    try:
        if team_copy is not None and team_copy.team_key is not None:
            key = custody.open_team_sealed(
                user=user, keypair=keypair, team_key=team_copy.team_key, sealed=team_copy.sealed
            )
            return OpenedReport(report, key)
        legacy = SealedReportKey.objects.filter(
            report=report, holder=SealedReportKey.Holder.STAFF, user=user
        ).first()
        if legacy is None:
            raise IntakeError(_("This report is not shared with you."))
        key = crypto.unseal(keypair, bytes(legacy.sealed))
    except (custody.CustodyError, KeyDirectoryError) as exc:
        raise IntakeError(_("This report is not shared with you.")) from exc
    _legacy_copy_move(report, key)
    return OpenedReport(report, key)


@transaction.atomic
def _legacy_copy_move(report: Report, report_key: bytes) -> None:
    """Seal a report held per person to the intake team, and drop the per-person copies."""
    if report.case_id is None:
        team_key, sealed = custody.seal_to_team(team=Team.INTAKE, secret=report_key)
        SealedReportKey.objects.update_or_create(
            report=report,
            holder=SealedReportKey.Holder.TEAM,
            user=None,
            defaults={"team_key": team_key, "sealed": sealed},
        )
    SealedReportKey.objects.filter(report=report, holder=SealedReportKey.Holder.STAFF).delete()


def legacy_copies_move(user: User, keypair: crypto.KeyPair) -> int:
    """Unlock hook: move every report sealed to ``user`` alone to the intake team."""
    count = 0
    held = SealedReportKey.objects.filter(
        holder=SealedReportKey.Holder.STAFF, user=user
    ).select_related("report")
    for copy in held:
        try:
            report_key = crypto.unseal(keypair, bytes(copy.sealed))
        except crypto.CryptoError:
            continue  # sealed to an older key of theirs; another holder will move it
        _legacy_copy_move(copy.report, report_key)
        count += 1
    return count


def legacy_copies_withdraw(user: User, team: str) -> int:
    """Revoke hook: someone leaving the intake team loses their per-person copies too."""
    if team != Team.INTAKE:
        return 0
    deleted, _ = SealedReportKey.objects.filter(
        holder=SealedReportKey.Holder.STAFF, user=user
    ).delete()
    return deleted


def report_content(opened: OpenedReport) -> dict[str, Any]:
    """Return the report's encrypted content (account, answers, …), decrypted in memory."""
    report = opened.report
    content: dict[str, Any] = json.loads(
        crypto.decrypt(
            opened.key, bytes(report.content), associated_data=envelope_context("report", report.id)
        )
    )
    return content


@transaction.atomic
def report_mark_read(
    *, opened: OpenedReport, actor: User, answers: list[dict[str, Any]] | None = None
) -> None:
    """Record that a staff member read the decrypted report (every reading is audited).

    ``answers`` are the report's answers when the caller has decrypted them already."""
    report = opened.report
    changed = []
    if report.status == Report.Status.NEW:
        report.status = Report.Status.OPEN
        changed.append("status")
    if report.danger is None:
        # A report from before the danger level was kept: read it now, in memory.
        if answers is None:
            answers = report_content(opened).get("answers", [])
        danger = danger_of(answers, choices_by_text(SAFE_NOW))
        if danger is not None:
            report.danger = danger
            changed.append("danger")
    if changed:
        report.save(update_fields=changed)
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
