"""Media monitor: the same statement in two languages, joined in the ledger.

python -m bench.media_translations [--held-out]

Against tests/data/media_translations.json (pairs of one statement quoted in an English and a
Russian article). Without --held-out it reads only the articles of the rules part (and the five
case articles, which rules were first written against) and prints precision and recall there:
what the bilingual lexicon and thresholds may be tuned on. With --held-out it builds the ledger
of every annotated article, measures the pairs and joins that touch the held-out part, and
writes both figures to docs/benchmarks.md: run it once, at the end.

Recall: the share of annotated pairs whose two quotations end up in one statement. Precision:
of the article pairs (one English, one Russian) that a statement of the ledger joins, the share
an annotated pair joins in that statement.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from bench.common import ROOT, machine, write_section
from refuge.media.articles import article_era, read_article
from refuge.media.evaluation import HELD_OUT, RULES, part_of
from refuge.media.extract import extract
from refuge.media.ledger import ArticleRef, group_statements

DATA = ROOT / "tests" / "data"
PAIRS = DATA / "media_translations.json"


def _gold() -> dict[str, dict[str, Any]]:
    """Every annotated article by its path under tests/data, with its part and annotation."""
    found = {}
    for folder, annotated in (
        ("media_devset", "media_devset.json"),
        ("media_case", "media_annotations.json"),
    ):
        entries = json.loads((DATA / annotated).read_text(encoding="utf-8"))["articles"]
        for name, entry in entries.items():
            part = part_of(entry) if "url" in entry else RULES
            found[f"{folder}/{name}"] = entry | {"part": part}
    return found


def _ledger(names: list[str], gold: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    items = []
    for name in names:
        entry = gold[name]
        published = date.fromisoformat(entry["date"]) if entry.get("date") else None
        article = read_article(DATA / name, published=published, outlet=entry.get("outlet", ""))
        era = article_era(article)
        ref = ArticleRef(name, article.title, article.date, article.outlet, era, article.text)
        items.append((ref, extract(article)))
    return group_statements(items)


def _where(statements: list[dict[str, Any]], article: str, start: int) -> int | None:
    """Return the index of the statement holding the quotation that starts near ``start``."""
    for index, statement in enumerate(statements):
        for quote in statement["quotes"]:
            if quote["article"] == article and quote["start"] - 5 <= start < quote["end"]:
                return index
    return None


def measure(*, held_out: bool) -> dict[str, Any]:
    gold = _gold()
    pairs = json.loads(PAIRS.read_text(encoding="utf-8"))["pairs"]
    for pair in pairs:
        for side in ("en", "ru"):
            name, start = pair[side]["article"], pair[side]["start"]
            quote = next(q for q in gold[name]["quotes"] if q["start"] == start)
            text = read_article(DATA / name).text
            if text[start : start + len(quote["text"])] != quote["text"]:
                raise ValueError(f"{name}@{start}: not the annotated quotation")
    names = sorted(n for n in gold if held_out or gold[n]["part"] == RULES)
    statements = _ledger(names, gold)
    languages = {q["article"]: q["language"] for s in statements for q in s["quotes"]}
    # Where each annotated pair's two quotations ended up (a statement's index, or None).
    located = [
        (
            _where(statements, p["en"]["article"], p["en"]["start"]),
            _where(statements, p["ru"]["article"], p["ru"]["start"]),
        )
        for p in pairs
    ]

    def touches_held_out(*articles: str) -> bool:
        return any(gold[a]["part"] == HELD_OUT for a in articles)

    results = {}
    for part in [RULES, HELD_OUT] if held_out else [RULES]:
        wanted = [
            k
            for k, p in enumerate(pairs)
            if touches_held_out(p["en"]["article"], p["ru"]["article"]) == (part == HELD_OUT)
        ]
        found = sum(located[k][0] is not None and located[k][0] == located[k][1] for k in wanted)
        joins = correct = 0
        for index, statement in enumerate(statements):
            articles = {q["article"] for q in statement["quotes"]}
            for a in sorted(x for x in articles if languages[x] == "en"):
                for b in sorted(x for x in articles if languages[x] == "ru"):
                    if touches_held_out(a, b) != (part == HELD_OUT):
                        continue
                    joins += 1
                    correct += any(
                        p["en"]["article"] == a
                        and p["ru"]["article"] == b
                        and located[k] == (index, index)
                        for k, p in enumerate(pairs)
                    )
        results[part] = {
            "pairs": len(wanted),
            "recall": found / len(wanted) if wanted else 0.0,
            "joins": joins,
            "precision": correct / joins if joins else 0.0,
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="measure the held-out part too")
    held_out = parser.parse_args().held_out
    results = measure(held_out=held_out)
    if held_out:
        alone = measure(held_out=False)[RULES]
        results = {"rules, its articles alone": alone} | results
    for part, figures in results.items():
        print(
            f"{part}: {figures['pairs']} pairs, recall {figures['recall']:.2f}; "
            f"{figures['joins']} cross-language joins, precision {figures['precision']:.2f}"
        )
    if not held_out:
        return
    rows = "\n".join(
        f"| {part} | {f['pairs']} | {f['recall']:.2f} | {f['joins']} | {f['precision']:.2f} |"
        for part, f in results.items()
    )
    write_section(
        "media-translations",
        f"""### Media: the same statement in two languages

{machine()}. `python -m bench.media_translations --held-out`.

Pairs of one statement quoted in an English and a Russian article, annotated by hand in
`tests/data/media_translations.json` among the development set and the five case articles.
Recall: annotated pairs whose two quotations end up in one ledger statement. Precision: of the
English-Russian article pairs a ledger statement joins, those an annotated pair joins there.
The lexicon and thresholds (`refuge/media/translations.py`) were tuned on the rules part
only, on the ledger of its articles alone (first row; the five case articles count with it).
The next rows are one ledger of all 115 articles: pairs and joins between two rules-part
articles, then those touching a held-out article, which were measured once, after the
mechanism was fixed (annotated then, from the hand annotations, not the extractor's output).
Why held-out pairs were missed was not looked at (the held-out discipline): a pair can be
missed when either quotation's speaker is not found or not the same name in both articles
(the extractor's held-out speaker accuracy is about 0.77, above), when the two quotations
share too few anchors, or when an undated article is placed in another year. Most pairs come
from a few much-quoted statements (Kadyrov to HBO in July 2017 alone gives 46 of the 67
held-out pairs), so the figures move in steps.

| part | pairs | recall | joins | precision |
|---|---|---|---|---|
{rows}
""",
    )


if __name__ == "__main__":
    main()
