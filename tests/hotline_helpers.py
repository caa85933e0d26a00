"""Test data for the hotline: a JPEG carrying EXIF canaries, and submitting through HTTP."""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

EXIF_SERIAL_CANARY = "SERIALCANARY4417"
EXIF_MAKE_CANARY = "CanaryCamMakeX"


def jpeg_with_exif() -> bytes:
    """Return a small JPEG with a camera make, a body serial number and GPS coordinates."""
    from PIL import Image

    image = Image.new("RGB", (48, 32), (180, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = EXIF_MAKE_CANARY
    exif[0xA431] = EXIF_SERIAL_CANARY  # BodySerialNumber
    exif[0x8825] = {1: "N", 2: (43.0, 9.0, 57.0), 3: "E", 4: (45.0, 52.0, 2.0)}  # Argun
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def upload(name: str, data: bytes, content_type: str = "application/octet-stream") -> Any:
    return SimpleUploadedFile(name, data, content_type=content_type)


def submit_report(client: Any, *, account: str, files: list[Any] | None = None, **answers: str):
    data: dict[str, Any] = {"account": account, "q_safe_now": "Yes", **answers}
    if files:
        data["attachments"] = files
    return client.post("/report/new/", data, follow=True)


def receipt_from(response: Any) -> str:
    match = re.search(r'id="receipt">([0-9 ]+)<', response.content.decode())
    assert match, response.content.decode()[:2000]
    return match.group(1)


def recent_temp_files(since: float) -> bytes:
    """Return the bytes of files changed since ``since`` in the temp dir and /dev/shm.

    Other processes create and remove files there while we walk: a folder that vanishes
    under the walk is skipped (os.walk ignores it), as is a file that vanishes before read.
    """
    chunks = []
    for root in {tempfile.gettempdir(), "/dev/shm"}:
        for folder, _dirs, files in os.walk(root):
            if "__pycache__" in Path(folder).parts:
                continue
            for name in files:
                path = Path(folder, name)
                try:
                    stat = path.stat()
                    if stat.st_mtime >= since and stat.st_size < 50_000_000:
                        chunks.append(path.read_bytes())
                except OSError:
                    pass
    return b"".join(chunks)
