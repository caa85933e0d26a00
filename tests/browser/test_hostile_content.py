"""Hostile content from a reporter never runs in a staff member's browser.

Payloads go into the account, every answer and the file names; staff pages that show them are
opened in Chromium with JavaScript ON (so a payload that got through would run): the sentinel
must stay unset, and the console must show no Content-Security-Policy violation (which would mean
markup was injected and only the policy stopped it).
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.intake.models import Report
from tests.conftest import CsrfClient, create_persona, signed_in_client
from tests.hotline_helpers import submit_report, upload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '"><img src=x onerror="window.__xss=1">',
    "<svg onload=window.__xss=1>",
    "javascript:window.__xss=1",
    '<a href="javascript:window.__xss=1">click</a>',
    "</textarea><script>window.__xss=1</script>",
    "<style>*{background:url('javascript:window.__xss=1')}</style>",
    "\u202egnp.exe <b>bold</b>",
    "{{ 7|add:7 }} {% now 'Y' %}",
]


def test_payloads_in_every_reporter_field_never_run_on_staff_pages(
    live_server, launch_browser, questionnaire, stages
) -> None:
    bob = create_persona("bob", Role.COORDINATOR, rota=True)
    hostile = " ".join(PAYLOADS)
    # Two hostile reports: one goes into a case (read on the case page), one stays in the inbox.
    for _ in range(2):
        submit_report(
            CsrfClient(),
            account=hostile,
            q_what=hostile,
            q_when=PAYLOADS[1],
            q_where=PAYLOADS[2],
            q_contact=hostile,
            files=[
                upload("<img src=x onerror=window.__xss=1>.txt", b"x"),
                upload("\u202etxt.exe", b"y"),
            ],
        )
    in_case, report = Report.objects.order_by("pk")
    staff = signed_in_client(bob)
    staff.post(reverse("cases:open_from_report", args=[in_case.pk]))
    case = Report.objects.get(pk=in_case.pk).case

    context = launch_browser(javascript=True, width=1200)
    context.add_cookies(
        [
            {"name": name, "value": morsel.value, "url": live_server.url}
            for name, morsel in staff.cookies.items()
        ]
    )
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    shows_content = {
        reverse("intake:inbox"): False,
        reverse("intake:report_detail", args=[report.pk]): True,
        reverse("cases:messages", args=[case.pk]): True,
        reverse("cases:queue"): False,
    }
    for url, shown in shows_content.items():
        page.goto(live_server.url + url)
        assert page.evaluate("typeof window.__xss") == "undefined", url
        if shown:  # the payloads are there, as text
            assert "<script>window.__xss=1</script>" in page.inner_text("main"), url
    assert page.evaluate("1 + 1") == 2, (
        "JavaScript was on, so a payload that got through would have run"
    )
    assert not [line for line in console if "Content Security Policy" in line], console
