"""Partner organisations, the organisation's own partner identity, and referrals between them.

Partner keys live in the authenticated key directory: each row carries a MAC under the server's
"key-directory" subkey over its name, both public keys and its verification, so a database write
cannot add a partner, swap its keys or mark it verified (`refuge keys check` names the row).

Stored in clear: partner names and fingerprints, which case was referred to which partner with
which parts, and the status the partner sent back. The content of a referral exists only in
the package, encrypted to the partner.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Part(models.TextChoices):
    """What a referral package may contain; a consent names the parts it allows."""

    SUMMARY = "summary", _("Summary written for the partner")
    NEEDS = "needs", _("What the person needs")
    TRIAGE = "triage", _("Urgency, risks, language and region")
    CHECKLIST = "checklist", _("Checklist")
    REPORT = "report", _("The reporter's account and answers")
    THREAD = "thread", _("The conversation with the reporter")


class OrgIdentity(models.Model):
    """The organisation's own signing (Ed25519) and encryption (X25519) keys.

    The private halves exist only sealed to the coordinators team (and to the recovery key):
    only a coordinator with an unlocked key signs a referral or opens one (docs/adr/0006).
    """

    encryption_public = models.BinaryField()
    signing_public = models.BinaryField()
    team_key = models.ForeignKey("keys.TeamKey", on_delete=models.PROTECT, related_name="+")
    sealed_private = models.BinaryField()  # signing seed || encryption private key
    recovery_sealed = models.BinaryField(null=True, blank=True)
    created_at = models.DateTimeField()
    mac = models.CharField(max_length=64)

    def __str__(self) -> str:
        return "organisation identity"


class Partner(models.Model):
    name = models.CharField(max_length=100, unique=True)
    encryption_public = models.BinaryField()
    signing_public = models.BinaryField()
    fingerprint = models.CharField(max_length=40)
    added_at = models.DateTimeField()
    verified_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    mac = models.CharField(max_length=64)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def verified(self) -> bool:
        return self.verified_at is not None


class ReferralConsent(models.Model):
    """The person's consent to share parts of their case with one named partner. The latest
    record per case and partner is in force; older ones are history."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    partner = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="consents")
    granted = models.BooleanField()
    parts = models.JSONField(default=list)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-recorded_at", "-pk"]

    def __str__(self) -> str:
        return f"referral consent {self.pk}"


class Referral(models.Model):
    """A referral package this organisation wrote; its id is the package's id."""

    class Status(models.TextChoices):
        SENT = "sent", _("Sent")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        CLOSED = "closed", _("Closed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    partner = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="referrals")
    # Both go with the case when it is shredded; the audit log keeps what was disclosed.
    consent = models.ForeignKey(ReferralConsent, on_delete=models.CASCADE, related_name="+")
    parts = models.JSONField(default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SENT)
    status_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"referral {self.pk}"


class ReceivedPackage(models.Model):
    """Every package imported here, by its id: a second import of the same id is a replay."""

    class Kind(models.TextChoices):
        REFERRAL = "referral"
        STATUS = "status"

    id = models.UUIDField(primary_key=True, editable=False)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    partner = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="+")
    received_at = models.DateTimeField()
    # An imported referral: the case opened for it, and the status this side last sent back.
    case = models.ForeignKey(
        "cases.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=10, blank=True)

    def __str__(self) -> str:
        return f"{self.kind} package {self.pk}"
