from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge import crypto
from refuge.accounts import selectors, teams
from refuge.accounts.cli import password_of
from refuge.accounts.models import User
from refuge.accounts.services import AccountError, staff_keypair_unlock
from refuge.keys.directory import KeyDirectoryError, fingerprint
from refuge.keys.models import Membership, Team, TeamKey


class Command(BaseCommand):
    help = (
        "Teams hold the keys: `list` shows members and key fingerprints; `grant TEAM USERNAME "
        "--by MEMBER` (MEMBER's password on standard input) gives a person everything the team "
        "holds, past included; `revoke TEAM USERNAME` withdraws it and rotates the team key."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("list", help="teams, their current key fingerprint and members")
        grant = sub.add_parser("grant", help="give USERNAME the team's key")
        grant.add_argument("team", choices=Team.values)
        grant.add_argument("username")
        grant.add_argument("--by", required=True, help="a current member, who unlocks their key")
        revoke = sub.add_parser("revoke", help="withdraw the team's key from USERNAME")
        revoke.add_argument("team", choices=Team.values)
        revoke.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "list":
            self._list()
            return
        user = self._user(options["username"])
        team = options["team"]
        try:
            if options["action"] == "grant":
                granter = self._user(options["by"])
                keypair = self._unlock(granter)
                count = teams.team_grant(actor=granter, team=team, user=user, actor_keypair=keypair)
                self.stdout.write(f"{user.username} now holds {count} key(s) of the {team} team.")
            else:
                generation = teams.team_revoke(actor=None, team=team, user=user)
                if generation is None:
                    self.stdout.write(f"{user.username} held nothing of the {team} team.")
                else:
                    self.stdout.write(
                        f"{user.username} left the {team} team; its key is now #{generation}."
                    )
        except AccountError as exc:
            raise CommandError(str(exc)) from exc

    def _list(self) -> None:
        for team in Team.values:
            current = TeamKey.objects.filter(team=team, retired_at__isnull=True).first()
            if current is None:
                self.stdout.write(f"{team}\t(no key yet)")
                continue
            self.stdout.write(
                f"{team}\tkey #{current.generation}\t{fingerprint(bytes(current.public_key))}"
            )
            members = Membership.objects.filter(team_key=current).select_related(
                "user", "staff_key"
            )
            for membership in members.order_by("user__username"):
                self.stdout.write(
                    f"  {membership.user.username}\t{membership.user.role}\t"
                    f"{fingerprint(bytes(membership.staff_key.public_key))}"
                )

    def _user(self, username: str) -> User:
        user = selectors.user_get_by_username(username=username)
        if user is None:
            raise CommandError(f"No staff account named {username!r}.")
        return user

    def _unlock(self, user: User) -> crypto.KeyPair:
        password = password_of(user)
        try:
            keypair = staff_keypair_unlock(user=user, password=password)
        except (crypto.CryptoError, KeyDirectoryError) as exc:
            raise CommandError(f"{user.username}'s key could not be unlocked: {exc}") from exc
        if keypair is None:
            raise CommandError(f"{user.username} has no key yet: they must sign in once first.")
        return keypair
