"""Key custody: every public key Refuge seals to, and who holds which team key.

Nothing here is secret in clear: private keys exist only wrapped (a staff member's, under their
password and the server pepper) or sealed (a team's, to each member and to the recovery key).
Every row carries a MAC under the server's "key-directory" subkey, so a row written straight
into the database is noticed before anything is sealed to it (`refuge keys check`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Team(models.TextChoices):
    INTAKE = "intake", _("Intake")
    COORDINATORS = "coordinators", _("Coordinators")
    RECORD = "record", _("Record")


class StaffKey(models.Model):
    """A staff member's X25519 keypair; the private key is wrapped with their password.

    The wrapping key is Argon2id(password, salt) combined with a server-held pepper, so a
    database or backup alone allows no offline guessing. Without the password the private key
    cannot be recovered: an administrator's password reset retires the keypair, and every copy
    sealed to it goes with it (foreign keys cascade from here).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_key"
    )
    public_key = models.BinaryField()
    wrapped_private_key = models.BinaryField()
    salt = models.BinaryField()
    opslimit = models.PositiveIntegerField()
    memlimit = models.PositiveBigIntegerField()
    # False only for keys wrapped before the pepper existed; rewrapped at the next unlock.
    peppered = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)
    mac = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"staff key of {self.user_id}"


class RecoveryKey(models.Model):
    """The organisation's recovery public key; its private key exists only as offline shares."""

    public_key = models.BinaryField()
    threshold = models.PositiveSmallIntegerField(default=1)
    shares = models.PositiveSmallIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    mac = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"recovery key ({self.threshold} of {self.shares})"


class TeamKey(models.Model):
    """One generation of a team's keypair. Revoking a member starts a new generation."""

    team = models.CharField(max_length=20, choices=Team.choices)
    generation = models.PositiveIntegerField()
    public_key = models.BinaryField()
    # The team's private key sealed to the recovery key, so the recovery quorum can re-grant.
    recovery_sealed = models.BinaryField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    retired_at = models.DateTimeField(null=True, blank=True)
    mac = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["team", "generation"], name="one_team_generation")
        ]
        ordering = ["team", "generation"]

    def __str__(self) -> str:
        return f"{self.team} key #{self.generation}"


class Membership(models.Model):
    """A copy of one generation of a team's private key, sealed to one member's staff key."""

    team_key = models.ForeignKey(TeamKey, on_delete=models.CASCADE, related_name="memberships")
    staff_key = models.ForeignKey(StaffKey, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    sealed_private_key = models.BinaryField()
    granted_at = models.DateTimeField(default=timezone.now)
    mac = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["team_key", "user"], name="one_membership_per_key")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.team_key}"
