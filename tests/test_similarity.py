"""Similar reports: computed once per report by someone who can open it, kept encrypted.

Bob (intake team) sees that two accounts read alike; Charlie (not in the team) gets 404.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from refuge.intake.models import Report, SimilarityCache
from tests.conftest import CsrfClient, signed_in_client
from tests.hotline_helpers import submit_report

pytestmark = pytest.mark.django_db

ACCOUNT = "They detained me in Argun with other men and took my phone for three days."


def _submit(account: str) -> Report:
    before = set(Report.objects.values_list("pk", flat=True))
    assert submit_report(CsrfClient(), account=account).status_code == 200
    return Report.objects.exclude(pk__in=before).get()


def _page(client: CsrfClient, report: Report) -> str:
    response = client.get(reverse("intake:report_detail", args=[report.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _queries(client: CsrfClient, report: Report) -> int:
    with CaptureQueriesContext(connection) as captured:
        _page(client, report)
    return len(captured.captured_queries)


def test_a_similar_report_is_suggested_and_the_scores_are_kept_encrypted(personas) -> None:
    first = _submit(ACCOUNT)
    twin = _submit(ACCOUNT + " Again, the same.")
    _submit("A quiet week in Gudermes, nothing to report about the market.")
    bob = signed_in_client(personas["bob"])
    page = _page(bob, first)
    assert "Similar reports" in page and twin.short_id in page
    stored = bytes(SimilarityCache.objects.get(report=first).sealed)
    assert str(twin.pk).encode() not in stored and b"Argun" not in stored


def test_a_later_view_compares_only_new_reports_and_finds_them(personas) -> None:
    first = _submit(ACCOUNT)
    for i in range(3):
        _submit(f"Unrelated account number {i} about a flat in Grozny and its rent.")
    bob = signed_in_client(personas["bob"])
    _page(bob, first)
    settled = _queries(bob, first)
    for i in range(6):
        _submit(f"Another unrelated account number {i} about the weather in Shali.")
    comparing_six = _queries(bob, first)  # compares the six new ones, once
    assert _queries(bob, first) == settled
    _submit("One more unrelated account about a wedding in Urus-Martan.")
    assert _queries(bob, first) == comparing_six  # comparing costs the same for one or six
    twin = _submit(ACCOUNT + " Written again by my brother.")
    assert twin.short_id in _page(bob, first)


def test_a_report_opened_as_a_case_is_no_longer_suggested(personas) -> None:
    first = _submit(ACCOUNT)
    twin = _submit(ACCOUNT + " Again.")
    bob = signed_in_client(personas["bob"])
    assert twin.short_id in _page(bob, first)
    cora = signed_in_client(personas["cora"])
    cora.post(reverse("cases:open_from_report", args=[twin.pk]))
    assert twin.short_id not in _page(bob, first)


def test_an_altered_cache_is_computed_afresh_and_charlie_sees_nothing(personas) -> None:
    first = _submit(ACCOUNT)
    twin = _submit(ACCOUNT + " Again.")
    bob = signed_in_client(personas["bob"])
    _page(bob, first)
    SimilarityCache.objects.filter(report=first).update(sealed=b"\x00" * 64)
    assert twin.short_id in _page(bob, first)
    charlie = signed_in_client(personas["charlie"])
    assert charlie.get(reverse("intake:report_detail", args=[first.pk])).status_code == 404


def test_a_report_whose_key_no_longer_opens_is_skipped_not_a_500(personas) -> None:
    first = _submit(ACCOUNT)
    broken = _submit(ACCOUNT + " Again.")
    broken.sealed_keys.update(sealed=b"\x00" * 80)  # an altered row: the copy no longer opens
    bob = signed_in_client(personas["bob"])
    page = _page(bob, first)
    assert broken.short_id not in page
    assert not SimilarityCache.objects.filter(report=first).exists()
    assert bob.get(reverse("intake:inbox")).status_code == 200
