"""Actions on one case: POST only, each a small function saying what it did, and deleting a case."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from refuge.accounts.decorators import (
    reauth_redirect,
    reauthentication_required,
)
from refuge.accounts.models import User
from refuge.accounts.session import staff_user, unlocked_keypair
from refuge.cases import retention, services
from refuge.cases.access import access_case, may_coordinate
from refuge.cases.forms import (
    AssignForm,
    ChecklistAddForm,
    ChecklistUpdateForm,
    ConsentForm,
    LinkReportForm,
    NoteForm,
    ReplyForm,
    ReportRefForm,
    StageForm,
    TriageForm,
    VersionForm,
)
from refuge.cases.models import REGIONS, Case, Consent, Urgency
from refuge.cases.views import case_roles, opened_for_request, section_url
from refuge.core.templatetags.refuge_format import day
from refuge.intake import access as intake_access
from refuge.intake import services as intake_services
from refuge.intake.models import Report

CONFIRM = {
    "close": (
        gettext_lazy("Close this case?"),
        gettext_lazy(
            "A closed case leaves the queue and is deleted for good when the retention period "
            "has passed, unless it is under legal hold. It can be reopened until then."
        ),
        gettext_lazy("Close the case"),
    ),
    "hold": (
        gettext_lazy("Put this case under legal hold?"),
        gettext_lazy(
            "Under legal hold the case cannot be deleted, by anyone or by the retention period, "
            "until a coordinator lifts the hold."
        ),
        gettext_lazy("Put under legal hold"),
    ),
    "release": (
        gettext_lazy("Lift the legal hold?"),
        gettext_lazy(
            "Without the hold, the case can be deleted, and a closed case is deleted when the "
            "retention period has passed."
        ),
        gettext_lazy("Lift the legal hold"),
    ),
    "revoke-receipt": (
        gettext_lazy("Revoke this reporter's receipt?"),
        gettext_lazy(
            "Do this when the reporter's phone or notes may be in someone else's hands. The "
            "receipt stops opening the report at once and for good: whoever holds it can no "
            "longer read the messages or write, any open session ends, and an attempt to use "
            "it flags this case. The reporter is cut off from this conversation; it cannot be "
            "restored."
        ),
        gettext_lazy("Revoke the receipt for good"),
    ),
}


@case_roles
@require_GET
def confirm(request: HttpRequest, case_id: uuid.UUID, name: str) -> HttpResponse:
    """Say what a destructive action does, with one button to do it and one to go back."""
    user = staff_user(request)
    case = access_case(user=user, case_id=case_id)
    if name not in CONFIRM:
        raise Http404
    if ACTIONS[name].coordinator_only:
        _coordinator_only(request)
    report = None
    if name == "revoke-receipt":
        try:
            report = _case_report(case, uuid.UUID(request.GET.get("report", "")))
        except (ValueError, services.CaseError):
            raise Http404 from None
    title, explanation, button = CONFIRM[name]
    return render(
        request,
        "cases/confirm.html",
        {
            "case": case,
            "name": name,
            "title": title,
            "explanation": explanation,
            "button": button,
            "report": report,
            "back": section_url(case.pk, ACTIONS[name].section),
        },
    )


# --- Actions on one case: POST only, each a small function saying what it did ---

Handler = Callable[[HttpRequest, Case, services.OpenedCase], str]


@dataclass(frozen=True)
class Action:
    handler: Handler
    section: str  # where the person returns, with the handler's feedback
    anchor: str = ""
    coordinator_only: bool = False  # asked and done by coordinators only (404 for others)


def _valid(form_class: type[forms.Form], request: HttpRequest) -> dict[str, Any]:
    form = form_class(request.POST)
    if not form.is_valid():
        raise services.CaseError(
            _("The form was incomplete: %(errors)s") % {"errors": form.errors.as_text()}
        )
    return form.cleaned_data


def _choice_label(choices: Any, key: str) -> str:
    return str(dict(choices).get(key, key))


def _triage(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    data = _valid(TriageForm, request)
    services.case_triage(
        actor=staff_user(request),
        case=case,
        version=data["version"],
        urgency=data["urgency"],
        risk_flags=data["risk_flags"],
        language=data["language"],
        region=data["region"],
    )
    return _("Triage saved: urgency %(urgency)s, region %(region)s.") % {
        "urgency": _choice_label(Urgency.choices, data["urgency"]),
        "region": _choice_label(REGIONS, data["region"]),
    }


def _stage(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    data = _valid(StageForm, request)
    services.case_set_stage(
        actor=staff_user(request), opened=opened, version=data["version"], stage=data["stage"]
    )
    return _("Stage changed to “%(stage)s”; its checklist is below.") % {
        "stage": data["stage"].name
    }


def _coordinator_only(request: HttpRequest) -> None:
    if not may_coordinate(staff_user(request)):
        raise Http404


def _assignment(request: HttpRequest) -> tuple[int, User]:
    """The coordinator's assignment form: the version they saw and the caseworker named."""
    _coordinator_only(request)
    data = _valid(AssignForm, request)
    user = User.objects.filter(pk=data["user"]).first()
    if user is None:
        raise services.CaseError(_("No such caseworker."))
    return data["version"], user


def _assign(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    version, user = _assignment(request)
    services.case_assign(actor=staff_user(request), opened=opened, version=version, user=user)
    return _("%(user)s is now assigned and can open the case.") % {"user": user.username}


def _unassign(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    version, user = _assignment(request)
    services.case_unassign(actor=staff_user(request), case=case, version=version, user=user)
    return _("%(user)s is no longer assigned; their copy of the case key is destroyed.") % {
        "user": user.username
    }


def _checklist_add(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    data = _valid(ChecklistAddForm, request)
    services.checklist_add(
        actor=staff_user(request), opened=opened, text=data["text"], due=data["due"]
    )
    return _("Checklist item added: %(item)s") % {"item": data["text"]}


def _checklist_update(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    data = _valid(ChecklistUpdateForm, request)
    services.checklist_update(
        actor=staff_user(request),
        opened=opened,
        version=data["version"],
        item_id=data["item"],
        done=data["done"],
        due=data["due"],
    )
    if request.POST.get("change") == "due":
        if data["due"] is None:
            return _("Due date removed.")
        return _("Due date set to %(day)s.") % {"day": day(data["due"])}
    return _("Checklist item marked done.") if data["done"] else _("Checklist item reopened.")


def _note(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    data = _valid(NoteForm, request)
    services.note_add(actor=staff_user(request), opened=opened, body=data["body"])
    return _("Internal note added.")


def _consent(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    data = _valid(ConsentForm, request)
    services.consent_record(
        actor=staff_user(request),
        opened=opened,
        kind=data["kind"],
        granted=data["granted"],
        details=data["details"],
    )
    kind = _choice_label(Consent.Kind.choices, data["kind"])
    if data["granted"]:
        return _("Consent recorded as given: %(kind)s.") % {"kind": kind}
    return _("Consent recorded as not given: %(kind)s.") % {"kind": kind}


def _case_report(case: Case, report_id: uuid.UUID) -> Report:
    report = Report.objects.filter(pk=report_id, case=case).first()
    if report is None:
        raise services.CaseError(_("This report is not part of the case."))
    return report


def _reply(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    data = _valid(ReplyForm, request)
    report = services.case_report(opened, _case_report(case, data["report"]))
    if getattr(request, "refuge_upload_too_large", False):
        raise services.CaseError(_("The files together are too large; nothing was sent."))
    files = [
        intake_services.IncomingFile(name=upload.name or "file", data=upload.read())
        for upload in request.FILES.getlist("attachments")
    ]
    intake_services.staff_reply(
        opened=report, actor=staff_user(request), body=data["body"], files=files
    )
    return _(
        "Message sent to the reporter of %(report)s; they see it when they next use their receipt."
    ) % {"report": report.report.pseudonym}


def _revoke(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    data = _valid(ReportRefForm, request)
    report = _case_report(case, data["report"])
    services.receipt_revoke(actor=staff_user(request), case=case, report=report)
    return _("The receipt of %(report)s is revoked: it opens nothing any more.") % {
        "report": report.pseudonym
    }


def _link(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
    data = _valid(LinkReportForm, request)
    user = staff_user(request)
    keypair = unlocked_keypair(request)
    report = intake_access.access_report(user=user, report_id=data["report"])
    assert keypair is not None  # noqa: S101  (checked before any action runs)
    opened_report = intake_services.report_open_for_staff(report=report, user=user, keypair=keypair)
    services.case_add_report(
        actor=user, opened=opened, report=opened_report, duplicate=data["duplicate"]
    )
    return _("Report %(report)s added to the case.") % {"report": report.pseudonym}


def _versioned(action: Callable[..., None], done: Any) -> Handler:
    def handler(request: HttpRequest, case: Case, opened: services.OpenedCase) -> str:
        action(
            actor=staff_user(request), case=case, version=_valid(VersionForm, request)["version"]
        )
        return str(done)

    return handler


ACTIONS: dict[str, Action] = {
    "triage": Action(_triage, "overview", "triage"),
    "stage": Action(_stage, "plan", "stage"),
    "assign": Action(_assign, "overview", "assigned"),
    "unassign": Action(_unassign, "overview", "assigned"),
    "checklist-add": Action(_checklist_add, "plan", "checklist"),
    "checklist": Action(_checklist_update, "plan", "checklist"),
    "note": Action(_note, "plan", "notes"),
    "consent": Action(_consent, "consent"),
    "reply": Action(_reply, "messages"),
    "revoke-receipt": Action(_revoke, "messages"),
    "link-report": Action(_link, "messages", "add-report"),
    "close": Action(
        _versioned(
            lambda **kw: services.case_set_status(closed=True, **kw),
            gettext_lazy("The case is closed. It can be reopened until it is deleted."),
        ),
        "overview",
    ),
    "reopen": Action(
        _versioned(
            lambda **kw: services.case_set_status(closed=False, **kw),
            gettext_lazy("The case is open again."),
        ),
        "overview",
    ),
    "hold": Action(
        _versioned(
            lambda **kw: services.case_set_legal_hold(hold=True, **kw),
            gettext_lazy("The case is under legal hold: nobody can delete it."),
        ),
        "overview",
        coordinator_only=True,
    ),
    "release": Action(
        _versioned(
            lambda **kw: services.case_set_legal_hold(hold=False, **kw),
            gettext_lazy("The legal hold is lifted."),
        ),
        "overview",
        coordinator_only=True,
    ),
    "clear-flag": Action(
        _versioned(services.case_clear_flag, gettext_lazy("The flag is cleared.")), "overview"
    ),
}


@case_roles
@require_POST
def action(request: HttpRequest, case_id: uuid.UUID, name: str) -> HttpResponse:
    case = access_case(user=staff_user(request), case_id=case_id)
    chosen = ACTIONS.get(name)
    if chosen is None:
        raise Http404
    back = section_url(case_id, chosen.section, chosen.anchor)
    opened = opened_for_request(request, case)
    if opened is None:
        return reauth_redirect(section_url(case_id, chosen.section))
    if chosen.coordinator_only:
        _coordinator_only(request)
    try:
        done = chosen.handler(request, case, opened)
    except (services.CaseError, intake_services.IntakeError) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, done)
    return redirect(back)


@case_roles
@reauthentication_required
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, case_id: uuid.UUID) -> HttpResponse:
    """Delete a case for good by crypto-shredding (coordinators; password asked again)."""
    case = access_case(user=staff_user(request), case_id=case_id)
    _coordinator_only(request)
    if request.method == "POST":
        try:
            retention.case_shred(actor=staff_user(request), case=case)
        except services.CaseError as exc:
            messages.error(request, str(exc))
            return redirect("cases:detail", case_id=case_id)
        messages.success(
            request, _("The case was deleted: its keys are destroyed and its data purged.")
        )
        return redirect("cases:queue")
    return render(request, "cases/delete.html", {"case": case})
