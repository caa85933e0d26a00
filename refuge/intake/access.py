"""The one way staff fetch a report or attachment: its key reaches them, or 404."""

from __future__ import annotations

import uuid

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from refuge.accounts.models import Role, User
from refuge.intake.models import Attachment, Report, SealedReportKey
from refuge.keys.models import Membership

# Who reads the hotline inbox: everyone on staff but analysts, who work on the record.
INBOX_ROLES = (Role.ADMINISTRATOR, Role.COORDINATOR, Role.CASEWORKER)


def reports_visible_to(user: User) -> QuerySet[Report]:
    """Reports not yet in a case whose key is sealed to the intake team (a generation the user
    holds) or, from before key custody, to the user alone. Reports in a case are read through
    the case."""
    team = SealedReportKey.objects.filter(
        report=OuterRef("pk"),
        holder=SealedReportKey.Holder.TEAM,
        team_key__in=Membership.objects.filter(user=user).values("team_key"),
    )
    own = SealedReportKey.objects.filter(
        report=OuterRef("pk"), holder=SealedReportKey.Holder.STAFF, user=user
    )
    return Report.objects.filter(case__isnull=True).filter(Q(Exists(team)) | Q(Exists(own)))


def access_report(*, user: User, report_id: uuid.UUID) -> Report:
    """Return the report if its key reaches ``user``; otherwise 404, exists or not."""
    if not user.is_authenticated or not user.is_active:
        raise Http404
    report = reports_visible_to(user).filter(pk=report_id).first()
    if report is None:
        raise Http404
    return report


def access_attachment(*, user: User, report_id: uuid.UUID, attachment_id: uuid.UUID) -> Attachment:
    report = access_report(user=user, report_id=report_id)
    attachment = Attachment.objects.filter(pk=attachment_id, report=report).first()
    if attachment is None:
        raise Http404
    return attachment
