"""The audit log is append-only and hash-chained; tampering of any kind is reported."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction

from refuge.accounts import services
from refuge.accounts.models import Role
from refuge.audit.models import AuditEntry
from refuge.audit.selectors import audit_chain_verify, audit_head
from refuge.audit.services import AuditOutsideTransactionError, audit_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def five_entries() -> None:
    user, _ = services.user_create(actor=None, username="dora", role=Role.ANALYST)
    services.user_set_role(actor=None, user=user, role=Role.CASEWORKER)
    services.user_reset_two_factor(actor=None, user=user)
    services.user_set_active(actor=None, user=user, active=False)
    services.user_set_active(actor=None, user=user, active=True)
    assert AuditEntry.objects.count() == 5


def _raw(sql: str, params: list) -> None:
    """Change the table behind Refuge's back, as someone with the disk would."""
    with connection.cursor() as cursor:
        cursor.execute(sql.replace("TABLE", AuditEntry._meta.db_table), params)


def test_intact_chain_verifies(five_entries, capsys) -> None:
    verdict = audit_chain_verify()
    assert verdict.ok and verdict.entries_checked == 5 and verdict.head_seq == 5
    call_command("audit", "verify")
    assert "intact: 5 entries" in capsys.readouterr().out


def test_altered_entry_is_reported(five_entries) -> None:
    _raw("UPDATE TABLE SET action = %s WHERE seq = 3", ["user.nothing_happened"])
    verdict = audit_chain_verify()
    assert not verdict.ok and verdict.first_bad_seq == 3
    assert "altered" in verdict.problem
    with pytest.raises(CommandError, match="entry #3 was altered"):
        call_command("audit", "verify")


def test_altered_details_are_reported(five_entries) -> None:
    _raw("UPDATE TABLE SET details = %s WHERE seq = 2", ['{"from": "analyst", "to": "x"}'])
    assert audit_chain_verify().first_bad_seq == 2


def test_deleted_entry_is_reported(five_entries) -> None:
    _raw("DELETE FROM TABLE WHERE seq = 2", [])
    verdict = audit_chain_verify()
    assert verdict.first_bad_seq == 2 and "missing" in verdict.problem


def test_entries_cut_from_the_end_are_reported(five_entries) -> None:
    _raw("DELETE FROM TABLE WHERE seq >= 4", [])
    verdict = audit_chain_verify()
    assert not verdict.ok and verdict.first_bad_seq == 4
    assert "head records entry #5" in verdict.problem


def test_rewritten_chain_is_caught_by_an_offline_anchor(five_entries, capsys) -> None:
    call_command("audit", "head")
    anchor = capsys.readouterr().out.strip()
    call_command("audit", "verify", "--anchor", anchor)
    seq = anchor.split(":")[0]
    forged = f"{seq}:{'f' * 64}"
    with pytest.raises(CommandError, match="anchor"):
        call_command("audit", "verify", "--anchor", forged)


def test_log_refuses_updates_and_deletes_through_the_orm(five_entries) -> None:
    entry = AuditEntry.objects.get(seq=1)
    entry.action = "changed"
    with pytest.raises(PermissionError, match="append-only"):
        entry.save()
    with pytest.raises(PermissionError, match="append-only"):
        entry.delete()
    with pytest.raises(PermissionError, match="append-only"):
        AuditEntry.objects.filter(seq=1).update(action="x")
    with pytest.raises(PermissionError, match="append-only"):
        AuditEntry.objects.all().delete()


def test_audit_outside_a_transaction_is_refused(transactional_db) -> None:
    with pytest.raises(AuditOutsideTransactionError, match=r"needs transaction\.atomic"):
        audit_record(actor=None, action="test.outside")


def test_a_rolled_back_change_leaves_no_audit_entry() -> None:
    before = audit_head().seq
    with pytest.raises(RuntimeError, match="rolled back"), transaction.atomic():
        audit_record(actor=None, action="test.rolled_back")
        raise RuntimeError("rolled back")
    assert audit_head().seq == before
    assert not AuditEntry.objects.filter(action="test.rolled_back").exists()
    assert audit_chain_verify().ok
