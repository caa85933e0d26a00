"""Organisation-wide records: site-wide throttling windows."""

from __future__ import annotations

from django.db import models


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
