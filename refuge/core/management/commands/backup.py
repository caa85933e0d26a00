from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.core.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Write a consistent snapshot of the database and file store to a new folder DEST."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("dest", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            summary = backup_create(dest=options["dest"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Backup written to {summary.path} ({summary.engine} database, {summary.files} files)."
        )
