from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.site import demo


class Command(BaseCommand):
    help = (
        "Run a demo instance filled with invented data, on http://127.0.0.1:8001 by default, "
        "with its own data directory (var/demo/). It refuses a directory it did not make. "
        "Prints the demo accounts' passwords and TOTP keys (invented, for this demo only)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dir",
            default=str(Path(settings.BASE_DIR) / "var" / "demo"),
            help="the demo's data directory (default: var/demo/)",
        )
        parser.add_argument(
            "--reset", action="store_true", help="throw the demo data away and make it anew"
        )
        parser.add_argument("--no-serve", action="store_true", help="build the data, then stop")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.REFUGE_DEMO:
            self._start_demo_process(options)
        try:
            demo.demo_settings_check()
        except demo.DemoError as exc:
            raise CommandError(str(exc)) from exc
        var_dir = Path(settings.VAR_DIR)
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        accounts = demo.demo_accounts_saved(var_dir)
        if accounts is None:
            if demo.demo_built():
                raise CommandError(
                    f"{var_dir} holds demo data but not its accounts file; "
                    "start again with --reset."
                )
            self.stdout.write("Filling the demo with invented data (about half a minute)…")
            self.stdout.flush()
            try:
                accounts = demo.demo_build()
            except demo.DemoError as exc:
                raise CommandError(str(exc)) from exc
            demo.demo_accounts_save(var_dir, accounts)
        else:
            self.stdout.write(f"Reusing the demo data in {var_dir} (--reset to start again).")
        self.stdout.write(
            "DEMO instance: every name, report and list in it is invented. These accounts exist "
            "only here, so their secrets are printed (never do this with real accounts):"
        )
        for account in accounts:
            self.stdout.write(account.line())
        if not options["no_serve"]:
            call_command("serve")

    def _start_demo_process(self, options: dict[str, Any]) -> None:
        """Prepare the demo directory, then run this command again as a demo process."""
        if os.environ.get("DJANGO_SETTINGS_MODULE") == "config.settings.prod":
            raise CommandError("refusing to run a demo with production settings.")
        path = Path(options["dir"]).resolve()
        try:
            demo.demo_dir_prepare(path, reset=options["reset"])
        except demo.DemoError as exc:
            raise CommandError(str(exc)) from exc
        argv = [sys.executable, "-m", "refuge.cli", "demo"]
        if options["no_serve"]:
            argv.append("--no-serve")
        self.stdout.flush()
        os.execve(sys.executable, argv, demo.demo_environment(path, dict(os.environ)))  # noqa: S606
