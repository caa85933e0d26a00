"""The analysts' findings page: people linked across two lists, estimates, reviews."""

from __future__ import annotations

import pytest
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.accounts.services import staff_keypair_unlock
from refuge.findings.models import LinkReview, PersonCluster
from refuge.findings.synthetic import people
from refuge.record import services
from refuge.record.models import Person
from tests.conftest import signed_in_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_lists(persona_factory):
    dana = persona_factory("dana", Role.ANALYST)
    keypair = staff_keypair_unlock(user=dana.user, password=dana.password)
    key = services.record_key_for(user=dana.user, keypair=keypair)
    records = people(250, seed=3)
    records["act_type"] = "detention"
    for source, part in (
        ("List A", records[records.record_id.str.endswith("-0")]),
        ("List B", records[~records.record_id.str.endswith("-0")]),
    ):
        text = part[["name", "act_type", "date", "place", "age"]].to_csv(index=False)
        report = services.partner_list_import(
            actor=dana.user, key=key, text=text, source_title=source
        )
        assert report.errors == [], report.errors[:3]
    return dana, key, records


def test_findings_link_people_across_lists_and_estimate(two_lists) -> None:
    dana, _key, records = two_lists
    client = signed_in_client(dana)
    response = client.post(reverse("findings:relink"), follow=True)
    assert "people;" in response.content.decode()
    assert PersonCluster.objects.count() == Person.objects.count() == len(records)
    distinct = PersonCluster.objects.values("cluster").distinct().count()
    assert 250 <= distinct < len(records), "linking found the same people on both lists"
    page = client.get(reverse("findings:page")).content.decode()
    assert "<svg" in page and "<script" not in page
    assert reverse("record:home") + "?type=detention&amp;year=" in page
    from refuge.findings.selectors import findings

    rows = findings()
    assert sum(f.acts for f in rows) == len(records)
    assert all(f.distinct <= f.acts for f in rows)
    assert any(f.estimate is not None and f.estimate >= f.distinct for f in rows)


def test_review_decisions_feed_the_next_linkage(two_lists) -> None:
    dana, _key, _records = two_lists
    client = signed_in_client(dana)
    client.post(reverse("findings:relink"))
    first, second = Person.objects.order_by("pk")[:2]
    if (
        PersonCluster.objects.get(person=first).cluster
        == PersonCluster.objects.get(person=second).cluster
    ):
        second = Person.objects.exclude(
            cluster__cluster=PersonCluster.objects.get(person=first).cluster
        ).first()
    pair = LinkReview.objects.create(left=first, right=second, probability=0.6)
    assert "Pairs to review" in client.get(reverse("findings:page")).content.decode()
    client.post(reverse("findings:review", args=[pair.pk]), {"same": "yes"})
    pair.refresh_from_db()
    assert pair.decision == "same" and pair.decided_by == dana.user
    client.post(reverse("findings:relink"))
    assert (
        PersonCluster.objects.get(person=first).cluster
        == PersonCluster.objects.get(person=second).cluster
    )


def test_findings_are_for_analysts_and_coordinators(persona_factory) -> None:
    for role in (Role.CASEWORKER, Role.ADMINISTRATOR):
        other = signed_in_client(persona_factory(f"u-{role}", role))
        assert other.get(reverse("findings:page")).status_code == 404
        assert other.post(reverse("findings:relink")).status_code == 404
