from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from refuge.core.sweep import leftovers_sweep


class Command(BaseCommand):
    help = (
        "Remove what a killed server process left behind: blobs no row refers to and partial "
        "writes in the file store (older than --grace-minutes; 0, with the server stopped, "
        "removes them all), and RAM scratch directories of processes that no longer exist. "
        "`refuge serve` runs this before it starts."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--grace-minutes", type=float, default=15.0)

    def handle(self, *args: Any, **options: Any) -> None:
        result = leftovers_sweep(grace_seconds=options["grace_minutes"] * 60)
        self.stdout.write(
            f"Removed {result.orphan_blobs} orphan blobs, {result.partial_files} partial files "
            f"and {result.scratch_dirs} scratch directories."
        )
