"""Search for staff over what they can open, decrypted in memory.

There is no index: a plaintext index on disk would give a seized server the words the
encryption hides. Each search opens the cases and inbox reports the person holds (through the
same access functions as the pages: deny by default), decrypts their text in memory, matches,
and forgets. bench/search.py measures it (docs/benchmarks.md).

Searched: each case's and report's two-word name (English and Russian) and short id, the
case's region, what reporters wrote and answered (names and places are there), and the case's
internal notes. Messages and checklist items are not searched.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.utils.translation import gettext as _

from refuge.accounts.models import User
from refuge.cases.access import cases_visible_to, may_work_on_cases
from refuge.cases.models import Note
from refuge.cases.services import OpenedCase, case_report, cases_open_for_staff, decrypt_text
from refuge.core.pseudonyms import Pseudonym
from refuge.crypto import CryptoError, KeyPair
from refuge.intake.access import INBOX_ROLES, reports_visible_to
from refuge.intake.models import Report
from refuge.intake.selectors import report_words, reports_opened_for_staff

MAX_RESULTS = 100
SNIPPET = 60  # characters either side of the match


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "case" or "report"
    id: uuid.UUID
    pseudonym: Pseudonym
    short_id: str
    where: str  # where the words were found, in the reader's language
    snippet: str


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _terms(query: str) -> list[str]:
    return [_fold(word) for word in query.split() if word.strip()][:10]


def _snippet(text: str, terms: list[str]) -> str:
    folded = _fold(text)
    at = min((folded.find(t) for t in terms if t in folded), default=0)
    start, end = max(0, at - SNIPPET), min(len(text), at + SNIPPET)
    piece = " ".join(text[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def _matches(texts: list[tuple[str, str]], terms: list[str]) -> tuple[str, str] | None:
    """Return (where, snippet) if every term is in one of the texts, or across them all."""
    for where, text in texts:
        folded = _fold(text)
        if all(term in folded for term in terms):
            return where, _snippet(text, terms)
    joined = _fold(" ".join(text for _where, text in texts))
    if all(term in joined for term in terms):
        return texts[0][0], _snippet(" ".join(t for _w, t in texts), terms)
    return None


def _name_text(pseudonym: Pseudonym, short_id: str) -> str:
    return f"{pseudonym.english} {pseudonym.russian} {short_id}"


def _case_hits(*, user: User, keypair: KeyPair, terms: list[str]) -> list[SearchHit]:
    if not may_work_on_cases(user):
        return []
    visible = cases_visible_to(user)
    cases = list(visible.only("id", "region").order_by("urgency_rank", "-opened_at"))
    opened = cases_open_for_staff(cases=cases, user=user, keypair=keypair)
    by_case: dict[uuid.UUID, OpenedCase] = {o.case.pk: o for o in opened}
    name, region, note_label = _("name"), _("region"), _("internal note")
    texts: dict[uuid.UUID, list[tuple[str, str]]] = {
        case.pk: [
            (name, _name_text(case.pseudonym, case.short_id)),
            (region, case.region_label),
        ]
        for case in cases
        if case.pk in by_case
    }
    reports = Report.objects.filter(case__in=visible).only(
        "id", "case_id", "content", "case_wrapped_key"
    )
    for report in reports.order_by("submitted_at"):
        case_opened = by_case.get(report.case_id)  # type: ignore[arg-type]
        if case_opened is None:
            continue
        try:
            words = report_words(opened=case_report(case_opened, report))
        except CryptoError:
            continue
        texts[case_opened.case.pk].append(
            (_("report %(name)s") % {"name": report.pseudonym}, words)
        )
    for note in Note.objects.filter(case__in=visible).only("id", "case_id", "body"):
        case_opened = by_case.get(note.case_id)
        if case_opened is None:
            continue
        try:
            body = decrypt_text(case_opened, "note", note.pk, note.body)
        except CryptoError:
            continue
        texts[note.case_id].append((note_label, body))
    hits = []
    for case in cases:
        if case.pk not in texts:
            continue
        found = _matches(texts[case.pk], terms)
        if found is not None:
            hits.append(SearchHit("case", case.pk, case.pseudonym, case.short_id, *found))
    return hits


def _report_hits(*, user: User, keypair: KeyPair, terms: list[str]) -> list[SearchHit]:
    if user.role not in INBOX_ROLES:
        return []  # the inbox's own rule: analysts do not read hotline reports
    reports = list(reports_visible_to(user).order_by("-submitted_at"))
    hits = []
    for opened in reports_opened_for_staff(reports=reports, user=user, keypair=keypair):
        report = opened.report
        try:
            words = report_words(opened=opened)
        except CryptoError:
            continue
        texts = [
            (_("name"), _name_text(report.pseudonym, report.short_id)),
            (_("report text"), words),
        ]
        found = _matches(texts, terms)
        if found is not None:
            hits.append(SearchHit("report", report.pk, report.pseudonym, report.short_id, *found))
    return hits


def search_for_staff(*, user: User, keypair: KeyPair, query: str) -> list[SearchHit]:
    """Return the cases and inbox reports ``user`` can open whose names or words contain every
    word of ``query`` (any case; е and ё alike), cases first, at most MAX_RESULTS."""
    if not user.is_authenticated or not user.is_active:
        return []
    terms = _terms(query)
    if not terms:
        return []
    hits = _case_hits(user=user, keypair=keypair, terms=terms)
    hits += _report_hits(user=user, keypair=keypair, terms=terms)
    return hits[:MAX_RESULTS]
