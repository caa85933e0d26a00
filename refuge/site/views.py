"""The home dashboard: what each person can open, and what a new organisation still has to do."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from refuge.accounts.decorators import reauth_redirect
from refuge.accounts.models import Role, User
from refuge.accounts.session import staff_user, unlocked_keypair
from refuge.cases.access import may_work_on_cases
from refuge.cases.selectors import casework_home, dashboard_counts
from refuge.intake.access import INBOX_ROLES, reports_visible_to
from refuge.intake.models import Report
from refuge.keys import custody
from refuge.keys.models import RecoveryKey, Team
from refuge.site.selectors import MAX_RESULTS, search_for_staff
from refuge.site.services import search_record


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """What each person works on first: their cases, flagged cases, overdue checklist items,
    reports waiting for triage. Organisation-wide counts only for coordinators and admins."""
    user = staff_user(request)
    works_on_cases = may_work_on_cases(user)
    # The organisation's setting up is the administrators' to do; nobody else could tick it.
    steps = getting_started_steps() if user.role == Role.ADMINISTRATOR else []
    return render(
        request,
        "site/home.html",
        {
            "counts": dashboard_counts()
            if user.role in {Role.COORDINATOR, Role.ADMINISTRATOR}
            else None,
            "may_work_on_cases": works_on_cases,
            "casework": casework_home(
                user=user, keypair=unlocked_keypair(request), today=timezone.localdate()
            )
            if works_on_cases
            else None,
            "waiting": _waiting(user) if user.role in INBOX_ROLES else None,
            "teams": custody.teams_of(user=user),
            "getting_started": steps if not all(done for _label, done in steps) else None,
        },
    )


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """Search what this person can open (refuge/site/selectors.py): nothing is indexed."""
    user = staff_user(request)
    query = request.GET.get("q", "").strip()[:200]
    hits = None
    if query:
        keypair = unlocked_keypair(request)
        if keypair is None:
            return reauth_redirect(request.get_full_path())
        hits = search_for_staff(user=user, keypair=keypair, query=query)
        search_record(
            actor=user,
            cases=sum(1 for hit in hits if hit.kind == "case"),
            reports=sum(1 for hit in hits if hit.kind == "report"),
        )
    return render(
        request,
        "site/search.html",
        {"query": query, "hits": hits, "limit": MAX_RESULTS},
    )


def _waiting(user: User) -> dict[str, int]:
    """Reports this person can open that are not in a case yet, and how many nobody read."""
    reports = reports_visible_to(user)
    return {
        "total": reports.count(),
        "unread": reports.filter(status=Report.Status.NEW).count(),
    }


def getting_started_steps() -> list[tuple[str, bool]]:
    """What a new organisation still has to do, each with whether it is done."""
    members = {team: len(custody.team_member_ids(team)) for team in Team.values}
    recovery = RecoveryKey.objects.first()
    return [
        (_("Create accounts for your colleagues"), User.objects.filter(is_active=True).count() > 1),
        (
            _("Give each team's key to at least two people (Teams and keys)"),
            all(count >= 2 for count in members.values()),
        ),
        (
            _("Split the recovery key among several people (refuge recovery split)"),
            recovery is not None and recovery.threshold >= 2,
        ),
        (_("Send a test report through the hotline and read it"), Report.objects.exists()),
        (
            _("Publish the hotline as a Tor onion service (docs/deployment.md)"),
            bool(settings.REFUGE_ONION_ADDRESS),
        ),
    ]
