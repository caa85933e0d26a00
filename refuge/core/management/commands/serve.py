from __future__ import annotations

import os
import subprocess
import sys
from importlib import import_module
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError

from refuge.core.sweep import leftovers_sweep

# Spares the blobs of another server process's transaction still in flight.
SWEEP_GRACE_SECONDS = 60


def default_workers() -> int:
    return max(2, os.cpu_count() or 2)


def request_timeout_seconds() -> int:
    """Return gunicorn's timeout: every attachment cleaned to its bound, plus a minute."""
    return settings.REFUGE_MAT2_TIMEOUT_SECONDS * settings.REFUGE_UPLOAD_MAX_FILES + 60


class Command(BaseCommand):
    help = "Serve Refuge with gunicorn (host and port from REFUGE_HOST / REFUGE_PORT)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("REFUGE_HOST", "127.0.0.1"))
        parser.add_argument("--port", default=os.environ.get("REFUGE_PORT", "8000"))
        parser.add_argument("--workers", default=os.environ.get("REFUGE_WORKERS", ""))
        parser.add_argument(
            "--worker-class", default=os.environ.get("REFUGE_WORKER_CLASS", "gthread")
        )
        parser.add_argument("--threads", default=os.environ.get("REFUGE_THREADS", "4"))

    def handle(self, *args: Any, **options: Any) -> None:
        # After a crash (SIGKILL, power loss), clear what the dead processes left behind.
        try:
            swept = leftovers_sweep(grace_seconds=SWEEP_GRACE_SECONDS)
            if swept.orphan_blobs or swept.partial_files or swept.scratch_dirs:
                self.stdout.write(
                    f"Cleared what a crash left: {swept.orphan_blobs} unreferenced files, "
                    f"{swept.partial_files} partial files, {swept.scratch_dirs} scratch "
                    "directories."
                )
            # Expired session rows leave the database (also hourly: refuge-sessions.timer).
            import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
        except DatabaseError as exc:  # serve anyway; /healthz reports the database
            self.stderr.write(f"Sweep skipped, the database did not answer: {exc}")
        self._notifier_start()
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            f"{options['host']}:{options['port']}",
            # One process per core, each with a few threads (measured against sync workers in
            # docs/benchmarks.md): a request waiting on mat2 or Argon2 holds a thread, not the
            # process, so slow uploads do not starve the staff pages.
            "--workers",
            str(options["workers"] or default_workers()),
            "--worker-class",
            str(options["worker_class"]),
            "--threads",
            str(options["threads"]),
            # Above the longest a request may legitimately take: cleaning every file of a
            # submission, each bounded by REFUGE_MAT2_TIMEOUT_SECONDS.
            "--timeout",
            str(request_timeout_seconds()),
            # No access log: it would record addresses and user agents.
            "--error-logfile",
            "-",
            # Worker heartbeat files on RAM, not on the persistent disk.
            "--worker-tmp-dir",
            "/dev/shm" if os.path.isdir("/dev/shm") else "/tmp",  # noqa: S108
            "--forwarded-allow-ips",
            os.environ.get("REFUGE_FORWARDED_ALLOW_IPS", "127.0.0.1"),
        ]
        self.stdout.write(f"Serving Refuge on http://{options['host']}:{options['port']}/")
        self.stdout.flush()
        os.execv(sys.executable, argv)  # noqa: S606

    def _notifier_start(self) -> None:
        """Start `refuge notify --every N` beside the server (REFUGE_NOTIFY_INTERVAL_MINUTES).

        A separate process, not a thread: gunicorn replaces this process below, and a crash in
        sending mail must not touch the server. It stops by itself when the server (its parent,
        this very process id after exec) is gone.
        """
        minutes = settings.REFUGE_NOTIFY_INTERVAL_MINUTES
        if minutes <= 0:
            return
        command = [sys.executable, "-m", "refuge.cli", "notify", "--every", str(minutes)]
        subprocess.Popen([*command, "--parent", str(os.getpid())], stdin=subprocess.DEVNULL)  # noqa: S603
        self.stdout.write(f"Notifications: every {minutes} minutes")
