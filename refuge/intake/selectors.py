"""Reads for the hotline: decrypting a report in memory, listing what a staff member holds."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db.models import Count, F, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.expressions import OrderBy
from django.db.models.functions import Coalesce

from refuge import crypto
from refuge.accounts.models import User
from refuge.core.filestore import blob_read
from refuge.core.padding import unpad
from refuge.core.pseudonyms import pseudonym
from refuge.intake import answers as glance
from refuge.intake.access import reports_visible_to
from refuge.intake.envelopes import attachment_context, message_context
from refuge.intake.models import (
    Attachment,
    Message,
    Question,
    QuestionLanguage,
    Report,
    SealedReportKey,
)
from refuge.intake.recording import RecordedBy, recorded_view
from refuge.intake.services import OpenedReport, report_content
from refuge.keys import custody
from refuge.keys.directory import KeyDirectoryError


@dataclass(frozen=True)
class AttachmentView:
    id: str
    filename: str  # neutral: kind, short id, extension (answers.neutral_name)
    content_type: str
    metadata_removed: bool
    original_filename: str = ""  # as the sender's device named it: for staff only


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
    answers: list[dict[str, Any]]
    language: str
    attachments: list[AttachmentView]
    messages: list[MessageView]
    previous_report: str | None = None
    recorded: dict[str, str] | None = None  # taken down by staff: channel, relationship, by

    @property
    def recorded_by(self) -> RecordedBy | None:
        return recorded_view(self.recorded)

    @property
    def relationship(self) -> str:
        """Who is reporting: a Relationship value, or "" when not said."""
        return glance.relationship_of(self.answers, self.recorded)

    @property
    def relationship_label(self) -> str:
        return glance.relationship_label(self.relationship)

    @property
    def danger(self) -> int | None:
        """The level set at submission (read from the answer in any language), else the one
        the answers carry themselves."""
        if self.report.danger is not None:
            return int(self.report.danger)
        return glance.danger_of(self.answers)

    @property
    def language_label(self) -> str:
        return glance.language_label(self.language)

    @property
    def previous_name(self) -> str:
        """The two-word name and short id of the report this browser held before, if any."""
        if not self.previous_report:
            return ""
        try:
            previous = uuid.UUID(self.previous_report)
        except ValueError:
            return self.previous_report[:8]
        return f"{pseudonym(previous)} ({self.previous_report[:8]})"

    def answer(self, key: str) -> str:
        found = glance.answer_of(self.answers, key)
        return str(found["answer"]) if found else ""


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


INBOX_SORTS = ("urgent", "newest")


def _count(model: type[Attachment] | type[Message]) -> Coalesce:
    """A per-row count as a subquery: computed only for the rows of the page, no join."""
    counted = (
        model.objects.filter(report=OuterRef("pk"))
        .order_by()
        .values("report")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def report_list_for_staff(*, user: User, sort: str = "urgent") -> QuerySet[Report]:
    """Return the reports not in a case whose key reaches ``user``: by default the most urgent
    first (in danger, then not sure, then safe; newest activity first within each), or
    newest activity first (``sort="newest"``)."""
    order: list[OrderBy | F] = [
        F("last_reporter_activity_at").desc(),
        F("submitted_at").desc(),
        F("pk"),
    ]
    if sort != "newest":
        order.insert(0, F("danger").desc(nulls_last=True))
    return (
        reports_visible_to(user)
        .annotate(message_count=_count(Message), attachment_count=_count(Attachment))
        .order_by(*order)
    )


@dataclass(frozen=True)
class InboxRow:
    """One report as the inbox shows it; the glance fields are empty when the key is locked."""

    report: Report
    opened: bool
    danger: int | None
    language: str = ""
    excerpt: str = ""
    relationship: str = ""

    @property
    def in_danger(self) -> bool:
        return self.danger == glance.Danger.IN_DANGER

    @property
    def unsure(self) -> bool:
        return self.danger == glance.Danger.UNSURE

    @property
    def danger_label(self) -> str:
        return str(glance.Danger(self.danger).label) if self.danger is not None else ""


def inbox_rows(
    *, reports: list[Report], user: User, keypair: crypto.KeyPair | None
) -> list[InboxRow]:
    """Return the rows of one inbox page, each report decrypted in memory for this request
    when ``keypair`` reaches it (a constant number of queries for the page)."""
    opened = (
        {
            item.report.pk: item
            for item in reports_opened_for_staff(reports=reports, user=user, keypair=keypair)
        }
        if keypair is not None and reports
        else {}
    )
    extra = {language.code: language.name for language in QuestionLanguage.objects.all()}
    rows = []
    for report in reports:
        item = opened.get(report.pk)
        if item is None:
            rows.append(InboxRow(report=report, opened=False, danger=report.danger))
            continue
        content = report_content(item)
        answers = content.get("answers", [])
        rows.append(
            InboxRow(
                report=report,
                opened=True,
                danger=report.danger if report.danger is not None else glance.danger_of(answers),
                language=glance.language_label(str(content.get("language", "")), extra),
                excerpt=glance.excerpt(str(content.get("account", ""))),
                relationship=glance.relationship_label(
                    glance.relationship_of(answers, content.get("recorded"))
                ),
            )
        )
    return rows


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
            try:
                key = crypto.unseal(team_private, bytes(copy.sealed))
            except crypto.CryptoError:
                continue  # an altered copy: this report stays closed, the others still open
            yield OpenedReport(copy.report, key)


def _attachment_view(opened: OpenedReport, attachment: Attachment) -> AttachmentView:
    details = attachment_details(opened=opened, attachment=attachment)
    return AttachmentView(
        id=str(attachment.id),
        filename=glance.neutral_name(attachment.id, details["content_type"], details["filename"]),
        content_type=details["content_type"],
        metadata_removed=attachment.metadata_removed,
        original_filename=details["filename"],
    )


def report_account(*, opened: OpenedReport) -> str:
    """Return only what the reporter wrote (no query: messages and files are not read)."""
    return str(report_content(opened)["account"])


def report_words(*, opened: OpenedReport) -> str:
    """Return what the reporter wrote and answered, as one text (no query: for search)."""
    content = report_content(opened)
    answers = [f"{a.get('question', '')}: {a.get('answer', '')}" for a in content["answers"]]
    return "\n".join([str(content["account"]), *answers])


def report_decrypt(*, opened: OpenedReport) -> ReportView:
    """Return everything in the report, decrypted in memory for this request."""
    report = opened.report
    content = report_content(opened)
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
