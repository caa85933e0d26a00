"""The one way staff fetch a case: they hold its key, or 404."""

from __future__ import annotations

import uuid

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from refuge.accounts.models import Role, User
from refuge.cases.models import Case, CaseKey
from refuge.keys import custody
from refuge.keys.models import Membership, Team

CASE_ROLES = {Role.COORDINATOR, Role.CASEWORKER}


def may_work_on_cases(user: User) -> bool:
    """Coordinators and caseworkers, and anyone holding the coordinators team key."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.role in CASE_ROLES or custody.is_member(user=user, team=Team.COORDINATORS)


def may_coordinate(user: User) -> bool:
    """Coordinators by role, or anyone holding the coordinators team key (the founding
    account): they assign caseworkers, record consent for the record, delete cases."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.role == Role.COORDINATOR or custody.is_member(user=user, team=Team.COORDINATORS)


def case_key_held_by(user: User) -> Q:
    """Cases whose key ``user`` holds: their own copy, or the coordinators team's copy of a
    generation they are a member of."""
    own = CaseKey.objects.filter(case=OuterRef("pk"), holder=CaseKey.Holder.STAFF, user=user)
    team = CaseKey.objects.filter(
        case=OuterRef("pk"),
        holder=CaseKey.Holder.TEAM,
        team_key__in=Membership.objects.filter(user=user).values("team_key"),
    )
    return Q(Exists(own)) | Q(Exists(team))


def cases_visible_to(user: User) -> QuerySet[Case]:
    return Case.objects.filter(case_key_held_by(user))


def access_case(*, user: User, case_id: uuid.UUID) -> Case:
    """Return the case if ``user`` holds its key; 404 whether it exists or not."""
    if not user.is_authenticated or not user.is_active:
        raise Http404
    if not may_work_on_cases(user):
        raise Http404
    case = cases_visible_to(user).select_related("stage").filter(pk=case_id).first()
    if case is None:
        raise Http404
    return case
