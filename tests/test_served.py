"""What `make run` does, end to end: set up a fresh instance, serve it with gunicorn, sign in.

Also the promise that no IP address or user agent is stored: the requests carry canaries in
their User-Agent and X-Forwarded-For headers, and the database file and the server's output are
searched for them afterwards.
"""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

import pyotp
import pytest

from tests.hotline_helpers import EXIF_SERIAL_CANARY, jpeg_with_exif, recent_temp_files
from tests.served import IP_CANARY, UA_CANARY, Browser, Instance, read_tree

NEW_PASSWORD = "served instance passphrase 2026"
TEXT_CANARY = "SERVEDTEXTCANARY6612"
ANSWER_CANARY = "SERVEDANSWERCANARY2231"
FILENAME_CANARY = "SERVEDFILECANARY8890.jpg"


@pytest.fixture
def served(tmp_path: Path):
    instance = Instance(tmp_path, database_url="")
    assert "one-time password" not in instance.setup_output
    password = instance.first_password()
    again = instance.run("setup")
    assert "already exist" in again, "a second run keeps the first administrator"
    instance.start()
    try:
        yield instance.base, password, tmp_path
    finally:
        instance.stop()


def test_fresh_instance_serves_and_first_admin_signs_in(served) -> None:
    base, password, tmp_path = served
    browser = Browser(base)
    url, html = browser.submit("/accounts/sign-in/", {"username": "admin", "password": password})
    assert url.endswith("/accounts/password/new/")
    url, html = browser.submit(
        "/accounts/password/new/", {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert url.endswith("/accounts/two-factor/enrol/")
    secret = re.search(r'id="totp-secret">([^<]+)<', html).group(1).replace(" ", "")
    url, html = browser.submit("/accounts/two-factor/enrol/", {"code": pyotp.TOTP(secret).now()})
    assert html.count("<li>") == 10, "enrolment ends on the ten backup codes"
    url, html = browser.request("/")
    assert url == base + "/"
    assert "You are signed in as Administrator" in html
    _, static = browser.request(re.search(r'href="(/static/[^"]+\.css)"', html).group(1))
    assert "--accent" in static, "WhiteNoise serves the hashed stylesheet"

    # An anonymous report with canaries everywhere; the founding administrator reads it.
    started = time.time() - 1
    reporter = Browser(base)
    _, receipt_page = reporter.submit(
        "/report/new/",
        {"account": TEXT_CANARY, "q_where": ANSWER_CANARY, "q_safe_now": "Yes"},
        files=[(FILENAME_CANARY, jpeg_with_exif())],
    )
    assert 'id="receipt"' in receipt_page
    _, inbox = browser.request("/inbox/")
    report_path = re.search(r'href="(/inbox/[0-9a-f-]{36}/)"', inbox).group(1)
    _, report_page = browser.request(report_path)
    assert TEXT_CANARY in report_page and FILENAME_CANARY in report_page

    # Nothing stored or logged names the network address or the browser, or holds the report.
    var = tmp_path / "var"
    stored = read_tree(var)
    for canary in (UA_CANARY, IP_CANARY, "127.0.0.1"):
        assert canary.encode() not in stored, canary
    server_output = (tmp_path / "server.log").read_text()
    assert UA_CANARY not in server_output and IP_CANARY not in server_output
    temp = recent_temp_files(started)
    for canary in (TEXT_CANARY, ANSWER_CANARY, FILENAME_CANARY, EXIF_SERIAL_CANARY):
        assert canary.encode() not in stored, canary
        assert canary not in server_output, canary
        assert canary.encode() not in temp, canary
    assert "GET /" not in server_output, "no access log"
    assert oct((var / "refuge.sqlite3").stat().st_mode & 0o777) == "0o600"
    with sqlite3.connect(var / "refuge.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
