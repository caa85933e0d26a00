"""Reads for partners and referrals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from refuge.cases.models import Case
from refuge.keys.directory import KeyDirectoryError
from refuge.partners import directory
from refuge.partners.forms import StatusForm
from refuge.partners.models import Partner, ReceivedPackage, Referral, ReferralConsent


@dataclass(frozen=True)
class PartnerRow:
    partner: Partner
    intact: bool  # the row passes its MAC


def partner_list() -> list[PartnerRow]:
    rows = []
    for partner in Partner.objects.select_related("verified_by"):
        try:
            directory.partner_verified_row(partner)
            intact = True
        except KeyDirectoryError:
            intact = False
        rows.append(PartnerRow(partner, intact))
    return rows


def partner_by_id(partner_id: int) -> Partner | None:
    return Partner.objects.filter(pk=partner_id).first()


def partner_by_name(name: str) -> Partner | None:
    return Partner.objects.filter(name=name).first()


def referrals_of_case(case: Case) -> QuerySet[Referral]:
    return Referral.objects.filter(case=case).select_related("partner", "created_by")


def referral_consents_of_case(case: Case) -> list[ReferralConsent]:
    """The consent in force per partner (the latest record for each), by partner name."""
    latest: dict[int, ReferralConsent] = {}
    for consent in ReferralConsent.objects.filter(case=case).select_related(
        "partner", "recorded_by"
    ):
        latest.setdefault(consent.partner_id, consent)
    return sorted(latest.values(), key=lambda c: c.partner.name)


def case_page_referrals(case: Case) -> dict[str, Any]:
    """The case page's section: referrals of this case and what partners sent back."""
    return {
        "template": "partners/_case_section.html",
        "status_form": StatusForm(),
        "referrals": list(referrals_of_case(case)),
        "received": ReceivedPackage.objects.filter(case=case, kind=ReceivedPackage.Kind.REFERRAL)
        .select_related("partner")
        .first(),
    }
