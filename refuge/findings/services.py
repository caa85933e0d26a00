"""Linking the record's people into distinct persons, and the review queue's decisions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.findings.models import LinkReview, PersonCluster
from refuge.record.models import Person
from refuge.record.services import open_envelope

if TYPE_CHECKING:
    import pandas as pd

# pandas and the linkage (built on pandas) are imported where a link runs: they take a good part
# of a second to load, and every `refuge` command and server worker imports this module (the
# URL checks reach the findings views), most of them never linking anyone.


def _records(key: bytes) -> pd.DataFrame:
    """The record's people as linkage input, decrypted in memory only."""
    import pandas as pd

    rows = []
    for person in Person.objects.prefetch_related("acts_suffered__place"):
        identity = open_envelope(key, "person", person.pk, person.identity)
        act = person.acts_suffered.order_by("date_earliest").first()
        date = ""
        if act is not None and act.date_earliest and "date" not in act.confidential_fields:
            date = {
                "day": act.date_earliest.isoformat(),
                "month": act.date_earliest.strftime("%Y-%m"),
                "year": str(act.date_earliest.year),
            }.get(act.date_precision, "")
        rows.append(
            {
                "record_id": str(person.pk),
                "name": identity.get("name", ""),
                "patronymic": identity.get("patronymic", ""),
                "date": date,
                "place": act.place.name_en if act is not None and act.place else "",
                "age": "" if person.age is None else str(person.age),
            }
        )
    return pd.DataFrame(rows, columns=["record_id", "name", "patronymic", "date", "place", "age"])


def _union(clusters: dict[str, str], same: list[tuple[str, str]]) -> dict[str, str]:
    """Merge clusters that a reviewer said are the same person."""
    parent = {c: c for c in clusters.values()}

    def find(c: str) -> str:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for left, right in same:
        if left in clusters and right in clusters:
            parent[find(clusters[left])] = find(clusters[right])
    return {record: find(cluster) for record, cluster in clusters.items()}


def people_link(*, actor: User, key: bytes) -> dict[str, int]:
    """Link every person in the record; keep reviewers' decisions; queue new uncertain pairs."""
    import pandas as pd

    from refuge.findings.linkage import LinkageError, link, load_config

    records = _records(key)
    decided = LinkReview.objects.exclude(decision="")
    same = [
        (str(r.left_id), str(r.right_id)) for r in decided if r.decision == LinkReview.Decision.SAME
    ]
    labels = pd.DataFrame(
        [(str(r.left_id), str(r.right_id), 1.0 if r.decision == "same" else 0.0) for r in decided],
        columns=["unique_id_l", "unique_id_r", "clerical_match_score"],
    )
    clusters = {rid: rid for rid in records["record_id"]}
    review = pd.DataFrame(columns=["record_id_l", "record_id_r", "match_probability"])
    if len(records) >= 2:
        try:
            result = link(records, load_config(None), labels=labels if len(labels) else None)
        except LinkageError:
            result = None
        if result is not None:
            clusters = dict(
                zip(
                    result.clusters["record_id"],
                    result.clusters["cluster_id"].astype(str),
                    strict=True,
                )
            )
            review = result.review
    clusters = _union(clusters, same)
    different = {(str(r.left_id), str(r.right_id)) for r in decided if r.decision == "different"}
    now = timezone.now()
    with transaction.atomic():
        PersonCluster.objects.all().delete()
        PersonCluster.objects.bulk_create(
            [
                PersonCluster(person_id=int(rid), cluster=f"c-{cluster}", computed_at=now)
                for rid, cluster in clusters.items()
            ]
        )
        queued = 0
        for row in review.itertuples(index=False):
            left, right = sorted((str(row.record_id_l), str(row.record_id_r)), key=int)
            if (left, right) in different or clusters.get(left) == clusters.get(right):
                continue
            _, created = LinkReview.objects.get_or_create(
                left_id=int(left),
                right_id=int(right),
                defaults={"probability": float(row.match_probability)},
            )
            queued += created
        distinct = len(set(clusters.values()))
        audit_record(
            actor=actor,
            action="findings.people_linked",
            details={"records": len(records), "people": distinct, "queued_for_review": queued},
        )
    return {"records": len(records), "people": distinct, "queued": queued}


@transaction.atomic
def review_decide(*, actor: User, review: LinkReview, same: bool) -> None:
    review.decision = LinkReview.Decision.SAME if same else LinkReview.Decision.DIFFERENT
    review.decided_by = actor
    review.decided_at = timezone.now()
    review.save(update_fields=["decision", "decided_by", "decided_at"])
    audit_record(
        actor=actor, action="findings.pair_reviewed", target=review, details={"same": same}
    )
