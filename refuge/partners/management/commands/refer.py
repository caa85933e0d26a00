from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.partners import services
from refuge.partners.management.commands._common import (
    case_to_refer,
    member_unlocked,
    partner_named,
    parts_listed,
)
from refuge.partners.models import Part


class Command(BaseCommand):
    help = (
        "Write a referral package of CASE to a verified partner, signed by the organisation and "
        "encrypted to the partner: only the chosen parts, and only what the person consented "
        "to share with that partner. The coordinator's password is read from standard input."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("case", help="the case id (the full UUID)")
        parser.add_argument("--to", required=True, help="the partner's name in the directory")
        parser.add_argument("--user", required=True, help="the coordinator referring")
        parser.add_argument(
            "--parts",
            default="summary,needs",
            help="comma-separated, of: " + ", ".join(Part.values) + " (default: summary,needs)",
        )
        parser.add_argument("--summary", default="", help="the summary written for the partner")
        parser.add_argument("--needs", default="", help="what the person needs")
        parser.add_argument("--out", required=True, help="where to write the package")

    def handle(self, *args: Any, **options: Any) -> None:
        partner = partner_named(options["to"])
        user, keypair = member_unlocked(options["user"])
        case = case_to_refer(user, options["case"])
        out = Path(options["out"])
        if out.exists():
            raise CommandError(f"{out} exists; choose another name.")
        try:
            referral, data = services.referral_create(
                actor=user,
                keypair=keypair,
                case=case,
                partner=partner,
                parts=parts_listed(options["parts"]),
                summary=options["summary"],
                needs=options["needs"],
            )
        except services.PartnerError as exc:
            raise CommandError(str(exc)) from exc
        out.write_bytes(data)
        self.stdout.write(
            f"Referral {referral.pk} to {partner.name} written to {out} "
            f"(parts: {', '.join(referral.parts)})."
        )
