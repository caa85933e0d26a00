"""The one rule for what the record counts and what leaves it.

Statistics (the record page, its exports, findings) and evidence packages all select through
this module, so consent, confidentiality and provenance are decided in one place:

- nothing confidential: not the act, its victim or its event; a confidential source is never
  named, and evidence from one is never exported;
- anything that came from a case (``case_origin`` set) needs that case's consent in force for
  the use — anonymised statistics, or legal use for packages. A case that no longer exists
  (shredded, expired) has no consent: its acts stay out for good.
"""

from __future__ import annotations

from typing import Literal

from django.db.models import Q, QuerySet

from refuge.record.models import Act, Evidence, Source

Use = Literal["statistics", "legal"]


def consenting_case_ids(*, use: Use) -> set[str]:
    """Return the ids (as text, like ``case_origin``) of cases whose consent to ``use`` stands."""
    from refuge.cases.selectors import cases_with_consent

    return {str(pk) for pk in cases_with_consent(kind=use).values_list("pk", flat=True)}


def _provenance_allows(prefix: str, consenting: set[str]) -> Q:
    origin = f"{prefix}case_origin"
    return Q(**{origin: ""}) | Q(**{f"{origin}__in": consenting})


def acts_admissible(*, use: Use) -> QuerySet[Act]:
    """Return the acts that may be counted (``statistics``) or exported (``legal``)."""
    consenting = consenting_case_ids(use=use)
    return (
        Act.objects.filter(confidential=False, victim__confidential=False)
        .filter(Q(event__isnull=True) | Q(event__confidential=False))
        .filter(_provenance_allows("", consenting))
        .filter(_provenance_allows("victim__", consenting))
    )


def source_admissible(source: Source | None, *, consenting: set[str]) -> bool:
    """Tell whether a source may be named in an export (None: there is no source to name)."""
    if source is None:
        return True
    return not source.confidential and (
        source.case_origin == "" or source.case_origin in consenting
    )


def evidence_admissible(items: list[Evidence]) -> tuple[list[tuple[Evidence, list[Act]]], int]:
    """Split evidence for a package into (item, the acts it may show) pairs and a count left out.

    An item is left out when it was destroyed, when its source may not be named, when it came
    from a case without consent to legal use, or when it supports acts and none of them may be
    exported.
    """
    consenting = consenting_case_ids(use="legal")
    allowed = set(acts_admissible(use="legal").values_list("pk", flat=True))
    kept, left_out = [], 0
    for item in items:
        linked = list(item.acts.select_related("act_type", "victim", "place"))
        acts = [a for a in linked if a.pk in allowed]
        if (
            item.destroyed_at is not None
            or not source_admissible(item.source, consenting=consenting)
            or (item.case_origin and item.case_origin not in consenting)
            or (linked and not acts)
        ):
            left_out += 1
            continue
        kept.append((item, acts))
    return kept, left_out
