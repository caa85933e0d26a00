"""The media ledger's articles. News articles are public: stored in clear, with their hash."""

from __future__ import annotations

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
