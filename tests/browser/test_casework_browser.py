"""Triage → assignment → stage change → reply, by two staff members in Chromium, JS off.

With REFUGE_SCREENSHOT_DIR set (`make screenshots`), the main staff pages are saved there;
docs/screenshots/ holds the committed ones.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from refuge.accounts.models import Role
from refuge.cases.models import Case
from refuge.intake.models import Message
from tests.browser.checks import sign_in
from tests.conftest import CsrfClient, create_persona
from tests.hotline_helpers import submit_report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _shot(page, name: str, tmp_path: Path) -> None:
    target = Path(os.environ.get("REFUGE_SCREENSHOT_DIR") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target / f"{name}.png"), full_page=True)


def test_triage_assignment_stage_change_and_reply(
    live_server, launch_browser, tmp_path, questionnaire, stages
) -> None:
    cora = create_persona("cora", Role.COORDINATOR)
    bob = create_persona("bob", Role.CASEWORKER, rota=True)
    erin = create_persona("erin", Role.CASEWORKER)
    submit_report(
        CsrfClient(),
        account="They detained me at the Argun checkpoint and took my phone.",
        q_where="Argun",
        q_when="last Tuesday",
    )
    base = live_server.url

    page = launch_browser(javascript=False, width=1200).new_page()
    sign_in(page, base, bob)
    page.click("nav >> text=Inbox")
    _shot(page, "inbox", tmp_path)
    page.click("table a")
    _shot(page, "report", tmp_path)
    page.click("text=Open a case for this person")
    page.click("main button:has-text('Open the case')")  # the proposed triage, confirmed
    assert "/cases/" in page.url

    page.select_option("#id_urgency", "immediate")
    page.check("input[name=risk_flags][value=detained]")
    page.check("input[name=risk_flags][value=phone_seized]")
    page.select_option("#id_region", "chechnya")
    page.click("text=Save triage")
    assert "Triage saved: urgency In immediate danger" in page.inner_text("main")

    page.click("nav.sections >> text=Plan")
    page.select_option("#id_stage", "safety")
    page.click("text=Move to this stage")
    assert "Stage changed to “Safety”" in page.inner_text("main")
    assert "Safe place for tonight" in page.inner_text("main")
    page.click("nav.sections >> text=Messages")
    page.fill(
        "textarea[name=body][id^=reply-]", "We can move you tonight. Reply when you are alone."
    )
    page.click("text=Send to reporter")
    assert "Message sent to the reporter" in page.inner_text("main")
    _shot(page, "case", tmp_path)

    coordinator = launch_browser(javascript=False, width=1200).new_page()
    sign_in(coordinator, base, cora)
    coordinator.click("nav >> text=Cases")
    coordinator.select_option("#id_urgency", "immediate")
    coordinator.click("form.filters button[type=submit]")
    _shot(coordinator, "queue", tmp_path)
    coordinator.click("table a")
    coordinator.select_option("#assign-user", label="erin")
    coordinator.click("form[action$='/assign/'] button[type=submit]")
    assert "erin is now assigned" in coordinator.inner_text("main")

    case = Case.objects.get()
    assert case.urgency == "immediate" and case.stage.key == "safety"
    assert case.assignments.filter(user=erin.user).exists()
    assert Message.objects.filter(author="staff").count() == 1
