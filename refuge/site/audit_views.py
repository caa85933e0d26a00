from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from refuge.accounts.decorators import role_required
from refuge.accounts.models import Role
from refuge.audit.selectors import audit_chain_verify, audit_entry_list


@role_required(Role.ADMINISTRATOR)
def audit_log(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "audit/log.html",
        {"entries": audit_entry_list(limit=200), "verdict": audit_chain_verify()},
    )
