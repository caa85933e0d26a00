"""Reads for casework: the triage queue, a decrypted case, the timeline, the counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count, Exists, OuterRef, QuerySet

from refuge.accounts.models import Role, User
from refuge.audit.models import AuditEntry
from refuge.cases.access import cases_visible_to
from refuge.cases.models import Assignment, Case, ChecklistItem, Consent, Note, Stage
from refuge.cases.services import OpenedCase, case_report, checklist_due, decrypt_text
from refuge.intake.access import reports_visible_to
from refuge.intake.models import Report
from refuge.intake.selectors import ReportView, report_decrypt

SORTS = {
    "urgency": ["urgency_rank", "-opened_at"],
    "newest": ["-opened_at"],
    "oldest": ["opened_at"],
    "stage": ["stage__position", "urgency_rank"],
}


@dataclass(frozen=True)
class QueueFilters:
    urgency: str = ""
    flag: str = ""
    language: str = ""
    region: str = ""
    stage: str = ""
    assigned: str = ""  # "yes", "no", "me" or ""
    status: str = "open"
    sort: str = "urgency"


def case_queue(*, user: User, filters: QueueFilters) -> QuerySet[Case]:
    """Return the cases whose key ``user`` holds, filtered and sorted for triage."""
    cases = cases_visible_to(user).select_related("stage")
    if filters.status in {Case.Status.OPEN, Case.Status.CLOSED}:
        cases = cases.filter(status=filters.status)
    if filters.urgency:
        cases = cases.filter(urgency=filters.urgency)
    if filters.flag:
        # Risk flags are a JSON list of fixed keys; matching the quoted key works on both
        # databases (SQLite has no JSON containment lookup).
        cases = cases.filter(risk_flags__icontains=f'"{filters.flag}"')
    if filters.language:
        cases = cases.filter(language=filters.language)
    if filters.region:
        cases = cases.filter(region=filters.region)
    if filters.stage:
        cases = cases.filter(stage__key=filters.stage)
    assigned = Exists(Assignment.objects.filter(case=OuterRef("pk")))
    if filters.assigned == "yes":
        cases = cases.filter(assigned)
    elif filters.assigned == "no":
        cases = cases.filter(~assigned)
    elif filters.assigned == "me":
        cases = cases.filter(Exists(Assignment.objects.filter(case=OuterRef("pk"), user=user)))
    return cases.annotate(assigned_count=Count("assignments", distinct=True)).order_by(
        *SORTS.get(filters.sort, SORTS["urgency"])
    )


def dashboard_counts() -> dict[str, int]:
    """Raw submissions, unique reports (duplicates not counted) and unique cases."""
    return {
        "submissions": Report.objects.count(),
        "unique_reports": Report.objects.filter(duplicate_of__isnull=True).count(),
        "cases": Case.objects.count(),
        "reports_without_case": Report.objects.filter(case__isnull=True).count(),
    }


@dataclass(frozen=True)
class ChecklistView:
    id: int
    stage: Stage
    text: str
    done: bool
    due: date | None


@dataclass(frozen=True)
class NoteView:
    author: str
    stage: str
    created_at: datetime
    body: str


@dataclass(frozen=True)
class ConsentView:
    kind: str
    label: str
    granted: bool
    details: str
    recorded_by: str
    recorded_at: datetime | None


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    who: str
    what: str


@dataclass
class CaseView:
    case: Case
    reports: list[tuple[Report, ReportView]]
    checklist: list[ChecklistView]
    notes: list[NoteView]
    consents: list[ConsentView]
    assigned: list[User]
    timeline: list[TimelineEntry]


def case_decrypt(*, opened: OpenedCase) -> CaseView:
    case = opened.case
    reports = []
    for report in Report.objects.filter(case=case).order_by("submitted_at"):
        reports.append((report, report_decrypt(opened=case_report(opened, report))))
    checklist = [
        ChecklistView(
            item.pk,
            item.stage,
            decrypt_text(opened, "checklist", item.pk, item.text),
            item.done,
            checklist_due(opened, item),
        )
        for item in ChecklistItem.objects.filter(case=case).select_related("stage")
    ]
    notes = [
        NoteView(
            note.author.username,
            note.stage.name if note.stage else "",
            note.created_at,
            decrypt_text(opened, "note", note.pk, note.body),
        )
        for note in Note.objects.filter(case=case).select_related("author", "stage")
    ]
    latest: dict[str, Consent] = {}
    for consent in (
        Consent.objects.filter(case=case)
        .select_related("recorded_by")
        .order_by("recorded_at", "pk")
    ):
        latest[consent.kind] = consent
    consents = []
    for kind, label in Consent.Kind.choices:
        record = latest.get(kind)
        consents.append(
            ConsentView(
                kind,
                str(label),
                bool(record and record.granted),
                decrypt_text(opened, "consent", record.pk, record.details)
                if record and record.details
                else "",
                record.recorded_by.username if record else "",
                record.recorded_at if record else None,
            )
        )
    assigned = [a.user for a in Assignment.objects.filter(case=case).select_related("user")]
    return CaseView(
        case, reports, checklist, notes, consents, assigned, case_timeline(case, reports, notes)
    )


def case_timeline(
    case: Case, reports: list[tuple[Report, ReportView]], notes: list[NoteView]
) -> list[TimelineEntry]:
    """Every step, message and change of the case, oldest first."""
    entries = [
        TimelineEntry(e.created_at, e.actor_label or "—", e.action)
        for e in AuditEntry.objects.filter(target_type="cases.case", target_id=str(case.pk))
    ]
    for report, view in reports:
        entries.append(
            TimelineEntry(report.submitted_at, "reporter", f"report {report.short_id} submitted")
        )
        for message in view.messages:
            who = "reporter" if message.author == "reporter" else message.staff_username
            entries.append(
                TimelineEntry(message.sent_at, who, f"message on report {report.short_id}")
            )
    entries += [TimelineEntry(n.created_at, n.author, "note") for n in notes]
    return sorted(entries, key=lambda e: e.at)


def caseworkers_to_assign() -> QuerySet[User]:
    return User.objects.filter(
        role=Role.CASEWORKER, is_active=True, staff_key__isnull=False
    ).order_by("username")


def stages() -> QuerySet[Stage]:
    return Stage.objects.order_by("position", "pk")


def reports_linkable(*, user: User) -> QuerySet[Report]:
    """Reports this staff member can open that are not in a case yet."""
    return reports_visible_to(user).order_by("-submitted_at")


def cases_with_consent(*, kind: str) -> QuerySet[Case]:
    """Return the cases whose consent of ``kind`` is currently given.

    Every export, statistic and sharing feature must select its cases through this: no record
    means no consent, and the latest record of each kind is the one in force.
    """
    from django.db.models import Subquery

    latest = (
        Consent.objects.filter(case=OuterRef("pk"), kind=kind)
        .order_by("-recorded_at", "-pk")
        .values("granted")[:1]
    )
    return Case.objects.annotate(consent=Subquery(latest)).filter(consent=True)
