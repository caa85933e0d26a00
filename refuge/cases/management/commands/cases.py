from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from refuge.cases.retention import cases_expire


class Command(BaseCommand):
    help = "Casework housekeeping."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser(
            "expire",
            help="crypto-shred closed cases older than REFUGE_CLOSED_CASE_RETENTION_DAYS "
            "(cases under legal hold are kept)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        count = cases_expire()
        self.stdout.write(
            f"Shredded {count} closed case(s) older than "
            f"{settings.REFUGE_CLOSED_CASE_RETENTION_DAYS} days."
        )
