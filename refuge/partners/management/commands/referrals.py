from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.partners import imports, services
from refuge.partners.management.commands._common import (
    case_to_refer,
    member_unlocked,
    partner_named,
    parts_listed,
    user_named,
)
from refuge.partners.models import Part
from refuge.partners.package import PackageError


class Command(BaseCommand):
    help = (
        "Referrals between organisations: `import FILE --user U` checks a package from a "
        "partner (signature, recipient, replay) and opens a case for a referral or shows a "
        "status on the referring case; `status REFERRAL_ID --status accepted|declined|closed "
        "--user U --out FILE` writes a signed status update for the partner who referred; "
        "`consent CASE --partner P --parts a,b --user U [--refused]` records the person's consent "
        "to share those parts with that partner. Passwords are read from standard input."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="import a referral or a status update")
        imp.add_argument("file")
        imp.add_argument("--user", required=True)
        status = sub.add_parser("status", help="write a status update about a referral")
        status.add_argument("referral", help="the referral's id, as `import` printed it")
        status.add_argument("--status", required=True, choices=list(services.STATUSES))
        status.add_argument("--user", required=True)
        status.add_argument("--out", required=True)
        consent = sub.add_parser("consent", help="record consent to refer to one partner")
        consent.add_argument("case")
        consent.add_argument("--partner", required=True)
        consent.add_argument("--parts", default="", help=", ".join(Part.values))
        consent.add_argument("--refused", action="store_true", help="the person said no")
        consent.add_argument("--user", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, "_" + options["action"])(options)

    def _import(self, options: dict[str, Any]) -> None:
        try:
            data = Path(options["file"]).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc}") from exc
        user, keypair = member_unlocked(options["user"])
        try:
            imported = imports.package_import(actor=user, keypair=keypair, data=data)
        except PackageError as exc:
            raise CommandError(f"Refused: {exc}") from exc
        if imported.kind == "referral":
            assert imported.case is not None  # noqa: S101
            self.stdout.write(
                f"Referral {imported.package_id} from {imported.partner.name} imported as case "
                f"{imported.case.pk}."
            )
        else:
            self.stdout.write(
                f"Status from {imported.partner.name}: referral of case "
                f"{imported.case.pk if imported.case else '?'} is now {imported.status}."
            )

    def _status(self, options: dict[str, Any]) -> None:
        out = Path(options["out"])
        if out.exists():
            raise CommandError(f"{out} exists; choose another name.")
        try:
            referral_id = uuid.UUID(options["referral"])
        except ValueError as exc:
            raise CommandError("The referral id is a UUID.") from exc
        user, keypair = member_unlocked(options["user"])
        try:
            data = services.status_create(
                actor=user, keypair=keypair, package_id=referral_id, status=options["status"]
            )
        except services.PartnerError as exc:
            raise CommandError(str(exc)) from exc
        out.write_bytes(data)
        self.stdout.write(f"Status {options['status']} written to {out}.")

    def _consent(self, options: dict[str, Any]) -> None:
        user = user_named(options["user"])
        partner = partner_named(options["partner"])
        case = case_to_refer(user, options["case"])
        try:
            consent = services.referral_consent_record(
                actor=user,
                case=case,
                partner=partner,
                granted=not options["refused"],
                parts=parts_listed(options["parts"]),
            )
        except services.PartnerError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Consent to refer to {partner.name} recorded: "
            + (", ".join(consent.parts) if consent.granted else "refused")
        )
