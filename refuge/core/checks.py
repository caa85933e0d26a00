"""System checks run at start-up (`refuge check`, and before serving)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register

from refuge import crypto


@register()
def check_server_key(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    try:
        crypto.decode_key(getattr(settings, "REFUGE_SERVER_KEY", ""))
    except ValueError as exc:
        return [
            Error(
                f"REFUGE_SERVER_KEY is not a 32-byte URL-safe base64 key: {exc}",
                hint="Generate one: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'",
                id="refuge.E001",
            )
        ]
    return []


@register()
def check_csrf_middleware(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    if "django.middleware.csrf.CsrfViewMiddleware" not in settings.MIDDLEWARE:
        return [Error("CSRF protection is off: add CsrfViewMiddleware", id="refuge.E002")]
    return []


def _filesystem_type(path: Path) -> str:
    """Return the type of the filesystem ``path`` is on, from /proc/mounts ('' if unknown)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    resolved = str(path.resolve())
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1]
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, kind = mount_point, fields[2]
    return kind


@register()
def check_metadata_cleaning(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """Attachments are cleaned in plaintext: only ever on RAM, and with mat2 present."""
    messages: list[CheckMessage] = []
    ram = Path(settings.REFUGE_RAM_TMPDIR)
    if not ram.is_dir() or _filesystem_type(ram) not in {"tmpfs", "ramfs"}:
        messages.append(
            Error(
                f"REFUGE_RAM_TMPDIR={ram} is not a RAM-backed (tmpfs) directory",
                hint="Plaintext attachments must never touch the disk; point it at a tmpfs.",
                id="refuge.E003",
            )
        )
    if shutil.which("mat2") is None:
        messages.append(
            Warning(
                "mat2 is not installed: attachments will be stored with their metadata",
                hint="apt-get install mat2",
                id="refuge.W001",
            )
        )
    return messages


# libsodium's "moderate" Argon2id cost is the least a production password or receipt key gets.
KDF_FLOOR_OPSLIMIT = 3
KDF_FLOOR_MEMLIMIT = 64 * 1024 * 1024


@register(deploy=True)
def check_kdf_floor(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """Production refuses Argon2id costs below the floor (test settings lower them on purpose)."""
    if (
        settings.REFUGE_KDF_OPSLIMIT >= KDF_FLOOR_OPSLIMIT
        and settings.REFUGE_KDF_MEMLIMIT >= KDF_FLOOR_MEMLIMIT
    ):
        return []
    return [
        Error(
            f"Argon2id cost {settings.REFUGE_KDF_OPSLIMIT} passes × "
            f"{settings.REFUGE_KDF_MEMLIMIT} bytes is below the floor of {KDF_FLOOR_OPSLIMIT} × "
            f"{KDF_FLOOR_MEMLIMIT}: staff keys and receipts would be cheap to guess",
            hint="Raise REFUGE_KDF_OPSLIMIT / REFUGE_KDF_MEMLIMIT (docs/benchmarks.md).",
            id="refuge.E004",
        )
    ]
