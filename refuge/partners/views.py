"""Partner pages: the directory (coordinators and administrators) and a case's referrals."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from refuge.accounts.decorators import allowed_or_404, reauth_redirect
from refuge.accounts.session import staff_user, unlocked_keypair
from refuge.cases.access import may_coordinate
from refuge.keys.directory import KeyDirectoryError
from refuge.partners import imports, selectors, services
from refuge.partners.access import (
    access_case_to_refer,
    access_received_referral,
    may_manage_partners,
)
from refuge.partners.forms import (
    PackageImportForm,
    PartnerAddForm,
    ReferralConsentForm,
    ReferralForm,
    StatusForm,
)
from refuge.partners.models import Part, ReceivedPackage
from refuge.partners.package import MAX_PACKAGE_BYTES, PackageError

managers = allowed_or_404(may_manage_partners)


@managers
@require_http_methods(["GET", "POST"])
def partner_list(request: HttpRequest) -> HttpResponse:
    form = PartnerAddForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            partner = services.partner_add(
                actor=staff_user(request),
                name=form.cleaned_data["name"],
                key_file=form.cleaned_data["key_file"],
            )
        except services.PartnerError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _("%(partner)s added. Compare the fingerprint with them by phone, then verify.")
                % {"partner": partner.name},
            )
            return redirect("partners:list")
    # The organisation's identity is made on the first visit (public-key operations only: its
    # private halves are sealed to the coordinators team), so its fingerprint can be read out.
    try:
        identity = services.identity_ensure(actor=staff_user(request))
        fingerprint, problem = services.public_keys(identity).fingerprint, ""
    except services.PartnerError as exc:
        fingerprint, problem = "", str(exc)
    return render(
        request,
        "partners/list.html",
        {
            "rows": selectors.partner_list(),
            "form": form,
            "our_fingerprint": fingerprint,
            "identity_problem": problem,
            "may_import": may_coordinate(staff_user(request)),
        },
    )


@managers
@require_POST
def partner_verify(request: HttpRequest, partner_id: int) -> HttpResponse:
    partner = selectors.partner_by_id(partner_id)
    if partner is None:
        raise Http404
    try:
        services.partner_verify(actor=staff_user(request), partner=partner)
    except KeyDirectoryError:
        messages.error(request, _("This partner's directory entry fails its check."))
    else:
        messages.success(request, _("%(partner)s verified.") % {"partner": partner.name})
    return redirect("partners:list")


@allowed_or_404(may_coordinate)
@require_GET
def refer(request: HttpRequest, case_id: uuid.UUID) -> HttpResponse:
    case = access_case_to_refer(user=staff_user(request), case_id=case_id)
    return _refer_page(request, case, ReferralConsentForm(), ReferralForm())


def _refer_page(
    request: HttpRequest, case: object, consent_form: ReferralConsentForm, form: ReferralForm
) -> HttpResponse:
    return render(
        request,
        "partners/refer.html",
        {
            "case": case,
            "consents": [
                (consent, [str(Part(part).label) for part in consent.parts if part in Part.values])
                for consent in selectors.referral_consents_of_case(case)  # type: ignore[arg-type]
            ],
            "referrals": selectors.referrals_of_case(case),  # type: ignore[arg-type]
            "consent_form": consent_form,
            "form": form,
        },
    )


@allowed_or_404(may_coordinate)
@require_POST
def refer_consent(request: HttpRequest, case_id: uuid.UUID) -> HttpResponse:
    case = access_case_to_refer(user=staff_user(request), case_id=case_id)
    form = ReferralConsentForm(request.POST)
    if not form.is_valid():
        return _refer_page(request, case, form, ReferralForm())
    services.referral_consent_record(
        actor=staff_user(request),
        case=case,
        partner=form.cleaned_data["partner"],
        granted=form.cleaned_data["granted"],
        parts=form.cleaned_data["parts"],
    )
    messages.success(request, _("Consent recorded."))
    return redirect("partners:refer", case_id=case.pk)


@sensitive_variables("keypair", "data")
@allowed_or_404(may_coordinate)
@require_POST
def refer_write(request: HttpRequest, case_id: uuid.UUID) -> HttpResponse:
    case = access_case_to_refer(user=staff_user(request), case_id=case_id)
    keypair = unlocked_keypair(request)
    if keypair is None:
        return reauth_redirect(request.path.replace("write/", ""))
    form = ReferralForm(request.POST)
    if not form.is_valid():
        return _refer_page(request, case, ReferralConsentForm(), form)
    try:
        referral, data = services.referral_create(
            actor=staff_user(request),
            keypair=keypair,
            case=case,
            partner=form.cleaned_data["partner"],
            parts=form.cleaned_data["parts"],
            summary=form.cleaned_data["summary"],
            needs=form.cleaned_data["needs"],
        )
    except services.PartnerError as exc:
        form.add_error(None, str(exc))
        return _refer_page(request, case, ReferralConsentForm(), form)
    response = HttpResponse(data, content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="referral-{referral.pk}.refuge"'
    return response


@sensitive_variables("keypair")
@allowed_or_404(may_coordinate)
@require_http_methods(["GET", "POST"])
def package_import(request: HttpRequest) -> HttpResponse:
    """Import a referral (a case opens here) or a status update (it shows on our case)."""
    keypair = unlocked_keypair(request)
    if keypair is None:
        return reauth_redirect(request.path)
    form = PackageImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["package"]
        try:
            if upload.size > MAX_PACKAGE_BYTES:
                raise PackageError(_("The file is too large to be a package."))
            imported = imports.package_import(
                actor=staff_user(request), keypair=keypair, data=upload.read()
            )
        except PackageError as exc:
            form.add_error(None, str(exc))
        else:
            if imported.kind == ReceivedPackage.Kind.REFERRAL:
                messages.success(
                    request,
                    _("Referral from %(partner)s imported: this case was opened for it.")
                    % {"partner": imported.partner.name},
                )
            else:
                messages.success(
                    request,
                    _("%(partner)s sent a status update: %(status)s.")
                    % {"partner": imported.partner.name, "status": imported.status},
                )
            if imported.case is not None:
                return redirect("cases:detail", case_id=imported.case.pk)
            return redirect("partners:import")
    return render(request, "partners/import.html", {"form": form})


@sensitive_variables("keypair", "data")
@allowed_or_404(may_coordinate)
@require_POST
def status_write(request: HttpRequest, package_id: uuid.UUID) -> HttpResponse:
    """Write a signed status update about a referral a partner sent us (a download)."""
    received = access_received_referral(user=staff_user(request), package_id=package_id)
    case = received.case
    assert case is not None  # noqa: S101  (access_received_referral checked it)
    keypair = unlocked_keypair(request)
    if keypair is None:
        return reauth_redirect(reverse("cases:detail", args=[case.pk]))
    form = StatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the status to send."))
        return redirect("cases:detail", case_id=case.pk)
    try:
        data = services.status_create(
            actor=staff_user(request),
            keypair=keypair,
            package_id=received.pk,
            status=form.cleaned_data["status"],
        )
    except services.PartnerError as exc:
        messages.error(request, str(exc))
        return redirect("cases:detail", case_id=case.pk)
    response = HttpResponse(data, content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="status-{received.pk}.refuge"'
    return response
