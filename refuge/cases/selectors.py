"""Reads for casework: the triage queue, a decrypted case, the timeline, the counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils.translation import get_language

from refuge.accounts.models import Role, User
from refuge.cases.access import cases_visible_to
from refuge.cases.history import HistoryEntry, case_history, messages_in_true_order
from refuge.cases.models import Assignment, Case, ChecklistItem, Consent, Note, Stage
from refuge.cases.services import (
    OpenedCase,
    case_report,
    cases_open_for_staff,
    checklist_due,
    decrypt_text,
)
from refuge.crypto import KeyPair
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


@dataclass(frozen=True)
class QueueRow:
    case: Case
    assigned: list[str]


def queue_rows(*, cases: list[Case]) -> list[QueueRow]:
    """Return the page's cases with who is assigned to each (one query for the page)."""
    assigned: dict[object, list[str]] = {}
    for case_id, username in (
        Assignment.objects.filter(case__in=cases)
        .order_by("user__username")
        .values_list("case_id", "user__username")
    ):
        assigned.setdefault(case_id, []).append(username)
    return [QueueRow(case, assigned.get(case.pk, [])) for case in cases]


def dashboard_counts() -> dict[str, int]:
    """Raw submissions, unique reports (duplicates not counted) and unique cases."""
    return {
        "submissions": Report.objects.count(),
        "unique_reports": Report.objects.filter(duplicate_of__isnull=True).count(),
        "cases": Case.objects.count(),
        "reports_without_case": Report.objects.filter(case__isnull=True).count(),
    }


@dataclass(frozen=True)
class OverdueItem:
    case: Case
    text: str
    due: date


@dataclass
class CaseworkHome:
    mine: list[Case]
    flagged: list[Case]
    overdue: list[OverdueItem]
    overdue_locked: bool  # no unlocked key in this session: due dates cannot be read


HOME_LIMIT = 50


def casework_home(*, user: User, keypair: KeyPair | None, today: date) -> CaseworkHome:
    """Return what a person working on cases looks at first: the open cases assigned to them,
    the flagged cases they hold, and the unticked checklist items past their due date (due
    dates are sealed, so they are opened in memory here). Only cases the user holds count."""
    visible = cases_visible_to(user).filter(status=Case.Status.OPEN).select_related("stage")
    order = ("urgency_rank", "-opened_at")
    mine = list(visible.filter(assignments__user=user).order_by(*order)[:HOME_LIMIT])
    flagged = list(visible.exclude(flag="").order_by(*order)[:HOME_LIMIT])
    if keypair is None:
        return CaseworkHome(mine, flagged, [], True)
    items = list(
        ChecklistItem.objects.filter(case__in=visible, done=False)
        .filter(Q(due__isnull=False) | ~Q(due_sealed=b""))
        .select_related("case", "case__stage", "stage")
    )
    cases = {item.case_id: item.case for item in items}
    opened = {
        o.case.pk: o
        for o in cases_open_for_staff(cases=list(cases.values()), user=user, keypair=keypair)
    }
    overdue = []
    for item in items:
        case_opened = opened.get(item.case_id)
        if case_opened is None:
            continue
        due = checklist_due(case_opened, item)
        if due is None or due >= today:
            continue
        text = checklist_label(
            stage=item.stage,
            position=item.position,
            text=decrypt_text(case_opened, "checklist", item.pk, item.text),
            case_language=item.case.language,
        )
        overdue.append(OverdueItem(item.case, text, due))
    overdue.sort(key=lambda o: (o.due, o.case.urgency_rank))
    return CaseworkHome(mine, flagged, overdue[:HOME_LIMIT], False)


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


@dataclass
class CaseView:
    case: Case
    reports: list[tuple[Report, ReportView]]
    checklist: list[ChecklistView]
    notes: list[NoteView]
    consents: list[ConsentView]
    assigned: list[User]


def checklist_label(*, stage: Stage, position: int, text: str, case_language: str) -> str:
    """Return a checklist item in the reader's language when it came from the stage's starting
    checklist (written in the case's language); an item staff wrote stays as written."""
    index = position - 1
    template = stage.checklist(case_language)
    if 0 <= index < len(template) and template[index] == text:
        mine = stage.checklist(get_language() or case_language)
        if index < len(mine):
            return mine[index]
    return text


# What a case holds, for decrypting only the parts a page or a package shows: every part
# decrypted is plaintext in this process's memory for the request.
REPORTS = "reports"
CHECKLIST = "checklist"
NOTES = "notes"
CONSENTS = "consents"
ASSIGNED = "assigned"
EVERY_PART = frozenset({REPORTS, CHECKLIST, NOTES, CONSENTS, ASSIGNED})


def case_decrypt(*, opened: OpenedCase, parts: frozenset[str] = EVERY_PART) -> CaseView:
    """Return the case decrypted in memory, for this request only: the parts asked for, the
    others left empty."""
    case = opened.case
    return CaseView(
        case,
        _case_reports(opened) if REPORTS in parts else [],
        _case_checklist(opened) if CHECKLIST in parts else [],
        _case_notes(opened) if NOTES in parts else [],
        _case_consents(opened) if CONSENTS in parts else [],
        [
            a.user
            for a in Assignment.objects.filter(case=case).select_related("user").order_by("user")
        ]
        if ASSIGNED in parts
        else [],
    )


def _case_reports(opened: OpenedCase) -> list[tuple[Report, ReportView]]:
    return messages_in_true_order(
        [
            (report, report_decrypt(opened=case_report(opened, report)))
            for report in Report.objects.filter(case=opened.case).order_by("submitted_at", "pk")
        ]
    )


def _case_checklist(opened: OpenedCase) -> list[ChecklistView]:
    checklist = []
    for item in ChecklistItem.objects.filter(case=opened.case).select_related("stage"):
        text = decrypt_text(opened, "checklist", item.pk, item.text)
        checklist.append(
            ChecklistView(
                item.pk,
                item.stage,
                checklist_label(
                    stage=item.stage,
                    position=item.position,
                    text=text,
                    case_language=opened.case.language,
                ),
                item.done,
                checklist_due(opened, item),
            )
        )
    return checklist


def _case_notes(opened: OpenedCase) -> list[NoteView]:
    return [
        NoteView(
            note.author.username,
            note.stage.name if note.stage else "",
            note.created_at,
            decrypt_text(opened, "note", note.pk, note.body),
        )
        for note in Note.objects.filter(case=opened.case).select_related("author", "stage")
    ]


def _case_consents(opened: OpenedCase) -> list[ConsentView]:
    latest: dict[str, Consent] = {}
    for consent in (
        Consent.objects.filter(case=opened.case)
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
    return consents


def case_history_for(*, case: Case) -> list[HistoryEntry]:
    """Return the case's history (refuge/cases/history.py): no key needed, the log is clear."""
    report_ids = list(Report.objects.filter(case=case).values_list("pk", flat=True))
    return case_history(case_id=case.pk, report_ids=report_ids)


def caseworkers_to_assign(*, case: Case) -> QuerySet[User]:
    """Active caseworkers with a key who are not assigned to ``case`` yet."""
    return (
        User.objects.filter(role=Role.CASEWORKER, is_active=True, staff_key__isnull=False)
        .exclude(pk__in=Assignment.objects.filter(case=case).values("user_id"))
        .order_by("username")
    )


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
