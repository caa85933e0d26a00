from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.progress import Progress

from refuge.media.articles import ArticleError, read_article
from refuge.media.evaluation import RULES, AnnotationError, evaluate, evaluate_by_language
from refuge.media.extract import extract
from refuge.media.models import MediaArticle
from refuge.media.selectors import REVIEW_COUNTS, ledger_build
from refuge.media.services import article_ingest, articles_reread, extraction_json

SUFFIXES = {".txt", ".html", ".htm"}
OWN_DEVELOPMENT_SET = "tests/data/media_devset.json"
REREAD_COUNTS = (*REVIEW_COUNTS, "unmatched")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"--date takes YYYY-MM-DD, not {text!r}") from exc


def _files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
        else:
            found.append(path)
    return found


class Command(BaseCommand):
    help = "The media monitor: extract quotations and figures from articles, build the ledger."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        one = sub.add_parser("extract", help="print what one article says (nothing is stored)")
        one.add_argument("file", type=Path)
        many = sub.add_parser("ingest", help="add articles (files or folders) to the ledger")
        many.add_argument("paths", type=Path, nargs="+")
        for command in (one, many):
            command.add_argument("--date", type=_date, help="publication date, YYYY-MM-DD")
            command.add_argument("--outlet", default="", help="the outlet that published it")
        one.add_argument("--json", action="store_true")
        ledger = sub.add_parser("ledger", help="print the ledger of every ingested article")
        ledger.add_argument("--json", action="store_true")
        measure = sub.add_parser(
            "evaluate", help="measure extraction against your own hand-annotated articles"
        )
        measure.add_argument("annotations", type=Path, help="the annotations (JSON)")
        measure.add_argument(
            "--articles",
            type=Path,
            help="the folder of the annotated articles (default: the folder named like the "
            "annotation file beside it, else the annotation file's own folder)",
        )
        measure.add_argument(
            "--misses", action="store_true", help="list each quotation, speaker or figure missed"
        )
        measure.add_argument("--json", action="store_true")
        again = sub.add_parser(
            "reread",
            help="read every stored article again with this version's extractor, measured "
            "against the analysts' reviews",
        )
        again.add_argument(
            "--dry-run", action="store_true", help="measure only; store no new reading"
        )
        again.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "extract":
            self._extract(options)
        elif action == "ingest":
            self._ingest(options)
        elif action == "evaluate":
            self._evaluate(options)
        elif action == "reread":
            self._reread(options)
        else:
            self._ledger(options)

    def _extract(self, options: dict[str, Any]) -> None:
        try:
            article = read_article(
                options["file"], published=options["date"], outlet=options["outlet"]
            )
        except ArticleError as exc:
            raise CommandError(f"{options['file']}: {exc}") from exc
        payload = extraction_json(article, extract(article))
        if options["json"]:
            self.stdout.write(json.dumps(payload, ensure_ascii=False))
            return
        self.stdout.write(f"{article.title or options['file'].name} ({article.date or 'undated'})")
        for quote in payload["quotes"]:
            self.stdout.write(f"  “{quote['text'][:70]}” — {quote['speaker'] or '?'}")
        for figure in payload["figures"]:
            self.stdout.write(
                f"  {figure['qualifier']} {figure['value']} {figure['counted']}".replace("  ", " ")
            )

    def _ingest(self, options: dict[str, Any]) -> None:
        files = _files(options["paths"])
        if not files:
            raise CommandError("no .txt or .html files found")
        failed = 0
        with Progress(disable=not sys.stderr.isatty()) as progress:
            task = progress.add_task("Ingesting", total=len(files))
            for path in files:
                try:
                    stored, created = article_ingest(
                        path=path, published=options["date"], outlet=options["outlet"]
                    )
                except ArticleError as exc:
                    failed += 1
                    self.stderr.write(f"{path}: {exc}")
                else:
                    verb = "added" if created else "already there, updated"
                    quotes = len(stored.extraction["quotes"])
                    figures = len(stored.extraction["figures"])
                    self.stdout.write(f"{path}: {verb} ({quotes} quotations, {figures} figures)")
                progress.advance(task)
        self.stdout.write(f"{len(files) - failed} of {len(files)} files ingested.")
        if failed:
            raise CommandError(
                f"{failed} file(s) could not be read (see above); the others were ingested."
            )

    def _ledger(self, options: dict[str, Any]) -> None:
        ledger = ledger_build()
        if options["json"]:
            self.stdout.write(json.dumps(ledger, ensure_ascii=False))
            return
        for statement in ledger["statements"]:
            flags = "; ".join(
                f"{d['kind']}: {' / '.join(d['values'])}" for d in statement["discrepancies"]
            )
            where = (
                f"{len(statement['quotes'])} quotations in {len(statement['articles'])} articles"
            )
            reviewed = sum(q["reviewed"] for q in statement["quotes"])
            if reviewed:
                where += f", {reviewed} reviewed by an analyst"
            self.stdout.write(
                f"{statement['speaker']} — {where}" + (f"  ⚠ {flags}" if flags else "")
            )
        for figure in ledger["figures"]:
            flags = "; ".join(
                f"{d['kind']}: {' / '.join(d['values'])}" for d in figure["discrepancies"]
            )
            values = ", ".join(
                sorted(
                    {
                        f"{m['qualifier']} {m['value']}".strip()
                        + (f"–{m['high']}" if m["high"] is not None else "")
                        for m in figure["mentions"]
                    }
                )
            )
            line = f"{figure['counted']} ({figure['period']}): {values}"
            reviewed = sum(m["reviewed"] for m in figure["mentions"])
            if reviewed:
                line += f" ({reviewed} reviewed by an analyst)"
            self.stdout.write(line + (f"  ⚠ {flags}" if flags else ""))
        reviews = ledger["reviews"]
        if any(reviews.values()):
            self.stdout.write(
                f"Reviewed by analysts: the extractor named {reviews['speakers_right']} of "
                f"{reviews['speakers']} speakers right ({reviews['quotes_dismissed']} quotations "
                f"dismissed) and read {reviews['figures_right']} of {reviews['figures']} "
                f"figures right ({reviews['figures_dismissed']} dismissed)"
            )

    def _reread(self, options: dict[str, Any]) -> None:
        store = not options["dry_run"]
        with Progress(disable=not sys.stderr.isatty()) as progress:
            task = progress.add_task("Reading again", total=MediaArticle.objects.count())
            report = articles_reread(store=store, progress=lambda: progress.advance(task))
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "articles": report.articles,
                        "changed": report.changed,
                        "stored": store,
                        "before": {k: report.before[k] for k in REREAD_COUNTS},
                        "after": {k: report.after[k] for k in REREAD_COUNTS},
                    }
                )
            )
            return
        self.stdout.write(
            f"Read {report.articles} article{'' if report.articles == 1 else 's'} again with "
            "this version's extractor: "
            f"{report.changed} read differently."
        )
        before, after = report.before, report.after
        if any(before[k] or after[k] for k in REREAD_COUNTS):
            heading = "Against the analysts' reviews:"
            self.stdout.write(f"{heading:42} {'stored':>10} {'new':>10}")
            rows = (
                ("speakers named right", "speakers_right", "speakers"),
                ("figures read right", "figures_right", "figures"),
                ("dismissed quotations still read", "quotes_dismissed", ""),
                ("dismissed figures still read", "figures_dismissed", ""),
                ("reviews of words not found", "unmatched", ""),
            )
            for label, count, total in rows:
                cells = [
                    f"{tally[count]} of {tally[total]}" if total else str(tally[count])
                    for tally in (before, after)
                ]
                self.stdout.write(f"  {label:40} {cells[0]:>10} {cells[1]:>10}")
        else:
            self.stdout.write("No analyst has reviewed a reading yet: nothing to compare with.")
        if not report.changed:
            return
        if store:
            self.stdout.write(f"Stored the {report.changed} new readings.")
        else:
            self.stdout.write("Nothing stored (--dry-run); run without it to store them.")

    def _evaluate(self, options: dict[str, Any]) -> None:
        annotations: Path = options["annotations"]
        beside = annotations.with_suffix("")
        articles = options["articles"] or (beside if beside.is_dir() else annotations.parent)
        try:
            results = evaluate_by_language(annotations, articles)
        except AnnotationError as exc:
            raise CommandError(str(exc)) from exc
        if options["json"]:
            self.stdout.write(json.dumps(results, ensure_ascii=False))
            return
        self.stdout.write(
            f"{'':4} {'articles':>8} {'quotations':>10} {'recall':>6} {'precision':>9} "
            f"{'speakers right':>14} {'figures':>7} {'recall':>6} {'precision':>9}"
        )
        for label, result in results.items():
            quotes, figures = result["quotes"], result["figures"]

            def ratio(value: float, counted: int, width: int) -> str:
                # A ratio over nothing is no measurement, not a zero.
                return f"{value:>{width}.2f}" if counted else f"{'—':>{width}}"

            self.stdout.write(
                f"{label:4} {result['articles']:>8} {quotes['gold']:>10} "
                f"{ratio(quotes['recall'], quotes['gold'], 6)} "
                f"{ratio(quotes['precision'], quotes['predicted'], 9)} "
                f"{ratio(result['speaker_accuracy'], quotes['gold'], 14)} {figures['gold']:>7} "
                f"{ratio(figures['recall'], figures['gold'], 6)} "
                f"{ratio(figures['precision'], figures['predicted'], 9)}"
            )
        if not options["misses"]:
            return
        misses = results["all"]["misses"]
        if annotations.resolve() == (settings.BASE_DIR / OWN_DEVELOPMENT_SET).resolve():
            # The repository's own set has a part no one writing rules may read (benchmarks.md).
            misses = evaluate(annotations, articles, part=RULES)["misses"]
            self.stdout.write("Misses of the rules part only: the held-out part stays unread.")
        self.stdout.write(f"Missed ({len(misses)}):")
        for miss in misses:
            self.stdout.write(f"  {miss}")
