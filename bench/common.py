"""What every benchmark needs: a served instance, timing helpers, and docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "docs" / "benchmarks.md"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, {platform.machine()}, "
        f"Python {platform.python_version()}; measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def served_instance(
    *, workers: int = 2, extra_env: dict[str, str] | None = None
) -> Iterator[tuple[str, str, Path]]:
    """Set up a fresh instance (SQLite, or REFUGE_DATABASE_URL) and serve it with gunicorn.

    Yields the base URL, the first administrator's one-time password, and the var directory.
    """
    with tempfile.TemporaryDirectory(prefix="refuge-bench-") as tmp:
        var = Path(tmp) / "var"
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        env.update(
            DJANGO_SETTINGS_MODULE="config.settings.dev",
            REFUGE_VAR_DIR=str(var),
            REFUGE_PORT=str(free_port()),
            REFUGE_WORKERS=str(workers),
        )
        env.update(extra_env or {})
        refuge = [sys.executable, "-m", "refuge.cli"]
        subprocess.run(
            [*refuge, "setup"], env=env, capture_output=True, text=True, check=True, cwd=ROOT
        )
        written = (var / "first-run-secrets.txt").read_text()
        password = written.split("one-time password: ")[1].split()[0]
        log = open(Path(tmp) / "server.log", "w")  # noqa: SIM115
        server = subprocess.Popen(
            [*refuge, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT
        )
        base = f"http://127.0.0.1:{env['REFUGE_PORT']}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(base + "/healthz", timeout=2):
                        break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError("server did not start") from None
                    time.sleep(0.2)
            yield base, password, var
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()


def write_section(name: str, markdown: str) -> None:
    """Replace (or add) the section ``name`` of docs/benchmarks.md."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    block = f"{begin}\n{markdown.strip()}\n{end}"
    text = (
        RESULTS.read_text(encoding="utf-8")
        if RESULTS.exists()
        else (
            "# Benchmarks\n\nWritten by the benchmarks in `bench/` (`make bench`); "
            "each section says the machine and date it was measured on.\n"
        )
    )
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    text = pattern.sub(lambda _m: block, text) if begin in text else f"{text}\n{block}\n"
    RESULTS.write_text(text, encoding="utf-8")


def django_in_process(prefix: str) -> str:
    """Set up Django on a fresh data directory with cheap KDF costs, migrate, collect static
    files; return the database's name ("SQLite", or "PostgreSQL" with REFUGE_DATABASE_URL)."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        REFUGE_VAR_DIR=tempfile.mkdtemp(prefix=prefix),
        REFUGE_KDF_MEMLIMIT=str(8 * 1024 * 1024),
        REFUGE_KDF_OPSLIMIT="1",
    )
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    return "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"


def timed_gets(client: Any, path: str, queries: list[dict[str, str]], requests: int) -> list[float]:
    """GET ``path`` ``requests`` times cycling through ``queries``; return each time in ms."""
    timings = []
    for i in range(requests):
        begun = time.perf_counter()
        response = client.get(path, queries[i % len(queries)])
        timings.append((time.perf_counter() - begun) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return timings


def staff_client(user, keypair=None):  # type: ignore[no-untyped-def]
    """Return a test client signed in as ``user`` past both factors, with ``keypair`` (if
    given) unlocked in the session the way sign-in leaves it."""
    from django.test import Client

    from refuge.accounts.session import (
        LAST_SEEN,
        SIGNED_IN_AT,
        TWO_FACTOR_PASSED,
        UNLOCK_COOKIE,
        WRAPPED_PRIVATE_KEY,
        private_key_split,
    )

    client = Client()
    client.force_login(user)
    session = client.session
    session[SIGNED_IN_AT] = session[LAST_SEEN] = time.time()
    session[TWO_FACTOR_PASSED] = True
    if keypair is not None:
        session[WRAPPED_PRIVATE_KEY], client.cookies[UNLOCK_COOKIE] = private_key_split(keypair)
    session.save()
    return client
