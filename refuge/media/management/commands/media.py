from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.progress import Progress

from refuge.media.articles import ArticleError, read_article
from refuge.media.evaluation import AnnotationError, evaluate_by_language, rules_part
from refuge.media.extract import extract
from refuge.media.models import MediaArticle
from refuge.media.selectors import REVIEW_COUNTS, ledger_build, still_to_review
from refuge.media.services import article_ingest, articles_reread, extraction_json

SUFFIXES = {".txt", ".html", ".htm"}
OWN_DEVELOPMENT_SET = "tests/data/media_devset.json"
JSON_HELP = "print one JSON object instead (docs/media.md gives its fields)"
REREAD_COUNTS = (*REVIEW_COUNTS, "dismissed_gone", "unmatched")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        # argparse turns this into a one-line usage error; a CommandError here is a traceback.
        raise argparse.ArgumentTypeError(f"takes YYYY-MM-DD, not {text!r}") from None


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _said(figure: dict[str, Any]) -> str:
    """A figure as the article put it: "about 30", "between 15–30"."""
    high = f"–{figure['high']}" if figure["high"] is not None else ""
    return f"{figure['qualifier']} {figure['value']}{high}".strip()


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

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        self._common_options: list[tuple[tuple[str, ...], dict[str, Any]]] = []
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_base_argument(self, parser: CommandParser, *args: Any, **kwargs: Any) -> None:
        """Django's options for every command (-v, --settings, --traceback, …), kept to be
        offered after the subcommand too (``_offer_common_options``)."""
        super().add_base_argument(parser, *args, **kwargs)
        if kwargs.get("action") != "version":
            self._common_options.append((args, dict(kwargs)))

    def _offer_common_options(self, subcommand: CommandParser) -> None:
        """Let ``refuge media reread -v 2`` work as ``refuge media -v 2 reread`` does: argparse
        reads the options after a subcommand with the subcommand's parser alone. Given nowhere,
        they stay as the main parser set them (the default suppressed here)."""
        for args, kwargs in self._common_options:
            subcommand.add_argument(*args, **{**kwargs, "default": argparse.SUPPRESS})
        if self.requires_system_checks:
            subcommand.add_argument(
                "--skip-checks",
                action="store_true",
                default=argparse.SUPPRESS,
                help="Skip system checks.",
            )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        one = sub.add_parser("extract", help="print what one article says (nothing is stored)")
        kinds = "text in UTF-8 (.txt) or a saved web page (.html, .htm)"
        one.add_argument("file", type=Path, help=f"the article: {kinds}")
        many = sub.add_parser("ingest", help="add articles (files or folders) to the ledger")
        many.add_argument(
            "paths", type=Path, nargs="+", help=f"articles, or folders searched for them: {kinds}"
        )
        one.add_argument(
            "--date", type=_date, help="publication date, YYYY-MM-DD (replaces the file's)"
        )
        dated = many.add_mutually_exclusive_group()
        dated.add_argument(
            "--date", type=_date, help="publication date, YYYY-MM-DD (replaces the file's)"
        )
        dated.add_argument(
            "--undated",
            action="store_true",
            help="store no date, to take back a wrong one (the file's too), until a --date",
        )
        for command in (one, many):
            command.add_argument(
                "--outlet", default="", help="the outlet that published it (replaces the file's)"
            )
        one.add_argument("--json", action="store_true", help=JSON_HELP)
        ledger = sub.add_parser("ledger", help="print the ledger of every ingested article")
        ledger.add_argument("--json", action="store_true", help=JSON_HELP)
        ledger.add_argument(
            "--unreviewed",
            action="store_true",
            help="only statements and figures with a line no one has reviewed yet",
        )
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
        measure.add_argument("--json", action="store_true", help=JSON_HELP)
        again = sub.add_parser(
            "reread",
            help="read every stored article again with this version's extractor, measured "
            "against the analysts' reviews",
        )
        again.add_argument(
            "--dry-run", action="store_true", help="measure only; store no new reading"
        )
        again.add_argument("--json", action="store_true", help=JSON_HELP)
        for subcommand in sub.choices.values():
            self._offer_common_options(subcommand)

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
            words = quote["text"] if len(quote["text"]) <= 70 else quote["text"][:69] + "…"
            self.stdout.write(f"  “{words}” — {quote['speaker'] or '?'}")
        for figure in payload["figures"]:
            self.stdout.write(f"  {_said(figure)} {figure['counted']}")

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
                        path=path,
                        published=options["date"],
                        undated=options["undated"],
                        outlet=options["outlet"],
                    )
                except ArticleError as exc:
                    failed += 1
                    self.stderr.write(f"{path}: {exc}")
                else:
                    verb = "added" if created else "already there, read again"
                    quotes = _count(len(stored.extraction["quotes"]), "quotation")
                    figures = _count(len(stored.extraction["figures"]), "figure")
                    self.stdout.write(
                        f"{path}: {verb} as /media/articles/{stored.pk}/ ({quotes}, {figures})"
                    )
                progress.advance(task)
        self.stdout.write(f"{len(files) - failed} of {len(files)} files ingested.")
        if failed:
            raise CommandError(
                f"{_count(failed, 'file')} could not be read (see above)"
                + ("; the others were ingested." if failed < len(files) else ".")
            )

    def _ledger(self, options: dict[str, Any]) -> None:
        ledger = ledger_build()
        if options["unreviewed"]:
            ledger = still_to_review(ledger)
        if options["json"]:
            self.stdout.write(json.dumps(ledger, ensure_ascii=False))
            return
        if not MediaArticle.objects.exists():
            self.stdout.write("No articles yet: add some with `refuge media ingest PATH…`.")
            return
        for statement in ledger["statements"]:
            flags = "; ".join(
                f"{d['kind']}: {' / '.join(d['values'])}" for d in statement["discrepancies"]
            )
            where = (
                f"{_count(len(statement['quotes']), 'quotation')} in "
                f"{'article' if len(statement['articles']) == 1 else 'articles'} "
                + ", ".join(statement["articles"])
            )
            reviewed = sum(q["reviewed"] for q in statement["quotes"])
            if reviewed:
                where += f", {reviewed} reviewed"
            self.stdout.write(
                f"{statement['speaker']} — {where}" + (f"  ⚠ {flags}" if flags else "")
            )
        for figure in ledger["figures"]:
            flags = "; ".join(
                f"{d['kind']}: {' / '.join(d['values'])}" for d in figure["discrepancies"]
            )
            values = ", ".join(sorted({_said(m) for m in figure["mentions"]}))
            where = f", {figure['place']}" if figure["place"] else ""
            line = f"{figure['counted']} ({figure['period']}{where}): {values}"
            reviewed = sum(m["reviewed"] for m in figure["mentions"])
            if reviewed:
                line += f" ({reviewed} reviewed)"
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
                        "stored": report.stored,
                        "before": {k: report.before[k] for k in REREAD_COUNTS},
                        "after": {k: report.after[k] for k in REREAD_COUNTS},
                        "unmatched": [
                            {"article": article.pk, "title": article.title, "reviews": lost}
                            for article, lost in report.unmatched
                        ],
                    }
                )
            )
            return
        self.stdout.write(
            f"Read {_count(report.articles, 'article')} again with this version's extractor: "
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
                ("dismissed readings no longer made", "dismissed_gone", ""),
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
        if report.unmatched:
            self.stdout.write(
                "The new readings do not find words reviewed in these articles; each article's "
                "page lists those reviews, kept until withdrawn:"
            )
            for article, lost in report.unmatched:
                self.stdout.write(
                    f"  /media/articles/{article.pk}/ {article.title or article.source} "
                    f"({_count(lost, 'review')})"
                )
        if not report.changed:
            return
        if store:
            self.stdout.write(
                f"Stored {_count(report.stored, 'new reading')}"
                + (
                    f"; {report.changed - report.stored} article(s) were ingested again "
                    "meanwhile and keep that reading."
                    if report.stored < report.changed
                    else "."
                )
            )
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
        # The repository's own set, or a copy of its annotations read with its articles.
        own = annotations.resolve() == (settings.BASE_DIR / OWN_DEVELOPMENT_SET).resolve() or (
            articles.resolve()
            == (settings.BASE_DIR / OWN_DEVELOPMENT_SET).with_suffix("").resolve()
        )
        if own:
            # The repository's own set has a part no one writing rules may read (benchmarks.md):
            # its misses are left out of every listing, the JSON's too.
            try:
                rules = rules_part(annotations)
            except AnnotationError as exc:
                raise CommandError(str(exc)) from exc
            for result in results.values():
                for listed in ("misses", "extras"):
                    result[listed] = [m for m in result[listed] if m.split(":", 1)[0] in rules]
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
        if own:
            self.stdout.write("Misses of the rules part only: the held-out part stays unread.")
        self.stdout.write(f"Missed ({len(misses)}):")
        for miss in misses:
            self.stdout.write(f"  {miss}")
        extras = results["all"]["extras"]
        self.stdout.write(f"Found but not in the annotations ({len(extras)}):")
        for extra in extras:
            self.stdout.write(f"  {extra}")
