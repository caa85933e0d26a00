"""/report/about/: how a reporter checks they reached the real hotline, not an imitation.

Police have posed online as the people a hotline serves; an imitation site is the obvious
next step. This page shows the organisation's onion address in small groups, easy to compare
with the browser's address bar and with the address published where the community already
trusts the organisation, and the organisation's own verification text.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

ONION_GROUP = 4


def onion_groups(address: str) -> list[str]:
    """Return the address's name in groups of four characters, then ".onion"."""
    name = address.strip().lower().removeprefix("http://").removeprefix("https://")
    name = name.split("/", 1)[0].removesuffix(".onion")
    groups = [name[i : i + ONION_GROUP] for i in range(0, len(name), ONION_GROUP)]
    return [*groups, ".onion"] if groups else []


@login_not_required
@require_GET
def about(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "intake/about.html",
        {
            "onion_groups": onion_groups(settings.REFUGE_ONION_ADDRESS),
            "verification_text": settings.REFUGE_VERIFICATION_TEXT,
        },
    )
