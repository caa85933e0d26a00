"""Metadata removal with mat2, on a RAM-backed directory only, inside a bubblewrap sandbox.

mat2 parses hostile files with large C libraries (GdkPixbuf, Poppler, FFmpeg). It runs in a
sandbox (bubblewrap) that has no network, its own PID namespace (its own /proc), uid 65534 in
its own user namespace with no capabilities, and sees only /usr (read-only) and the one
per-run scratch directory on the RAM tmpfs that holds the upload: not the database, the
secrets, the file store, /etc or the server's /proc. Where the sandbox cannot be built (no
user namespaces), REFUGE_MAT2_SANDBOX=required (production) stores the file as it came,
flagged "metadata not removed", rather than parse it unsandboxed; "preferred" (development)
runs mat2 with the resource bounds only, and `refuge check` warns.
"""

from __future__ import annotations

import contextlib
import functools
import mimetypes
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from refuge.core.sweep import scratch_prefix, scratch_sweep

# A hostile upload can be a decompression bomb: a 1 MB ZIP holding gigabytes of zeros, which
# mat2 unpacks into its scratch directory (RAM) and into memory. Each run is bounded in time,
# address space and scratch bytes; a run that hits a bound is killed and the file is kept as it
# came, flagged "metadata not removed", like any file mat2 cannot clean.
MAT2_POLL_SECONDS = 0.05
BWRAP = "/usr/bin/bwrap"
SANDBOX_WORK = "/work"
NOBODY = "65534"


@dataclass(frozen=True)
class CleanedFile:
    filename: str
    content_type: str
    data: bytes  # the working copy: cleaned, or as sent when it could not be cleaned
    metadata_removed: bool
    original: bytes = b""  # the file exactly as it was sent
    cleaner: str = ""  # the tool and version that made ``data`` from ``original``


@functools.lru_cache(maxsize=1)
def mat2_version() -> str:
    """Return "mat2 X.Y.Z" as the installed mat2 reports it (named in chains of custody)."""
    mat2 = shutil.which("mat2")
    if mat2 is None:
        return ""
    try:
        done = subprocess.run(  # noqa: S603
            [mat2, "--version"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return "mat2 (version unknown)"
    words = done.stdout.split()
    return f"mat2 {words[-1]}" if words else "mat2 (version unknown)"


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
        return CleanedFile(filename, content_type, data, metadata_removed=False, original=data)
    sandboxed = sandbox_works()
    if not sandboxed and settings.REFUGE_MAT2_SANDBOX == "required":
        return CleanedFile(filename, content_type, data, metadata_removed=False, original=data)
    scratch_sweep()  # plaintext left by a process killed while cleaning
    work = Path(tempfile.mkdtemp(prefix=scratch_prefix(), dir=ram_directory()))
    try:
        original = work / f"upload{suffix}"
        original.write_bytes(data)
        cleaned = work / f"upload.cleaned{suffix}"
        if sandboxed:
            command = sandbox_command([mat2, "--", f"{SANDBOX_WORK}/{original.name}"], work)
        else:
            command = [mat2, "--", str(original)]
        if not _run_bounded(command, work) or not cleaned.is_file():
            return CleanedFile(filename, content_type, data, metadata_removed=False, original=data)
        return CleanedFile(
            filename,
            content_type,
            cleaned.read_bytes(),
            metadata_removed=True,
            original=data,
            cleaner=mat2_version(),
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def sandbox_command(command: list[str], work: Path) -> list[str]:
    """Return ``command`` wrapped to run in the cleaning sandbox, with ``work`` as its only
    writable directory (at /work, and at /tmp for libraries that ignore TMPDIR)."""
    wrapped = [BWRAP, "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL"]
    wrapped += ["--uid", NOBODY, "--gid", NOBODY, "--ro-bind", "/usr", "/usr"]
    for name in ("bin", "lib", "lib64", "sbin"):
        top = Path("/") / name
        if top.is_symlink():  # merged /usr (Debian 12)
            wrapped += ["--symlink", os.readlink(top), str(top)]
        elif top.is_dir():
            wrapped += ["--ro-bind", str(top), str(top)]
    # Not secrets: the dynamic linker's cache, fonts for PDFs, the MIME table mat2 dispatches on.
    for shared in ("/etc/ld.so.cache", "/etc/fonts", "/etc/mime.types"):
        wrapped += ["--ro-bind-try", shared, shared]
    wrapped += ["--proc", "/proc", "--dev", "/dev"]
    wrapped += ["--bind", str(work), SANDBOX_WORK, "--bind", str(work), "/tmp"]  # noqa: S108
    wrapped += ["--chdir", SANDBOX_WORK, "--clearenv", "--setenv", "PATH", "/usr/bin:/bin"]
    wrapped += ["--setenv", "HOME", SANDBOX_WORK, "--setenv", "TMPDIR", SANDBOX_WORK]
    return [*wrapped, "--", *command]


@functools.cache
def sandbox_works() -> bool:
    """Return whether this machine can build the cleaning sandbox (user namespaces, bwrap)."""
    if not os.access(BWRAP, os.X_OK) or not ram_directory().is_dir():
        return False
    work = Path(tempfile.mkdtemp(prefix=scratch_prefix(), dir=ram_directory()))
    try:
        done = subprocess.run(  # noqa: S603
            sandbox_command(["/usr/bin/true"], work),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=20,
        )
        return done.returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _bytes_under(directory: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(directory):
        for name in files:
            with contextlib.suppress(OSError):  # mat2 may remove it meanwhile
                total += (Path(root) / name).stat().st_size
    return total


def _run_bounded(command: list[str], work: Path) -> bool:
    """Run ``command`` in ``work``; True only if it finished in time, within bounds, with 0.

    prlimit (util-linux) sets the limits in the child, which preexec_fn cannot do safely in a
    threaded server; a core dump would write plaintext, so cores are off too.
    """
    scratch = settings.REFUGE_MAT2_SCRATCH_BYTES
    limits = [
        f"--as={settings.REFUGE_MAT2_MEMORY_BYTES}",
        f"--fsize={scratch}",
        "--core=0",
    ]
    deadline = time.monotonic() + settings.REFUGE_MAT2_TIMEOUT_SECONDS
    process = subprocess.Popen(  # noqa: S603
        ["/usr/bin/prlimit", *limits, "--", *command],
        cwd=work,
        env={"PATH": "/usr/bin:/bin", "HOME": str(work), "TMPDIR": str(work)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        while True:
            try:
                return process.wait(timeout=MAT2_POLL_SECONDS) == 0
            except subprocess.TimeoutExpired:
                if time.monotonic() > deadline or _bytes_under(work) > scratch:
                    return False
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
