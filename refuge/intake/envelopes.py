"""What each hotline envelope's associated data binds (refuge.crypto.contexts)."""

from __future__ import annotations

import uuid
from datetime import UTC

from refuge.crypto.contexts import associated_data
from refuge.intake.models import (
    Attachment,
    Message,
)


def envelope_context(kind: str, object_id: uuid.UUID | str) -> bytes:
    """Return the associated data that binds a report's content or receipt copy to its report."""
    return associated_data(f"intake.{kind}", report=object_id)


def message_context(message: Message) -> bytes:
    """Bind a message to its row, its report, who wrote it and when: a database writer who
    reattributes a message or moves it in time makes it fail to decrypt."""
    if message.context_version == 1:
        return associated_data("intake.message", version=1, message=message.id)
    return associated_data(
        "intake.message",
        version=message.context_version,
        message=message.id,
        report=message.report_id,
        author=message.author,
        staff=message.staff_user_id or "-",
        sent_at=message.sent_at.astimezone(UTC).isoformat(),
    )


def attachment_context(attachment: Attachment, part: str) -> bytes:
    """Bind a file (``part`` "attachment") or its name and type ("attachment-details") to its
    row, report, message and the "metadata removed" flag shown to staff."""
    name = f"intake.{part}"
    if attachment.context_version == 1:
        return associated_data(name, version=1, attachment=attachment.id)
    return associated_data(
        name,
        version=attachment.context_version,
        attachment=attachment.id,
        report=attachment.report_id,
        message=attachment.message_id or "-",
        metadata_removed=int(attachment.metadata_removed),
    )
