from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from refuge.accounts import selectors, services, teams
from refuge.accounts.models import Role
from refuge.core.secret_output import deliver_secret, recovery_banner
from refuge.keys import directory
from refuge.keys.models import RecoveryKey


class Command(BaseCommand):
    help = (
        "Prepare this instance: apply migrations, collect static files and, on the very first "
        "run, create the recovery key and the first administrator, a founding member of every "
        "team. Secrets go to the terminal only (or a 0600 file). Safe to repeat."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--admin-username", default="admin")
        parser.add_argument("--no-static", action="store_true", help="skip collectstatic")
        parser.add_argument("--shares", type=int, default=1, help="recovery shares (N)")
        parser.add_argument("--threshold", type=int, default=1, help="shares needed (K)")

    def handle(self, *args: Any, **options: Any) -> None:
        settings.REFUGE_FILE_STORE.mkdir(parents=True, exist_ok=True, mode=0o700)
        call_command("migrate", interactive=False, verbosity=0)
        if not options["no_static"]:
            call_command("collectstatic", interactive=False, verbosity=0)
        secrets: list[str] = []  # shown together, once, at the end
        if not RecoveryKey.objects.exists():
            shares = teams.recovery_create(threshold=options["threshold"], shares=options["shares"])
            secrets.append(recovery_banner(shares, threshold=options["threshold"]))
        elif directory.recovery_pin() is None:
            self.stderr.write(
                f"The recovery key is not pinned: nothing will be sealed until "
                f"{directory.recovery_pin_path()} holds its public key (see docs/deployment.md)."
            )
        if selectors.user_count():
            if secrets:
                deliver_secret("\n".join(secrets), stdout=self.stdout)
            self.stdout.write("Refuge is set up; staff accounts already exist.")
            return
        user, password = services.user_create(
            actor=None, username=options["admin_username"], role=Role.ADMINISTRATOR
        )
        founded = teams.organisation_found(founder=user, founder_password=password)
        bar = "=" * 64
        secrets.append(
            f"{bar}\nFirst administrator created, a founding member of the teams "
            f"{', '.join(founded)}.\n  username: {user.username}\n"
            f"  one-time password: {password}\nIt is shown only now. At first sign-in you "
            f"choose your own password and set up two-factor.\n{bar}"
        )
        deliver_secret("\n".join(secrets), stdout=self.stdout)
