"""Linkage results for the record's people: who is the same person, and pairs to review."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class PersonCluster(models.Model):
    """The distinct person (cluster) a record's Person was linked to at the last run."""

    person = models.OneToOneField("record.Person", on_delete=models.CASCADE, related_name="cluster")
    cluster = models.CharField(max_length=64, db_index=True)
    computed_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.person_id} in {self.cluster}"


class LinkReview(models.Model):
    """An uncertain pair for a person to decide; decisions feed the next run as labels."""

    class Decision(models.TextChoices):
        UNDECIDED = "", "undecided"
        SAME = "same", "same person"
        DIFFERENT = "different", "different people"

    left = models.ForeignKey("record.Person", on_delete=models.CASCADE, related_name="+")
    right = models.ForeignKey("record.Person", on_delete=models.CASCADE, related_name="+")
    probability = models.FloatField()
    decision = models.CharField(max_length=10, choices=Decision.choices, blank=True, default="")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["left", "right"], name="review_pair_once")]
        ordering = ["-probability"]

    def __str__(self) -> str:
        return f"{self.left_id}~{self.right_id}: {self.decision or 'undecided'}"
