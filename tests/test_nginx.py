"""The production shape: Debian's nginx with the shipped onion server block, in front of gunicorn.

`deploy/nginx/refuge-onion.conf` is included, as shipped, inside the `http {}` block of a test
nginx.conf; only its ports, its temp paths and its error log (raised to `info`) are pointed at
this test. A report with a 3 MB photo goes in through it, a staff member downloads the
attachment while reading slowly, and then: nginx never buffered to a temporary file, and
neither nginx's temp paths nor Refuge's data hold anything of the report.
"""

from __future__ import annotations

import http.cookiejar
import io
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pyotp
import pytest

from tests.hotline_helpers import EXIF_SERIAL_CANARY
from tests.served import ROOT, Browser, Instance, free_port, read_tree

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
ONION_CONF = ROOT / "deploy" / "nginx" / "refuge-onion.conf"
NEW_PASSWORD = "nginx shaped passphrase 2026"
TEXT_CANARY = "NGINXTEXTCANARY7301"
PHOTO_NAME = "NGINXPHOTOCANARY5521.jpg"
# A large attachment mat2 cannot clean, kept as sent: larger than nginx's response buffers.
VIDEO_NAME = "NGINXVIDEOCANARY3390.mkv"
VIDEO_BYTES = 8 * 1024 * 1024

pytestmark = pytest.mark.skipif(
    not os.access(NGINX, os.X_OK), reason="nginx is not installed (scripts/system-deps.sh test)"
)


def photo_of_size(size: int) -> bytes:
    """Return a JPEG of about ``size`` bytes (noise, so it does not compress) with EXIF canaries."""
    from PIL import Image

    side = int((size / 1.1) ** 0.5)  # noise costs about 1.2 bytes a pixel at q95
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    exif = Image.Exif()
    exif[0xA431] = EXIF_SERIAL_CANARY  # BodySerialNumber
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=95, exif=exif)
    return out.getvalue()


def nginx_conf(tmp: Path, *, listen: int, upstream: int) -> Path:
    """Write a test nginx.conf that includes the shipped onion server block, retargeted."""
    shipped = ONION_CONF.read_text()
    replacements = {
        "listen 127.0.0.1:8080;": f"listen 127.0.0.1:{listen};",
        "proxy_pass http://127.0.0.1:8000;": f"proxy_pass http://127.0.0.1:{upstream};",
        "/run/nginx-refuge/": f"{tmp}/",
        "error_log /var/log/nginx/refuge-error.log warn;": f"error_log {tmp}/error.log info;",
    }
    for old, new in replacements.items():
        assert shipped.count(old) >= 1, f"the shipped onion config no longer has {old!r}"
        shipped = shipped.replace(old, new)
    (tmp / "refuge-onion.conf").write_text(shipped)
    conf = tmp / "nginx.conf"
    conf.write_text(
        # One foreground process, as whoever runs the tests (no `user`, no privileges needed).
        "daemon off;\nmaster_process off;\n"
        f"pid {tmp}/nginx.pid;\nerror_log {tmp}/error.log info;\n"
        "events { worker_connections 64; }\n"
        f"http {{\n    include {tmp}/refuge-onion.conf;\n}}\n"
    )
    return conf


@pytest.fixture
def proxied(tmp_path: Path):
    instance = Instance(tmp_path, copy_setup=True)
    password = instance.first_password()
    instance.start()
    nginx_dir = tmp_path / "nginx"
    nginx_dir.mkdir()
    listen = free_port()
    upstream = int(instance.base.rsplit(":", 1)[1])
    conf = nginx_conf(nginx_dir, listen=listen, upstream=upstream)
    nginx = subprocess.Popen(
        [NGINX, "-c", str(conf), "-p", f"{nginx_dir}/", "-e", str(nginx_dir / "startup.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{listen}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                    assert response.read() == b"ok"
                    break
            except OSError:
                assert nginx.poll() is None, (nginx_dir / "startup.log").read_text()
                assert time.monotonic() < deadline, "nginx did not proxy /healthz"
                time.sleep(0.1)
        yield base, password, tmp_path, nginx_dir
    finally:
        nginx.terminate()
        nginx.wait(timeout=20)
        instance.stop()


def staff_browser(base: str, password: str) -> Browser:
    browser = Browser(base)
    browser.submit("/accounts/sign-in/", {"username": "admin", "password": password})
    _, html = browser.submit(
        "/accounts/password/new/", {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    secret = re.search(r'id="totp-secret">([^<]+)<', html).group(1).replace(" ", "")
    _, html = browser.submit("/accounts/two-factor/enrol/", {"code": pyotp.TOTP(secret).now()})
    assert html.count("<li>") == 10, "enrolment ends on the ten backup codes"
    url, _ = browser.request("/")
    assert url == base + "/"
    return browser


def slow_download(base: str, path: str, browser: Browser) -> tuple[bytes, float]:
    """GET ``path`` through a small receive window, 16 KB at a time; return body and seconds."""
    jar = next(
        h.cookiejar
        for h in browser.opener.handlers
        if isinstance(h, urllib.request.HTTPCookieProcessor)
    )
    assert isinstance(jar, http.cookiejar.CookieJar)
    cookies = "; ".join(f"{c.name}={c.value}" for c in jar)
    port = int(base.rsplit(":", 1)[1])
    started = time.monotonic()
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 32 * 1024)
        sock.connect(("127.0.0.1", port))
        sock.sendall(
            f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookies}\r\n\r\n".encode()
        )
        chunks = []
        while chunk := sock.recv(16 * 1024):
            chunks.append(chunk)
            time.sleep(0.01)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200"), head[:300]
    return body, time.monotonic() - started


def test_report_with_photo_and_slow_download_stay_off_nginx_disk(proxied) -> None:
    base, password, tmp_path, nginx_dir = proxied
    staff = staff_browser(base, password)
    photo = photo_of_size(3 * 1024 * 1024)
    assert len(photo) > 3_000_000
    video = os.urandom(VIDEO_BYTES)

    reporter = Browser(base)
    _, receipt_page = reporter.submit(
        "/report/new/",
        {"account": TEXT_CANARY, "q_safe_now": "Yes"},
        files=[(PHOTO_NAME, photo), (VIDEO_NAME, video)],
    )
    assert 'id="receipt"' in receipt_page

    _, inbox = staff.request("/inbox/")
    report_path = re.search(r'href="(/inbox/[0-9a-f-]{36}/)"', inbox).group(1)
    _, report_page = staff.request(report_path)
    assert TEXT_CANARY in report_page and PHOTO_NAME in report_page
    # Each link reads the file's neutral name; the name it was sent under follows, for staff.
    links = dict(
        (name, href)
        for href, name in re.findall(
            r'href="(/inbox/[0-9a-f-]{36}/attachments/[0-9a-f-]{36}/)">[^<]+</a>'
            r' <span class="muted">[^<]*?“([^”<]+)”',
            report_page,
        )
    )
    downloaded, seconds = slow_download(base, links[VIDEO_NAME], staff)
    assert downloaded == video, "the large attachment arrives whole through a slow reader"
    cleaned, _ = slow_download(base, links[PHOTO_NAME], staff)
    assert cleaned[:2] == b"\xff\xd8" and EXIF_SERIAL_CANARY.encode() not in cleaned

    log = (nginx_dir / "error.log").read_text()
    assert "buffered to a temporary file" not in log, log[-3000:]
    assert "[emerg]" not in log and "[alert]" not in log and "[crit]" not in log, log[-3000:]

    # The seized-server scan: nginx's temp paths and Refuge's data hold nothing of the report.
    for temp in ("body", "proxy"):
        assert not any(p.is_file() for p in (nginx_dir / temp).rglob("*")), temp
    stored = read_tree(nginx_dir) + read_tree(tmp_path / "var")
    probes = [TEXT_CANARY.encode(), PHOTO_NAME.encode(), VIDEO_NAME.encode()]
    probes.append(EXIF_SERIAL_CANARY.encode())
    for data in (photo, cleaned, video):
        probes += [data[n : n + 64] for n in (100_000, len(data) // 2, len(data) - 5000)]
    for probe in probes:
        assert probe not in stored, probe[:40]
    print(f"nginx: 8 MB attachment read slowly in {seconds:.1f} s")
