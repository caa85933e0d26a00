"""What a reporter's visit leaves behind: on the server's disk, in its logs, in the browser.

Quick exit closes an opened report for good; session rows carry no exact time and vanish when
empty; blobs carry coarse mtimes; 4xx answers and reporter paths write no log line; reporter
static files are never cached.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from refuge.accounts.models import Role
from refuge.core.logfilters import QuietRequests
from tests.conftest import CsrfClient, signed_in_client
from tests.hotline_helpers import jpeg_with_exif, receipt_from, submit_report, upload

pytestmark = pytest.mark.django_db
ACCOUNT = "They took my brother at the checkpoint."


@pytest.fixture
def rota(persona_factory):
    return persona_factory("bob", Role.CASEWORKER, rota=True)


def _opened_thread(client: CsrfClient) -> None:
    receipt = receipt_from(submit_report(client, account=ACCOUNT))
    client.post("/report/return/", {"receipt": receipt})
    assert ACCOUNT in client.get("/report/thread/").content.decode()


def test_quick_exit_closes_the_opened_report(rota, settings) -> None:
    reporter = CsrfClient()
    _opened_thread(reporter)
    kept_cookies = {name: morsel.value for name, morsel in reporter.cookies.items()}

    response = reporter.get("/report/exit/")
    assert response.status_code == 302
    assert response["Location"] == settings.REFUGE_QUICK_EXIT_URL
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert "no-store" in response["Cache-Control"]
    for name in ("sid", "sk", "csrftoken", settings.LANGUAGE_COOKIE_NAME):
        assert response.cookies[name]["max-age"] == 0, name
    assert Session.objects.count() == 0, "the session row is gone"

    # Back, or typing the address, shows nothing, even with the cookies copied before the exit.
    page = reporter.get("/report/thread/", follow=True)
    assert ACCOUNT not in page.content.decode()
    replay = Client()
    for name, value in kept_cookies.items():
        replay.cookies[name] = value
    page = replay.get("/report/thread/", follow=True)
    assert page.redirect_chain[0][0] == "/report/return/"
    assert ACCOUNT not in page.content.decode()


def test_quick_exit_keeps_a_signed_in_staff_session(rota) -> None:
    staff = signed_in_client(rota)
    response = staff.get("/report/exit/")
    assert response.status_code == 302 and "Clear-Site-Data" not in response
    assert staff.get("/inbox/").status_code == 200


def test_reporter_flows_leave_no_exact_time_and_no_empty_rows(rota, settings) -> None:
    reporter = CsrfClient()
    sent = submit_report(reporter, account=ACCOUNT, files=[upload("p.jpg", jpeg_with_exif())])
    assert Session.objects.count() == 0, "the receipt was shown: the session is empty, deleted"
    reporter.post("/report/return/", {"receipt": receipt_from(sent)})
    reporter.post("/report/thread/", {"body": "More news.", "attachments": [upload("n.txt", b"x")]})
    reporter.get("/report/thread/")
    rows = list(Session.objects.all())
    assert len(rows) == 1
    for row in rows:
        assert row.expire_date.timestamp() % 3600 == 0, row.expire_date
    store = Path(settings.REFUGE_FILE_STORE)
    stored = [p for p in store.rglob("*")]
    assert any(p.is_file() for p in stored)
    for path in stored:
        assert os.stat(path).st_mtime % 3600 == 0, path
    reporter.post("/report/leave/")
    assert Session.objects.count() == 0, "leaving deletes the row"


def test_reporter_static_files_are_not_cached(rota) -> None:
    client = Client()
    assert client.get("/static/refuge/reporter.css")["Cache-Control"] == "no-store"
    assert client.get("/static/refuge/icon.svg")["Cache-Control"] == "no-store"
    assert "no-store" not in client.get("/static/refuge/staff.css").get("Cache-Control", "")


def test_4xx_and_reporter_paths_write_no_log_line(rota, capfd) -> None:
    Client().get("/report/no-such-page/")
    Client(enforce_csrf_checks=True).post("/report/new/", {"account": "x"})
    Client().get("/inbox/no-such/")
    logged = capfd.readouterr().err
    assert "Not Found" not in logged and "Forbidden" not in logged and "/report/" not in logged
    record = logging.LogRecord(
        "django.request", logging.ERROR, "", 0, "Error: %s", ("/report/new/",), None
    )
    assert (
        QuietRequests().filter(record) and record.getMessage() == "Server error on a reporter page"
    )
