"""Deleting cases: crypto-shredding one case, and the closed cases past their retention."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.cases.hooks import case_shred_hooks_run
from refuge.cases.models import Case, CaseKey
from refuge.cases.services import CaseError, case_locked
from refuge.core.filestore import blobs_delete
from refuge.intake.models import Attachment, Report, SealedReportKey


def case_shred(*, actor: User | None, case: Case) -> None:
    """Delete a case by crypto-shredding: every sealed copy of every key first, then the data.

    Refused under legal hold. Blobs are removed from the file store after the transaction
    commits, so a failure leaves the database and files consistent.
    """
    with transaction.atomic():
        locked = case_locked(case, None)
        if locked.legal_hold:
            raise CaseError(_("This case is under legal hold and cannot be deleted."))
        reports = list(Report.objects.filter(case=locked))
        blobs = [
            name
            for pair in Attachment.objects.filter(report__in=reports).values_list(
                "blob_name", "original_blob_name"
            )
            for name in pair
            if name
        ]
        case_shred_hooks_run(locked)
        keys = CaseKey.objects.filter(case=locked).delete()[0]
        keys += SealedReportKey.objects.filter(report__in=reports).delete()[0]
        Report.objects.filter(pk__in=[r.pk for r in reports]).update(case_wrapped_key=None)
        Report.objects.filter(pk__in=[r.pk for r in reports]).delete()
        short_id = locked.short_id
        locked.delete()
        audit_record(
            actor=actor,
            action="case.shredded",
            details={"case": short_id, "reports": len(reports), "keys_destroyed": keys},
        )
        transaction.on_commit(lambda: blobs_delete(blobs))


def cases_expire(*, now: Any | None = None) -> int:
    """Shred closed cases past the retention period, except those under legal hold."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.REFUGE_CLOSED_CASE_RETENTION_DAYS)
    expired = Case.objects.filter(status=Case.Status.CLOSED, closed_at__lt=cutoff, legal_hold=False)
    count = 0
    for case in expired:
        case_shred(actor=None, case=case)
        count += 1
    return count
