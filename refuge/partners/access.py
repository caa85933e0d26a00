"""Who manages partners and refers cases."""

from __future__ import annotations

import uuid

from django.http import Http404

from refuge.accounts.models import Role, User
from refuge.cases.access import access_case, may_coordinate
from refuge.cases.models import Case
from refuge.partners.models import ReceivedPackage


def may_manage_partners(user: User) -> bool:
    """Coordinators and administrators see the directory and verify partners' keys."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.role in (Role.COORDINATOR, Role.ADMINISTRATOR)


def access_case_to_refer(*, user: User, case_id: uuid.UUID) -> Case:
    """Return the case if ``user`` coordinates and holds its key; 404 otherwise."""
    if not may_coordinate(user):
        raise Http404
    return access_case(user=user, case_id=case_id)


def access_received_referral(*, user: User, package_id: uuid.UUID) -> ReceivedPackage:
    """Return a referral a partner sent us if ``user`` coordinates the case it opened; 404
    whether it exists or not."""
    received = (
        ReceivedPackage.objects.select_related("partner")
        .filter(pk=package_id, kind=ReceivedPackage.Kind.REFERRAL, case__isnull=False)
        .first()
    )
    if received is None or received.case_id is None:
        raise Http404
    access_case_to_refer(user=user, case_id=received.case_id)
    return received
