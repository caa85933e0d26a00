from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.findings.linkage import read_records
from refuge.findings.pprl import (
    HARDENINGS,
    PprlError,
    encode_records,
    list_name,
    match,
    new_secret,
    overlap_table,
    read_encodings,
    read_secret,
    secret_exposed,
    write_encodings,
    write_table,
)
from refuge.findings.synthetic import chechen_lists


class Command(BaseCommand):
    help = (
        "Count people across organisations' lists without sharing names (docs/partners.md). "
        "encode: turn a list (the columns of refuge link) into keyed Bloom-filter encodings; "
        "match: link two or more encodings files into the overlap table refuge estimate reads; "
        "secret: write a new random shared secret; example: three invented lists to try it on."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        encode = sub.add_parser("encode", help="encode a list of records with the shared secret")
        encode.add_argument("records", type=Path, help="CSV: record_id, name, patronymic, date, …")
        encode.add_argument("--secret-file", type=Path, help="the secret the partners agreed")
        encode.add_argument("--out", type=Path, required=True, help="the encodings file to share")
        encode.add_argument(
            "--map",
            type=Path,
            help="where to keep record_id → row_id (stays here; default: OUT.map.csv)",
        )
        encode.add_argument(
            "--harden", choices=HARDENINGS, default="none", help="balance or xor (see docs)"
        )
        encode.add_argument("--list-name", default="", help="the list's column in the table")
        found = sub.add_parser("match", help="match encodings files into an overlap table")
        found.add_argument("encodings", type=Path, nargs="+", help="two or more encodings files")
        found.add_argument("--out", type=Path, required=True, help="the overlap table (CSV)")
        found.add_argument("--threshold", type=float, help="Dice similarity to link two records")
        found.add_argument("--names", help="the lists' column names, comma-separated, in order")
        found.add_argument(
            "--clusters",
            type=Path,
            help="also write list,row_id,person (which rows are one person)",
        )
        found.add_argument(
            "--no-dedupe",
            action="store_true",
            help="the lists hold no duplicates of their own (skip linking within a list)",
        )
        secret = sub.add_parser("secret", help="write a new random shared secret")
        secret.add_argument("--out", type=Path, required=True, help="new file (mode 0600)")
        example = sub.add_parser(
            "example", help="write three lists of one invented population, and the true table"
        )
        example.add_argument("--out", type=Path, required=True, help="a new directory")
        example.add_argument("--population", type=int, default=2000, help="invented people")
        example.add_argument("--seed", type=int, default=1)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["action"] == "encode":
                self._encode(options)
            elif options["action"] == "match":
                self._match(options)
            elif options["action"] == "example":
                self._example(options)
            else:
                self._secret(options["out"])
        except PprlError as exc:
            raise CommandError(str(exc)) from exc

    def _encode(self, options: dict[str, Any]) -> None:
        secret = read_secret(options["secret_file"])
        if secret_exposed(options["secret_file"]):
            self.stderr.write(
                f"warning: other accounts on this machine can read {options['secret_file']}; "
                "chmod 600 it (and keep it off shared disks)"
            )
        try:
            records = read_records(options["records"])
        except (
            OSError,
            UnicodeDecodeError,
            pd.errors.ParserError,
            pd.errors.EmptyDataError,
        ) as exc:
            raise CommandError(f"cannot read the records: {exc}") from exc
        out: Path = options["out"]
        mapping_path: Path = options["map"] or out.with_name(out.name + ".map.csv")
        encodings, mapping = encode_records(
            records, secret, hardening=options["harden"], name=options["list_name"]
        )
        write_encodings(encodings, out)
        with open(_private(mapping_path), "w", encoding="utf-8", newline="") as handle:
            mapping.to_csv(handle, index=False)
        self.stdout.write(
            f"{len(mapping)} records encoded into {out}; the map from your record ids to its row "
            f"ids is in {mapping_path}: keep it here, do not send it."
        )

    def _match(self, options: dict[str, Any]) -> None:
        paths: list[Path] = options["encodings"]
        lists = [read_encodings(path) for path in paths]
        names = [list_name(e, p) for e, p in zip(lists, paths, strict=True)]
        if options["names"]:
            names = [n.strip() for n in options["names"].split(",")]
            if len(names) != len(paths):
                raise CommandError(f"--names gives {len(names)} names for {len(paths)} files")
        result = match(
            lists, names, threshold=options["threshold"], dedupe=not options["no_dedupe"]
        )
        write_table(result.table, options["out"])
        if options["clusters"]:
            result.clusters.to_csv(options["clusters"], index=False)
        records = sum(len(e.row_ids) for e in lists)
        self.stdout.write(
            f"{records} records → {int(result.table['count'].sum())} people "
            f"(Dice ≥ {result.threshold:g}); overlap table written to {options['out']}."
        )

    def _example(self, options: dict[str, Any]) -> None:
        out: Path = options["out"]
        try:
            out.mkdir(parents=True)
        except OSError as exc:
            raise CommandError(f"cannot create the directory {out}: {exc.strerror}") from exc
        records = chechen_lists(options["population"], seed=options["seed"], lists="ABC")
        for source, part in records.groupby("source"):
            part.drop(columns=["entity", "source"]).to_csv(out / f"{source}.csv", index=False)
        table = overlap_table(records["entity"], records["source"], ["A", "B", "C"])
        write_table(table, out / "truth.csv")
        self.stdout.write(
            f"{len(records)} records of {records['entity'].nunique()} invented people in "
            f"{out}/A.csv, B.csv and C.csv; the true overlap table in {out}/truth.csv."
        )

    def _secret(self, path: Path) -> None:
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise CommandError(f"cannot create {path}: {exc.strerror}") from exc
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(new_secret() + "\n")
        self.stdout.write(
            f"A new secret is in {path}. Give it to each partner out of band (in person, or read "
            "aloud over a verified call); never with the encodings."
        )


def _private(path: Path) -> Path:
    """Create ``path`` readable by its owner only (it links record ids to shared row ids)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(descriptor)
    os.chmod(path, 0o600)
    return path
