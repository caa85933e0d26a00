from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.findings.estimation import (
    Estimate,
    EstimationError,
    estimate,
    parse_terms,
    read_table,
)


class Command(BaseCommand):
    help = (
        "Estimate the total number of people from an overlap table (one 0/1 column per list "
        "and `count`) with Poisson log-linear models. Without --interactions, every "
        "hierarchical model up to --max-order is fitted and the best by --select is used."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("table", type=Path, help="CSV overlap table")
        parser.add_argument(
            "--interactions",
            help="fit exactly main effects plus these terms, e.g. A:B,C:D ('' = main effects)",
        )
        parser.add_argument("--select", choices=["aic", "bic"], default="aic")
        parser.add_argument("--max-order", type=int, default=2, help="highest interaction order")
        parser.add_argument("--level", type=float, default=0.95, help="interval level")
        parser.add_argument("--by", help="a column to stratify by (one estimate per value)")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            text = options["table"].read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {options['table']}: {exc}") from exc
        try:
            tables = read_table(text, stratum_column=options["by"])
            results = {
                stratum: estimate(
                    table,
                    interactions=None
                    if options["interactions"] is None
                    else parse_terms(options["interactions"], table.lists),
                    select=options["select"],
                    max_order=options["max_order"],
                    level=options["level"],
                )
                for stratum, table in tables.items()
            }
        except EstimationError as exc:
            raise CommandError(str(exc)) from exc
        if options["json"]:
            if options["by"]:
                payload: object = {
                    "by": options["by"],
                    "strata": {k: r.as_json() for k, r in results.items()},
                }
            else:
                payload = results[""].as_json()
            self.stdout.write(json.dumps(payload, ensure_ascii=False))
            return
        for stratum, result in results.items():
            if options["by"]:
                self.stdout.write(f"== {options['by']} = {stratum}")
            self.stdout.write(_human(result))


def _number(value: float | None) -> str:
    return "unbounded" if value is None else f"{value:,.1f}"


def _human(result: Estimate) -> str:
    lines = [f"observed:  {result.observed:,}"]
    if result.estimate is None:
        lines.append("estimate:  none — the data cannot support one")
    else:
        low, high = result.interval
        lines += [
            f"estimate:  {result.estimate:,.1f}",
            f"interval:  {_number(low)} to {_number(high)} "
            f"({result.level:.0%}, {result.interval_method})",
        ]
    chosen = ", ".join(result.model) or "main effects only"
    lines.append(f"model:     {chosen} ({result.selection})")
    existing = [m for m in result.models if m.exists][:5]
    if len(result.models) > 1 and existing:
        lines.append("best models:")
        for fit in existing:
            lines.append(
                f"  {fit.estimate:>12,.1f}  AIC {fit.aic:9.2f}  BIC {fit.bic:9.2f}  "
                f"{', '.join(fit.label) or 'main effects only'}"
            )
    lines += [f"warning:   {w}" for w in result.warnings]
    return "\n".join(lines)
