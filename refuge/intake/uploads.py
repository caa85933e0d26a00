"""Uploads are held in memory only, never in a temporary file on disk, up to a total limit."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class BoundedMemoryUploadHandler(FileUploadHandler):
    """Keep uploaded files in memory while their total stays within REFUGE_UPLOAD_MAX_BYTES.

    Past the limit, further data is dropped and ``request.refuge_upload_too_large`` is set, so
    the view can say so and keep the text the person wrote. Django's default handler would
    instead spill large files to a temporary file on disk, in plaintext.
    """

    def __init__(self, request: Any = None) -> None:
        super().__init__(request)
        self.total = 0
        self.buffer: BytesIO | None = None

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.buffer = BytesIO()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        self.total += len(raw_data)
        if self.total > settings.REFUGE_UPLOAD_MAX_BYTES:
            if self.request is not None:
                self.request.refuge_upload_too_large = True  # type: ignore[attr-defined]
            self.buffer = None
        elif self.buffer is not None:
            self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> InMemoryUploadedFile | None:
        if self.buffer is None:
            return None
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
