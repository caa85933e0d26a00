"""The reporter's side in Chromium with JavaScript off, at 360 px, in English and Russian."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from refuge.accounts.models import Role
from refuge.intake.models import Report
from tests.conftest import create_persona, signed_in_client
from tests.hotline_helpers import jpeg_with_exif

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

STORY = "PHONECANARY5150 they held us for three days"


def _page_width(page) -> int:
    png = page.screenshot(full_page=True)
    return int.from_bytes(png[16:20], "big")


def _submit_and_return(page, base: str, tmp_path: Path, *, russian: bool) -> str:
    page.goto(f"{base}/report/")
    if russian:
        page.click("button[value=ru]")
        assert page.locator("html").get_attribute("lang") == "ru"
        assert "Расскажите, что произошло" in page.inner_text("main")
    assert _page_width(page) == 360
    page.click("a[href='/report/new/']")
    page.fill("#id_account", STORY)
    page.fill("#id_q_where", "Argun")
    page.select_option("#id_q_safe_now", index=1)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_with_exif())
    page.set_input_files("#id_attachments", str(photo))
    assert _page_width(page) == 360
    page.click("button[type=submit]:not(.link)")
    receipt = page.inner_text("#receipt")
    assert len(receipt.replace(" ", "")) == 25
    assert page.locator("#arrived li").count() == 3, "account, one file, metadata removed"
    assert receipt.replace(" ", "") not in page.url
    assert _page_width(page) == 360

    page.click("a[href='/report/return/']")
    page.fill("#id_receipt", receipt)
    page.click("button[type=submit]:not(.link)")
    assert STORY in page.inner_text("main")
    # The file under a neutral name: the device's own name stays with staff, encrypted.
    assert re.search(r"photo-[0-9a-f]{6}\.jpg", page.inner_text("main"))
    assert "photo.jpg" not in page.inner_text("main")
    page.fill("#id_body", "PHONECANARY5150 one more thing")
    page.click("form[action='/report/thread/'] button[type=submit]")
    assert "PHONECANARY5150 one more thing" in page.inner_text("main")
    return receipt


@pytest.mark.parametrize("russian", [False, True], ids=["en", "ru"])
def test_reporter_flow_without_javascript(
    live_server, launch_browser, tmp_path, russian, questionnaire, settings
) -> None:
    settings.REFUGE_QUICK_EXIT_URL = f"{live_server.url}/healthz"  # the cover site, offline
    bob = create_persona("bob", Role.CASEWORKER, rota=True)
    context = launch_browser(javascript=False, width=360)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    _submit_and_return(page, live_server.url, tmp_path, russian=russian)

    # The staff member on the rota reads it and replies; the reporter sees the reply.
    report = Report.objects.get()
    staff = signed_in_client(bob)
    staff.post(f"/inbox/{report.pk}/reply/", {"body": "We will call you back."})
    page.goto(f"{live_server.url}/report/thread/")
    assert "We will call you back." in page.inner_text("main")
    assert page.locator("a.exit").get_attribute("href") == "/report/exit/"
    assert not console, console  # no CSP violations, no failed resources

    # Quick exit, without JavaScript: the cover site, and then Back shows nothing.
    page.click("a.exit")
    assert page.url == f"{live_server.url}/healthz"
    page.go_back()
    assert STORY not in page.content() and "We will call you back." not in page.content()
    page.goto(f"{live_server.url}/report/thread/")
    assert STORY not in page.inner_text("main")
    assert page.url.endswith("/report/return/")


def test_seized_phone_keeps_no_trace_of_report_or_receipt(
    live_server, launch_browser, tmp_path, questionnaire
) -> None:
    create_persona("bob", Role.CASEWORKER, rota=True)
    profile = tmp_path / "phone-profile"
    context = launch_browser(javascript=False, width=360, profile=profile)
    receipt = _submit_and_return(context.new_page(), live_server.url, tmp_path, russian=False)
    context.close()

    digits = receipt.replace(" ", "")
    needles = [b"PHONECANARY5150", digits.encode(), receipt.encode(), digits[:10].encode()]
    needles += [n.decode().encode("utf-16-le") for n in needles]
    leaks = []
    for path in profile.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for n in needles:
                at = data.find(n)
                if at >= 0:
                    leaks.append(
                        f"{path.relative_to(profile)}: {data[max(0, at - 150) : at + 60]!r}"
                    )
    assert not leaks, leaks
