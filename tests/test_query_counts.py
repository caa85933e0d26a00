"""Query counts locked in: every list and detail page costs the same number of queries whether
the organisation holds a few reports and cases or several times more (after Zulip's
``assert_database_query_count``). A count that grows with the data is an N+1 bug."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from refuge.cases.models import Case
from refuge.intake.models import Report
from tests.conftest import CsrfClient, signed_in_client
from tests.hotline_helpers import submit_report

pytestmark = pytest.mark.django_db


@contextmanager
def assert_database_query_count(count: int) -> Iterator[None]:
    """Fail unless exactly ``count`` queries run inside the block (and say which ran)."""
    with CaptureQueriesContext(connection) as captured:
        yield
    ran = [query["sql"] for query in captured.captured_queries]
    assert len(ran) == count, f"{len(ran)} queries, expected {count}:\n" + "\n".join(ran)


def _queries(client: CsrfClient, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def _grow(cora, count: int) -> None:
    """Add ``count`` reports, every other one opened as a case by Cora."""
    client = signed_in_client(cora)
    for i in range(count):
        before = set(Report.objects.values_list("pk", flat=True))
        submit_report(CsrfClient(), account=f"Detained in Argun, report number {i} of many.")
        if i % 2:  # the report just sent: never one a page under test is showing
            report = Report.objects.exclude(pk__in=before).get()
            client.post(reverse("cases:open_from_report", args=[report.pk]))


@pytest.fixture
def world(personas):
    _grow(personas["cora"], 4)
    return personas


def _pages(world) -> list[tuple[str, str]]:
    inbox_report = Report.objects.filter(case__isnull=True).order_by("pk").first()
    case = Case.objects.order_by("pk").first()
    return [
        ("alice", reverse("site:home")),
        ("alice", reverse("accounts:staff_list")),
        ("alice", reverse("accounts:teams")),
        ("alice", reverse("audit:log")),
        ("alice", reverse("accounts:staff_detail", args=[world["bob"].user.pk])),
        ("alice", reverse("intake:questions")),
        ("alice", reverse("cases:stages")),
        ("bob", reverse("intake:inbox")),
        ("bob", reverse("intake:report_detail", args=[inbox_report.pk])),
        ("cora", reverse("cases:queue")),
        ("cora", reverse("cases:detail", args=[case.pk])),
        ("cora", reverse("cases:messages", args=[case.pk])),
        ("cora", reverse("cases:plan", args=[case.pk])),
        ("cora", reverse("cases:consent", args=[case.pk])),
        ("cora", reverse("cases:history", args=[case.pk])),
        ("cora", reverse("cases:confirm", args=[case.pk, "close"])),
        ("cora", reverse("site:home")),
        ("bob", reverse("site:home")),
        ("cora", reverse("site:search") + "?q=argun"),
        ("bob", reverse("site:search") + "?q=argun+many"),
        ("dana", reverse("record:home")),
        ("dana", reverse("media:ledger")),
        ("dana", reverse("findings:page")),
    ]


def test_list_and_detail_pages_cost_the_same_at_two_data_sizes(world) -> None:
    pages = _pages(world)
    clients = {name: signed_in_client(persona) for name, persona in world.items()}
    for who, url in pages:  # a first visit may set things up once (the record key)
        _queries(clients[who], url)
    small = {url: _queries(clients[who], url) for who, url in pages}
    _grow(world["cora"], 8)
    for who, url in pages:  # similar reports compare the new reports once (tested apart)
        _queries(clients[who], url)
    large = {url: _queries(clients[who], url) for who, url in pages}
    grew = {url: (small[url], large[url]) for url in small if large[url] != small[url]}
    assert grew == {}, f"query counts that grow with the data (small, large): {grew}"


def test_the_helper_names_the_queries_when_the_count_is_wrong(world) -> None:
    with (
        pytest.raises(AssertionError, match="1 queries, expected 0"),
        assert_database_query_count(0),
    ):
        Report.objects.count()
