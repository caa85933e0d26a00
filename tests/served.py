"""A served Refuge instance for the tests that need a real server, and a client for it."""

from __future__ import annotations

import atexit
import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Sent on every request, then searched for in what the server stored and logged.
UA_CANARY = "CanaryAgent/7.7 (ua-canary-5f1d)"
IP_CANARY = "203.0.113.77"
# gunicorn's master gives requests in flight its graceful timeout (30 s by default), then kills
# the workers left: a stop is bounded by that, not by how quickly an idle server exits.
GRACEFUL_STOP_BOUND_SECONDS = 60


def free_port() -> int:
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


def _fresh_database_url(template: str | None = None) -> str | None:
    """A new database in the suite's PostgreSQL cluster (empty, or a copy of ``template``), or
    None on SQLite."""
    url = os.environ.get("REFUGE_DATABASE_URL")
    if not url:
        return None
    import psycopg

    name = f"refuge_fault_{uuid.uuid4().hex[:8]}"
    copy = f" TEMPLATE {template}" if template else ""
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}{copy}")  # fixed patterns, no outside input
    return url.rsplit("/", 1)[0] + "/" + name


@dataclass(frozen=True)
class _SetUp:
    var: Path
    database: str  # the PostgreSQL database `refuge setup` filled, "" on SQLite (under var)
    output: str


# What `refuge setup` made, by database ("" SQLite, else the suite's PostgreSQL cluster).
_SET_UP: dict[str, _SetUp] = {}


def _set_up_once(database_url: str) -> _SetUp:
    """Run `refuge setup` on a fresh instance once per session; later instances copy it."""
    if database_url not in _SET_UP:
        base = Path(tempfile.mkdtemp(prefix="refuge-set-up-"))
        atexit.register(shutil.rmtree, base, ignore_errors=True)
        made = Instance(base, database_url=None if database_url else "")
        database = made.env.get("REFUGE_DATABASE_URL", "")
        _SET_UP[database_url] = _SetUp(made.var, database.rsplit("/", 1)[-1], made.setup_output)
    return _SET_UP[database_url]


class Instance:
    """A fresh Refuge instance served by gunicorn, which can be killed and started again.

    SQLite under ``var``, or a new database in the suite's PostgreSQL cluster, or
    ``database_url`` ("" forces SQLite). Cheap Argon2id: this tests behaviour, not cost.

    ``copy_setup``: instead of running `refuge setup` again (migrations, static files, the
    first administrator: seconds per instance), copy the data directory and database that one
    run made earlier in the session, byte for byte. For tests about what an instance does once
    set up; tests/test_served.py checks setup itself on a fresh instance.
    """

    def __init__(
        self,
        tmp_path: Path,
        *,
        var: Path | None = None,
        database_url: str | None = None,
        copy_setup: bool = False,
    ) -> None:
        self.var = var or tmp_path / "var"
        self.log_path = tmp_path / "server.log"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("REFUGE_")}
        self.env.update(
            DJANGO_SETTINGS_MODULE="config.settings.dev",
            REFUGE_VAR_DIR=str(self.var),
            REFUGE_PORT=str(free_port()),
            REFUGE_KDF_MEMLIMIT=str(8 * 1024 * 1024),
        )
        suite_database = os.environ.get("REFUGE_DATABASE_URL", "")
        set_up = None
        if copy_setup:
            assert database_url in (None, "", suite_database), "copies the suite's or SQLite"
            set_up = _set_up_once(suite_database if database_url is None else database_url)
            shutil.copytree(set_up.var, self.var)
        if database_url is None:
            database = _fresh_database_url(template=set_up.database if set_up else None)
        else:
            database = database_url
        if database:
            self.env["REFUGE_DATABASE_URL"] = database
        self.base = f"http://127.0.0.1:{self.env['REFUGE_PORT']}"
        self.server: subprocess.Popen[bytes] | None = None
        self.setup_output = set_up.output if set_up else self.run("setup")

    def first_password(self) -> str:
        """The founding administrator's one-time password: `refuge setup` run without a
        terminal writes first-run secrets to a 0600 file under var/, never to its output."""
        written = (self.var / "first-run-secrets.txt").read_text()
        return written.split("one-time password: ")[1].split()[0]

    def run(self, *args: str) -> str:
        return self.python("refuge.cli", *args)

    def python(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", *args],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    def start(self) -> None:
        log = self.log_path.open("a")
        self.server = subprocess.Popen(
            [sys.executable, "-m", "refuge.cli", "serve"],
            env=self.env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: master and workers die together
        )
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as response:
                    if response.read() == b"ok":
                        return
            except OSError:
                time.sleep(0.1)
        pytest.fail("the server did not answer /healthz:\n" + self.log_path.read_text()[-3000:])

    def kill(self) -> None:
        assert self.server is not None
        os.killpg(self.server.pid, signal.SIGKILL)
        self.server.wait(timeout=30)
        self.server = None

    def stop(self) -> None:
        """Stop the server as systemd does: SIGTERM, then SIGKILL if it outlives its bound."""
        if self.server is None:
            return
        os.killpg(self.server.pid, signal.SIGTERM)
        try:
            self.server.wait(timeout=GRACEFUL_STOP_BOUND_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(self.server.pid, signal.SIGKILL)
            self.server.wait(timeout=30)
            pytest.fail("the server outlived SIGTERM:\n" + self.log_path.read_text()[-3000:])
        finally:
            self.server = None

    def check(self, password: str) -> dict:
        return json.loads(self.python("tests.faultworld", "check", password))
