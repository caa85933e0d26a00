"""The hotline inbox in Chromium with JavaScript off, on a desktop and a 360 px phone, in
English and Russian: who is in danger shows first, with a name that can be said aloud.

With REFUGE_SCREENSHOT_DIR set (`make screenshots`), the pages are saved there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from refuge.accounts.models import Role
from refuge.intake.models import Report
from tests.browser.checks import sign_in
from tests.conftest import CsrfClient, create_persona
from tests.hotline_helpers import jpeg_with_exif, submit_report, upload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _width(page) -> int:
    png = page.screenshot(full_page=True)
    return int.from_bytes(png[16:20], "big")


def _shot(page, name: str, tmp_path: Path) -> None:
    target = Path(os.environ.get("REFUGE_SCREENSHOT_DIR") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("width", [1280, 360])
def test_inbox_shows_danger_first_and_fits_the_screen(
    live_server,
    launch_browser,
    assert_accessible,
    tmp_path,
    questionnaire,
    stages,
    gazetteer,
    width,
) -> None:
    bob = create_persona("bob", Role.COORDINATOR, rota=True)
    submit_report(CsrfClient(), account="A calm report about last year, nothing urgent now.")
    russian = CsrfClient()
    russian.post("/i18n/setlang/", {"language": "ru", "next": "/"})
    submit_report(
        russian,
        account="Меня ищут. На посту в Грозном отобрали телефон и паспорт, "
        "долго держали и угрожали, что вернутся за мной ночью.",
        q_where="Грозный",
        q_safe_now="Нет, мне угрожает опасность",
        files=[upload("IMG_20170403_Grozny.jpg", jpeg_with_exif(), "image/jpeg")],
    )
    danger = Report.objects.get(danger=2)

    page = launch_browser(javascript=False, width=width).new_page()
    sign_in(page, live_server.url, bob)
    page.click("nav >> text=Inbox")
    first = page.locator("table.inbox tbody tr").first
    assert str(danger.pseudonym.english) in first.inner_text()
    assert "In danger" in first.inner_text() and "Русский" in first.inner_text()
    assert "1 file" in first.inner_text()
    assert _width(page) == width, "no sideways scrolling"
    assert_accessible(page)
    _shot(page, f"inbox-{width}", tmp_path)

    page.click("form.lang button[value=ru]")
    first = page.locator("table.inbox tbody tr").first
    assert danger.pseudonym.russian in first.inner_text()
    assert "В опасности" in first.inner_text()
    assert _width(page) == width, "no sideways scrolling in Russian either"
    _shot(page, f"inbox-{width}-ru", tmp_path)

    # From the inbox to the proposed triage: the reporter's words set it.
    page.click(f"text={danger.pseudonym.russian}")
    page.click("text=Открыть дело для этого человека")
    assert page.locator("#id_urgency").input_value() == "immediate"
    assert page.locator("#id_region").input_value() == "chechnya"
    assert page.locator("input[name=risk_flags][value=phone_seized]").is_checked()
    assert page.locator("input[name=risk_flags][value=documents_taken]").is_checked()
    assert _width(page) == width
    assert_accessible(page)
    _shot(page, f"open-case-{width}-ru", tmp_path)
