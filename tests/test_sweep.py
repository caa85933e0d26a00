"""What a killed process leaves behind is swept: orphan blobs, partial writes, RAM scratch."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from django.core.management import call_command

from refuge.audit.models import AuditEntry
from refuge.core.filestore import blob_new_name, blob_write
from refuge.intake.models import Attachment
from tests.conftest import CsrfClient
from tests.hotline_helpers import submit_report, upload

pytestmark = pytest.mark.django_db


def _age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_sweep_removes_orphans_and_partials_but_keeps_referenced_and_recent(
    settings, questionnaire, capsys
) -> None:
    submit_report(CsrfClient(), account="kept", files=[upload("a.txt", b"kept file")])
    kept = Attachment.objects.get().blob_name
    store = Path(settings.REFUGE_FILE_STORE)
    orphan, recent = blob_new_name(), blob_new_name()
    blob_write(orphan, b"ciphertext of a transaction that never committed")
    blob_write(recent, b"a transaction still in flight")
    partial = store / orphan[:2] / (blob_new_name() + ".partial")
    partial.write_bytes(b"half")
    for path in (store / orphan[:2] / orphan, partial, store / kept[:2] / kept):
        _age(path, 3600)

    call_command("sweep", "--grace-minutes", "15")
    assert "Removed 1 orphan blobs, 1 partial files" in capsys.readouterr().out
    remaining = {p.name for p in store.glob("*/*")}
    assert remaining == {kept, recent}
    assert AuditEntry.objects.filter(action="filestore.swept").count() == 1


def test_scratch_of_a_dead_process_is_removed_and_a_live_ones_kept(settings, tmp_path) -> None:
    from refuge.core.sweep import scratch_prefix, scratch_sweep

    settings.REFUGE_RAM_TMPDIR = str(tmp_path)
    dead = subprocess.Popen(["true"])
    dead.wait()
    orphaned = tmp_path / f"refuge-{dead.pid}-abc"
    orphaned.mkdir()
    (orphaned / "upload.jpg").write_bytes(b"plaintext")
    mine = tmp_path / (scratch_prefix() + "xyz")
    mine.mkdir()
    assert scratch_sweep() == 1
    assert not orphaned.exists() and mine.exists()


def test_no_grace_removes_an_orphan_whose_coarse_mtime_is_still_ahead(settings, capsys) -> None:
    # A blob's mtime is rounded up to the store's granularity, so the orphan of a transaction
    # killed a moment ago looks newer than now; with the server stopped (grace 0) it goes.
    store = Path(settings.REFUGE_FILE_STORE)
    orphan = blob_new_name()
    blob_write(orphan, b"ciphertext of a transaction killed a moment ago")
    path = store / orphan[:2] / orphan
    ahead = time.time() + 600
    os.utime(path, (ahead, ahead))
    call_command("sweep", "--grace-minutes", "15")
    assert path.exists()  # a running server's transaction may still be in flight
    call_command("sweep", "--grace-minutes", "0")
    assert "Removed 1 orphan blobs" in capsys.readouterr().out
    assert not path.exists()
