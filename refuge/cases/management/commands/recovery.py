from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from refuge import crypto
from refuge.accounts import teams
from refuge.accounts.models import User
from refuge.accounts.selectors import user_get_by_username
from refuge.accounts.services import AccountError
from refuge.audit.services import audit_record
from refuge.cases.keyholders import case_keys_reseal_with_recovery
from refuge.core.secret_output import deliver_secret, read_secret_lines, recovery_banner
from refuge.keys import recovery
from refuge.keys.custody import teams_allowed_for


class Command(BaseCommand):
    help = (
        "The organisation's offline recovery key, split into K-of-N shares. `init` creates it; "
        "`split` re-splits it (e.g. a single key from before into K of N shares); `reseal "
        "USERNAME --team T` gives a staff member a team's keys, and a caseworker their "
        "assigned cases, through the recovery quorum. Shares are read from standard input, one "
        "per line, never from the command line."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        for name, text in [
            ("init", "create the recovery key and show its shares once"),
            ("split", "split the existing recovery key (read from stdin) into new shares"),
        ]:
            action = sub.add_parser(name, help=text)
            action.add_argument("--shares", type=int, default=1, help="how many shares (N)")
            action.add_argument("--threshold", type=int, default=1, help="shares needed (K)")
        reseal = sub.add_parser("reseal", help="give USERNAME team keys or assigned cases back")
        reseal.add_argument("username")
        reseal.add_argument(
            "--team", action="append", default=[], help="a team to grant (repeatable)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        try:
            if action == "init":
                shares = teams.recovery_create(
                    threshold=options["threshold"], shares=options["shares"]
                )
                deliver_secret(
                    recovery_banner(shares, threshold=options["threshold"]), stdout=self.stdout
                )
            elif action == "split":
                lines = read_secret_lines("Recovery key or share")
                shares = teams.recovery_split(
                    recovery_lines=lines,
                    threshold=options["threshold"],
                    shares=options["shares"],
                )
                deliver_secret(
                    recovery_banner(shares, threshold=options["threshold"]), stdout=self.stdout
                )
            else:
                self._reseal(options["username"], options["team"])
        except (AccountError, recovery.RecoveryError) as exc:
            raise CommandError(str(exc)) from exc

    def _reseal(self, username: str, team_names: list[str]) -> None:
        user = user_get_by_username(username=username)
        if user is None:
            raise CommandError(f"No staff account named {username!r}.")
        allowed = teams_allowed_for(user.role)
        refused = [team for team in team_names if team not in allowed]
        if refused:
            raise CommandError(
                f"A {user.role} may not hold {', '.join(refused)}; may hold: "
                f"{', '.join(sorted(allowed)) or 'no team'}."
            )
        # The shares are combined once, for every team and the cases alike.
        keypair = recovery.recovery_keypair(read_secret_lines("Recovery share"))
        with transaction.atomic():
            granted = {
                team: teams.team_grant_with_recovery(team=team, user=user, recovery_keypair=keypair)
                for team in team_names
            }
            cases = self._cases(user, keypair)
        self.stdout.write(
            f"{user.username}: "
            + ", ".join(f"{team} ({count} keys)" for team, count in granted.items())
            + (", " if granted else "")
            + f"{cases} assigned cases."
        )

    def _cases(self, user: User, keypair: crypto.KeyPair) -> int:
        count = case_keys_reseal_with_recovery(user=user, recovery_keypair=keypair)
        audit_record(
            actor=None, action="recovery.cases_resealed", target=user, details={"cases": count}
        )
        return count
