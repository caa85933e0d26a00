"""Casework pages: the triage queue, a case, its actions, and the workflow's stages."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from refuge.accounts.decorators import (
    allowed_or_404,
    reauth_redirect,
    reauthentication_required,
    role_required,
)
from refuge.accounts.models import Role, User
from refuge.accounts.session import staff_user, unlocked_keypair
from refuge.cases import selectors, services
from refuge.cases.access import access_case, may_coordinate, may_work_on_cases
from refuge.cases.forms import (
    AssignForm,
    ChecklistAddForm,
    ChecklistUpdateForm,
    ConsentForm,
    LinkReportForm,
    NoteForm,
    QueueFilterForm,
    ReplyForm,
    ReportRefForm,
    StageEditForm,
    StageForm,
    TriageForm,
    VersionForm,
)
from refuge.cases.models import Case, Stage
from refuge.intake import access as intake_access
from refuge.intake import selectors as intake_selectors
from refuge.intake import services as intake_services
from refuge.intake.models import Attachment, Report
from refuge.intake.views import attachment_download

# Only coordinators, caseworkers and holders of the coordinators team key work on cases; to
# anyone else, cases do not exist.
case_roles = allowed_or_404(may_work_on_cases)


def _opened(request: HttpRequest, case: Case) -> services.OpenedCase | None:
    keypair = unlocked_keypair(request)
    if keypair is None:
        return None
    try:
        return services.case_open_for_staff(case=case, user=staff_user(request), keypair=keypair)
    except services.CaseError:
        raise Http404 from None  # the key does not reach them after all (an altered row)


@case_roles
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    form = QueueFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.QueueFilters(**{key: value for key, value in data.items() if value})
    page = Paginator(selectors.case_queue(user=staff_user(request), filters=filters), 50).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "cases/queue.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "counts": selectors.dashboard_counts(),
        },
    )


@case_roles
@require_GET
def detail(request: HttpRequest, case_id: uuid.UUID) -> HttpResponse:
    case = access_case(user=staff_user(request), case_id=case_id)
    opened = _opened(request, case)
    if opened is None:
        return reauth_redirect(request.path)
    view = selectors.case_decrypt(opened=opened)
    services.case_record_read(actor=staff_user(request), case=case)
    version = {"version": case.version}
    return render(
        request,
        "cases/detail.html",
        {
            "view": view,
            "triage_form": TriageForm(
                initial={
                    **version,
                    "urgency": case.urgency,
                    "risk_flags": case.risk_flags,
                    "language": case.language,
                    "region": case.region,
                }
            ),
            "stage_form": StageForm(initial={**version, "stage": case.stage.key}),
            "checklist_form": ChecklistAddForm(),
            "note_form": NoteForm(),
            "consent_form": ConsentForm(),
            "link_form": LinkReportForm(),
            "linkable": selectors.reports_linkable(user=staff_user(request))[:20],
            "caseworkers": selectors.caseworkers_to_assign(),
            "is_coordinator": may_coordinate(staff_user(request)),
            "suggestions": _similar_reports(request, view),
        },
    )


def _similar_reports(request: HttpRequest, view: selectors.CaseView) -> list[tuple[Report, float]]:
    """Reports in the inbox (not yet in a case) whose text is like this case's first report."""
    keypair = unlocked_keypair(request)
    if keypair is None or not view.reports:
        return []
    first, first_view = view.reports[0]
    return intake_selectors.duplicate_suggestions(
        user=staff_user(request), keypair=keypair, report=first, account=first_view.account
    )


@case_roles
@require_POST
def open_from_report(request: HttpRequest, report_id: uuid.UUID) -> HttpResponse:
    user = staff_user(request)
    report = intake_access.access_report(user=user, report_id=report_id)
    keypair = unlocked_keypair(request)
    if keypair is None:
        return reauth_redirect(reverse("intake:report_detail", args=[report_id]))
    opened_report = intake_services.report_open_for_staff(report=report, user=user, keypair=keypair)
    language = intake_selectors.report_decrypt(opened=opened_report).language
    try:
        opened = services.case_open_from_report(actor=user, report=opened_report, language=language)
    except services.CaseError as exc:
        messages.error(request, str(exc))
        return redirect("intake:report_detail", report_id=report_id)
    return redirect("cases:detail", case_id=opened.case.pk)


# --- Actions on one case: POST only, each a small function ---

Handler = Callable[[HttpRequest, Case, services.OpenedCase], None]


def _valid(form_class: type[forms.Form], request: HttpRequest) -> dict[str, Any]:
    form = form_class(request.POST)
    if not form.is_valid():
        raise services.CaseError(
            _("The form was incomplete: %(errors)s") % {"errors": form.errors.as_text()}
        )
    return form.cleaned_data


def _triage(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
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


def _stage(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
    data = _valid(StageForm, request)
    services.case_set_stage(
        actor=staff_user(request), opened=opened, version=data["version"], stage=data["stage"]
    )


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


def _assign(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
    version, user = _assignment(request)
    services.case_assign(actor=staff_user(request), opened=opened, version=version, user=user)


def _unassign(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
    version, user = _assignment(request)
    services.case_unassign(actor=staff_user(request), case=case, version=version, user=user)


def _checklist_add(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
    data = _valid(ChecklistAddForm, request)
    services.checklist_add(
        actor=staff_user(request), opened=opened, text=data["text"], due=data["due"]
    )


def _checklist_update(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
    data = _valid(ChecklistUpdateForm, request)
    services.checklist_update(
        actor=staff_user(request),
        opened=opened,
        version=data["version"],
        item_id=data["item"],
        done=data["done"],
        due=data["due"],
    )


def _note(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
    data = _valid(NoteForm, request)
    services.note_add(actor=staff_user(request), opened=opened, body=data["body"])


def _consent(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
    data = _valid(ConsentForm, request)
    services.consent_record(
        actor=staff_user(request),
        opened=opened,
        kind=data["kind"],
        granted=data["granted"],
        details=data["details"],
    )


def _case_report(case: Case, report_id: uuid.UUID) -> Report:
    report = Report.objects.filter(pk=report_id, case=case).first()
    if report is None:
        raise services.CaseError(_("This report is not part of the case."))
    return report


def _reply(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
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


def _revoke(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
    data = _valid(ReportRefForm, request)
    services.receipt_revoke(
        actor=staff_user(request), case=case, report=_case_report(case, data["report"])
    )


def _link(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
    data = _valid(LinkReportForm, request)
    user = staff_user(request)
    keypair = unlocked_keypair(request)
    report = intake_access.access_report(user=user, report_id=data["report"])
    assert keypair is not None  # noqa: S101  (checked before any action runs)
    opened_report = intake_services.report_open_for_staff(report=report, user=user, keypair=keypair)
    services.case_add_report(
        actor=user, opened=opened, report=opened_report, duplicate=data["duplicate"]
    )


def _versioned(action: Callable[..., None]) -> Handler:
    def handler(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
        action(
            actor=staff_user(request), case=case, version=_valid(VersionForm, request)["version"]
        )

    return handler


def _coordinator(handler: Handler) -> Handler:
    def wrapped(request: HttpRequest, case: Case, opened: services.OpenedCase) -> None:
        _coordinator_only(request)
        handler(request, case, opened)

    return wrapped


ACTIONS: dict[str, Handler] = {
    "triage": _triage,
    "stage": _stage,
    "assign": _assign,
    "unassign": _unassign,
    "checklist-add": _checklist_add,
    "checklist": _checklist_update,
    "note": _note,
    "consent": _consent,
    "reply": _reply,
    "revoke-receipt": _revoke,
    "link-report": _link,
    "close": _versioned(lambda **kw: services.case_set_status(closed=True, **kw)),
    "reopen": _versioned(lambda **kw: services.case_set_status(closed=False, **kw)),
    "hold": _coordinator(_versioned(lambda **kw: services.case_set_legal_hold(hold=True, **kw))),
    "release": _coordinator(
        _versioned(lambda **kw: services.case_set_legal_hold(hold=False, **kw))
    ),
    "clear-flag": _versioned(services.case_clear_flag),
}


@case_roles
@require_POST
def action(request: HttpRequest, case_id: uuid.UUID, name: str) -> HttpResponse:
    case = access_case(user=staff_user(request), case_id=case_id)
    handler = ACTIONS.get(name)
    if handler is None:
        raise Http404
    opened = _opened(request, case)
    if opened is None:
        return reauth_redirect(reverse("cases:detail", args=[case_id]))
    try:
        handler(request, case, opened)
    except services.CaseError as exc:
        messages.error(request, str(exc))
    except intake_services.IntakeError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Saved."))
    return redirect("cases:detail", case_id=case_id)


@case_roles
@reauthentication_required
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, case_id: uuid.UUID) -> HttpResponse:
    """Delete a case for good by crypto-shredding (coordinators; password asked again)."""
    case = access_case(user=staff_user(request), case_id=case_id)
    _coordinator_only(request)
    if request.method == "POST":
        try:
            services.case_shred(actor=staff_user(request), case=case)
        except services.CaseError as exc:
            messages.error(request, str(exc))
            return redirect("cases:detail", case_id=case_id)
        messages.success(
            request, _("The case was deleted: its keys are destroyed and its data purged.")
        )
        return redirect("cases:queue")
    return render(request, "cases/delete.html", {"case": case})


@case_roles
@require_GET
def attachment(request: HttpRequest, case_id: uuid.UUID, attachment_id: uuid.UUID) -> HttpResponse:
    case = access_case(user=staff_user(request), case_id=case_id)
    item = (
        Attachment.objects.filter(pk=attachment_id, report__case=case)
        .select_related("report")
        .first()
    )
    if item is None:
        raise Http404
    opened = _opened(request, case)
    if opened is None:
        return reauth_redirect(reverse("cases:detail", args=[case_id]))
    report = services.case_report(opened, item.report)
    return attachment_download(request, report, item)


# --- The workflow (administrators) ---

admin_only = role_required(Role.ADMINISTRATOR)


@admin_only
@require_GET
def stage_list(request: HttpRequest) -> HttpResponse:
    return render(request, "cases/stages.html", {"stages": selectors.stages()})


@admin_only
@require_http_methods(["GET", "POST"])
def stage_edit(request: HttpRequest, stage_id: int | None = None) -> HttpResponse:
    instance = Stage.objects.filter(pk=stage_id).first() if stage_id else None
    if stage_id and instance is None:
        raise Http404
    form = StageEditForm(
        request.POST or None,
        instance=instance,
        languages=intake_selectors.questionnaire_languages(),
    )
    if request.method == "POST" and form.is_valid():
        stage = form.save(commit=False)
        # The languages this form does not show (none today) keep their wording.
        stage.texts = {**(stage.texts or {}), **form.texts()}
        services.stage_save(actor=staff_user(request), stage=stage, created=instance is None)
        messages.success(request, _("The workflow was saved."))
        return redirect("cases:stages")
    return render(request, "cases/stage_edit.html", {"form": form, "stage": instance})
