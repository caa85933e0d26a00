from __future__ import annotations

import sys
from getpass import getpass
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge import crypto
from refuge.accounts.selectors import user_get_by_username
from refuge.accounts.services import staff_keypair_unlock
from refuge.record import services
from refuge.record.models import Evidence


class Command(BaseCommand):
    help = (
        "Evidence packages: `export OUT.zip --user NAME` (password on stdin) writes a signed "
        "package; `verify PACKAGE.zip` checks one on any machine and names whatever was altered; "
        "`check --user NAME` re-checks every stored item's hash and chain of custody."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="write an evidence package (ZIP)")
        export.add_argument("out", type=Path)
        export.add_argument("--user", required=True, help="an analyst or coordinator")
        export.add_argument("--item", action="append", default=[], help="SHA-256 prefix (repeat)")
        verify = sub.add_parser("verify", help="check a package; exit 1 if anything was altered")
        verify.add_argument("package", type=Path)
        check = sub.add_parser("check", help="re-check every stored item")
        check.add_argument("--user", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "verify":
            problems = services.package_verify(options["package"])
            if problems:
                for problem in problems:
                    self.stderr.write(problem)
                raise CommandError(f"{len(problems)} problem(s): the package is not intact")
            self.stdout.write(
                f"{options['package']}: intact (signature, every file, every custody chain)"
            )
            return
        key = self._record_key(options["user"])
        if options["action"] == "check":
            problems = services.evidence_integrity_check(key=key)
            if problems:
                for problem in problems:
                    self.stderr.write(problem)
                raise CommandError(f"{len(problems)} problem(s) in stored evidence")
            self.stdout.write(f"All {Evidence.objects.count()} items intact.")
            return
        items = list(Evidence.objects.order_by("received_at"))
        if options["item"]:
            items = [e for e in items if any(e.sha256.startswith(p) for p in options["item"])]
        if not items:
            raise CommandError("no evidence matches")
        user = user_get_by_username(username=options["user"])
        try:
            manifest = services.evidence_package_write(
                actor=user, key=key, out=options["out"], evidence=items
            )
        except services.EvidenceIntegrityError as exc:
            raise CommandError(f"{exc}: the package was not written") from exc
        self.stdout.write(f"Wrote {options['out']} with {len(manifest['items'])} item(s).")

    def _record_key(self, username: str) -> bytes:
        user = user_get_by_username(username=username)
        if user is None:
            raise CommandError(f"No staff account named {username!r}.")
        password = (
            getpass("Password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
        )
        if not user.check_password(password):
            raise CommandError("That password is not right.")
        try:
            keypair = staff_keypair_unlock(user=user, password=password)
            if keypair is None:
                raise CommandError(f"{username} has no keypair yet: sign in once first")
            return services.record_key_for(user=user, keypair=keypair)
        except (services.RecordAccessError, crypto.CryptoError) as exc:
            raise CommandError(str(exc)) from exc
