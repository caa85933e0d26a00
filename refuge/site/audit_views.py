from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from refuge.accounts.decorators import role_required
from refuge.accounts.models import Role
from refuge.audit.labels import action_label, target_label
from refuge.audit.selectors import audit_chain_verify, audit_entry_list

PER_PAGE = 100


@role_required(Role.ADMINISTRATOR)
def audit_log(request: HttpRequest) -> HttpResponse:
    """The audit log, newest first, a page at a time, each action in words."""
    page = Paginator(audit_entry_list(limit=None), PER_PAGE).get_page(request.GET.get("page"))
    rows = [
        (entry, action_label(entry.action), target_label(entry.target_type))
        for entry in page.object_list
    ]
    return render(
        request, "audit/log.html", {"page": page, "rows": rows, "verdict": audit_chain_verify()}
    )
