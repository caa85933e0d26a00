from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge import crypto
from refuge.core.backup import BackupError, backup_read_manifest, backup_restore


class Command(BaseCommand):
    help = (
        "Replace this instance's database and file store with a backup made by `refuge backup`. "
        "Stop the service first. Every file's hash is checked before anything is replaced."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", type=Path)
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        # An encrypted backup (refuge backup --encrypt-to) reads its offline private key from
        # stdin, never from the command line (it would land in the shell's history).

    def handle(self, *args: Any, **options: Any) -> None:
        source: Path = options["source"]
        try:
            manifest = backup_read_manifest(source.resolve())
            if not options["yes"]:
                answer = input(
                    f"Replace ALL current data with the backup of {manifest['created_at']}? "
                    "Type 'restore' to go on: "
                )
                if answer.strip() != "restore":
                    raise CommandError("Nothing was changed.")
            private = None
            if manifest.get("encrypted_to"):
                line = sys.stdin.readline().strip()
                try:
                    private = crypto.decode_key(line)
                except ValueError as exc:
                    raise CommandError(
                        "this backup is encrypted: give the offline private key on stdin"
                    ) from exc
            summary = backup_restore(source=source, offline_private_key=private)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Restored {summary.engine} database and {summary.files} files.")
