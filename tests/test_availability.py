"""Availability: slow hostile uploads hold threads, not the server.

Two uploads of a declared 50 MB trickle into gunicorn directly (no nginx to absorb them), and
meanwhile the staff sign-in page and /healthz must answer within a second. With the old two
sync workers both were held and every other request waited.
"""

from __future__ import annotations

import http.cookiejar
import re
import socket
import threading
import time
import urllib.request
from pathlib import Path

from django.conf import settings

from refuge.core.management.commands.serve import request_timeout_seconds
from tests.served import Instance

HOSTILE_BYTES = 40 * 1024 * 1024  # under the 50 MB limit: Refuge reads it all


def test_gunicorn_timeout_is_above_the_cleaning_bound() -> None:
    bound = settings.REFUGE_MAT2_TIMEOUT_SECONDS * settings.REFUGE_UPLOAD_MAX_FILES
    assert request_timeout_seconds() > bound


def _trickle(base: str, stop: threading.Event) -> None:
    """Send a valid report form whose 40 MB attachment arrives 4 KB at a time."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(base + "/report/new/") as response:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.read().decode())
    assert token
    cookies = "; ".join(f"{c.name}={c.value}" for c in jar)
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(
            b"POST /report/new/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + f"Cookie: {cookies}\r\n".encode()
            + b"Content-Type: multipart/form-data; boundary=x\r\n"
            + f"Content-Length: {HOSTILE_BYTES}\r\n\r\n".encode()
            + b'--x\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
            + token.group(1).encode()
            + b'\r\n--x\r\nContent-Disposition: form-data; name="attachments"; '
            + b'filename="v.mkv"\r\n\r\n'
        )
        while not stop.is_set():
            try:
                sock.sendall(b"\0" * 4096)
            except OSError:
                return
            time.sleep(0.05)


def test_two_slow_uploads_do_not_starve_staff_pages(tmp_path: Path) -> None:
    instance = Instance(tmp_path, database_url="", copy_setup=True)
    expired = (
        "from datetime import timedelta; from django.utils import timezone; "
        "from django.contrib.sessions.models import Session; "
        "Session.objects.create(session_key='e' * 32, session_data='e30', "
        "expire_date=timezone.now() - timedelta(hours=2))"
    )
    instance.run("shell", "-c", expired)
    instance.start()
    count = "from django.contrib.sessions.models import Session; print(Session.objects.count())"
    assert instance.run("shell", "-c", count).split()[-1] == "0", "serve purged expired sessions"
    # Each page a few times before the uploads, so every worker has served it: a worker's first
    # request loads the URLconf and templates, which is start-up, not the starvation measured.
    for path in ("/healthz", "/accounts/sign-in/") * 4:
        with urllib.request.urlopen(instance.base + path, timeout=10) as response:
            assert response.status == 200
    stop = threading.Event()
    uploads = [threading.Thread(target=_trickle, args=(instance.base, stop)) for _ in range(2)]
    try:
        for upload in uploads:
            upload.start()
        time.sleep(1)  # both uploads are in flight
        latencies = []
        for path in ("/healthz", "/accounts/sign-in/") * 10:
            started = time.monotonic()
            with urllib.request.urlopen(instance.base + path, timeout=10) as response:
                assert response.status == 200
            latencies.append(time.monotonic() - started)
        assert all(upload.is_alive() for upload in uploads), "still uploading throughout"
    finally:
        stop.set()
        for upload in uploads:
            upload.join(timeout=10)
        instance.stop()
    assert max(latencies) < 1.0, latencies
