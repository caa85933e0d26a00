from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.audit.selectors import audit_chain_verify, audit_entry_list, audit_head


class Command(BaseCommand):
    help = "Verify, anchor and read the hash-chained audit log."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        verify = sub.add_parser("verify", help="recompute the chain; report the first broken link")
        verify.add_argument(
            "--anchor",
            help="SEQ:HASH printed earlier by `refuge audit head` and kept off this server",
        )
        sub.add_parser("head", help="print the last entry's number and hash, to keep offline")
        listing = sub.add_parser("list", help="print the latest entries")
        listing.add_argument("--limit", type=int, default=50)

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "head":
            head = audit_head()
            self.stdout.write(f"{head.seq}:{head.entry_hash}")
        elif action == "list":
            for entry in reversed(list(audit_entry_list(limit=options["limit"]))):
                self.stdout.write(
                    f"#{entry.seq}\t{entry.created_at.isoformat()}\t{entry.actor_label or '-'}"
                    f"\t{entry.action}\t{entry.target_type} {entry.target_id}".rstrip()
                )
        else:
            verdict = audit_chain_verify(anchor=_parse_anchor(options.get("anchor")))
            if not verdict.ok:
                raise CommandError(f"Audit chain BROKEN: {verdict.problem}")
            self.stdout.write(
                f"Audit chain intact: {verdict.entries_checked} entries, "
                f"head {verdict.head_seq}:{verdict.head_hash}"
            )


def _parse_anchor(raw: str | None) -> tuple[int, str] | None:
    if not raw:
        return None
    seq, _sep, digest = raw.partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise CommandError("--anchor takes SEQ:HASH as printed by `refuge audit head`")
    return int(seq), digest.lower()
