from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from refuge.findings.dga import estimate_dga
from refuge.findings.estimation import (
    Estimate,
    EstimationError,
    OverlapTable,
    estimate,
    parse_terms,
    read_table,
)
from refuge.findings.lcmcr import LcmcrSettings, PosteriorEstimate, estimate_lcmcr


class Command(BaseCommand):
    help = (
        "Estimate the total number of people from an overlap table (one 0/1 column per list "
        "and `count`). --method loglinear (default): Poisson log-linear models; without "
        "--interactions, every hierarchical model up to --max-order is fitted (a stepwise "
        "search past six lists) and the best by --select is used. --method lcmcr: the Bayesian "
        "latent-class model (Manrique-Vallier 2016). --method dga: Bayesian model averaging "
        "over decomposable graphical models (Madigan & York 1997), 3 to 5 lists."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("table", type=Path, help="CSV overlap table")
        parser.add_argument("--method", choices=["loglinear", "lcmcr", "dga"], default="loglinear")
        parser.add_argument(
            "--interactions",
            help="fit exactly main effects plus these terms, e.g. A:B,C:D ('' = main effects)",
        )
        parser.add_argument("--select", choices=["aic", "bic"], default="aic")
        parser.add_argument("--max-order", type=int, default=2, help="highest interaction order")
        parser.add_argument("--level", type=float, default=0.95, help="interval level")
        parser.add_argument("--by", help="a column to stratify by (one estimate per value)")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        lcmcr = parser.add_argument_group("--method lcmcr")
        lcmcr.add_argument("--k", type=int, default=10, help="latent classes (truncation)")
        lcmcr.add_argument("--a-alpha", type=float, default=0.25, help="Gamma prior shape")
        lcmcr.add_argument("--b-alpha", type=float, default=0.25, help="Gamma prior rate")
        lcmcr.add_argument("--burn-in", type=int, default=10_000, help="sweeps discarded")
        lcmcr.add_argument("--samples", type=int, default=1_000, help="draws kept per chain")
        lcmcr.add_argument("--thinning", type=int, default=10, help="sweeps per kept draw")
        lcmcr.add_argument("--seed", type=int, help="random seed (default: fresh)")
        lcmcr.add_argument("--chains", type=int, default=2, help="independent chains")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            text = options["table"].read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {options['table']}: {exc}") from exc
        try:
            tables = read_table(text, stratum_column=options["by"])
            results = {stratum: _estimate(table, options) for stratum, table in tables.items()}
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


def _estimate(table: OverlapTable, options: dict[str, Any]) -> Estimate | PosteriorEstimate:
    if options["method"] == "lcmcr":
        settings = LcmcrSettings(
            k=options["k"],
            a_alpha=options["a_alpha"],
            b_alpha=options["b_alpha"],
            burn_in=options["burn_in"],
            samples=options["samples"],
            thinning=options["thinning"],
            chains=options["chains"],
            seed=options["seed"],
        )
        return estimate_lcmcr(
            table, settings, level=options["level"], show_progress=sys.stderr.isatty()
        )
    if options["method"] == "dga":
        return estimate_dga(table, level=options["level"])
    return estimate(
        table,
        interactions=None
        if options["interactions"] is None
        else parse_terms(options["interactions"], table.lists),
        select=options["select"],
        max_order=options["max_order"],
        level=options["level"],
    )


def _number(value: float | None) -> str:
    return "unbounded" if value is None else f"{value:,.1f}"


def _human(result: Estimate | PosteriorEstimate) -> str:
    if isinstance(result, PosteriorEstimate):
        return _human_posterior(result)
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


def _human_posterior(result: PosteriorEstimate) -> str:
    low, high = result.interval
    lines = [
        f"observed:  {result.observed:,}",
        f"estimate:  {_number(result.estimate)} (posterior median; mean {_number(result.mean)})",
        f"interval:  {_number(low)} to {_number(high)} ({result.level:.0%}, equal-tailed)",
        f"method:    {result.method}",
    ]
    diagnostics = result.diagnostics
    if result.method == "lcmcr":
        rhat = diagnostics["rhat"]
        lines.append(
            f"chains:    {diagnostics['chains']}, ESS {diagnostics['ess']}, "
            f"split-R-hat {'n/a' if rhat is None else rhat}"
        )
    else:
        lines.append("models:")
        for model in diagnostics["models"][:5]:  # type: ignore[index]
            lines.append(f"  {model['weight']:>8.3f}  {model['model']}")
    lines += [f"warning:   {w}" for w in result.warnings]
    return "\n".join(lines)
