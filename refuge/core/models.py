"""Organisation-wide records: the recovery public key and site-wide throttling windows."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class RecoveryKey(models.Model):
    """The organisation's recovery public key. Its private key was printed once and kept offline.

    Every report and case key is also sealed to this key, so losing every staff password loses
    nothing: `refuge recovery reseal` re-seals everything to a staff member with the private key.
    """

    public_key = models.BinaryField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"recovery key of {self.created_at:%Y-%m-%d}"


class ThrottleWindow(models.Model):
    """Failures counted site-wide in one time window, for throttling without addresses."""

    scope = models.CharField(max_length=32)
    window_start = models.DateTimeField()
    failures = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "window_start"], name="one_window_per_scope")
        ]

    def __str__(self) -> str:
        return f"{self.scope} {self.window_start:%H:%M}"
