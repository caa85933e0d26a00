from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from config.env import production_env_file
from refuge.core import deploycheck


class Command(BaseCommand):
    help = "Production host checks."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        check = sub.add_parser(
            "check",
            help="fail, naming each problem, when nginx can write bodies or responses to disk, "
            "swap is unencrypted, the RAM directory is not a tmpfs, a secret is on a disk, or "
            "the settings are not production ones",
        )
        check.add_argument("--nginx", default="nginx", help="the nginx binary to ask (nginx -T)")
        check.add_argument(
            "--nginx-dump",
            type=Path,
            help="read a saved `nginx -T` output instead of running nginx",
        )
        check.add_argument(
            "--upstream",
            default=f"{os.environ.get('REFUGE_HOST', '127.0.0.1')}:"
            f"{os.environ.get('REFUGE_PORT', '8000')}",
            help="where Refuge listens, as nginx's proxy_pass names it",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        problems = deploycheck.settings_problems()
        problems += deploycheck.ram_directory_problems()
        problems += deploycheck.secret_problems(production_env_file())
        problems += deploycheck.swap_problems()
        problems += deploycheck.nginx_problems(
            self._nginx_dump(options), upstream=options["upstream"]
        )
        for problem in problems:
            self.stderr.write(f"problem: {problem}")
        if problems:
            raise CommandError(f"deploy check: {len(problems)} problem(s)", returncode=1)
        self.stdout.write("deploy check: no problems")

    def _nginx_dump(self, options: dict[str, Any]) -> str:
        if options["nginx_dump"] is not None:
            return str(options["nginx_dump"].read_text())
        try:
            done = subprocess.run(  # noqa: S603  (a fixed argument list, no shell)
                [options["nginx"], "-T"], capture_output=True, text=True, timeout=30
            )
        except OSError as exc:
            raise CommandError(f"deploy check: cannot run {options['nginx']} -T: {exc}") from exc
        if done.returncode != 0:
            raise CommandError(f"deploy check: nginx -T failed: {done.stderr.strip()[-500:]}")
        return done.stdout
