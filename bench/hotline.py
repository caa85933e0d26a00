"""Hotline submissions per second and latency from concurrent clients on loopback.

    python -m bench.hotline [--seconds 15] [--clients 4]

Runs against a freshly set-up instance served by gunicorn (2 workers) on SQLite, or on
PostgreSQL when REFUGE_DATABASE_URL is set (`make bench` does both). Each submission is a POST
of the report form followed by the redirect to the receipt page, exactly as a browser does.
The deliberate Argon2id cost (one receipt key per submission) and mat2's cost are measured
separately, in-process, with the production settings.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import io
import os
import re
import threading
import time
import urllib.parse
import urllib.request
import uuid

from bench.common import machine, median, percentile, served_instance, write_section


def jpeg_of_about(size: int) -> bytes:
    """Return a JPEG of noise, about ``size`` bytes, with EXIF to clean."""
    from PIL import Image

    side = int((size / 1.1) ** 0.5)
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=95, exif=exif)
    return out.getvalue()


def multipart_body(fields: dict[str, str], files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = "----bench" + uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    for name, data in files:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="attachments"; '
            f'filename="{name}"\r\nContent-Type: image/jpeg\r\n\r\n'.encode()
            + data
            + b"\r\n"
        )
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), boundary


def _client(
    base: str,
    deadline: float,
    files: list[tuple[str, bytes]],
    latencies: list[float],
    errors: list[str],
) -> None:
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    while time.monotonic() < deadline:
        try:
            with opener.open(base + "/report/new/", timeout=60) as response:
                token = re.search(
                    r'name="csrfmiddlewaretoken" value="([^"]+)"', response.read().decode()
                )
            assert token
            body, boundary = multipart_body(
                {
                    "csrfmiddlewaretoken": token.group(1),
                    "account": "Benchmark account of what happened. " * 20,
                    "q_where": "Argun",
                    "q_safe_now": "Yes",
                },
                files,
            )
            request = urllib.request.Request(
                base + "/report/new/",
                data=body,
                headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            )
            started = time.perf_counter()
            with opener.open(request, timeout=120) as response:
                page = response.read().decode()
            elapsed = time.perf_counter() - started
            if 'id="receipt"' not in page:
                errors.append("no receipt on the answer page")
            else:
                latencies.append(elapsed)
        except Exception as exc:
            errors.append(repr(exc))


def run_scenario(
    base: str, *, clients: int, seconds: float, files: list[tuple[str, bytes]]
) -> dict[str, float]:
    latencies: list[float] = []
    errors: list[str] = []
    started = time.monotonic()
    deadline = started + seconds
    threads = [
        threading.Thread(target=_client, args=(base, deadline, files, latencies, errors))
        for _ in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    return {
        "submissions": len(latencies),
        "errors": len(errors),
        "rate": len(latencies) / wall,
        "p50": percentile(latencies, 50) * 1000,
        "p99": percentile(latencies, 99) * 1000,
        "first_error": errors[0] if errors else "",
    }


def deliberate_costs(jpeg: bytes) -> dict[str, float]:
    """Time one Argon2id receipt-key derivation and one mat2 run, with production settings."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from refuge import crypto
    from refuge.intake.cleaning import clean_file
    from refuge.keys.server import kdf_cost

    argon2, mat2 = [], []
    for _ in range(5):
        started = time.perf_counter()
        crypto.derive_key_from_secret("1234567890" * 2 + "12345", crypto.random_salt(), kdf_cost())
        argon2.append(time.perf_counter() - started)
    for _ in range(3):
        started = time.perf_counter()
        clean_file("photo.jpg", jpeg)
        mat2.append(time.perf_counter() - started)
    cost = kdf_cost()
    return {
        "argon2_ms": median(argon2) * 1000,
        "mat2_ms": median(mat2) * 1000,
        "opslimit": cost.opslimit,
        "memlimit_mib": cost.memlimit / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    database = "PostgreSQL" if os.environ.get("REFUGE_DATABASE_URL") else "SQLite"
    jpeg = jpeg_of_about(5 * 1024 * 1024)
    rows = []
    with served_instance() as (base, _password, _var):
        for label, files in [
            ("text only", []),
            (f"+ {len(jpeg) / 2**20:.1f} MB JPEG", [("photo.jpg", jpeg)]),
        ]:
            result = run_scenario(base, clients=args.clients, seconds=args.seconds, files=files)
            print(database, label, result)
            rows.append(
                f"| {database} | {label} | {args.clients} | {result['submissions']} "
                f"| {result['rate']:.1f} | {result['p50']:.0f} | {result['p99']:.0f} "
                f"| {result['errors']} |"
            )
    costs = deliberate_costs(jpeg)
    print(costs)
    write_section(
        f"hotline-{database.lower()}",
        f"### Hotline submissions — {database}\n\n{machine()}. gunicorn, 2 gthread workers × 4 threads; "
        f"{args.clients} concurrent clients on loopback for {args.seconds:.0f} s per row; "
        "latency is the POST plus its redirect to the receipt page.\n\n"
        "| database | submission | clients | submissions | per second | p50 ms | p99 ms "
        "| errors |\n"
        "|---|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n\n"
        f"Deliberate costs inside each submission (in-process, median): one Argon2id receipt "
        f"key ({costs['opslimit']} passes, {costs['memlimit_mib']:.0f} MiB) "
        f"{costs['argon2_ms']:.0f} ms; mat2 on the JPEG {costs['mat2_ms']:.0f} ms. Everything "
        "else is the remainder of the latency: form parsing, encryption, sealing, the "
        "database and the redirect.",
    )


if __name__ == "__main__":
    main()
