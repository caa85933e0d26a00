"""What `make run` does, end to end: set up a fresh instance, serve it with gunicorn, sign in.

Also the promise that no IP address or user agent is stored: the requests carry canaries in
their User-Agent and X-Forwarded-For headers, and the database file and the server's output are
searched for them afterwards.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pyotp
import pytest

from tests.hotline_helpers import EXIF_SERIAL_CANARY, jpeg_with_exif, recent_temp_files

UA_CANARY = "CanaryAgent/7.7 (ua-canary-5f1d)"
IP_CANARY = "203.0.113.77"
NEW_PASSWORD = "served instance passphrase 2026"
TEXT_CANARY = "SERVEDTEXTCANARY6612"
ANSWER_CANARY = "SERVEDANSWERCANARY2231"
FILENAME_CANARY = "SERVEDFILECANARY8890.jpg"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Browser:
    """A cookie-keeping HTTP client that sends the canary headers on every request."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def request(self, path: str, data: dict[str, str] | None = None) -> tuple[str, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(
            self.base + path,
            data=body,
            headers={"User-Agent": UA_CANARY, "X-Forwarded-For": IP_CANARY},
        )
        with self.opener.open(req, timeout=30) as response:
            return response.geturl(), response.read().decode()

    def submit(
        self, path: str, fields: dict[str, str], files: list[tuple[str, bytes]] | None = None
    ) -> tuple[str, str]:
        _, html = self.request(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert token, html[:500]
        fields = {"csrfmiddlewaretoken": token.group(1), **fields}
        if files is None:
            return self.request(path, fields)
        return self.multipart(path, fields, files)

    def multipart(
        self, path: str, fields: dict[str, str], files: list[tuple[str, bytes]]
    ) -> tuple[str, str]:
        boundary = "----refuge" + uuid.uuid4().hex
        parts = []
        for name, value in fields.items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
        for filename, data in files:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="attachments"; '
                f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
                + data
                + b"\r\n"
            )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        req = urllib.request.Request(
            self.base + path,
            data=body,
            headers={
                "User-Agent": UA_CANARY,
                "X-Forwarded-For": IP_CANARY,
                "Content-Type": f"multipart/form-data; boundary={boundary}",
            },
        )
        with self.opener.open(req, timeout=60) as response:
            return response.geturl(), response.read().decode()


def read_tree(root: Path) -> bytes:
    """Return the bytes of every file under ``root`` (files that vanish meanwhile are skipped)."""
    chunks = []
    for path in root.rglob("*"):
        try:
            if path.is_file():
                chunks.append(path.read_bytes())
        except FileNotFoundError:
            pass
    return b"".join(chunks)


@pytest.fixture
def served(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFUGE_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        REFUGE_VAR_DIR=str(tmp_path / "var"),
        REFUGE_PORT=str(_free_port()),
        REFUGE_KDF_MEMLIMIT=str(8 * 1024 * 1024),
    )
    refuge = [sys.executable, "-m", "refuge.cli"]
    setup = subprocess.run(
        [*refuge, "setup"], env=env, capture_output=True, text=True, timeout=180, check=True
    )
    password = setup.stdout.split("one-time password: ")[1].split()[0]
    again = subprocess.run([*refuge, "setup"], env=env, capture_output=True, text=True, check=True)
    assert "already exist" in again.stdout, "a second run keeps the first administrator"

    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen([*refuge, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{env['REFUGE_PORT']}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                    assert response.read() == b"ok"
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("the server did not answer /healthz")
        yield base, password, tmp_path
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


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
    assert url == base + "/"
    assert "You are signed in as Administrator" in html
    _, static = browser.request(re.search(r'href="(/static/[^"]+\.css)"', html).group(1))
    assert "--accent" in static, "WhiteNoise serves the hashed stylesheet"

    # An anonymous report with canaries everywhere; the administrator (on the rota) reads it.
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
