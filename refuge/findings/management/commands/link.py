from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pandas as pd
from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from refuge.findings.linkage import LinkageError, link, load_config, read_records

STAGES = 6


class Command(BaseCommand):
    help = (
        "Find which records are the same person (Splink on an in-memory DuckDB) and write "
        "record_id,cluster_id. Input columns for the default configuration: record_id, name, "
        "and optionally patronymic, date (YYYY, YYYY-MM or YYYY-MM-DD), place, age; "
        "see docs/findings.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("records", type=Path, help="CSV, one row per record")
        parser.add_argument("--out", type=Path, required=True, help="where to write the clusters")
        parser.add_argument("--config", type=Path, help="linkage configuration (JSON)")
        parser.add_argument("--threshold", type=float, help="match probability to join records")
        parser.add_argument("--review", type=Path, help="also write the uncertain pairs here")
        parser.add_argument(
            "--backend",
            choices=["duckdb", "spark"],
            default="duckdb",
            help="duckdb (in memory, default) or spark (local mode, for very large jobs)",
        )
        parser.add_argument(
            "--labels",
            type=Path,
            help="reviewed pairs: record_id_l,record_id_r,clerical_match_score (1 same, 0 not)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            config = load_config(options["config"])
            records = read_records(options["records"])
            labels = None
            if options["labels"]:
                labels = pd.read_csv(
                    options["labels"], dtype={"record_id_l": str, "record_id_r": str}
                )
                labels = labels.rename(
                    columns={"record_id_l": "unique_id_l", "record_id_r": "unique_id_r"}
                )
        except (
            OSError,
            pd.errors.ParserError,
            pd.errors.EmptyDataError,
            UnicodeDecodeError,
        ) as exc:
            raise CommandError(f"cannot read the input: {exc}") from exc
        except LinkageError as exc:
            raise CommandError(str(exc)) from exc
        with Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            disable=not sys.stderr.isatty(),
            transient=True,
        ) as progress:
            task = progress.add_task("linking", total=STAGES)

            def stage(name: str) -> None:
                progress.update(task, description=name, advance=1)

            try:
                result = link(
                    records,
                    config,
                    threshold=options["threshold"],
                    labels=labels,
                    progress=stage,
                    backend=options["backend"],
                )
            except LinkageError as exc:
                raise CommandError(str(exc)) from exc
        result.clusters.to_csv(options["out"], index=False)
        if options["review"]:
            result.review.to_csv(options["review"], index=False)
        people = result.clusters["cluster_id"].nunique()
        self.stdout.write(f"{len(records)} records → {people} people; written to {options['out']}.")
        if len(result.review):
            self.stdout.write(
                f"{len(result.review)} uncertain pairs to review (--review FILE writes them)."
            )
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
