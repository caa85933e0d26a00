"""Log filters: no line tells when someone used the hotline, or what a visitor got wrong.

Every log line gets a time (from the formatter, or from journald), so the request loggers
must not write a line for a reporter path or a client error (4xx, CSRF refusals): together
with the time it would date a reporter's visit.
"""

from __future__ import annotations

import logging

REPORTER_PREFIX = "/report/"


class QuietRequests(logging.Filter):
    """Drop 4xx and CSRF records; keep the rest, with reporter paths replaced by neutral words."""

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if record.name == "django.security.csrf" or (status is not None and status < 500):
            return False
        request = getattr(record, "request", None)
        path = str(getattr(request, "path", ""))
        if path.startswith(REPORTER_PREFIX) or REPORTER_PREFIX in record.getMessage():
            record.msg = "Server error on a reporter page"
            record.args = ()
        return True
