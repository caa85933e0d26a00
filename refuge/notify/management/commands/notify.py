from __future__ import annotations

import os
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError, close_old_connections

from refuge.notify.services import notify_run


class Command(BaseCommand):
    help = (
        "Send staff their content-free notifications: a digest of hotline activity to the "
        "intake team, and what was queued (assignments, reporters' follow-ups)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--every",
            type=float,
            metavar="MINUTES",
            help="run again every MINUTES until stopped (what `refuge serve` starts)",
        )
        parser.add_argument(
            "--parent",
            type=int,
            metavar="PID",
            help="with --every: stop when process PID is no longer our parent",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["every"] is None:
            self._once()
            return
        interval = max(options["every"], 0.01) * 60
        parent = options["parent"]
        while True:
            # A long-lived process: drop a database connection that broke or grew old.
            close_old_connections()
            self._once()
            deadline = time.monotonic() + interval
            while time.monotonic() < deadline:
                if parent is not None and os.getppid() != parent:
                    return  # the server that started us is gone
                time.sleep(min(5.0, interval))

    def _once(self) -> None:
        try:
            run = notify_run()
        except DatabaseError as exc:  # a database that is down: try again next time
            self.stderr.write(f"refuge notify: step 'collect' failed ({type(exc).__name__})")
            return
        line = f"notify: {run.queued} queued, {run.sent} sent, {run.waiting} waiting"
        if run.failed_step:
            line += f"; step {run.failed_step!r} failed, they will be sent on the next run"
        self.stdout.write(line)
