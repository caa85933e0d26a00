"""Upgrading a populated database to key custody loses nothing.

Rows are written at the migrations before key custody, with the cryptography of that time
(report keys sealed to each rota member, case keys to each coordinator, the record key to each
analyst and coordinator, private keys wrapped without the pepper); then the database is
migrated to the end and used: people sign in, read, and grant their teams to newcomers.
"""

from __future__ import annotations

import json
import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from refuge import crypto
from refuge.accounts import services as accounts
from refuge.accounts.models import Role, User
from refuge.cases.models import Case
from refuge.intake.models import SealedReportKey
from refuge.keys import custody, directory
from refuge.keys.models import Team
from refuge.record import services as record
from refuge.record.models import RecordKey
from tests.conftest import STRONG_PASSWORD, Persona, create_persona, signed_in_client

BEFORE = [
    ("accounts", "0002_user_on_intake_rota_staffkeypair"),
    ("core", "0001_initial"),
    ("intake", "0003_report_case_report_case_wrapped_key_and_more"),
    ("cases", "0002_default_stages"),
    ("record", "0002_defaults"),
    ("keys", None),
]
CHEAP = crypto.KdfCost(opslimit=1, memlimit=8 * 1024)


def _old_keypair(apps, user) -> crypto.KeyPair:
    keypair = crypto.generate_keypair()
    salt = crypto.random_salt()
    wrapping = crypto.derive_key_from_secret(STRONG_PASSWORD, salt, CHEAP)
    apps.get_model("accounts", "StaffKeypair").objects.create(
        user_id=user.pk,
        public_key=keypair.public_key,
        wrapped_private_key=crypto.encrypt(
            wrapping,
            keypair.private_key,
            associated_data=f"accounts.staffkeypair:{user.pk}".encode(),
        ),
        salt=salt,
        opslimit=CHEAP.opslimit,
        memlimit=CHEAP.memlimit,
    )
    return keypair


def _old_report(apps, text: str, recovery: bytes):
    report_id = uuid.uuid4()
    key = crypto.random_key()
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    report = apps.get_model("intake", "Report").objects.create(
        id=report_id,
        submitted_at=now,
        last_reporter_activity_at=now,
        receipt_tag=uuid.uuid4().hex,
        receipt_salt=crypto.random_salt(),
        content=crypto.encrypt(
            key,
            json.dumps({"account": text, "answers": [], "language": "en"}).encode(),
            associated_data=f"intake.report:{report_id}".encode(),
        ),
    )
    sealed = apps.get_model("intake", "SealedReportKey")
    sealed.objects.create(report=report, holder="recovery", sealed=crypto.seal(recovery, key))
    return report, key


@pytest.mark.django_db(transaction=True)
def test_a_populated_database_upgrades_to_key_custody_without_loss() -> None:
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    executor.migrate(BEFORE)
    old = executor.loader.project_state([node for node in BEFORE if node[1]]).apps
    users = old.get_model("accounts", "User")
    cora = users.objects.create(
        username="cora", role="coordinator", password="!", on_intake_rota=True
    )
    bob = users.objects.create(username="bob", role="caseworker", password="!", on_intake_rota=True)
    dana = users.objects.create(username="dana", role="analyst", password="!")
    keys = {user.username: _old_keypair(old, user) for user in (cora, bob, dana)}
    recovery = crypto.generate_keypair()
    old.get_model("core", "RecoveryKey").objects.create(public_key=recovery.public_key)
    sealed = old.get_model("intake", "SealedReportKey")

    inbox_report, inbox_key = _old_report(
        old, "An old report still in the inbox.", recovery.public_key
    )
    for name in ("cora", "bob"):
        sealed.objects.create(
            report=inbox_report,
            holder="staff",
            user_id=users.objects.get(username=name).pk,
            sealed=crypto.seal(keys[name].public_key, inbox_key),
        )
    case_report, case_report_key = _old_report(
        old, "An old report inside a case.", recovery.public_key
    )
    case_id = uuid.uuid4()
    case_key = crypto.random_key()
    stage, _ = old.get_model("cases", "Stage").objects.get_or_create(
        key="hotline", defaults={"name_en": "Hotline", "name_ru": "Горячая линия"}
    )
    case = old.get_model("cases", "Case").objects.create(
        id=case_id, opened_at=timezone.now(), stage=stage
    )
    old.get_model("intake", "Report").objects.filter(pk=case_report.pk).update(
        case=case,
        case_wrapped_key=crypto.encrypt(
            case_key,
            case_report_key,
            associated_data=f"cases.report-key:{case_report.pk}:{case_id}".encode(),
        ),
    )
    sealed.objects.create(
        report=case_report,
        holder="staff",
        user_id=bob.pk,
        sealed=crypto.seal(keys["bob"].public_key, case_report_key),
    )
    case_keys = old.get_model("cases", "CaseKey")
    case_keys.objects.create(
        case=case,
        holder="staff",
        user_id=cora.pk,
        sealed=crypto.seal(keys["cora"].public_key, case_key),
    )
    record_key = crypto.random_key()
    for user in (cora, dana):
        old.get_model("record", "RecordKey").objects.create(
            user_id=user.pk, sealed=crypto.seal(keys[user.username].public_key, record_key)
        )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(leaves)

    # Every key got its directory MAC, and the recovery key was pinned.
    assert directory.directory_problems() == []
    assert sorted(custody.teams_of(user=User.objects.get(username="cora"))) == [
        Team.COORDINATORS,
        Team.INTAKE,
        Team.RECORD,
    ]
    assert custody.teams_of(user=User.objects.get(username="bob")) == [Team.INTAKE]
    assert custody.teams_of(user=User.objects.get(username="dana")) == [Team.RECORD]
    # A report already in a case is no longer reachable per person from the inbox.
    assert not SealedReportKey.objects.filter(report_id=case_report.pk, holder="staff").exists()

    def persona(name: str) -> Persona:
        user = User.objects.get(username=name)
        user.set_password(STRONG_PASSWORD)
        user.must_change_password = False
        user.save()
        return Persona(user=user, password=STRONG_PASSWORD, totp_secret="")

    # Bob signs in: his per-person copies move to the intake team, and his key gets the pepper.
    bob_persona = persona("bob")
    keypair = accounts.staff_keypair_unlock_or_create(
        user=bob_persona.user, password=STRONG_PASSWORD
    )
    assert keypair.public_key == keys["bob"].public_key
    assert SealedReportKey.objects.filter(report_id=inbox_report.pk, holder="team").exists()
    assert not SealedReportKey.objects.filter(holder="staff").exists()
    assert bob_persona.user.staff_key.peppered
    bob = signed_in_client(bob_persona)
    assert (
        "still in the inbox"
        in bob.get(reverse("intake:report_detail", args=[inbox_report.pk])).content.decode()
    )

    # A caseworker who joins after the upgrade reads the old report.
    erin = create_persona("erin", Role.CASEWORKER, teams=[])
    custody.membership_grant(
        team=Team.INTAKE, user=erin.user, granter=bob_persona.user, granter_keypair=keypair
    )
    assert (
        "still in the inbox"
        in signed_in_client(erin)
        .get(reverse("intake:report_detail", args=[inbox_report.pk]))
        .content.decode()
    )

    # Cora opens the old case through her per-person copy, which moves to the coordinators team.
    cora_persona = persona("cora")
    page = signed_in_client(cora_persona).get(reverse("cases:messages", args=[case_id]))
    assert "inside a case" in page.content.decode()
    assert Case.objects.get(pk=case_id).keys.filter(holder="team").exists()

    # Dana opens the record; the record key moves to the record team.
    dana_persona = persona("dana")
    dana_keypair = custody.staff_key_unlock(user=dana_persona.user, password=STRONG_PASSWORD)
    assert record.record_key_for(user=dana_persona.user, keypair=dana_keypair) == record_key
    assert RecordKey.objects.filter(team_key__isnull=False).exists()
    assert not RecordKey.objects.filter(user__isnull=False).exists()
    assert directory.directory_problems() == []
