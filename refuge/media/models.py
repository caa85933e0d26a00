"""The media ledger's articles. News articles are public: stored in clear, with their hash."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models


class MediaArticle(models.Model):
    sha256 = models.CharField(max_length=64, unique=True)
    source = models.CharField(max_length=255)  # the file name it was read from
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True)
    era = models.PositiveIntegerField(null=True, blank=True)
    text = models.TextField()
    extraction = models.JSONField(default=dict)
    ingested_at = models.DateTimeField()

    class Meta:
        ordering = ["published", "pk"]

    def __str__(self) -> str:
        return self.title or self.source


def words_digest(words: str) -> str:
    """A short digest of the words a review form was shown, to tell whether they changed."""
    return hashlib.sha256(words.encode()).hexdigest()[:32]


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
    # The words reviewed, as the article's text gave them: a review applies only while the
    # text at its offsets is still these words (a newer reader may lay the text out anew).
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
