"""The media ledger's articles. News articles are public: stored in clear, with their hash."""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone


class MediaArticle(models.Model):
    sha256 = models.CharField(max_length=64, unique=True)
    source = models.CharField(max_length=255)  # the file name it was read from
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True)
    # Its date was taken back (`ingest --undated`): ingesting the file again leaves it undated,
    # rather than take the file's own again, until a date is given.
    date_withdrawn = models.BooleanField(default=False)
    era = models.PositiveIntegerField(null=True, blank=True)
    text = models.TextField()
    extraction = models.JSONField(default=dict)
    ingested_at = models.DateTimeField()

    class Meta:
        ordering = ["published", "pk"]

    def __str__(self) -> str:
        return self.title or self.source

    def latest_year(self) -> int:
        """The last year whose events the article can count: its own, or, undated, this one."""
        return self.published.year if self.published else timezone.now().year


def words_digest(words: str) -> str:
    """A short digest of the words a review form was shown, to tell whether they changed."""
    return hashlib.sha256(words.encode()).hexdigest()[:32]


def reviewed_spans(extraction: dict[str, Any]) -> dict[tuple[str, int, int], int]:
    """Map what a reviewer can review in a stored extraction, as (kind, start, end) of a
    quotation's first paragraph or of a figure, to where the words a review covers end: a
    quotation's review covers every paragraph it continues into, so a later extraction that
    joins other words to it no longer holds the review."""
    quotes = extraction.get("quotes", [])
    last = {i: q["end"] for i, q in enumerate(quotes) if q.get("part_of") is None}
    for q in quotes:
        if q.get("part_of") in last:
            last[q["part_of"]] = max(last[q["part_of"]], q["end"])
    spans = {("quote", quotes[i]["start"], quotes[i]["end"]): end for i, end in last.items()}
    spans |= {("figure", f["start"], f["end"]): f["end"] for f in extraction.get("figures", [])}
    return spans


class ExtractionReview(models.Model):
    """An analyst's reading of one quotation or figure the extractor found in an article.

    Kept apart from ``MediaArticle.extraction``, which is rewritten whenever the article is read
    again: a review names its words by their offsets in the article's text and keeps the words,
    so it holds for every later extraction that finds those words there.
    """

    class Kind(models.TextChoices):
        QUOTE = "quote", "quotation"
        FIGURE = "figure", "figure"

    article = models.ForeignKey(MediaArticle, on_delete=models.CASCADE, related_name="reviews")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    # The words reviewed (every paragraph of a quotation), as the article's text gave them: a
    # review applies only while the text there is still these words (``reviewed_spans``).
    words = models.TextField()
    # A quotation: {"speaker", "speaker_role", "affiliation"}; a figure: {"value", "high",
    # "qualifier", "counted"}; either: {"dismissed": true} when the words are not one at all.
    reading = models.JSONField()
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    reviewed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article", "kind", "start", "end"], name="media_review_once"
            )
        ]
        ordering = ["article", "start"]

    def __str__(self) -> str:
        return f"{self.kind} at {self.start} in {self.article_id}"


# What a review may change of what the extractor read (the review forms' fields); anything else
# stored is ignored.
REVIEWED_FIELDS = {
    ExtractionReview.Kind.QUOTE: ("speaker", "speaker_role", "affiliation"),
    # "place" only where the reviewer gave one (reviews from before it keep the extractor's).
    ExtractionReview.Kind.FIGURE: ("value", "high", "qualifier", "counted", "place"),
}
# A figure's review may also give the year whose wave it describes ("year"), which no extraction
# reads: the ledger groups the figure there instead of under its article's (selectors). A year
# before this one is a typing slip, not a wave of news.
EARLIEST_YEAR = 1900
