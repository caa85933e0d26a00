"""Writes for the site's own pages."""

from __future__ import annotations

from django.db import transaction

from refuge.accounts.models import User
from refuge.audit.services import audit_record


@transaction.atomic
def search_record(*, actor: User, cases: int, reports: int) -> None:
    """Audit that someone searched, and how much it found; never the words searched for."""
    audit_record(
        actor=actor, action="search.run", details={"cases_found": cases, "reports_found": reports}
    )
