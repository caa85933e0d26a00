"""Availability: staff pages while two hostile 50 MB uploads are in flight.

    python -m bench.availability [--seconds 40]

A fresh instance (SQLite, production Argon2id cost) served by gunicorn with 2 workers, once
with sync workers (one request per process, the old default) and once with gthread workers
(4 threads each, the new default). Two hostile clients each send a valid report form whose
49 MB attachment trickles in at 1 MB/s, straight into gunicorn (the worst case: nginx in
front would absorb the trickle and hand over the whole body at once); a new one starts as soon
as one ends. Meanwhile a coordinator and a caseworker use the staff pages (bench.soak). The
figures go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import defaultdict

from bench.common import ROOT, machine, percentile, served_instance, write_section
from bench.soak import staff

HOSTILE_BYTES = 49 * 1024 * 1024
RATE_BYTES_PER_SECOND = 1024 * 1024
CHUNK = 16 * 1024


def hostile_upload(base: str, deadline: float, done: list[int]) -> None:
    """Trickle 49 MB report uploads into ``base`` until ``deadline``."""
    while time.monotonic() < deadline:
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        with opener.open(base + "/report/new/", timeout=120) as response:
            page = response.read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if token is None:
            raise RuntimeError("no CSRF token on the report form")
        head = (
            b'--x\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
            + token.group(1).encode()
            + b'\r\n--x\r\nContent-Disposition: form-data; name="account"\r\n\r\nhostile'
            + b'\r\n--x\r\nContent-Disposition: form-data; name="attachments"; '
            + b'filename="video.mkv"\r\nContent-Type: video/x-matroska\r\n\r\n'
        )
        tail = b"\r\n--x--\r\n"
        cookies = "; ".join(f"{c.name}={c.value}" for c in jar)
        host, port = base.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=300) as sock:
            sock.sendall(
                b"POST /report/new/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + f"Cookie: {cookies}\r\n".encode()
                + b"Content-Type: multipart/form-data; boundary=x\r\n"
                + f"Content-Length: {len(head) + HOSTILE_BYTES + len(tail)}\r\n\r\n".encode()
                + head
            )
            sent = 0
            started = time.monotonic()
            while sent < HOSTILE_BYTES:
                sock.sendall(b"\x1a" * CHUNK)
                sent += CHUNK
                ahead = sent / RATE_BYTES_PER_SECOND - (time.monotonic() - started)
                if ahead > 0:
                    time.sleep(ahead)
            sock.sendall(tail)
            sock.recv(100)
        done.append(1)


def measure(worker_class: str, threads: int, seconds: float) -> dict[str, list[float]]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()

    def record(kind: str, elapsed: float | None, error: str) -> None:
        with lock:
            if error:
                errors.append(f"{kind}: {error}")
            elif elapsed is not None:
                latencies[kind].append(elapsed)

    extra = {"REFUGE_WORKER_CLASS": worker_class, "REFUGE_THREADS": str(threads)}
    with served_instance(workers=2, extra_env=extra) as (base, _password, var):
        env = {"DJANGO_SETTINGS_MODULE": "config.settings.dev", "REFUGE_VAR_DIR": str(var)}
        world = json.loads(
            subprocess.run(
                [sys.executable, "-m", "tests.faultworld", "create"],
                env={**_clean_env(), **env},
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        deadline = time.monotonic() + seconds
        uploads: list[int] = []
        hostile = [
            threading.Thread(target=hostile_upload, args=(base, deadline, uploads), daemon=True)
            for _ in range(2)
        ]
        for thread in hostile:
            thread.start()
        time.sleep(2)  # both uploads in flight before the staff start
        people = [
            threading.Thread(target=staff, args=(base, deadline, record, world, name))
            for name in ("cora", "bob")
        ]
        for thread in people:
            thread.start()
        for thread in people:
            thread.join()
    latencies["errors"] = [float(len(errors))]
    return latencies


def _clean_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith(("REFUGE_", "DJANGO_"))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=40)
    args = parser.parse_args()
    rows = []
    worst_gthread = 0.0
    for worker_class, threads in (("sync", 1), ("gthread", 4)):
        found = measure(worker_class, threads, args.seconds)
        errors = int(found.pop("errors")[0])
        staff_times = [t for kind, values in found.items() if kind != "sign in" for t in values]
        if staff_times:
            p50, p99 = percentile(staff_times, 50) * 1000, percentile(staff_times, 99) * 1000
            figures = f"{p50:.0f} | {p99:.0f}"
        else:  # every worker held by an upload: not even the sign-in page answered
            p99, figures = float("inf"), "— | —"
        if worker_class == "gthread":
            worst_gthread = p99
        line = (
            f"| {worker_class} ×2{'' if threads == 1 else f', {threads} threads'} "
            f"| {len(staff_times)} | {figures} | {errors} |"
        )
        print(line)
        rows.append(line)
    write_section(
        "availability",
        f"### Availability under hostile uploads\n\n{machine()}. SQLite, production Argon2id "
        f"cost, 2 gunicorn workers; two hostile clients each trickle a 49 MB attachment at "
        f"1 MB/s straight into gunicorn (no nginx) for {args.seconds:.0f} s while a "
        "coordinator and a caseworker use the staff pages (inbox, report, queue, case) "
        "(`python -m bench.availability`). Target: staff p99 under 1 s.\n\n"
        "| workers | staff requests | p50 ms | p99 ms | errors (timeouts) |\n"
        "|---|---|---|---|---|\n" + "\n".join(rows),
    )
    return 0 if worst_gthread < 1000 else 1


if __name__ == "__main__":
    sys.exit(main())
