"""Casework pages: the triage queue, a case, its actions, and the workflow's stages."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from refuge.accounts.decorators import (
    allowed_or_404,
    reauth_redirect,
    role_required,
)
from refuge.accounts.models import Role
from refuge.accounts.session import staff_user, unlocked_keypair
from refuge.cases import selectors, services, triage
from refuge.cases.access import access_case, may_coordinate, may_work_on_cases
from refuge.cases.forms import (
    ChecklistAddForm,
    ConsentForm,
    NoteForm,
    OpenCaseForm,
    QueueFilterForm,
    StageEditForm,
    StageForm,
    TriageForm,
)
from refuge.cases.hooks import case_page_sections
from refuge.cases.models import Case, Stage
from refuge.intake import access as intake_access
from refuge.intake import selectors as intake_selectors
from refuge.intake import services as intake_services
from refuge.intake.models import Attachment, Report
from refuge.intake.similarity import similar_reports
from refuge.intake.views import attachment_download

# Only coordinators, caseworkers and holders of the coordinators team key work on cases; to
# anyone else, cases do not exist.
case_roles = allowed_or_404(may_work_on_cases)


def opened_for_request(request: HttpRequest, case: Case) -> services.OpenedCase | None:
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
    user = staff_user(request)
    form = QueueFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.QueueFilters(**{key: value for key, value in data.items() if value})
    page = Paginator(selectors.case_queue(user=user, filters=filters), 50).get_page(
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
            "rows": selectors.queue_rows(cases=list(page)),
            "query": query.urlencode(),
            # Organisation-wide counts are for coordinators; a caseworker sees their own cases.
            "counts": selectors.dashboard_counts() if may_coordinate(user) else None,
        },
    )


# The case page in sections, each its own page: no JavaScript, short on a phone.
SECTIONS = {
    "overview": "cases/overview.html",
    "messages": "cases/messages.html",
    "plan": "cases/plan.html",
    "consent": "cases/consent.html",
    "history": "cases/history.html",
}
# What each section shows of the case, so a page decrypts nothing it does not show.
SECTION_PARTS = {
    "overview": frozenset({selectors.REPORTS, selectors.ASSIGNED}),
    "messages": frozenset({selectors.REPORTS}),
    "plan": frozenset({selectors.CHECKLIST, selectors.NOTES}),
    "consent": frozenset({selectors.CONSENTS}),
}
# The URL of each section after the case's own (the overview is the case's URL).
SECTION_PATHS = {
    "messages": "messages",
    "plan": "plan",
    "consent": "consent-and-record",
    "history": "history",
}
SECTION_URLS = {"overview": "cases:detail"} | {name: f"cases:{name}" for name in SECTION_PATHS}


def section_url(case_id: uuid.UUID, section: str, anchor: str = "") -> str:
    url = reverse(SECTION_URLS[section], args=[case_id])
    return f"{url}#{anchor}" if anchor else url


@case_roles
@require_GET
def detail(request: HttpRequest, case_id: uuid.UUID, section: str = "overview") -> HttpResponse:
    user = staff_user(request)
    case = access_case(user=user, case_id=case_id)
    opened = opened_for_request(request, case)
    if opened is None:
        return reauth_redirect(request.path)
    services.case_record_read(actor=user, case=case)
    context: dict[str, Any] = {
        "case": case,
        "section": section,
        "is_coordinator": may_coordinate(user),
    }
    if section == "history":
        context["history"] = selectors.case_history_for(case=case)
        return render(request, SECTIONS[section], context)
    view = selectors.case_decrypt(opened=opened, parts=SECTION_PARTS[section])
    context["view"] = view
    if section == "overview":
        context["triage_form"] = TriageForm(
            initial={
                "version": case.version,
                "urgency": case.urgency,
                "risk_flags": case.risk_flags,
                "language": case.language,
                "region": case.region,
            }
        )
        context["caseworkers"] = (
            selectors.caseworkers_to_assign(case=case) if context["is_coordinator"] else []
        )
        context["relationship"] = triage.case_relationship_label(opened=opened) or _told_by(view)
        context["sections"] = case_page_sections(case)
    elif section == "messages":
        context["linkable"] = selectors.reports_linkable(user=user)[:20]
        context["suggestions"] = _similar_reports(request, opened, view)
    elif section == "plan":
        context["stage_form"] = StageForm(
            initial={"version": case.version, "stage": case.stage.key}
        )
        context["checklist_form"] = ChecklistAddForm()
        context["note_form"] = NoteForm()
    elif section == "consent":
        context["consent_form"] = ConsentForm()
    return render(request, SECTIONS[section], context)


def _told_by(view: selectors.CaseView) -> str:
    """Who told staff, for a case whose first report was taken down by staff."""
    if not view.reports:
        return ""
    recorded = view.reports[0][1].recorded_by
    return recorded.relationship if recorded is not None else ""


def _similar_reports(
    request: HttpRequest, opened: services.OpenedCase, view: selectors.CaseView
) -> list[tuple[Report, float]]:
    """Reports in the inbox (not yet in a case) whose text is like this case's first report."""
    keypair = unlocked_keypair(request)
    if keypair is None or not view.reports:
        return []
    first, first_view = view.reports[0]
    return similar_reports(
        user=staff_user(request),
        keypair=keypair,
        opened=services.case_report(opened, first),
        account=first_view.account,
    )


# Actions that change a case for good or take it out of work: a page says what happens first.
@case_roles
@require_http_methods(["GET", "POST"])
def open_from_report(request: HttpRequest, report_id: uuid.UUID) -> HttpResponse:
    """Propose triage from the report (GET); open the case with what was confirmed (POST)."""
    user = staff_user(request)
    report = intake_access.access_report(user=user, report_id=report_id)
    keypair = unlocked_keypair(request)
    if keypair is None:
        return reauth_redirect(reverse("intake:report_detail", args=[report_id]))
    opened_report = intake_services.report_open_for_staff(report=report, user=user, keypair=keypair)
    view = intake_selectors.report_decrypt(opened=opened_report)
    proposal = triage.triage_propose(view)
    if request.method == "GET":
        # The page shows the decrypted report: a reading, audited like the report's own page.
        intake_services.report_mark_read(opened=opened_report, actor=user, answers=view.answers)
        form = OpenCaseForm(initial=proposal.fields())
        return render(
            request,
            "cases/open_from_report.html",
            {"view": view, "form": form, "proposal": proposal},
        )
    # A bare POST (the form without its fields, as scripts send it) takes the proposal as is.
    form = OpenCaseForm(request.POST if "urgency" in request.POST else proposal.fields())
    if not form.is_valid():
        return render(
            request,
            "cases/open_from_report.html",
            {"view": view, "form": form, "proposal": proposal},
            status=400,
        )
    data = form.cleaned_data
    try:
        opened = services.case_open_from_report(
            actor=user,
            report=opened_report,
            language=view.language,
            triage=services.OpeningTriage(
                urgency=data["urgency"],
                region=data["region"],
                risk_flags=list(data["risk_flags"]),
                relationship=data["relationship"],
            ),
        )
    except services.CaseError as exc:
        messages.error(request, str(exc))
        return redirect("intake:report_detail", report_id=report_id)
    messages.success(request, _("The case was opened with the triage you confirmed."))
    return redirect("cases:detail", case_id=opened.case.pk)


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
    opened = opened_for_request(request, case)
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
