"""A new administrator's first sign-in in a real browser with JavaScript off."""

from __future__ import annotations

import pyotp
import pytest

from refuge.accounts import services
from refuge.accounts.models import Role

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_first_sign_in_enrolment_and_language_switch_without_javascript(
    live_server, launch_browser, assert_accessible
) -> None:
    _, one_time = services.user_create(actor=None, username="admin", role=Role.ADMINISTRATOR)
    context = launch_browser(javascript=False, width=360)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))

    page.goto(f"{live_server.url}/")
    assert page.url.endswith("/accounts/sign-in/?next=/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", one_time)
    page.click("button[type=submit] >> text=Sign in")
    assert page.url.endswith("/accounts/password/new/")
    assert_accessible(page)

    page.fill("#id_new_password1", "browser chosen passphrase 9")
    page.fill("#id_new_password2", "browser chosen passphrase 9")
    page.click("text=Save password")
    assert page.url.endswith("/accounts/two-factor/enrol/")
    assert page.locator(".qr svg").is_visible()
    assert_accessible(page)
    secret = page.inner_text("#totp-secret").replace(" ", "")
    page.fill("#id_code", pyotp.TOTP(secret).now())
    page.click("text=Confirm")
    # Enrolment ends on the ten backup codes, shown this once.
    assert page.locator("#backup-codes li").count() == 10
    assert_accessible(page)
    page.click("text=I have written them down")
    assert page.url == f"{live_server.url}/"
    assert "You are signed in as Administrator" in page.inner_text("main")

    page.click("text=Русский")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert "Журнал аудита" in page.inner_text("main")

    # The page fits a 360 px phone screen without sideways scrolling.
    png = page.screenshot(full_page=True)
    assert int.from_bytes(png[16:20], "big") == 360, "full-page screenshot is wider than 360 px"
    assert not [line for line in console if "Content Security Policy" in line], console
