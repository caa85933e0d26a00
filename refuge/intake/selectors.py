"""Reads for the hotline: decrypting a report in memory, listing what a staff member holds."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db.models import Count, QuerySet

from refuge import crypto
from refuge.accounts.models import User
from refuge.core.filestore import blob_read
from refuge.intake.access import reports_visible_to
from refuge.intake.models import (
    Attachment,
    Message,
    Question,
    QuestionLanguage,
    Report,
    SealedReportKey,
)
from refuge.intake.recording import RecordedBy, recorded_view
from refuge.intake.services import OpenedReport, envelope_context
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
                associated_data=envelope_context("message", message.id),
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
            associated_data=envelope_context("attachment-details", attachment.id),
        )
    )
    return details


def attachment_plaintext(*, opened: OpenedReport, attachment: Attachment) -> bytes:
    return crypto.decrypt(
        opened.key,
        blob_read(attachment.blob_name),
        associated_data=envelope_context("attachment", attachment.id),
    )
