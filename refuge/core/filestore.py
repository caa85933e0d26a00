"""The file store: ciphertext blobs under random names in REFUGE_FILE_STORE."""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path

from django.conf import settings

from refuge.core.times import coarse_ceiling_timestamp

_NAME = re.compile(r"[0-9a-f]{64}")


def blob_new_name() -> str:
    return secrets.token_hex(32)


def _path(name: str) -> Path:
    if not _NAME.fullmatch(name):
        raise ValueError("not a blob name")
    store: Path = settings.REFUGE_FILE_STORE
    return store / name[:2] / name


def blob_write(name: str, data: bytes) -> None:
    """Write a blob completely or not at all (temporary name, fsync, rename).

    Its mtime is coarse; the inode's ctime (and ext4's birth time) stay exact, which only a
    file store on an encrypted volume hides (docs/threat-model.md).
    """
    path = _path(name)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = path.with_suffix(".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # No exact time: the blob and its folder get the time rounded up to the granularity
        # (up, so the sweep's grace period still spares a blob still in its transaction).
        stamp = coarse_ceiling_timestamp(time.time())
        os.utime(partial, (stamp, stamp))
        os.replace(partial, path)
        os.utime(path.parent, (stamp, stamp))
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def blob_read(name: str) -> bytes:
    return _path(name).read_bytes()


def blob_delete(name: str) -> None:
    _path(name).unlink(missing_ok=True)


def blobs_delete(names: list[str]) -> None:
    for name in names:
        blob_delete(name)
