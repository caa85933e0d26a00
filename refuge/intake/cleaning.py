"""Metadata removal with mat2, on a RAM-backed directory only."""

from __future__ import annotations

import mimetypes
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

MAT2_TIMEOUT_SECONDS = 120


@dataclass(frozen=True)
class CleanedFile:
    filename: str
    content_type: str
    data: bytes
    metadata_removed: bool


def safe_filename(name: str) -> str:
    """Return a display-safe file name: no path, no control or bidi-override characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = name.strip().strip(".") or "file"
    return name[:200]


def _suffix(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""


def ram_directory() -> Path:
    return Path(settings.REFUGE_RAM_TMPDIR)


def clean_file(filename: str, data: bytes) -> CleanedFile:
    """Return the file with its metadata removed, or as it came if mat2 cannot clean it.

    The plaintext is written only under REFUGE_RAM_TMPDIR (a tmpfs; a system check insists)
    and removed before this returns, whatever happens.
    """
    filename = safe_filename(filename)
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    suffix = _suffix(filename)
    mat2 = shutil.which("mat2")
    if not suffix or mat2 is None:
        return CleanedFile(filename, content_type, data, metadata_removed=False)
    work = Path(tempfile.mkdtemp(prefix="refuge-", dir=ram_directory()))
    try:
        original = work / f"upload{suffix}"
        original.write_bytes(data)
        try:
            result = subprocess.run(  # noqa: S603
                [mat2, "--", str(original)],
                capture_output=True,
                timeout=MAT2_TIMEOUT_SECONDS,
                cwd=work,
                env={"PATH": "/usr/bin:/bin", "HOME": str(work), "TMPDIR": str(work)},
            )
        except subprocess.TimeoutExpired:
            return CleanedFile(filename, content_type, data, metadata_removed=False)
        cleaned = work / f"upload.cleaned{suffix}"
        if result.returncode != 0 or not cleaned.is_file():
            return CleanedFile(filename, content_type, data, metadata_removed=False)
        return CleanedFile(filename, content_type, cleaned.read_bytes(), metadata_removed=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
