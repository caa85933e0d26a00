"""The record's pages: statistics and exports, imports, acts by hand, evidence."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from refuge.accounts.decorators import allowed_or_404, reauth_redirect
from refuge.accounts.models import Role
from refuge.accounts.session import recently_reauthenticated, staff_user, unlocked_keypair
from refuge.cases.access import access_case
from refuge.core.sweep import scratch_prefix
from refuge.core.templatetags.refuge_format import fuzzy_date
from refuge.keys import custody
from refuge.keys.models import Team
from refuge.record import selectors, services
from refuge.record.capture import CaptureError
from refuge.record.forms import ActForm, CaptureForm, CaseActForm, EvidenceForm, ImportForm
from refuge.record.fuzzydates import FuzzyDate, FuzzyDateError
from refuge.record.models import Act, ActType, Evidence, PerpetratorUnit, Place

RECORD_ROLES = {Role.ANALYST, Role.COORDINATOR}


def may_open_record(user: Any) -> bool:
    """Analysts and coordinators, and anyone holding the record team key."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.role in RECORD_ROLES or custody.is_member(user=user, team=Team.RECORD)


record_roles = allowed_or_404(may_open_record)


def request_record_key(request: HttpRequest) -> bytes | None:
    """Return the record key for the signed-in user, None if their key is not unlocked."""
    keypair = unlocked_keypair(request)
    if keypair is None:
        return None
    try:
        return services.record_key_for(user=staff_user(request), keypair=keypair)
    except services.RecordAccessError:
        raise Http404 from None


def with_record_key(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Give the view the record key as ``key``; without an unlocked key, ask for the password."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        key = request_record_key(request)
        if key is None:
            return reauth_redirect(reverse("record:home"))
        return view(request, *args, key=key, **kwargs)

    return wrapped


def _acts(request: HttpRequest) -> Any:
    """The latest acts, or those of one type and year (the findings page links here)."""
    acts = Act.objects.select_related("act_type", "victim", "place").prefetch_related("sources")
    if request.GET.get("type"):
        acts = acts.filter(act_type__key=request.GET["type"])
    year = request.GET.get("year", "")
    if year.isdigit():
        acts = acts.filter(date_earliest__year=int(year))
    return acts.order_by("-created_at")[:200]


def _evidence_rows(request: HttpRequest) -> list[dict[str, Any]]:
    """The latest evidence with name, description and case (names only with the record key)."""
    try:
        key = request_record_key(request)
    except Http404:
        key = None
    rows = []
    for item in Evidence.objects.select_related("case").order_by("-received_at")[:50]:
        details = services.open_envelope(key, "evidence", item.id, item.details) if key else {}
        rows.append(
            {
                "item": item,
                "filename": details.get("filename", ""),
                "description": details.get("description", ""),
                "case": item.case.short_id
                if item.case
                else (_("deleted case") if item.case_origin else ""),
            }
        )
    return rows


def _statistics_shown(stats: dict[str, Any]) -> dict[str, list[tuple[str, Any]]]:
    """Return the statistics tables with labels for their keys: act types and regions by name,
    months as "April 2017", in the reader's language (exports keep the stable keys)."""
    unknown = _("unknown")
    types = {t.key: t.label for t in ActType.objects.all()}
    regions = {p.name_en: p.name for p in Place.objects.filter(kind__in=["republic", "country"])}

    def month(key: str) -> str:
        year, _sep, number = key.partition("-")
        if not (year.isdigit() and number.isdigit()):
            return unknown
        return fuzzy_date(date(int(year), int(number), 1), "month")

    return {
        "by_type": [(types.get(k, k), n) for k, n in stats["by_type"].items()],
        "by_month": [(month(k), n) for k, n in stats["by_month"].items()],
        "by_region": [
            (unknown if k == "unknown" else regions.get(k, k), n)
            for k, n in stats["by_region"].items()
        ],
    }


@record_roles
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    svg = selectors.timeline_svg()
    stats = selectors.statistics()
    return render(
        request,
        "record/home.html",
        {
            "stats": stats,
            "tables": _statistics_shown(stats),
            "timeline": mark_safe(svg),  # noqa: S308  (built from numbers and month labels only)
            "acts": _acts(request),
            "evidence": _evidence_rows(request),
            "import_form": ImportForm(),
            "act_form": ActForm(),
            "evidence_form": EvidenceForm(),
            "capture_form": CaptureForm(),
        },
    )


@record_roles
@require_GET
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt == "csv":
        response = HttpResponse(selectors.export_csv(), content_type="text/csv; charset=utf-8")
    elif fmt == "json":
        response = HttpResponse(selectors.export_json(), content_type="application/json")
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="refuge-statistics.{fmt}"'
    return response


@record_roles
@require_POST
@with_record_key
def import_list(request: HttpRequest, key: bytes) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a CSV file and name its source."))
        return redirect("record:home")
    try:
        text = form.cleaned_data["file"].read().decode("utf-8-sig")
    except UnicodeDecodeError:
        messages.error(request, _("The file is not UTF-8 text. Nothing was imported."))
        return redirect("record:home")
    report = services.partner_list_import(
        actor=staff_user(request),
        key=key,
        text=text,
        source_title=form.cleaned_data["source_title"],
        reliability_source=form.cleaned_data["reliability_source"],
        reliability_information=form.cleaned_data["reliability_information"],
    )
    if report.errors:
        messages.error(request, _("Nothing was imported:") + " " + " · ".join(report.errors[:50]))
    else:
        messages.success(request, _("Imported %(n)d rows.") % {"n": report.imported})
    return redirect("record:home")


@record_roles
@require_POST
@with_record_key
def act_new(request: HttpRequest, key: bytes) -> HttpResponse:
    form = ActForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("The form was incomplete: %(errors)s") % {"errors": form.errors.as_text()}
        )
        return redirect("record:home")
    data = form.cleaned_data
    try:
        when = FuzzyDate.parse(data["date"])
    except FuzzyDateError:
        messages.error(request, _("That is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or nothing."))
        return redirect("record:home")
    place = services.place_lookup(data["place"]) if data["place"] else None
    if data["place"] and place is None:
        messages.error(request, _("That place is not in the gazetteer."))
        return redirect("record:home")
    victim = services.person_create(
        key=key,
        identity={"name": data["name"]},
        sex=data["sex"],
        age=data["age"],
        confidential=data["confidential"],
    )
    unit = PerpetratorUnit.objects.get_or_create(name=data["unit"])[0] if data["unit"] else None
    services.act_create(
        actor=staff_user(request),
        key=key,
        victim=victim,
        act_type=data["act_type"],
        when=when,
        place=place,
        sources=[data["source"]] if data["source"] else [],
        unit=unit,
        confidential=data["confidential"],
        confidential_fields=data["confidential_fields"],
    )
    messages.success(request, _("Saved."))
    return redirect("record:home")


@record_roles
@require_POST
@with_record_key
def evidence_new(request: HttpRequest, key: bytes) -> HttpResponse:
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid() or getattr(request, "refuge_upload_too_large", False):
        messages.error(request, _("Choose a file (within the size limit)."))
        return redirect("record:home")
    upload = form.cleaned_data["file"]
    try:
        services.evidence_add(
            actor=staff_user(request),
            key=key,
            filename=upload.name or "file",
            data=upload.read(),
            description=form.cleaned_data["description"],
            acts=list(form.cleaned_data["acts"]),
        )
    except services.RecordError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Received: hashed, encrypted, custody opened."))
    return redirect("record:home")


@record_roles
@require_POST
@with_record_key
def evidence_capture(request: HttpRequest, key: bytes) -> HttpResponse:
    """Keep a web page as evidence (HTML, full-page screenshot, headers), or say why not."""
    form = CaptureForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the address of a web page (http:// or https://)."))
        return redirect("record:home")
    try:
        services.evidence_capture(
            actor=staff_user(request),
            key=key,
            url=form.cleaned_data["url"],
            description=form.cleaned_data["description"],
        )
    except CaptureError as exc:
        messages.error(
            request,
            _("The page was not captured, and nothing was stored: %(why)s") % {"why": str(exc)},
        )
    else:
        messages.success(request, _("The page is in the record: HTML, screenshot and headers."))
    return redirect("record:home")


@record_roles
@require_POST
@with_record_key
def evidence_package(request: HttpRequest, key: bytes) -> HttpResponse:
    """Download an evidence package of every item: a bulk export, so the password is asked
    again if it was not given in the last REFUGE_REAUTH_SECONDS. The package (every file, name
    and description in clear) is built in the RAM directory, never on the disk."""
    import tempfile
    from pathlib import Path

    if not recently_reauthenticated(request):
        return reauth_redirect(reverse("record:home"))
    ram = settings.REFUGE_RAM_TMPDIR
    with tempfile.TemporaryDirectory(prefix=scratch_prefix(), dir=ram) as folder:
        path = Path(folder) / "package.zip"
        try:
            services.evidence_package_write(
                actor=staff_user(request),
                key=key,
                out=path,
                evidence=list(Evidence.objects.order_by("received_at")),
            )
        except services.RecordError as exc:  # an altered item, or the time-stamp authority
            messages.error(request, str(exc))
            return redirect("record:home")
        data = path.read_bytes()
    response = HttpResponse(data, content_type="application/zip")
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="evidence-{stamp}.zip"'
    return response


@record_roles
@require_http_methods(["GET", "POST"])
def attachment_to_evidence(
    request: HttpRequest, case_id: uuid.UUID, attachment_id: uuid.UUID
) -> HttpResponse:
    """Send a case's attachment into the record as evidence: no download, no re-upload.

    GET shows the acts documented from the case to link the file to; POST sends it.
    """
    from refuge.cases.services import case_open_for_staff, case_report
    from refuge.intake.models import Attachment

    user = staff_user(request)
    case = access_case(user=user, case_id=case_id)
    attachment = Attachment.objects.filter(pk=attachment_id, report__case=case).first()
    if attachment is None:
        raise Http404
    keypair = unlocked_keypair(request)
    key = request_record_key(request)
    if keypair is None or key is None:
        return reauth_redirect(reverse("cases:detail", args=[case_id]))
    if request.method == "GET":
        return render(
            request,
            "record/attachment_to_evidence.html",
            {"case": case, "attachment": attachment, "case_acts": selectors.case_acts(case=case)},
        )
    opened = case_open_for_staff(case=case, user=user, keypair=keypair)
    acts = list(Act.objects.filter(case=case, pk__in=request.POST.getlist("acts")))
    try:
        services.evidence_from_attachment(
            actor=user,
            key=key,
            case=case,
            opened_report=case_report(opened, attachment.report),
            attachment=attachment,
            acts=acts,
        )
    except services.RecordError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The file is in the record as evidence, with its custody."))
    return redirect("cases:detail", case_id=case_id)


@require_GET
def signing_key(request: HttpRequest) -> HttpResponse:
    """Show the evidence-signing key's fingerprint to every staff member, to publish and compare."""
    return render(
        request, "record/signing_key.html", {"signing_key": services.signing_key_public()}
    )


@record_roles
@require_http_methods(["GET", "POST"])
def act_from_case(request: HttpRequest, case_id: uuid.UUID) -> HttpResponse:
    """Document an act from a case's testimony (coordinators; only with the case's consent)."""
    case = access_case(user=staff_user(request), case_id=case_id)
    key = request_record_key(request)
    if key is None:
        return reauth_redirect(request.path)
    if request.method == "GET":
        return render(request, "record/act_from_case.html", {"case": case, "form": CaseActForm()})
    form = CaseActForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("The form was incomplete: %(errors)s") % {"errors": form.errors.as_text()}
        )
        return redirect("cases:detail", case_id=case_id)
    data = form.cleaned_data
    try:
        when = FuzzyDate.parse(data["date"])
        services.acts_from_case(
            actor=staff_user(request),
            key=key,
            case=case,
            identity={"name": data["name"]},
            act_type=data["act_type"],
            when=when,
            place=services.place_lookup(data["place"]) if data["place"] else None,
        )
    except FuzzyDateError:
        messages.error(request, _("That is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or nothing."))
    except services.RecordError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The act is in the record."))
    return redirect("cases:detail", case_id=case_id)
