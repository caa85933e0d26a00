"""Load and soak: many reporters and staff at once on loopback, for a bounded time.

    python -m bench.soak [--seconds 120] [--reporters 6]

A fresh instance (gunicorn, 2 workers, production Argon2id cost) on SQLite, or on PostgreSQL
when REFUGE_DATABASE_URL is set. Reporters write in (one in five with a photo), come back with
their receipt and read their thread; a coordinator and a caseworker on the rota read the inbox,
open reports, the queue and the case. Every answer is checked (status and an expected marker);
the server's memory (master and workers, RSS) is sampled every two seconds. Exits non-zero
on any error.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

import pyotp

from bench.common import ROOT, machine, percentile, served_instance, write_section
from bench.hotline import jpeg_of_about, multipart_body

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RECEIPT = re.compile(r'id="receipt">([0-9 ]+)<')


def found(pattern: re.Pattern[str], page: str) -> str:
    match = pattern.search(page)
    if match is None:
        raise RuntimeError(f"{pattern.pattern} not on the page")
    return match.group(1)


class Session:
    """A cookie-keeping client that times every request by kind."""

    def __init__(self, base: str, record) -> None:
        self.base = base
        self.record = record
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def fetch(
        self, kind: str, path: str, *, data: bytes | None = None, headers=None, marker: str = ""
    ) -> str:
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        started = time.perf_counter()
        try:
            with self.opener.open(request, timeout=120) as response:
                page = response.read().decode()
        except (OSError, urllib.error.URLError) as exc:
            self.record(kind, None, repr(exc))
            raise
        ok = marker in page
        self.record(kind, time.perf_counter() - started, "" if ok else f"no {marker!r}")
        if not ok:
            raise RuntimeError(f"{kind}: no {marker!r}")
        return page

    def post(self, kind: str, path: str, fields: dict[str, str], *, marker: str = "") -> str:
        return self.fetch(kind, path, data=urllib.parse.urlencode(fields).encode(), marker=marker)

    def multipart(self, kind: str, path: str, fields: dict[str, str], files, *, marker: str):
        body, boundary = multipart_body(fields, files)
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        return self.fetch(kind, path, data=body, headers=headers, marker=marker)


def reporter(base: str, deadline: float, record, photo: bytes, seed: int) -> None:
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        me = Session(base, record)
        try:
            form = me.fetch("report form", "/report/new/", marker="csrfmiddlewaretoken")
            fields = {
                "csrfmiddlewaretoken": found(TOKEN, form),
                "account": "Soak test account of what happened. " * rng.randint(1, 30),
                "q_where": "Argun",
                "q_safe_now": "Yes",
            }
            files = [("photo.jpg", photo)] if rng.random() < 0.2 else []
            sent = me.multipart("submit report", "/report/new/", fields, files, marker="receipt")
            receipt = found(RECEIPT, sent)
            again = Session(base, record)
            page = again.fetch("return form", "/report/return/", marker="csrfmiddlewaretoken")
            token = found(TOKEN, page)
            again.post(
                "return with receipt",
                "/report/return/",
                {"csrfmiddlewaretoken": token, "receipt": receipt},
                marker="Soak test account",
            )
        except Exception:  # noqa: S112 (already recorded as an error)
            continue


def staff(base: str, deadline: float, record, world: dict, username: str) -> None:
    me = Session(base, record)
    page = me.fetch("sign in", "/accounts/sign-in/", marker="csrfmiddlewaretoken")
    page = me.post(
        "sign in",
        "/accounts/sign-in/",
        {
            "csrfmiddlewaretoken": found(TOKEN, page),
            "username": username,
            "password": world["password"],
        },
        marker="csrfmiddlewaretoken",
    )
    me.post(
        "sign in",
        "/accounts/two-factor/",
        {
            "csrfmiddlewaretoken": found(TOKEN, page),
            "code": pyotp.TOTP(world["totp"][username]).now(),
        },
        marker="signed in as",
    )
    rng = random.Random(username)
    while time.monotonic() < deadline:
        try:
            inbox = me.fetch("staff inbox", "/inbox/", marker="<table")
            reports = re.findall(r'href="(/inbox/[0-9a-f-]{36}/)"', inbox)
            if reports:
                me.fetch("staff report", rng.choice(reports[:50]), marker="<h1")
            if username == "cora":  # the coordinator holds the case; bob is not assigned
                me.fetch("staff queue", "/cases/", marker="<h1")
                me.fetch("staff case", f"/cases/{world['case']}/", marker="<h1")
        except Exception:  # noqa: S112 (already recorded as an error)
            continue


def server_rss_mib(port: str) -> float:
    """Resident memory of the gunicorn master serving ``port`` and all its workers."""
    masters, parents, rss = set(), {}, {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ")
            stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            status = (proc / "status").read_text()
        except OSError:
            continue
        parents[proc.name] = stat[1]
        resident = re.search(r"VmRSS:\s+(\d+)", status)  # absent for kernel threads
        rss[proc.name] = int(resident.group(1)) if resident else 0
        if b"gunicorn" in cmdline and f"127.0.0.1:{port}".encode() in cmdline:
            masters.add(proc.name)
    tree = {pid for pid in rss if pid in masters or parents.get(pid) in masters}
    return sum(rss[pid] for pid in tree) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--reporters", type=int, default=6)
    args = parser.parse_args()
    database = "PostgreSQL" if os.environ.get("REFUGE_DATABASE_URL") else "SQLite"
    photo = jpeg_of_about(300 * 1024)
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()

    def record(kind: str, seconds: float | None, error: str) -> None:
        with lock:
            if error:
                errors.append(f"{kind}: {error}")
            elif seconds is not None:
                latencies[kind].append(seconds)

    with served_instance() as (base, _password, var):
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        env.update(DJANGO_SETTINGS_MODULE="config.settings.dev", REFUGE_VAR_DIR=str(var))
        world = json.loads(
            subprocess.run(
                [sys.executable, "-m", "tests.faultworld", "create"],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        port = base.rsplit(":", 1)[1]
        started = time.monotonic()
        deadline = started + args.seconds
        threads = [
            threading.Thread(target=reporter, args=(base, deadline, record, photo, seed))
            for seed in range(args.reporters)
        ] + [
            threading.Thread(target=staff, args=(base, deadline, record, world, name))
            for name in ("cora", "bob")
        ]
        for thread in threads:
            thread.start()
        memory: list[tuple[float, float]] = []
        while any(thread.is_alive() for thread in threads):
            memory.append((time.monotonic() - started, server_rss_mib(port)))
            time.sleep(2)
        wall = time.monotonic() - started

    total = sum(len(values) for values in latencies.values())
    warm = [m for t, m in memory if t >= min(20, args.seconds / 4)] or [m for _, m in memory]
    rows = [
        f"| {kind} | {len(values)} | {len(values) / wall:.1f} | {percentile(values, 50) * 1000:.0f} "
        f"| {percentile(values, 99) * 1000:.0f} |"
        for kind, values in sorted(latencies.items())
    ]
    summary = (
        f"{total} requests in {wall:.0f} s ({total / wall:.1f}/s), {len(errors)} errors; "
        f"server memory (master + workers, RSS) {warm[0]:.0f} MiB after warm-up, "
        f"{warm[-1]:.0f} MiB at the end, {max(m for _, m in memory):.0f} MiB at most"
    )
    print(database, summary)
    for error, count in Counter(errors).most_common(10):
        print(f"error ×{count}:", error)
    write_section(
        f"soak-{database.lower()}",
        f"### Load and soak — {database}\n\n{machine()}. gunicorn, 2 gthread workers × 4 threads, production "
        f"Argon2id cost; {args.reporters} reporters (submit, one in five with a "
        f"{len(photo) // 1024} KB photo; come back with the receipt) and 2 staff (inbox, "
        f"report, queue, case) on loopback for {args.seconds:.0f} s (`python -m bench.soak`).\n\n"
        f"{summary}.\n\n"
        "| request | count | per second | p50 ms | p99 ms |\n|---|---|---|---|---|\n"
        + "\n".join(rows),
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
