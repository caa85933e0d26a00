from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge import crypto
from refuge.core.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Write a consistent snapshot of the database and file store to a new folder DEST."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("dest", type=Path, nargs="?")
        parser.add_argument(
            "--encrypt-to",
            metavar="PUBLIC_KEY",
            help=(
                "encrypt every file to this offline public key (from --new-offline-key); "
                "write it as --encrypt-to=KEY, since a key may begin with '-'"
            ),
        )
        parser.add_argument(
            "--new-offline-key",
            action="store_true",
            help="print a new offline key pair for --encrypt-to, and do nothing else",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["new_offline_key"]:
            pair = crypto.generate_keypair()
            # "=" joins the key to its option: a key that begins with "-" would otherwise be
            # read as another option (one key in 64 does).
            self.stdout.write(
                f"public key (give it as --encrypt-to=KEY): {crypto.encode_key(pair.public_key)}"
            )
            self.stdout.write(
                f"PRIVATE key (write it down, keep it offline; restore asks for it): "
                f"{crypto.encode_key(pair.private_key)}"
            )
            return
        if options["dest"] is None:
            raise CommandError("give the backup folder DEST")
        try:
            public = crypto.decode_key(options["encrypt_to"]) if options["encrypt_to"] else None
        except ValueError as exc:
            raise CommandError(f"--encrypt-to is not a public key: {exc}") from exc
        try:
            summary = backup_create(dest=options["dest"], encrypt_to=public)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Backup written to {summary.path} ({summary.engine} database, {summary.files} files)."
        )
