"""The demo instance: invented data through the services, shown to a newcomer who signs in with
the printed secrets; and a data directory it did not make is never touched."""

from __future__ import annotations

import re
import time

import pyotp
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from refuge.cases.models import Case
from refuge.intake.models import Report
from refuge.site import demo
from tests.conftest import CsrfClient

LINE = re.compile(
    r"^demo account: (?P<username>\S+) password: (?P<password>\S+) "
    r"totp key: (?P<key>[A-Z2-7]+) role: (?P<role>\w+)$"
)


@pytest.fixture
def demo_accounts(db, settings, questionnaire, stages) -> dict[str, dict[str, str]]:
    settings.REFUGE_DEMO = True
    made = demo.demo_build()
    printed = [LINE.match(account.line()) for account in made]
    assert all(printed), [account.line() for account in made]
    return {m["role"]: m.groupdict() for m in printed if m}


def _sign_in(account: dict[str, str]) -> CsrfClient:
    """Sign in through the pages, as a person with the printed password and authenticator."""
    client = CsrfClient()
    response = client.post(
        reverse("accounts:login"),
        {"username": account["username"], "password": account["password"]},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    response = client.post(
        reverse("accounts:totp_verify"), {"code": pyotp.TOTP(account["key"]).at(time.time())}
    )
    assert response.status_code == 302 and response["Location"] == "/"
    return client


def _page(client: CsrfClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    page = response.content.decode()
    assert "DEMO — invented data" in page, url
    return page


def test_a_demo_coordinator_finds_the_whole_system_filled(demo_accounts) -> None:
    coordinator = _sign_in(demo_accounts["coordinator"])
    _page(coordinator, "/")
    inbox = _page(coordinator, reverse("intake:inbox"))
    waiting = Report.objects.filter(case__isnull=True)
    shown = [r for r in waiting if reverse("intake:report_detail", args=[r.pk]) in inbox]
    assert len(shown) >= 20
    assert "A relative" in inbox, "some reports come from relatives, and say so"
    queue = _page(coordinator, reverse("cases:queue"))
    cases = [c for c in Case.objects.all() if reverse("cases:detail", args=[c.pk]) in queue]
    assert len(cases) >= 10
    assert len({c.stage_id for c in Case.objects.all()}) == 7, "a case at every stage"
    _page(coordinator, reverse("cases:detail", args=[cases[0].pk]))
    findings = _page(coordinator, reverse("findings:page"))
    assert re.search(r"\b\d+ \(\d+–\d+\)", findings), "an estimate with its interval"
    ledger = _page(coordinator, reverse("media:ledger"))
    assert "Karimov" in ledger
    assert '<span class="ok">reviewed</span>' in ledger, "a speaker a person reviewed"
    _page(coordinator, reverse("record:home"))
    assert Report.objects.exclude(receipt_revoked_at=None).count() == 1
    # The other accounts sign in with their printed secrets too; the hotline says DEMO as well.
    for role in ("caseworker", "analyst", "administrator"):
        _page(_sign_in(demo_accounts[role]), "/")
    _page(CsrfClient(), reverse("intake:new"))
    russian = CsrfClient().get(reverse("intake:new"), HTTP_ACCEPT_LANGUAGE="ru")
    assert "ДЕМО — вымышленные данные" in russian.content.decode()


def test_the_banner_is_only_on_a_demo(admin_client) -> None:
    assert "DEMO" not in admin_client.get("/").content.decode()


def test_the_demo_refuses_a_directory_it_did_not_make(tmp_path) -> None:
    real = tmp_path / "var"
    real.mkdir()
    (real / "refuge.sqlite3").write_bytes(b"real data")
    with pytest.raises(CommandError, match="not a demo directory"):
        call_command("demo", "--dir", str(real), "--no-serve", "--reset")
    assert (real / "refuge.sqlite3").read_bytes() == b"real data"
    assert not (real / demo.MARKER).exists()


def test_a_demo_directory_is_marked_and_reset_only_when_marked(tmp_path) -> None:
    target = tmp_path / "demo"
    demo.demo_dir_prepare(target)
    assert (target / demo.MARKER).is_file()
    (target / "old.sqlite3").write_bytes(b"demo data")
    demo.demo_dir_prepare(target, reset=True)
    assert not (target / "old.sqlite3").exists() and (target / demo.MARKER).is_file()


def test_the_demo_process_leaves_the_real_instance_behind(tmp_path) -> None:
    env = demo.demo_environment(
        tmp_path,
        {
            "REFUGE_DATABASE_URL": "postgresql://u:p@h/real",
            "REFUGE_SERVER_KEY": "real",
            "REFUGE_FILE_STORE": "/srv/real",
            "PATH": "/usr/bin",
        },
    )
    assert env["REFUGE_VAR_DIR"] == str(tmp_path.resolve()) and env["REFUGE_DEMO"] == "1"
    assert env["REFUGE_PORT"] == "8001" and env["PATH"] == "/usr/bin"
    assert not {"REFUGE_DATABASE_URL", "REFUGE_SERVER_KEY", "REFUGE_FILE_STORE"} & set(env)


def test_a_demo_process_refuses_settings_outside_its_directory(settings, tmp_path) -> None:
    settings.REFUGE_DEMO = True
    settings.VAR_DIR = tmp_path
    with pytest.raises(demo.DemoError, match="not a demo directory"):
        demo.demo_settings_check()
    (tmp_path / demo.MARKER).write_text(demo.MARKER_TEXT)
    with pytest.raises(demo.DemoError, match="SQLite inside"):
        demo.demo_settings_check()


def test_a_demo_server_error_page_says_demo_too(settings) -> None:
    from django.test import RequestFactory
    from django.utils import translation

    from refuge.core.views import _error

    settings.REFUGE_DEMO = True
    with translation.override("en"):  # an earlier test may leave another language active
        page = _error(RequestFactory().get("/"), 500).content.decode()
    assert "DEMO — invented data" in page
