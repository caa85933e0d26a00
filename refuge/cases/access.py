"""The one way staff fetch a case: its key is sealed to them, or 404."""

from __future__ import annotations

import uuid

from django.http import Http404

from refuge.accounts.models import Role, User
from refuge.cases.models import Case, CaseKey

CASE_ROLES = {Role.COORDINATOR, Role.CASEWORKER}


def access_case(*, user: User, case_id: uuid.UUID) -> Case:
    """Return the case if ``user`` holds its key; 404 whether it exists or not."""
    if not user.is_authenticated or not user.is_active:
        raise Http404
    if user.role not in CASE_ROLES:
        raise Http404
    case = Case.objects.select_related("stage").filter(pk=case_id).first()
    if case is None:
        raise Http404
    if not CaseKey.objects.filter(case=case, holder=CaseKey.Holder.STAFF, user=user).exists():
        raise Http404
    return case
