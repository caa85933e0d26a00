from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from refuge.accounts import selectors, services
from refuge.accounts.models import Role
from refuge.core.models import RecoveryKey
from refuge.intake.management.commands.recovery import recovery_banner
from refuge.intake.services import recovery_key_create


class Command(BaseCommand):
    help = (
        "Prepare this instance: apply migrations, collect static files and, on the very first "
        "run, create the first administrator and print a one-time password. Safe to repeat."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--admin-username", default="admin")
        parser.add_argument("--no-static", action="store_true", help="skip collectstatic")

    def handle(self, *args: Any, **options: Any) -> None:
        settings.REFUGE_FILE_STORE.mkdir(parents=True, exist_ok=True, mode=0o700)
        call_command("migrate", interactive=False, verbosity=0)
        if not options["no_static"]:
            call_command("collectstatic", interactive=False, verbosity=0)
        if not RecoveryKey.objects.exists():
            self.stdout.write(recovery_banner(recovery_key_create()))
        if selectors.user_count():
            self.stdout.write("Refuge is set up; staff accounts already exist.")
            return
        user, password = services.user_create(
            actor=None,
            username=options["admin_username"],
            role=Role.ADMINISTRATOR,
            on_intake_rota=True,
        )
        bar = "=" * 64
        self.stdout.write(
            f"{bar}\nFirst administrator created.\n  username: {user.username}\n"
            f"  one-time password: {password}\nIt is shown only now. At first sign-in you "
            f"choose your own password and set up two-factor.\n{bar}"
        )
