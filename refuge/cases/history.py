"""A case's history in words: what happened, who did it, in the order it really happened.

The history is read from the audit log (entries about the case and about its reports), in the
log's sequence. Reporters' times are stored rounded, so sorting by time would put a reply before
the report it answers; the sequence number is the true order. Runs of readings by one person
are folded into one line ("read 15 times by alice").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from refuge.audit.models import AuditEntry
from refuge.cases.models import CASE_FLAGS, REGIONS, RISK_FLAGS, Consent, Stage, Urgency
from refuge.core.pseudonyms import pseudonym
from refuge.intake.selectors import ReportView

READS = {"case.read", "report.read"}
# Reporters act anonymously; their entries carry the rounded time, not the exact one.
ROUNDED = {"report.submitted", "report.reporter_message", "case.revoked_receipt_tried"}


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    until: datetime | None  # the last of a folded run of readings
    rounded: bool
    who: str
    what: str


def _label(choices: Iterable[tuple[str, Any]], key: Any) -> str:
    return str(dict(choices).get(key, key))


def _stage_name(key: Any, stages: dict[str, Stage]) -> str:
    stage = stages.get(str(key))
    return stage.name if stage is not None else str(key)


def _report_name(details: dict[str, Any], names: dict[str, str]) -> str:
    short = str(details.get("report", ""))
    return names.get(short, short)


def _triage(details: dict[str, Any]) -> str:
    to = details.get("to") or {}
    risks = ", ".join(_label(RISK_FLAGS, flag) for flag in to.get("risk_flags") or []) or _("none")
    return _("triaged: urgency %(urgency)s, region %(region)s, risks: %(risks)s") % {
        "urgency": _label(Urgency.choices, to.get("urgency")),
        "region": _label(REGIONS, to.get("region")),
        "risks": risks,
    }


def _consent(details: dict[str, Any]) -> str:
    kind = _label(Consent.Kind.choices, details.get("kind"))
    if details.get("granted"):
        return _("recorded consent given: %(kind)s") % {"kind": kind}
    return _("recorded consent refused: %(kind)s") % {"kind": kind}


def _checklist_changed(details: dict[str, Any]) -> str:
    if details.get("done"):
        if details.get("due_set"):
            return _("updated a checklist item: done, with a due date")
        return _("updated a checklist item: done")
    if details.get("due_set"):
        return _("updated a checklist item: not done, with a due date")
    return _("updated a checklist item: not done")


Describer = Callable[[dict[str, Any], dict[str, Stage], dict[str, str]], str]

DESCRIBE: dict[str, Describer] = {
    "case.opened": lambda d, s, n: (
        _("opened the case from report %(report)s") % {"report": _report_name(d, n)}
    ),
    "case.triaged": lambda d, s, n: _triage(d),
    "case.stage_changed": lambda d, s, n: (
        _("moved the case from stage “%(from)s” to “%(to)s”")
        % {"from": _stage_name(d.get("from"), s), "to": _stage_name(d.get("to"), s)}
    ),
    "case.assigned": lambda d, s, n: _("assigned %(user)s") % {"user": d.get("user", "")},
    "case.unassigned": lambda d, s, n: _("unassigned %(user)s") % {"user": d.get("user", "")},
    "case.checklist_added": lambda d, s, n: _("added a checklist item"),
    "case.checklist_changed": lambda d, s, n: _checklist_changed(d),
    "case.note_added": lambda d, s, n: _("added an internal note"),
    "case.consent_recorded": lambda d, s, n: _consent(d),
    "case.receipt_revoked": lambda d, s, n: (
        _("revoked the receipt of report %(report)s") % {"report": _report_name(d, n)}
    ),
    "case.report_linked": lambda d, s, n: (
        (
            _("added report %(report)s as a duplicate")
            if d.get("duplicate")
            else _("added report %(report)s from the same person")
        )
        % {"report": _report_name(d, n)}
    ),
    "case.revoked_receipt_tried": lambda d, s, n: str(CASE_FLAGS["revoked_receipt_tried"]),
    "case.flag_cleared": lambda d, s, n: _("cleared the flag"),
    "case.closed": lambda d, s, n: _("closed the case"),
    "case.reopened": lambda d, s, n: _("reopened the case"),
    "case.legal_hold_set": lambda d, s, n: _("put the case under legal hold"),
    "case.legal_hold_lifted": lambda d, s, n: _("lifted the legal hold"),
    "report.submitted": lambda d, s, n: _("sent a report through the hotline"),
    "report.replied": lambda d, s, n: (
        ngettext(
            "wrote to the reporter (%(count)d file)",
            "wrote to the reporter (%(count)d files)",
            int(d.get("attachments") or 0),
        )
        % {"count": int(d.get("attachments") or 0)}
        if d.get("attachments")
        else _("wrote to the reporter")
    ),
    "report.reporter_message": lambda d, s, n: _("wrote a follow-up message"),
}


def _who(entry: AuditEntry) -> str:
    if entry.actor_label:
        return entry.actor_label
    if entry.action == "case.revoked_receipt_tried":
        return _("someone with the revoked receipt")  # the reporter, or whoever took it
    if entry.action.startswith("report."):
        return _("the reporter")
    return _("Refuge")


def _describe(entry: AuditEntry, stages: dict[str, Stage], names: dict[str, str]) -> str:
    describe = DESCRIBE.get(entry.action)
    if describe is None:
        return _("other change (%(code)s)") % {"code": entry.action}
    return describe(entry.details or {}, stages, names)


def _folded_read(first: AuditEntry, count: int) -> str:
    if first.action == "report.read":
        return ngettext(
            "read the report %(count)d time", "read the report %(count)d times", count
        ) % {"count": count}
    return ngettext("read the case %(count)d time", "read the case %(count)d times", count) % {
        "count": count
    }


def case_history(*, case_id: Any, report_ids: list[Any]) -> list[HistoryEntry]:
    """Return the case's history in the log's true order, readings folded (two queries)."""
    names = {str(report_id)[:8]: str(pseudonym(report_id)) for report_id in report_ids}
    stages = {stage.key: stage for stage in Stage.objects.all()}
    entries = AuditEntry.objects.filter(
        Q(target_type="cases.case", target_id=str(case_id))
        | Q(target_type="intake.report", target_id__in=[str(r) for r in report_ids])
    ).order_by("seq")
    history: list[HistoryEntry] = []
    run: list[AuditEntry] = []

    def flush() -> None:
        if run:
            history.append(
                HistoryEntry(
                    run[0].created_at,
                    run[-1].created_at if len(run) > 1 else None,
                    False,
                    _who(run[0]),
                    _folded_read(run[0], len(run)),
                )
            )
            run.clear()

    for entry in entries:
        if entry.action in READS:
            if run and (run[0].action, run[0].actor_label) != (entry.action, entry.actor_label):
                flush()
            run.append(entry)
            continue
        flush()
        history.append(
            HistoryEntry(
                entry.created_at,
                None,
                entry.action in ROUNDED,
                _who(entry),
                _describe(entry, stages, names),
            )
        )
    flush()
    return history


MESSAGE_ACTIONS = {"report.replied": "staff", "report.reporter_message": "reporter"}


def messages_in_true_order(reports: list[tuple[Any, ReportView]]) -> list[tuple[Any, ReportView]]:
    """Return the reports with their messages in the order they were written (one query).

    Message times are rounded and their ids random, so two messages of one hour can come out
    in either order; the audit log's sequence says who wrote next. Each report's messages are
    arranged to follow it, unless the log and the messages disagree (rows from before the log
    recorded messages): then they stay as they were.
    """
    authors: dict[str, list[tuple[str, str]]] = {}
    for target_id, action, actor in (
        AuditEntry.objects.filter(
            target_type="intake.report",
            target_id__in=[str(report.pk) for report, _view in reports],
            action__in=list(MESSAGE_ACTIONS),
        )
        .order_by("seq")
        .values_list("target_id", "action", "actor_label")
    ):
        authors.setdefault(target_id, []).append((MESSAGE_ACTIONS[action], actor))
    arranged_reports = []
    for report, view in reports:
        order = authors.get(str(report.pk), [])
        remaining = list(view.messages)
        arranged = []
        for author, actor in order if len(order) == len(remaining) else []:
            pick = next(
                (
                    m
                    for m in remaining
                    if m.author == author and (author == "reporter" or m.staff_username == actor)
                ),
                None,
            )
            if pick is None:
                break
            remaining.remove(pick)
            arranged.append(pick)
        if arranged and not remaining:
            view = replace(view, messages=arranged)
        arranged_reports.append((report, view))
    return arranged_reports
