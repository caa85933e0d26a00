"""The one way staff fetch a report or attachment: sealed to them, or 404."""

from __future__ import annotations

import uuid

from django.http import Http404

from refuge.accounts.models import User
from refuge.intake.models import Attachment, Report, SealedReportKey


def access_report(*, user: User, report_id: uuid.UUID) -> Report:
    """Return the report if its key is sealed to ``user``; otherwise 404, exists or not."""
    if not user.is_authenticated or not user.is_active:
        raise Http404
    report = Report.objects.filter(pk=report_id).first()
    if report is None:
        raise Http404
    if not SealedReportKey.objects.filter(
        report=report, holder=SealedReportKey.Holder.STAFF, user=user
    ).exists():
        raise Http404
    return report


def access_attachment(*, user: User, report_id: uuid.UUID, attachment_id: uuid.UUID) -> Attachment:
    report = access_report(user=user, report_id=report_id)
    attachment = Attachment.objects.filter(pk=attachment_id, report=report).first()
    if attachment is None:
        raise Http404
    return attachment
