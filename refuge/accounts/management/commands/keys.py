from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from refuge.accounts import selectors, services
from refuge.accounts.cli import password_of
from refuge.audit.services import audit_record
from refuge.keys.directory import directory_problems, directory_remac


class Command(BaseCommand):
    help = (
        "The authenticated key directory: `check` verifies every staff, team and recovery key "
        "and every membership (exit 1 naming each rogue or altered row); `rotate USERNAME` "
        "re-keys a person (their password on standard input) after a suspected compromise."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("check", help="verify the whole key directory")
        sub.add_parser(
            "remac",
            help="after a server-key rotation: rewrite every MAC under the new server key",
        )
        rotate = sub.add_parser("rotate", help="give USERNAME a new keypair")
        rotate.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "check":
            problems = directory_problems()
            for problem in problems:
                self.stderr.write(f"ROGUE OR ALTERED: {problem}")
            if problems:
                raise SystemExit(1)
            self.stdout.write("Key directory intact: every key and membership checks out.")
            return
        if options["action"] == "remac":
            with transaction.atomic():
                count = directory_remac()
                audit_record(actor=None, action="keys.remacked", details={"rows": count})
            self.stdout.write(f"{count} key directory rows now carry the current server key's MAC.")
            return
        user = selectors.user_get_by_username(username=options["username"])
        if user is None:
            raise CommandError(f"No staff account named {options['username']!r}.")
        password = password_of(user)
        try:
            count = services.user_rotate_keypair(actor=None, user=user, password=password)
        except services.AccountError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"{user.username} has a new keypair; {count} sealed copies moved to it; "
            "their sessions ended."
        )
