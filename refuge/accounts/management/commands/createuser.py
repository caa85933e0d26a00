from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.accounts import services
from refuge.accounts.models import Role


class Command(BaseCommand):
    help = "Create a staff account and print its one-time password (shown once)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", required=True)
        parser.add_argument("--role", required=True, choices=Role.values)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            user, password = services.user_create(
                actor=None, username=options["username"], role=options["role"]
            )
        except services.AccountError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Created {user.username} ({user.role}).")
        self.stdout.write(f"One-time password: {password}")
        self.stdout.write("It is shown only now; at first sign-in they choose their own.")
