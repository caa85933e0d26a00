"""Migrations apply to a database that already holds data, and none are missing."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def test_models_and_migrations_agree(db) -> None:
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_every_app_migrates_forward_over_existing_rows() -> None:
    """Step each app back to its first migration, write rows there, then migrate to the end."""
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    first = [
        (app, name)
        for app, name in executor.loader.graph.root_nodes()
        if app in {"accounts", "audit"}
    ]
    executor.migrate(first)
    old = executor.loader.project_state(first).apps
    old_user_model = old.get_model("accounts", "User")
    old_entry_model = old.get_model("audit", "AuditEntry")
    old_user_model.objects.create(username="early", role="caseworker", password="!")
    old.get_model("accounts", "LoginThrottle").objects.create(key="k" * 64, failures=3)
    from django.utils import timezone

    from refuge.audit.services import canonical_entry, chain_hash

    at = timezone.now()
    canonical = canonical_entry(
        seq=1,
        created_at=at,
        actor_id=None,
        actor_label="",
        action="early",
        target_type="",
        target_id="",
        details={},
    )
    old_entry_model.objects.create(
        seq=1,
        created_at=at,
        action="early",
        details={},
        prev_hash="0" * 64,
        entry_hash=chain_hash("0" * 64, canonical),
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(leaves)
    new = executor.loader.project_state(leaves).apps
    assert new.get_model("accounts", "User").objects.filter(username="early").exists()
    # A throttle row from before the split counts wrong passwords, never two-factor codes.
    throttle = new.get_model("accounts", "LoginThrottle").objects.get(key="k" * 64)
    assert (throttle.step, throttle.failures, throttle.hard_locked) == ("password", 3, False)
    assert new.get_model("audit", "AuditEntry").objects.filter(action="early").exists()
    assert new.get_model("audit", "AuditHead").objects.filter(pk=1).exists()

    # Then the system is used: an audited write continues the chain, which still verifies.
    from django.db import transaction

    from refuge.audit.selectors import audit_chain_verify
    from refuge.audit.services import audit_record

    with transaction.atomic():
        audit_record(actor=None, action="after.upgrade")
    verdict = audit_chain_verify()
    assert verdict.ok, verdict
