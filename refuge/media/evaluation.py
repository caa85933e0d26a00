"""Precision and recall of the extractor against hand annotations.

The annotations are tests/data/media_annotations.json (the five case articles, which the
rules were first written against) and tests/data/media_devset.json (the development set, split
by ``split`` into a part rules may be written against and a part only measured on).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from refuge.media import labels
from refuge.media.articles import ArticleError, read_article
from refuge.media.extract import extract
from refuge.media.extract.org_aliases import canonical_name

LANGUAGES = ("en", "ru")


class AnnotationError(ValueError):
    """An annotation file that cannot be measured against; the message names the entry."""


def _normal(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip().lower())


def same_speaker(extracted: str, accepted: Iterable[str]) -> bool:
    """Whether the extractor's speaker is one of the names a person accepts (case and a
    leading article aside: "the spokesman" is "Spokesman"). An annotator who accepts no name
    says nobody can be told who spoke: then naming no one is right, and anyone named wrong."""
    # "An organisation speaking may be given by its canonical name" (the development set's
    # guide): "ПАСЕ" accepted accepts "PACE".
    names = {_normal(n) for name in accepted for n in (name, canonical_name(name.strip()))}
    names.discard("")
    return _normal(extracted) in names if names else not _normal(extracted)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans share at least half of the shorter one: the same quotation or figure."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def figure_matches(figure: Any, span: tuple[int, int], item: dict[str, Any]) -> bool:
    """Whether an extracted figure is the annotated one at ``span``: value, qualifier and
    what it counts all alike."""
    return (
        overlaps((figure.start, figure.end), span)
        and figure.value == item["value"]
        and figure.qualifier == item["qualifier"]
        and figure.counted == item["counted"]
    )


HELD_OUT = "held-out"
RULES = "rules"


def split(url: str) -> str:
    """Return which part of the development set the article at ``url`` belongs to.

    Fixed by the address alone, before any rule was tuned: two fifths are held out.
    """
    return HELD_OUT if int(hashlib.sha256(url.encode()).hexdigest(), 16) % 5 < 2 else RULES


def part_of(entry: dict[str, Any]) -> str:
    """Return the part of one annotated article: its address's part, unless it was seen.

    A held-out article whose extractor output someone writing rules has looked at is held out
    no longer: its entry says ``"part": "rules"`` with a ``part_note`` saying when and why, and
    it counts with the rules part from then on. Nothing moves the other way.
    """
    if "part" not in entry:
        return split(entry["url"])
    if entry["part"] != RULES or not entry.get("part_note"):
        raise ValueError(f"{entry['url']}: only a noted move to the rules part is allowed")
    return RULES


def rules_part(annotations: Path) -> set[str]:
    """The names of the articles of an annotation file that rules may be written against."""
    try:
        return {
            name
            for name, gold in load_annotations(annotations).items()
            if part_of({"url": name} | gold) == RULES
        }
    except ValueError as exc:  # a "part" that is not a noted move to the rules part
        raise AnnotationError(str(exc)) from None


def _checked_item(name: str, kind: str, item: Any, fields: dict[str, type]) -> None:
    if not isinstance(item, dict):
        raise AnnotationError(f"{name}: each {kind} must be an object, not {item!r}")
    where = f"{name}: {kind} {str(item.get('text', ''))[:40]!r}"
    for field, kind_of in fields.items():
        if field not in item:
            raise AnnotationError(f"{where}: {field!r} is missing")
        value = item[field]
        if not isinstance(value, kind_of) or isinstance(value, bool):
            raise AnnotationError(f"{where}: {field!r} must be {kind_of.__name__}")
    if item["start"] < 0:
        raise AnnotationError(f"{where}: 'start' must not be negative")


def _checked_entry(name: str, gold: Any) -> dict[str, Any]:
    if not isinstance(gold, dict):
        raise AnnotationError(f"{name}: the entry must be an object")
    if gold.get("language", "en") not in LANGUAGES:
        raise AnnotationError(f"{name}: 'language' must be one of {', '.join(LANGUAGES)}")
    if gold.get("date"):
        try:
            date.fromisoformat(gold["date"])
        except (TypeError, ValueError):
            raise AnnotationError(f"{name}: 'date' must be YYYY-MM-DD") from None
    for kind in ("quotes", "figures"):
        if not isinstance(gold.get(kind, []), list):
            raise AnnotationError(f"{name}: {kind!r} must be a list")
    for item in gold.get("quotes", []):
        _checked_item(name, "quotation", item, {"text": str, "start": int, "speaker": list})
        if not all(isinstance(s, str) for s in item["speaker"]):
            raise AnnotationError(f"{name}: a quotation's 'speaker' lists names (strings)")
    for item in gold.get("figures", []):
        _checked_item(
            name,
            "figure",
            item,
            {"text": str, "start": int, "value": int, "qualifier": str, "counted": str},
        )
        # A word the extractor never writes ("over", "people evacuted") would only lower recall.
        where = f"{name}: figure {item['text'][:40]!r}"
        if item["qualifier"] not in labels.QUALIFIERS:
            known = ", ".join(repr(q) for q in labels.QUALIFIERS)
            raise AnnotationError(f"{where}: 'qualifier' must be one of {known}")
        noun, _space, event = item["counted"].partition(" ")
        if noun not in labels.COUNTED_NOUNS or event not in labels.COUNTED_EVENTS:
            raise AnnotationError(
                f"{where}: 'counted' must be a noun ({', '.join(labels.COUNTED_NOUNS)}) and an "
                f"event ({', '.join(labels.COUNTED_EVENTS)}), as in 'people detained'"
            )
    return gold


def load_annotations(path: Path) -> dict[str, dict[str, Any]]:
    """Return the annotated articles of the file at ``path``, each entry checked.

    The format is tests/data/media_devset.json's: ``{"articles": {FILE NAME: {"language",
    "date", "outlet", "quotes": [{"text", "start", "speaker": [accepted names]}], "figures":
    [{"text", "start", "value", "qualifier", "counted"}]}}}``.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AnnotationError(f"{path}: cannot read the file: {exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnnotationError(f"{path}: not a JSON file in UTF-8 ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise AnnotationError(f"{path}: expected an object with an 'articles' object")
    return {name: _checked_entry(name, gold) for name, gold in data["articles"].items()}


def _at(text: str, name: str, kind: str, item: dict[str, Any]) -> tuple[int, int]:
    start, end = item["start"], item["start"] + len(item["text"])
    if text[start:end] != item["text"]:
        raise AnnotationError(
            f"{name}: the {kind} at offset {start} reads {text[start:end][:40]!r} in the "
            f"article, not {item['text'][:40]!r}"
        )
    return start, end


def evaluate(
    annotations: Path, articles: Path, *, language: str = "", part: str = ""
) -> dict[str, Any]:
    """Return precision and recall on the annotated articles (optionally one language or part)."""
    chosen = {
        name: gold
        for name, gold in load_annotations(annotations).items()
        if (not language or gold.get("language", "en") == language)
        and (not part or part_of({"url": name} | gold) == part)
    }
    tally = _Tally()
    for name, gold in chosen.items():
        tally.add(_measured(name, gold, articles))
    return tally.result()


def evaluate_by_language(annotations: Path, articles: Path) -> dict[str, dict[str, Any]]:
    """Return ``evaluate``'s measures for the whole set ("all") and each language in it.

    Each article is extracted once, for the whole set and its language alike.
    """
    tallies = {"all": _Tally()}
    for name, gold in load_annotations(annotations).items():
        measured = _measured(name, gold, articles)
        tallies["all"].add(measured)
        tallies.setdefault(gold.get("language", "en"), _Tally()).add(measured)
    return {label: tallies[label].result() for label in ("all", *LANGUAGES) if label in tallies}


_COUNTS = (
    "q_gold",
    "q_pred",
    "q_pred_ok",
    "q_gold_found",
    "speaker_ok",
    "speaker_n",
    "f_gold",
    "f_pred",
    "f_pred_ok",
    "f_gold_found",
)


class _Tally:
    """Counts summed over articles, and what they missed."""

    def __init__(self) -> None:
        self.articles = 0
        self.counts = dict.fromkeys(_COUNTS, 0)
        self.misses: list[str] = []
        self.extras: list[str] = []

    def add(self, measured: tuple[dict[str, int], list[str], list[str]]) -> None:
        counts, misses, extras = measured
        self.articles += 1
        for key, value in counts.items():
            self.counts[key] += value
        self.misses.extend(misses)
        self.extras.extend(extras)

    def result(self) -> dict[str, Any]:
        counts = self.counts

        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        return {
            "articles": self.articles,
            "quotes": {
                "gold": counts["q_gold"],
                "predicted": counts["q_pred"],
                "precision": ratio(counts["q_pred_ok"], counts["q_pred"]),
                "recall": ratio(counts["q_gold_found"], counts["q_gold"]),
            },
            "speaker_accuracy": ratio(counts["speaker_ok"], counts["speaker_n"]),
            "figures": {
                "gold": counts["f_gold"],
                "predicted": counts["f_pred"],
                "precision": ratio(counts["f_pred_ok"], counts["f_pred"]),
                "recall": ratio(counts["f_gold_found"], counts["f_gold"]),
            },
            "misses": list(self.misses),
            "extras": list(self.extras),
        }


def _measured(
    name: str, gold: dict[str, Any], articles: Path
) -> tuple[dict[str, int], list[str], list[str]]:
    """Extract one annotated article and return its counts, its misses, and what the extractor
    found that the annotations do not have (what lowers precision)."""
    published = date.fromisoformat(gold["date"]) if gold.get("date") else None
    path = articles / name
    if not path.resolve().is_relative_to(articles.resolve()):
        raise AnnotationError(f"{name}: the article must be inside {articles}")
    try:
        article = read_article(path, published=published, outlet=gold.get("outlet", ""))
    except ArticleError as exc:
        raise AnnotationError(f"{name}: {exc}") from None
    result = extract(article)
    text = article.text
    counts = dict.fromkeys(_COUNTS, 0)
    misses: list[str] = []
    gold_quotes = [(_at(text, name, "quotation", item), item) for item in gold.get("quotes", [])]
    predicted = [((q.start, q.end), q) for q in result.quotes]
    counts["q_gold"] = len(gold_quotes)
    counts["q_pred"] = len(predicted)
    counts["q_pred_ok"] = sum(any(overlaps(p, g) for g, _ in gold_quotes) for p, _ in predicted)
    extras = [
        f"{name}: quotation not annotated: {q.text[:50]}"
        for p, q in predicted
        if not any(overlaps(p, g) for g, _ in gold_quotes)
    ]
    for span, item in gold_quotes:
        match = next((q for p, q in predicted if overlaps(p, span)), None)
        if match is None:
            misses.append(f"{name}: quote missed: {item['text'][:50]}")
            continue
        counts["q_gold_found"] += 1
        counts["speaker_n"] += 1
        if same_speaker(match.speaker, item["speaker"]):
            counts["speaker_ok"] += 1
        else:
            misses.append(f"{name}: speaker {match.speaker!r} for {item['text'][:40]!r}")
    gold_figures = [(_at(text, name, "figure", item), item) for item in gold.get("figures", [])]
    counts["f_gold"] = len(gold_figures)
    counts["f_pred"] = len(result.figures)

    counts["f_pred_ok"] = sum(
        any(figure_matches(f, s, i) for s, i in gold_figures) for f in result.figures
    )
    extras += [
        f"{name}: figure not annotated: {f.text} ({f.qualifier} {f.value} {f.counted})".replace(
            "( ", "("
        )
        for f in result.figures
        if not any(figure_matches(f, s, i) for s, i in gold_figures)
    ]
    for span, item in gold_figures:
        if any(figure_matches(f, span, item) for f in result.figures):
            counts["f_gold_found"] += 1
        else:
            misses.append(f"{name}: figure missed: {item['text']}")
    return counts, misses, extras
