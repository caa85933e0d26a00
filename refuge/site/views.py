"""The home dashboard: what each person can open, and what a new organisation still has to do."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from refuge.accounts.models import User
from refuge.cases.access import may_work_on_cases
from refuge.cases.selectors import dashboard_counts
from refuge.intake.models import Report
from refuge.keys import custody
from refuge.keys.models import RecoveryKey, Team


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    role = getattr(request.user, "role", "")
    counts = dashboard_counts() if role in {"coordinator", "caseworker", "administrator"} else None
    steps = getting_started_steps()
    return render(
        request,
        "site/home.html",
        {
            "counts": counts,
            "may_work_on_cases": may_work_on_cases(request.user),  # type: ignore[arg-type]
            "teams": custody.teams_of(user=request.user),
            "getting_started": steps if not all(done for _label, done in steps) else None,
        },
    )


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
