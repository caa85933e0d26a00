"""Reports taken down by staff at /inbox/record/: intake team only, the receipt shown once."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.audit.models import AuditEntry
from refuge.intake.models import Report
from tests.conftest import CsrfClient, make_recovery_key, signed_in_client
from tests.hotline_helpers import (
    EXIF_MAKE_CANARY,
    EXIF_SERIAL_CANARY,
    jpeg_with_exif,
    upload,
)

pytestmark = pytest.mark.django_db

ACCOUNT = "CANARY-CALL-7731 He was taken from the market in Argun."


def _record(client, **extra):
    data = {
        "channel": "phone",
        "relationship": "relative",
        "language": "ru",
        "account": ACCOUNT,
        "q_safe_now": "Yes",
        **extra,
    }
    return client.post(reverse("intake:record"), data)


def _receipt(response) -> str:
    match = re.search(r'id="receipt">([0-9 ]+)<', response.content.decode())
    assert match, response.content.decode()[:2000]
    return match.group(1)


@pytest.fixture
def bob(persona_factory, questionnaire):
    make_recovery_key()
    return persona_factory("bob", Role.CASEWORKER, rota=True)


def test_recorded_call_receipt_opens_the_report_once(bob) -> None:
    client = signed_in_client(bob)
    posted = _record(client)
    assert posted.status_code == 302
    assert posted["Location"] == reverse("intake:record")
    assert "receipt" not in posted["Location"]
    shown = client.get(reverse("intake:record"))
    receipt = _receipt(shown)
    assert "no-store" in shown["Cache-Control"]

    # The caller follows up on the hotline like anyone else.
    caller = CsrfClient()
    opened = caller.post(reverse("intake:return"), {"receipt": receipt}, follow=True)
    assert ACCOUNT in opened.content.decode()

    # The receipt never appears again: not on a reload, not in the inbox or the report.
    again = client.get(reverse("intake:record")).content.decode()
    assert receipt not in again
    assert 'id="receipt"' not in again
    inbox = client.get(reverse("intake:inbox")).content.decode()
    assert receipt not in inbox
    report = Report.objects.get()
    detail = client.get(reverse("intake:report_detail", args=[report.pk])).content.decode()
    assert receipt not in detail
    assert "Recorded by bob" in detail
    assert "Phone call" in detail
    assert "A relative" in detail


def test_receipt_is_nowhere_in_the_database(bob) -> None:
    client = signed_in_client(bob)
    _record(client)
    receipt = _receipt(client.get(reverse("intake:record")))
    digits = receipt.replace(" ", "")
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from introspection
            dump = repr(cursor.fetchall())
            assert digits not in dump, table
            assert receipt not in dump, table
            assert "CANARY-CALL-7731" not in dump, table


def test_recorded_report_rows_look_like_a_hotline_report(bob) -> None:
    _record(signed_in_client(bob))
    report = Report.objects.get()
    content = bytes(report.content)
    for clear in (b"phone", b"relative", b"bob"):
        assert clear not in content
    entry = AuditEntry.objects.get(action="report.submitted")
    assert entry.actor_id is None  # the same row as a web report: who recorded it is encrypted
    by_bob = AuditEntry.objects.filter(actor_id=bob.user.pk, action__startswith="report.")
    assert not by_bob.exists()


def test_recorded_attachment_loses_its_metadata(bob) -> None:
    client = signed_in_client(bob)
    _record(client, attachments=[upload("photo.jpg", jpeg_with_exif(), "image/jpeg")])
    client.get(reverse("intake:record"))
    report = Report.objects.get()
    attachment = report.attachments.get()
    assert attachment.metadata_removed
    data = client.get(reverse("intake:attachment", args=[report.pk, attachment.pk])).content
    assert EXIF_SERIAL_CANARY.encode() not in data
    assert EXIF_MAKE_CANARY.encode() not in data


def test_unknown_channel_is_refused_and_nothing_stored(bob) -> None:
    response = _record(signed_in_client(bob), channel="carrier-pigeon")
    assert response.status_code == 200
    assert ACCOUNT in response.content.decode()  # staff keep what they typed
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    ("role", "teams"),
    [
        (Role.CASEWORKER, []),
        (Role.COORDINATOR, None),
        (Role.ADMINISTRATOR, []),
        (Role.ANALYST, None),
    ],
)
def test_outside_the_intake_team_the_page_does_not_exist(
    persona_factory, questionnaire, role, teams
) -> None:
    client = signed_in_client(persona_factory("charlie", role, teams=teams))
    assert client.get(reverse("intake:record")).status_code == 404
    assert _record(client).status_code == 404
    assert not Report.objects.exists()


def test_the_inbox_links_to_the_page_for_intake_members_only(bob, persona_factory) -> None:
    url = reverse("intake:record")
    assert url in signed_in_client(bob).get(reverse("intake:inbox")).content.decode()
    charlie = signed_in_client(persona_factory("charlie", Role.CASEWORKER))
    assert url not in charlie.get(reverse("intake:inbox")).content.decode()
