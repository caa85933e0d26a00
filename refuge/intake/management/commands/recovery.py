from __future__ import annotations

import sys
from getpass import getpass
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.accounts.selectors import user_get_by_username
from refuge.intake import services


class Command(BaseCommand):
    help = (
        "Use the organisation's offline recovery key: `init` creates it (printed once), "
        "`reseal USERNAME` gives that staff member every report the recovery key can open. "
        "The key is read from standard input, never from the command line."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("init", help="create the recovery keypair and print its private key once")
        reseal = sub.add_parser("reseal", help="seal every report key to USERNAME's public key")
        reseal.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["action"] == "init":
                self.stdout.write(recovery_banner(services.recovery_key_create()))
                return
            user = user_get_by_username(username=options["username"])
            if user is None:
                raise CommandError(f"No staff account named {options['username']!r}.")
            key = getpass("Recovery key: ") if sys.stdin.isatty() else sys.stdin.readline()
            count = services.recovery_reseal(recovery_private_key=key, user=user)
        except services.IntakeError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Sealed {count} report keys to {user.username}.")


def recovery_banner(private_key: str) -> str:
    bar = "=" * 64
    return (
        f"{bar}\nORGANISATION RECOVERY KEY — print or write this down now, keep it offline:\n"
        f"  {private_key}\nIt is shown only now and is not stored. With it, `refuge recovery "
        f"reseal` restores access to every report if staff passwords are lost.\n{bar}"
    )
