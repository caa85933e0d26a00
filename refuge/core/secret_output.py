"""Secrets shown once (one-time passwords, recovery shares) go to a terminal, never a log.

When standard output is a terminal, the secret is printed there. Otherwise (`make run` piped to
a file, a service manager capturing output) it is appended to REFUGE_FIRST_RUN_SECRETS_FILE with
mode 0600, and only that file's path and a warning are printed.
"""

from __future__ import annotations

import os
import sys
from getpass import getpass
from typing import Any

from django.conf import settings


def deliver_secret(text: str, *, stdout: Any) -> None:
    if stdout.isatty():
        stdout.write(text + "\n")
        return
    path = settings.REFUGE_FIRST_RUN_SECRETS_FILE
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(text + "\n")
    os.chmod(path, 0o600)
    stdout.write(
        f"Secrets were written to {path} (readable by this user only), not to this output.\n"
        "Read them now, move them somewhere safe and offline, then delete that file.\n"
    )


def read_secret(prompt: str) -> str:
    """Read one secret line: hidden at a terminal, else the next line of standard input."""
    return getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")


def read_secret_lines(prompt: str) -> list[str]:
    """Read recovery shares: at a terminal one per prompt until an empty line, else all of
    standard input."""
    if not sys.stdin.isatty():
        return [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
    lines: list[str] = []
    while line := getpass(f"{prompt} {len(lines) + 1} (empty line to finish): ").strip():
        lines.append(line)
    return lines


def recovery_banner(shares: list[str], *, threshold: int) -> str:
    bar = "=" * 64
    listed = "\n".join(f"  share {i}: {share}" for i, share in enumerate(shares, start=1))
    return (
        f"{bar}\nORGANISATION RECOVERY KEY — {len(shares)} shares, any {threshold} of which "
        f"restore access to everything if staff passwords are lost (`refuge recovery`). Write "
        f"each down now, give each to a different person, keep them offline:\n{listed}\n"
        f"They are shown only now and are not stored.\n{bar}"
    )
