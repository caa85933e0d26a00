"""Staff e-mail addresses (encrypted) and the outbox of content-free notices.

Nothing here says anything about a report or a case: a notice is a user and a kind
("new activity on the hotline", "a case was assigned to you", "a reporter wrote on your
case"), never a pseudonym, an id or a word of content.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffContact(models.Model):
    """Where and in which language a staff member is told there is something to read."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notify_contact"
    )
    # The address, encrypted under the server's "notify-address" subkey, bound to the user id.
    address_encrypted = models.BinaryField(editable=False)
    language = models.CharField(max_length=16, default="en")
    # Optional OpenPGP public key to encrypt the messages to, encrypted like the address (its
    # user IDs name the person).
    openpgp_key_encrypted = models.BinaryField(null=True, editable=False)

    def __str__(self) -> str:
        return f"contact of user {self.user_id}"


class Notice(models.Model):
    """One message waiting to be sent. Delivered notices are deleted; failed ones wait."""

    class Kind(models.TextChoices):
        DIGEST = "digest", _("New activity on the hotline")
        ASSIGNED = "assigned", _("A case was assigned to you")
        FOLLOW_UP = "follow_up", _("A reporter wrote on a case assigned to you")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        # Several assignments before the next run make one message: fewer messages, less timing.
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="one_notice_per_kind")]

    def __str__(self) -> str:
        return f"{self.kind} for user {self.user_id}"


class NotifyState(models.Model):
    """One row: how far the audit log has been read for hotline activity."""

    audit_seq = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"notify state at audit entry {self.audit_seq}"
