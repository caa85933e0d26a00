"""Media monitor: extraction quality on the annotated articles, and throughput on one core.

python -m bench.media
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import ROOT, machine, write_section
from refuge.media.articles import read_article
from refuge.media.evaluation import evaluate
from refuge.media.extract import extract

CASE = ROOT / "tests" / "data" / "media_case"
ANNOTATIONS = ROOT / "tests" / "data" / "media_annotations.json"


def main() -> None:
    quality = evaluate(ANNOTATIONS, CASE)
    articles = [read_article(path) for path in sorted(Path(CASE).glob("article-*.txt"))]
    size = sum(len(a.text) for a in articles)
    rounds, started = 0, time.perf_counter()
    while time.perf_counter() - started < 10:
        for article in articles:
            extract(article)
        rounds += 1
    elapsed = time.perf_counter() - started
    rate = rounds * len(articles) / elapsed
    print(
        quality["quotes"], quality["speaker_accuracy"], quality["figures"], f"{rate:.1f} articles/s"
    )
    q, f = quality["quotes"], quality["figures"]
    write_section(
        "media",
        f"### Media monitor\n\n{machine()}. `python -m bench.media`.\n\n"
        "Against the hand annotations of the five shared articles "
        "(`tests/data/media_annotations.json`; quotations matched by span overlap):\n\n"
        "| measure | value | annotated | extracted |\n|---|---|---|---|\n"
        f"| quotation precision | {q['precision']:.2f} | {q['gold']} | {q['predicted']} |\n"
        f"| quotation recall | {q['recall']:.2f} | | |\n"
        f"| speaker attribution accuracy | {quality['speaker_accuracy']:.2f} | | |\n"
        f"| figure precision | {f['precision']:.2f} | {f['gold']} | {f['predicted']} |\n"
        f"| figure recall | {f['recall']:.2f} | | |\n\n"
        "These are the articles the rules were written against: read them as a regression "
        "floor, not as accuracy on unseen text.\n\n"
        f"Throughput, one process (one core), extraction only: **{rate:.1f} articles/s** "
        f"({size / len(articles) / 1000:.1f} kB average article, {rounds * len(articles)} "
        "extractions).",
    )


if __name__ == "__main__":
    main()
