"""Coarse times: what Refuge writes to disk about when a reporter was here is never exact."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from django.conf import settings

GRANULARITY_SECONDS = {"minute": 60, "hour": 3600, "day": 86400}


def granularity_seconds() -> int:
    """Return REFUGE_SUBMISSION_TIME_GRANULARITY in seconds."""
    return GRANULARITY_SECONDS.get(settings.REFUGE_SUBMISSION_TIME_GRANULARITY, 3600)


def coarse_ceiling(moment: datetime) -> datetime:
    """Return ``moment`` rounded up to the granularity (an expiry never comes early)."""
    step = granularity_seconds()
    return datetime.fromtimestamp(math.ceil(moment.timestamp() / step) * step, tz=UTC)


def coarse_ceiling_timestamp(seconds: float) -> int:
    step = granularity_seconds()
    return math.ceil(seconds / step) * step
