from __future__ import annotations

import sys
from getpass import getpass
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from refuge.accounts.selectors import user_get_by_username
from refuge.accounts.services import AccountError, staff_keypair_unlock
from refuge.accounts.teams import team_grant
from refuge.audit.services import audit_record
from refuge.keys.models import Team
from refuge.record import services
from refuge.record.gazetteer import place_key
from refuge.record.models import ActType, Place


class Command(BaseCommand):
    help = "The record's vocabulary and gazetteer, and who may open the record."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("act-types", help="list the act vocabulary")
        add_type = sub.add_parser("add-act-type", help="extend the act vocabulary")
        add_type.add_argument("key")
        add_type.add_argument("--en", required=True)
        add_type.add_argument("--ru", required=True)
        add_place = sub.add_parser("add-place", help="add a place to the gazetteer")
        add_place.add_argument("--en", required=True)
        add_place.add_argument("--ru", required=True)
        add_place.add_argument("--kind", required=True, choices=Place.Kind.values)
        add_place.add_argument("--parent", help="the parent place, any spelling")
        add_place.add_argument("--aliases", default="", help="other spellings, comma-separated")
        grant = sub.add_parser("grant", help="seal the record key to USER (you type your password)")
        grant.add_argument("user")
        grant.add_argument("--by", required=True, help="an analyst or coordinator who holds it")

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "act-types":
            for act_type in ActType.objects.order_by("key"):
                self.stdout.write(f"{act_type.key}\t{act_type.label_en}\t{act_type.label_ru}")
        elif action == "add-act-type":
            act_type, created = ActType.objects.get_or_create(
                key=options["key"], defaults={"label_en": options["en"], "label_ru": options["ru"]}
            )
            if not created:
                raise CommandError(f"{options['key']} exists already")
            audit_record(actor=None, action="record.act_type_added", target=act_type)
            self.stdout.write(f"Added {act_type.key}.")
        elif action == "add-place":
            parent = services.place_lookup(options["parent"]) if options["parent"] else None
            if options["parent"] and parent is None:
                raise CommandError(f"no place called {options['parent']!r}")
            if services.place_lookup(options["en"]) is not None:
                raise CommandError(f"{options['en']} is in the gazetteer already")
            place = Place.objects.create(
                name_en=options["en"],
                name_ru=options["ru"],
                kind=options["kind"],
                parent=parent,
                aliases="\n".join(a.strip() for a in options["aliases"].split(",") if a.strip()),
                key=place_key(options["en"]),
            )
            audit_record(actor=None, action="record.place_added", target=place)
            self.stdout.write(f"Added {place.path}.")
        else:
            self._grant(options)

    def _grant(self, options: dict[str, Any]) -> None:
        by = user_get_by_username(username=options["by"])
        user = user_get_by_username(username=options["user"])
        if by is None or user is None:
            raise CommandError("no such staff account")
        password = (
            getpass("Password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
        )
        keypair = (
            staff_keypair_unlock(user=by, password=password)
            if by.check_password(password)
            else None
        )
        if keypair is None:
            raise CommandError("That password is not right.")
        try:
            # The record key is held by the record team: giving the record is a team grant.
            team_grant(actor=by, team=Team.RECORD, user=user, actor_keypair=keypair)
        except AccountError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"{user.username} can now open the record.")
