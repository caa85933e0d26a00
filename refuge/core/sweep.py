"""Leftovers of a process killed mid-request: orphan blobs, partial writes, RAM scratch.

A report's files are written to the store inside the transaction that records them; if the
server dies before the commit, the rows roll back and the blobs stay behind. They are
ciphertext under a key that died with the process, so they reveal nothing, but they are
half-written data and are removed here. Scratch directories on RAM hold plaintext while mat2
runs; one whose process is gone is removed at once.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import transaction

from refuge.audit.services import audit_record

_SCRATCH = re.compile(r"refuge-(\d+)-")


def scratch_prefix() -> str:
    """The prefix of a RAM scratch directory: it names the process that owns it."""
    return f"refuge-{os.getpid()}-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def orphaned_scratch(root: Path) -> list[Path]:
    """RAM scratch directories under ``root`` whose owning process no longer exists."""
    found = []
    for path in root.glob("refuge-*"):
        match = _SCRATCH.match(path.name)
        if match and path.is_dir() and not _alive(int(match.group(1))):
            found.append(path)
    return found


def scratch_sweep() -> int:
    """Remove RAM scratch directories whose process no longer exists; return how many."""
    orphaned = orphaned_scratch(Path(settings.REFUGE_RAM_TMPDIR))
    for path in orphaned:
        shutil.rmtree(path, ignore_errors=True)
    return len(orphaned)


def referenced_blobs() -> set[str]:
    """Every blob name a row points to, from every field named ``blob_name`` or ``*_blob_name``."""
    names: set[str] = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.name == "blob_name" or field.name.endswith("_blob_name"):
                names.update(model._default_manager.values_list(field.name, flat=True))
    names.discard("")
    return names


@dataclass(frozen=True)
class SweepResult:
    orphan_blobs: int
    partial_files: int
    scratch_dirs: int


def leftovers_sweep(*, grace_seconds: float) -> SweepResult:
    """Remove files no row refers to that are older than ``grace_seconds``.

    The grace period spares the blobs of a transaction still in flight in a running server. A
    blob's mtime is rounded up to the store's coarse granularity, so a grace of zero (the
    server is stopped: nothing is in flight) removes every file no row refers to, whatever
    its mtime says.
    """
    store = Path(settings.REFUGE_FILE_STORE)
    cutoff = time.time() - grace_seconds if grace_seconds > 0 else float("inf")
    referenced = referenced_blobs()
    orphans = partials = 0
    for path in store.glob("*/*") if store.exists() else []:
        if not path.is_file() or path.stat().st_mtime > cutoff:
            continue
        if path.suffix == ".partial":
            path.unlink(missing_ok=True)
            partials += 1
        elif path.name not in referenced:
            path.unlink(missing_ok=True)
            orphans += 1
    result = SweepResult(orphans, partials, scratch_sweep())
    if orphans or partials:
        with transaction.atomic():
            audit_record(
                actor=None,
                action="filestore.swept",
                details={"orphan_blobs": orphans, "partial_files": partials},
            )
    return result
