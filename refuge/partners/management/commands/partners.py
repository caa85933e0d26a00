from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.partners import selectors, services
from refuge.partners.access import may_manage_partners
from refuge.partners.management.commands._common import partner_named, user_named
from refuge.partners.package import key_file_write
from refuge.partners.services import PartnerError


class Command(BaseCommand):
    help = (
        "The partner directory: `whoami [--out FILE]` writes this organisation's public key "
        "file to exchange out of band (creating the identity once); `add NAME --public-key FILE` "
        "adds a partner; `list` shows fingerprints; `verify NAME --user U` marks a partner's "
        "key verified after comparing its fingerprint by phone."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        whoami = sub.add_parser("whoami", help="this organisation's public key file")
        whoami.add_argument("--out", help="write the key file here instead of standard output")
        add = sub.add_parser("add", help="add a partner from its public key file")
        add.add_argument("name")
        add.add_argument("--public-key", required=True, help="the partner's key file")
        sub.add_parser("list", help="partners with fingerprints and verification")
        verify = sub.add_parser("verify", help="mark a partner's key verified")
        verify.add_argument("name")
        verify.add_argument("--user", required=True, help="the coordinator who compared it")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            getattr(self, "_" + options["action"])(options)
        except PartnerError as exc:
            raise CommandError(str(exc)) from exc

    def _whoami(self, options: dict[str, Any]) -> None:
        identity = services.identity_ensure(actor=None)
        text = key_file_write(services.public_keys(identity))
        if options["out"]:
            Path(options["out"]).write_text(text)
            self.stdout.write(
                f"Public key file written to {options['out']}; fingerprint "
                f"{services.public_keys(identity).fingerprint}"
            )
        else:
            self.stdout.write(text, ending="")

    def _add(self, options: dict[str, Any]) -> None:
        try:
            text = Path(options["public_key"]).read_text()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {options['public_key']}: {exc}") from exc
        partner = services.partner_add(actor=None, name=options["name"], key_file=text)
        self.stdout.write(
            f"Added {partner.name}, fingerprint {partner.fingerprint} (not verified: compare "
            "the fingerprint with them by phone, then `refuge partners verify`)."
        )

    def _list(self, options: dict[str, Any]) -> None:
        rows = selectors.partner_list()
        if not rows:
            self.stdout.write("No partners yet.")
        for row in rows:
            partner = row.partner
            state = (
                f"verified {partner.verified_at:%Y-%m-%d} by {partner.verified_by}"
                if partner.verified_at and partner.verified_by
                else "NOT VERIFIED"
            )
            if not row.intact:
                state = "FAILS ITS CHECK"
            self.stdout.write(f"{partner.name}\t{partner.fingerprint}\t{state}")

    def _verify(self, options: dict[str, Any]) -> None:
        user = user_named(options["user"])
        partner = partner_named(options["name"])
        if not may_manage_partners(user):
            raise CommandError("Only coordinators and administrators verify partners.")
        try:
            partner = services.partner_verify(actor=user, partner=partner)
        except services.KeyDirectoryError as exc:
            raise CommandError(f"{partner.name}'s directory entry fails its check.") from exc
        self.stdout.write(f"{partner.name} verified ({partner.fingerprint}).")
