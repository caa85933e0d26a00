"""Reports taken down by staff: a call, a message on a messenger, an e-mail, a visit.

A recorded report goes through exactly the same submission as the hotline form
(``services.report_submit``): the same report key, the same sealing to the intake team, the
receipt and the recovery key, the same metadata removal and the same audit row. How it reached
us (channel), who the person is to the victim (relationship) and which staff member wrote it
down live only inside the report's encrypted content: a seized database cannot tell a phone
call from a web report, nor which staff member heard the caller's voice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from refuge.accounts.models import User
from refuge.intake import services
from refuge.intake.answers import Relationship
from refuge.intake.cleaning import CleanedFile
from refuge.intake.models import Report
from refuge.keys import custody
from refuge.keys.models import Team


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone call")
    TELEGRAM = "telegram", _("Telegram")
    SIGNAL = "signal", _("Signal")
    WHATSAPP = "whatsapp", _("WhatsApp")
    EMAIL = "email", _("E-mail")
    IN_PERSON = "in_person", _("In person")
    PARTNER = "partner", _("From a partner organisation")


@dataclass(frozen=True)
class RecordedBy:
    """How a recorded report reached us, for display (labels in the reader's language)."""

    channel: str
    relationship: str
    by: str


def may_record(user: User) -> bool:
    """Return whether ``user`` may take down reports: members of the intake team only."""
    if not user.is_authenticated or not user.is_active:
        return False
    return custody.is_member(user=user, team=Team.INTAKE)


def report_record(
    *,
    actor: User,
    channel: str,
    relationship: str,
    account: str,
    answers: list[dict[str, Any]],
    files: list[services.IncomingFile],
    language: str,
) -> tuple[Report, str, list[CleanedFile]]:
    """Store a report taken down by ``actor``; return it, its receipt (to read out once) and
    the cleaned files. Raise IntakeError if the channel or relationship is unknown."""
    if channel not in Channel.values or relationship not in Relationship.values:
        raise services.IntakeError(_("Choose the channel and the relationship."))
    return services.report_submit(
        account=account,
        answers=answers,
        files=files,
        language=language,
        recorded={
            "channel": channel,
            "relationship": relationship,
            "by": actor.username,
            "by_id": str(actor.pk),
        },
    )


def recorded_view(recorded: dict[str, str] | None) -> RecordedBy | None:
    """Return the labels for a report's decrypted ``recorded`` entry, or None for web reports."""
    if not recorded:
        return None
    channel = recorded.get("channel", "")
    relationship = recorded.get("relationship", "")
    return RecordedBy(
        channel=str(Channel(channel).label) if channel in Channel.values else channel,
        relationship=(
            str(Relationship(relationship).label)
            if relationship in Relationship.values
            else relationship
        ),
        by=recorded.get("by", ""),
    )
