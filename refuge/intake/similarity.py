"""Which inbox reports read like this one: computed once per report, kept encrypted.

The server holds no key that opens a report (docs/adr/0001-key-custody.md), so nothing can
compare reports in the background: only a staff member whose unlocked key reaches them can.
So the comparison runs inside that person's request, but once: the scores are kept in a
``SimilarityCache`` row encrypted under the report's own key (whoever can open the report can
read them, nobody else), with the set of reports already compared. A later view compares
only reports that arrived since, so a view costs the same few queries and one decryption
however many reports the organisation holds. Reports that leave the inbox (opened as a case,
deleted) simply stop being shown: the cache is filtered by what the viewer may open now.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime

from refuge import crypto
from refuge.accounts.models import User
from refuge.core.padding import pad, unpad
from refuge.crypto.contexts import associated_data
from refuge.intake.access import reports_visible_to
from refuge.intake.models import Report, SealedReportKey, SimilarityCache
from refuge.intake.selectors import report_account, reports_opened_for_staff
from refuge.intake.services import OpenedReport

# Bump when the measure changes: every cache is then computed afresh on its next view.
ALGORITHM = "word-trigram-jaccard-1"
THRESHOLD = 0.2
# A view compares this many reports at most (oldest first); the rest on later views, so one
# request never decrypts a very large inbox.
COMPARE_PER_VIEW = 2000

_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of word trigrams: 1 for the same text, near 0 for unrelated ones."""
    left, right = _shingles(a), _shingles(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def _context(report: Report) -> bytes:
    return associated_data("intake.similarity", report=report.pk)


def _read(opened: OpenedReport) -> tuple[datetime | None, set[str], dict[str, float]]:
    """Return (compared through this submission time, reports compared at that time, scores)."""
    row = SimilarityCache.objects.filter(report=opened.report).first()
    if row is None:
        return None, set(), {}
    try:
        context = _context(opened.report)
        plaintext = crypto.decrypt(opened.key, bytes(row.sealed), associated_data=context)
        kept = json.loads(unpad(plaintext))
    except (crypto.CryptoError, ValueError):
        return None, set(), {}  # altered or from another key: compute afresh
    if kept.get("algorithm") != ALGORITHM:
        return None, set(), {}
    return datetime.fromisoformat(kept["through"]), set(kept["boundary"]), dict(kept["scores"])


def _write(
    opened: OpenedReport, through: datetime, boundary: set[str], scores: dict[str, float]
) -> None:
    plaintext = json.dumps(
        {
            "algorithm": ALGORITHM,
            "through": through.isoformat(),
            "boundary": sorted(boundary),
            "scores": scores,
        }
    ).encode()
    sealed = crypto.encrypt(opened.key, pad(plaintext), associated_data=_context(opened.report))
    SimilarityCache.objects.update_or_create(report=opened.report, defaults={"sealed": sealed})


def similar_reports(
    *, user: User, keypair: crypto.KeyPair, opened: OpenedReport, account: str, limit: int = 5
) -> list[tuple[Report, float]]:
    """Return inbox reports this staff member can open whose text is like ``account``.

    Submission times are coarse but never go back, so "compared through time T, and these
    reports of time T" says exactly which reports are new: a view asks the database only for
    those, oldest first.
    """
    through, boundary, scores = _read(opened)
    inbox = reports_visible_to(user).exclude(pk=opened.report.pk)
    arrived = inbox.filter(sealed_keys__holder=SealedReportKey.Holder.TEAM)
    if through is not None:
        arrived = arrived.filter(submitted_at__gte=through)
    waiting = [
        pk
        for pk in arrived.order_by("submitted_at", "pk").values_list("pk", flat=True)[
            : COMPARE_PER_VIEW + len(boundary)
        ]
        if str(pk) not in boundary
    ]
    if waiting:
        # Only the ids: the rows themselves come once, with their keys.
        candidates = Report.objects.filter(pk__in=waiting[:COMPARE_PER_VIEW]).only("pk")
        for other in reports_opened_for_staff(reports=candidates, user=user, keypair=keypair):
            score = similarity(account, report_account(opened=other))
            if score >= THRESHOLD:
                scores[str(other.report.pk)] = round(score, 4)
            submitted = other.report.submitted_at
            if through is None or submitted > through:
                through, boundary = submitted, set()
            boundary.add(str(other.report.pk))
        if through is not None:  # None: none of the waiting reports opened for this person
            _write(opened, through, boundary, scores)
    best = sorted(scores.items(), key=lambda pair: -pair[1])[: limit * 4]
    shown = inbox.in_bulk([uuid.UUID(pk) for pk, _ in best])
    return [(shown[uuid.UUID(pk)], score) for pk, score in best if uuid.UUID(pk) in shown][:limit]
