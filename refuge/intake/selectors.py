"""Reads for the hotline: decrypting a report in memory, listing what a staff member holds."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db.models import Count, QuerySet

from refuge import crypto
from refuge.accounts.models import User
from refuge.core.filestore import blob_read
from refuge.core.padding import unpad
from refuge.intake.access import reports_visible_to
from refuge.intake.envelopes import attachment_context, envelope_context, message_context
from refuge.intake.models import (
    Attachment,
    Message,
    Question,
    QuestionLanguage,
    Report,
    SealedReportKey,
)
from refuge.intake.recording import RecordedBy, recorded_view
from refuge.intake.services import OpenedReport
from refuge.keys import custody
from refuge.keys.directory import KeyDirectoryError


@dataclass(frozen=True)
class AttachmentView:
    id: str
    filename: str
    content_type: str
    metadata_removed: bool


@dataclass(frozen=True)
class MessageView:
    author: str
    staff_username: str
    sent_at: datetime
    body: str
    attachments: list[AttachmentView] = field(default_factory=list)


@dataclass(frozen=True)
class ReportView:
    report: Report
    account: str
    answers: list[dict[str, str]]
    language: str
    attachments: list[AttachmentView]
    messages: list[MessageView]
    previous_report: str | None = None
    recorded: dict[str, str] | None = None  # taken down by staff: channel, relationship, by

    @property
    def recorded_by(self) -> RecordedBy | None:
        return recorded_view(self.recorded)


def question_list_active() -> QuerySet[Question]:
    return Question.objects.filter(active=True).order_by("position", "pk").prefetch_related("texts")


def question_list() -> QuerySet[Question]:
    return Question.objects.order_by("position", "pk").prefetch_related("texts")


def questionnaire_languages() -> list[tuple[str, str]]:
    """Return (code, name) of every language the questionnaire may be written in: the
    interface's languages (compiled catalogues), then those administrators added."""
    languages = list(settings.LANGUAGES)
    known = {code for code, _name in languages}
    languages += [
        (language.code, language.name)
        for language in QuestionLanguage.objects.all()
        if language.code not in known
    ]
    return languages


def report_list_for_staff(*, user: User) -> QuerySet[Report]:
    """Return the reports not in a case whose key reaches ``user``, newest activity first."""
    return (
        reports_visible_to(user)
        .annotate(message_count=Count("messages", distinct=True))
        .order_by("-last_reporter_activity_at", "-submitted_at")
    )


def reports_opened_for_staff(
    *, reports: Iterable[Report], user: User, keypair: crypto.KeyPair
) -> Iterator[OpenedReport]:
    """Yield each report's key opened through the user's intake membership, unsealing each
    generation of the team key once (reports the user cannot open are skipped)."""
    team_keys: dict[int, crypto.KeyPair | None] = {}
    copies = SealedReportKey.objects.filter(
        report__in=list(reports), holder=SealedReportKey.Holder.TEAM
    ).select_related("report", "team_key")
    for copy in copies:
        team_key = copy.team_key
        if team_key is None:
            continue
        if team_key.pk not in team_keys:
            try:
                team_keys[team_key.pk] = custody.team_keypair(
                    user=user, keypair=keypair, team_key=team_key
                )
            except (custody.CustodyError, KeyDirectoryError, crypto.CryptoError):
                team_keys[team_key.pk] = None
        team_private = team_keys[team_key.pk]
        if team_private is not None:
            yield OpenedReport(copy.report, crypto.unseal(team_private, bytes(copy.sealed)))


def _attachment_view(opened: OpenedReport, attachment: Attachment) -> AttachmentView:
    details = attachment_details(opened=opened, attachment=attachment)
    return AttachmentView(
        id=str(attachment.id),
        filename=details["filename"],
        content_type=details["content_type"],
        metadata_removed=attachment.metadata_removed,
    )


def report_account(*, opened: OpenedReport) -> str:
    """Return only what the reporter wrote (no query: messages and files are not read)."""
    report = opened.report
    content = json.loads(
        crypto.decrypt(
            opened.key, bytes(report.content), associated_data=envelope_context("report", report.id)
        )
    )
    return str(content["account"])


def report_decrypt(*, opened: OpenedReport) -> ReportView:
    """Return everything in the report, decrypted in memory for this request."""
    report = opened.report
    content = json.loads(
        crypto.decrypt(
            opened.key, bytes(report.content), associated_data=envelope_context("report", report.id)
        )
    )
    attachments = list(report.attachments.all())
    by_message: dict[Any, list[AttachmentView]] = {}
    for attachment in attachments:
        by_message.setdefault(attachment.message_id, []).append(
            _attachment_view(opened, attachment)
        )
    messages = [
        MessageView(
            author=message.author,
            staff_username=message.staff_user.username if message.staff_user else "",
            sent_at=message.sent_at,
            body=crypto.decrypt(
                opened.key,
                bytes(message.body),
                associated_data=message_context(message),
            ).decode(),
            attachments=by_message.get(message.id, []),
        )
        for message in Message.objects.filter(report=report)
        .select_related("staff_user")
        .order_by("sent_at", "pk")
    ]
    return ReportView(
        report=report,
        account=content["account"],
        answers=content["answers"],
        language=content["language"],
        attachments=by_message.get(None, []),
        messages=messages,
        previous_report=content.get("previous_report"),
        recorded=content.get("recorded"),
    )


def attachment_details(*, opened: OpenedReport, attachment: Attachment) -> dict[str, str]:
    details: dict[str, str] = json.loads(
        crypto.decrypt(
            opened.key,
            bytes(attachment.details),
            associated_data=attachment_context(attachment, "attachment-details"),
        )
    )
    return details


def attachment_original(*, opened: OpenedReport, attachment: Attachment) -> bytes | None:
    """Return the file exactly as the reporter sent it, if it is kept (None otherwise)."""
    if not attachment.original_blob_name:
        return None
    return unpad(
        crypto.decrypt(
            opened.key,
            blob_read(attachment.original_blob_name),
            associated_data=attachment_context(attachment, "attachment-original"),
        )
    )


def attachment_plaintext(*, opened: OpenedReport, attachment: Attachment) -> bytes:
    """Return the working copy (padded since contract version 2; earlier files were not)."""
    plaintext = crypto.decrypt(
        opened.key,
        blob_read(attachment.blob_name),
        associated_data=attachment_context(attachment, "attachment"),
    )
    return plaintext if attachment.context_version == 1 else unpad(plaintext)


# --- Duplicate suggestions ---

_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of word trigrams: 1 for the same text, near 0 for unrelated ones."""
    left, right = _shingles(a), _shingles(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def duplicate_suggestions(
    *, user: User, keypair: crypto.KeyPair, report: Report, account: str, limit: int = 200
) -> list[tuple[Report, float]]:
    """Return reports this staff member can open whose text is like ``account``, best first."""
    candidates = reports_visible_to(user).exclude(pk=report.pk).order_by("-submitted_at")[:limit]
    scored = []
    for opened in reports_opened_for_staff(reports=candidates, user=user, keypair=keypair):
        score = similarity(account, report_account(opened=opened))
        if score >= 0.2:
            scored.append((opened.report, score))
    return sorted(scored, key=lambda pair: -pair[1])[:5]
