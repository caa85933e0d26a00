from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.accounts import selectors, services, throttle
from refuge.accounts.cli import password_of
from refuge.accounts.models import Role, SignInStep, User
from refuge.core.secret_output import read_secret_lines
from refuge.keys.recovery import RecoveryError, recovery_keypair
from refuge.notify import services as notify


class Command(BaseCommand):
    help = "List staff accounts and carry out administrators' day-to-day account actions."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("list", help="list every staff account")
        for name, text in [
            ("reset-password", "replace the password with a one-time password (printed once)"),
            ("reset-two-factor", "forget the authenticator; enrol again at next sign-in"),
            ("deactivate", "block sign-in (the account and its history stay)"),
            ("activate", "allow sign-in again"),
            ("unlock", "lift a sign-in lock after wrong passwords or two-factor codes"),
        ]:
            sub.add_parser(name, help=text).add_argument("username")
        reset_2fa = sub.choices["reset-two-factor"]
        reset_2fa.add_argument(
            "--approved-by",
            help="for a team member: another member of one of their teams (password on stdin)",
        )
        reset_2fa.add_argument(
            "--recovery",
            action="store_true",
            help="for a team member: approve with K recovery shares on stdin instead",
        )
        set_role = sub.add_parser("set-role", help="change the account's role")
        set_role.add_argument("username")
        set_role.add_argument("role", choices=Role.values)
        email = sub.add_parser(
            "email", help="set where the account is notified (content-free), or --remove it"
        )
        email.add_argument("username")
        email.add_argument("address", nargs="?")
        email.add_argument("--language", help="language of the notifications (default: current)")
        email.add_argument("--remove", action="store_true", help="forget the address")
        email.add_argument(
            "--openpgp-key",
            metavar="FILE",
            help="encrypt the messages to the public key in FILE ('none' removes it)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "list":
            for user in selectors.user_list():
                two_factor = "2fa" if user.has_two_factor else "no-2fa"
                status = "active" if user.is_active else "deactivated"
                self.stdout.write(
                    f"{user.username}\t{user.role}\t{two_factor}\t{status}{self._lock(user)}"
                )
            return
        user = self._user(options["username"])
        try:
            if action == "reset-password":
                password = services.user_reset_password(actor=None, user=user)
                self.stdout.write(f"One-time password for {user.username}: {password}")
            elif action == "reset-two-factor":
                self._reset_two_factor(user, options)
            elif action in {"deactivate", "activate"}:
                services.user_set_active(actor=None, user=user, active=action == "activate")
            elif action == "email":
                self._email(user, options)
            elif action == "set-role":
                services.user_set_role(actor=None, user=user, role=options["role"])
            elif action == "unlock" and not throttle.login_unlock(actor=None, user=user):
                self.stdout.write(f"{user.username} was not locked.")
        except services.AccountError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"{action}: {user.username}: done.")

    def _email(self, user: User, options: dict[str, Any]) -> None:
        if options["remove"]:
            notify.contact_remove(actor=None, user=user)
            return
        if not options["address"]:
            raise CommandError("Give an ADDRESS, or --remove.")
        current = notify.contact_for(user=user)
        language = options["language"] or (current.language if current else settings.LANGUAGE_CODE)
        key_file = options["openpgp_key"]
        key = None
        if key_file == "none":
            key = ""
        elif key_file:
            try:
                key = Path(key_file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"{key_file} cannot be read: {exc}") from exc
        try:
            notify.contact_set(
                actor=None,
                user=user,
                address=options["address"],
                language=language,
                openpgp_key=key,
            )
        except notify.NotifyError as exc:
            raise CommandError(str(exc)) from exc

    def _reset_two_factor(self, user: User, options: dict[str, Any]) -> None:
        approver = None
        if options["approved_by"]:
            approver = self._user(options["approved_by"])
            password_of(approver)
        if options["recovery"]:
            try:
                recovery_keypair(read_secret_lines("Recovery share"))
            except RecoveryError as exc:
                raise CommandError(str(exc)) from exc
        services.user_reset_two_factor(
            actor=None, user=user, approved_by=approver, with_recovery=options["recovery"]
        )

    def _lock(self, user: User) -> str:
        code = throttle.login_lock_state(step=SignInStep.CODE, username=user.username)
        if code.hard:
            return "\tlocked (two-factor; until unlocked)"
        password = throttle.login_lock_state(step=SignInStep.PASSWORD, username=user.username)
        for step, state in [("two-factor", code), ("password", password)]:
            if state.locked and state.until is not None:
                return f"\tlocked ({step}; until {state.until:%Y-%m-%d %H:%M} UTC)"
        return ""

    def _user(self, username: str) -> User:
        user = selectors.user_get_by_username(username=username)
        if user is None:
            raise CommandError(f"No staff account named {username!r}.")
        return user
