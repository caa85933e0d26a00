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
from refuge.record.capture import CaptureError
from refuge.record.models import Evidence


class Command(BaseCommand):
    help = (
        "Evidence packages: `export OUT.zip --user NAME` (password on stdin) writes a signed "
        "package; `verify PACKAGE.zip` checks one on any machine and names whatever was altered; "
        "`check --user NAME` re-checks every stored item's hash and chain of custody; "
        "`key` prints the fingerprint of the organisation's evidence-signing key; "
        "`stamp-audit-head` / `check-audit-stamps` time-stamp the audit chain's head (RFC 3161)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="write an evidence package (ZIP)")
        export.add_argument("out", type=Path)
        export.add_argument("--user", required=True, help="an analyst or coordinator")
        export.add_argument(
            "--item", action="append", default=[], help="item id prefix, as on /record/ (repeat)"
        )
        export.add_argument(
            "--recipient", default="", help="who the package goes to (kept in each custody log)"
        )
        capture = sub.add_parser(
            "capture",
            help="keep a web page as evidence: HTML, screenshot, headers (password on stdin)",
        )
        capture.add_argument("url")
        capture.add_argument("--user", required=True)
        capture.add_argument("--description", default="")
        seal = sub.add_parser(
            "seal-custody", help="encrypt custody details stored in clear before this version"
        )
        seal.add_argument("--user", required=True)
        sub.add_parser("stamp-audit-head", help="have the audit chain's head time-stamped")
        sub.add_parser("check-audit-stamps", help="check every time-stamp of the audit head")
        destroy = sub.add_parser(
            "destroy", help="destroy one item's file; its custody log remains (password on stdin)"
        )
        destroy.add_argument("item", help="the item's id (at least its first 8 characters)")
        destroy.add_argument("--user", required=True)
        destroy.add_argument("--reason", required=True, help="why, e.g. the court order")
        verify = sub.add_parser("verify", help="check a package; exit 1 if anything was altered")
        verify.add_argument("package", type=Path)
        verify.add_argument(
            "--key", help="fingerprint of the expected signing key; exit 1 if another key signed"
        )
        verify.add_argument(
            "--tsa-ca", type=Path, help="PEM certificates of the time-stamp authority"
        )
        key = sub.add_parser("key", help="print the fingerprint of the evidence-signing key")
        key.add_argument("--user", help="make the key now if there is none yet (password on stdin)")
        check = sub.add_parser("check", help="re-check every stored item")
        check.add_argument("--user", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "verify":
            self._verify(options["package"], options["key"], options["tsa_ca"])
            return
        if options["action"] == "key":
            self._key(options["user"])
            return
        if options["action"] == "stamp-audit-head":
            try:
                stamp = services.audit_head_stamp()
            except services.RecordError as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(f"Audit head #{stamp.seq} {stamp.entry_hash} time-stamped.")
            return
        if options["action"] == "check-audit-stamps":
            problems, good = services.audit_stamps_check()
            for line in good:
                self.stdout.write(line)
            if problems:
                for problem in problems:
                    self.stderr.write(problem)
                raise CommandError(f"{len(problems)} audit time-stamp(s) do not hold")
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
        if options["action"] == "seal-custody":
            sealed = services.custody_seal_existing(key=key)
            self.stdout.write(f"Sealed the details of {sealed} custody entries; chains unchanged.")
            return
        if options["action"] == "capture":
            try:
                item = services.evidence_capture(
                    actor=user_get_by_username(username=options["user"]),
                    key=key,
                    url=options["url"],
                    description=options["description"],
                )
            except CaptureError as exc:
                raise CommandError(f"{exc}. Nothing was stored.") from exc
            self.stdout.write(f"Captured {options['url']} as item {item.id}.")
            return
        if options["action"] == "destroy":
            self._destroy(options["item"], options["user"], options["reason"], key)
            return
        items = list(Evidence.objects.order_by("received_at"))
        if options["item"]:
            items = [e for e in items if any(str(e.id).startswith(p) for p in options["item"])]
        if not items:
            raise CommandError("no evidence matches")
        user = user_get_by_username(username=options["user"])
        try:
            manifest = services.evidence_package_write(
                actor=user,
                key=key,
                out=options["out"],
                evidence=items,
                recipient=options["recipient"],
            )
        except services.EvidenceIntegrityError as exc:
            raise CommandError(f"{exc}: the package was not written") from exc
        self.stdout.write(f"Wrote {options['out']} with {len(manifest['items'])} item(s).")

    def _destroy(self, prefix: str, username: str, reason: str, key: bytes) -> None:
        matches = [e for e in Evidence.objects.all() if str(e.id).startswith(prefix.lower())]
        if len(matches) != 1 or len(prefix) < 8:
            raise CommandError("give at least the first 8 characters of one item's id")
        try:
            services.evidence_destroy(
                actor=user_get_by_username(username=username),
                key=key,
                evidence=matches[0],
                reason=reason,
            )
        except services.RecordError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Destroyed {matches[0].id}; its custody log remains.")

    def _verify(self, package: Path, expected_key: str | None, tsa_ca: Path | None) -> None:
        verdict = services.package_verify(
            package, expected_key=expected_key, tsa_ca=tsa_ca.read_bytes() if tsa_ca else None
        )
        if verdict.signer:
            self.stdout.write(f"signed by key {verdict.signer}")
        if verdict.timestamp:
            self.stdout.write(verdict.timestamp)
        if verdict.problems:
            for problem in verdict.problems:
                self.stderr.write(problem)
            raise CommandError(f"{len(verdict.problems)} problem(s): the package is not intact")
        self.stdout.write(f"{package}: intact (signature, every file, every custody chain)")

    def _key(self, username: str | None) -> None:
        stored = services.signing_key_public()
        if stored is None and username is None:
            raise CommandError(
                "No evidence-signing key yet: it is made with the first package, "
                "or now with `refuge evidence key --user NAME` (password on stdin)."
            )
        if stored is None:
            user = user_get_by_username(username=username or "")
            try:
                _seed, stored = services.signing_key_seed(
                    actor=user, key=self._record_key(username or "")
                )
            except services.RecordError as exc:
                raise CommandError(str(exc)) from exc
        self.stdout.write(stored.fingerprint)

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
