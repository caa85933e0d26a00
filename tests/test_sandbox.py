"""mat2's sandbox: a probe run in the same bubblewrap profile finds nothing to read and no network.

The probe stands in for a parser exploit: it is arbitrary code inside the sandbox. It tries to
read the server's secret file, the database, the file store and the server's /proc, and to open
a connection to a socket listening on the host's loopback.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.core.checks import run_checks

from refuge.intake import cleaning
from tests.hotline_helpers import EXIF_SERIAL_CANARY, jpeg_with_exif

SECRET_CANARY = "SANDBOXSECRETCANARY4242"

PROBE = r"""
import json, os, socket, sys
out = {"uid": os.getuid(), "read": {}, "proc_pids": sorted(p for p in os.listdir("/proc")
                                                           if p.isdigit())}
for path in sys.argv[1:]:
    try:
        with open(path, "rb") as handle:
            out["read"][path] = handle.read(200).decode("latin-1")
    except OSError as exc:
        out["read"][path] = "denied: " + type(exc).__name__
try:
    os.listdir(sys.argv[3])
    out["listed_store"] = True
except OSError:
    out["listed_store"] = False
results = []
for address in (("127.0.0.1", int(os.environ.get("PORT", "0") or 0)), ("1.1.1.1", 443)):
    try:
        connection = socket.create_connection(address, timeout=3)
        connection.close()
        results.append("connected")
    except OSError as exc:
        results.append("refused: " + type(exc).__name__)
out["connect"] = results
try:
    out["interfaces"] = sorted(os.listdir("/sys/class/net"))
except OSError:
    out["interfaces"] = []
print(json.dumps(out))
"""

needs_sandbox = pytest.mark.skipif(
    not cleaning.sandbox_works(), reason="bubblewrap cannot build its sandbox on this machine"
)


@needs_sandbox
def test_probe_in_the_sandbox_reads_no_secret_and_opens_no_socket(tmp_path: Path, settings) -> None:
    secret = tmp_path / "server_key"
    secret.write_text(SECRET_CANARY)
    database = Path(str(settings.DATABASES["default"]["NAME"]))
    store = Path(settings.REFUGE_FILE_STORE)
    store.mkdir(parents=True, exist_ok=True)
    (store / "blob").write_text(SECRET_CANARY)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    work = Path(tempfile.mkdtemp(dir=cleaning.ram_directory()))
    (work / "PORT").write_text(str(port))
    try:
        command = cleaning.sandbox_command(
            [
                "/usr/bin/env",
                f"PORT={port}",
                "/usr/bin/python3",
                "-c",
                PROBE,
                str(secret),
                f"/proc/{os.getpid()}/environ",
                str(store),
                str(store / "blob"),
                str(database),
                "/etc/passwd",
                "/work/PORT",
            ],
            work,
        )
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    finally:
        listener.close()
        shutil.rmtree(work)
    found = json.loads(done.stdout)
    assert found["uid"] == 65534
    assert found["read"][str(secret)].startswith("denied")
    assert found["read"][f"/proc/{os.getpid()}/environ"].startswith("denied")
    assert found["read"][str(store / "blob")].startswith("denied")
    assert found["read"][str(database)].startswith("denied")
    assert found["read"]["/etc/passwd"].startswith("denied")
    assert found["listed_store"] is False
    assert found["read"]["/work/PORT"] == str(port), "the scratch directory is the one way in"
    assert str(os.getpid()) not in found["proc_pids"] and len(found["proc_pids"]) <= 3
    assert found["connect"][0].startswith("refused"), "the host's loopback is out of reach"
    assert found["connect"][1].startswith("refused"), "there is no network at all"
    assert SECRET_CANARY not in done.stdout


@needs_sandbox
def test_mat2_cleans_inside_the_sandbox() -> None:
    cleaned = cleaning.clean_file("photo.jpg", jpeg_with_exif())
    assert cleaned.metadata_removed
    assert EXIF_SERIAL_CANARY.encode() not in cleaned.data


def test_without_a_sandbox_production_stores_uncleaned_and_development_falls_back(
    settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cleaning, "sandbox_works", lambda: False)
    photo = jpeg_with_exif()
    settings.REFUGE_MAT2_SANDBOX = "required"
    kept = cleaning.clean_file("photo.jpg", photo)
    assert kept.data == photo and not kept.metadata_removed, "never parsed unsandboxed"
    assert "refuge.E004" in [m.id for m in run_checks()]

    settings.REFUGE_MAT2_SANDBOX = "preferred"
    fallback = cleaning.clean_file("photo.jpg", photo)
    if shutil.which("mat2"):
        assert fallback.metadata_removed
    assert "refuge.W002" in [m.id for m in run_checks()]
