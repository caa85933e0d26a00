"""Receipts survive operations: a raised Argon2id cost and a rotated server key."""

from __future__ import annotations

import secrets

import pytest
from django.urls import reverse

from refuge import crypto
from refuge.accounts.models import Role
from refuge.intake.models import Report
from refuge.intake.services import ReceiptRefusedError, report_open_with_receipt
from tests.conftest import CsrfClient
from tests.hotline_helpers import receipt_from, submit_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def rota(persona_factory):
    return persona_factory("bob", Role.CASEWORKER, rota=True)


def _new_receipt(account: str) -> str:
    return receipt_from(submit_report(CsrfClient(), account=account))


def test_receipt_from_before_the_cost_was_raised_still_opens(rota, settings) -> None:
    settings.REFUGE_KDF_OPSLIMIT, settings.REFUGE_KDF_MEMLIMIT = 1, 8 * 1024
    receipt = _new_receipt("issued at the old cost")
    # The operator follows docs/benchmarks.md and raises the cost, then restarts.
    settings.REFUGE_KDF_OPSLIMIT, settings.REFUGE_KDF_MEMLIMIT = 2, 16 * 1024
    page = CsrfClient().post(reverse("intake:return"), {"receipt": receipt}, follow=True)
    assert "issued at the old cost" in page.content.decode()
    fresh = _new_receipt("issued at the new cost")
    stored = bytes(report_open_with_receipt(receipt=fresh).report.receipt_salt)
    assert stored[0] == 0x01 and int.from_bytes(stored[1:5], "big") == 2
    assert int.from_bytes(stored[5:13], "big") == 16 * 1024


def _tag_under(server_key: str, receipt: str) -> str:
    subkey = crypto.derive_subkey(crypto.decode_key(server_key), "receipt")
    return crypto.keyed_hash(subkey, receipt.replace(" ", "").encode()).hex()


def test_a_report_from_before_the_format_opens_at_the_settings_cost(rota) -> None:
    receipt = _new_receipt("legacy salt")
    report = Report.objects.get()
    report.receipt_salt = bytes(report.receipt_salt)[13:]  # a bare salt, as stored before
    report.save(update_fields=["receipt_salt"])
    assert report_open_with_receipt(receipt=receipt).report.pk == report.pk


def test_server_key_rotation_keeps_receipts_for_the_window(rota, settings) -> None:
    old = settings.REFUGE_SERVER_KEY
    opened_in_window = _new_receipt("comes back during the window")
    never_back = _new_receipt("does not come back")
    settings.REFUGE_SERVER_KEY = crypto.encode_key(secrets.token_bytes(32))
    settings.REFUGE_SERVER_KEY_PREVIOUS = old
    before = Report.objects.get(pk=report_open_with_receipt(receipt=opened_in_window).report.pk)
    assert before.receipt_tag != _tag_under(old, opened_in_window), "moved to the new key"
    # The window closes: the receipt that came back works, the one that did not is refused.
    settings.REFUGE_SERVER_KEY_PREVIOUS = ""
    assert report_open_with_receipt(receipt=opened_in_window)
    with pytest.raises(ReceiptRefusedError, match="does not open a report"):
        report_open_with_receipt(receipt=never_back)
