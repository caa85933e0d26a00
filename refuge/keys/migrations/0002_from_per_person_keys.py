"""Move staff keypairs and the recovery key into the key directory, and found the teams.

Before key custody, every report key was sealed to each member of the intake rota, every case
key to each coordinator, and the record key to each analyst and coordinator. Here each of those
people becomes a member of the matching team: a new team keypair is made and its private key
sealed to their existing public key (a public-key operation: no private key is needed). The
per-person copies stay valid; each moves to its team the first time one of its holders unlocks
their key (see refuge.keys.custody.unlock_hooks_run). Every row gets its directory MAC.
"""

from django.db import migrations

from refuge import crypto
from refuge.keys import directory

TEAM_ROLES = {
    "intake": {"administrator", "coordinator", "caseworker"},
    "coordinators": {"administrator", "coordinator"},
    "record": {"administrator", "coordinator", "analyst"},
}


def forward(apps, schema_editor):
    OldKeypair = apps.get_model("accounts", "StaffKeypair")
    OldRecovery = apps.get_model("core", "RecoveryKey")
    StaffKey = apps.get_model("keys", "StaffKey")
    RecoveryKey = apps.get_model("keys", "RecoveryKey")
    TeamKey = apps.get_model("keys", "TeamKey")
    Membership = apps.get_model("keys", "Membership")
    RecordKey = apps.get_model("record", "RecordKey")

    # The earliest recovery key is the one setup made; a later row is what an attacker adds.
    old_recovery = OldRecovery.objects.order_by("created_at", "pk").first()
    recovery = None
    if old_recovery is not None:
        recovery = RecoveryKey(public_key=bytes(old_recovery.public_key), threshold=1, shares=1)
        recovery.created_at = old_recovery.created_at
        recovery.mac = directory.recovery_key_mac(recovery)
        recovery.save()
        if directory.recovery_pin() is None:
            directory.recovery_pin_write(bytes(old_recovery.public_key))

    staff_keys = {}
    for old in OldKeypair.objects.select_related("user"):
        row = StaffKey(
            user_id=old.user_id,
            public_key=bytes(old.public_key),
            wrapped_private_key=bytes(old.wrapped_private_key),
            salt=bytes(old.salt),
            opslimit=old.opslimit,
            memlimit=old.memlimit,
            peppered=False,
            created_at=old.created_at,
        )
        row.mac = directory.staff_key_mac(row)
        row.save()
        staff_keys[old.user_id] = (row, old.user)

    record_holders = set(
        RecordKey.objects.filter(user__isnull=False).values_list("user_id", flat=True)
    )
    members = {
        "intake": [
            uid
            for uid, (_row, user) in staff_keys.items()
            if user.on_intake_rota and user.is_active and user.role in TEAM_ROLES["intake"]
        ],
        "coordinators": [
            uid
            for uid, (_row, user) in staff_keys.items()
            if user.role == "coordinator" and user.is_active
        ],
        "record": [
            uid
            for uid, (_row, user) in staff_keys.items()
            if uid in record_holders and user.role in TEAM_ROLES["record"]
        ],
    }
    for team, user_ids in members.items():
        if not user_ids:
            continue  # the team's first key is made with its first member (`refuge setup`)
        keypair = crypto.generate_keypair()
        team_key = TeamKey(
            team=team,
            generation=1,
            public_key=keypair.public_key,
            recovery_sealed=(
                crypto.seal(bytes(recovery.public_key), keypair.private_key) if recovery else None
            ),
        )
        team_key.mac = directory.team_key_mac(team_key)
        team_key.save()
        for uid in user_ids:
            staff_key = staff_keys[uid][0]
            membership = Membership(
                team_key=team_key,
                staff_key=staff_key,
                user_id=uid,
                sealed_private_key=crypto.seal(bytes(staff_key.public_key), keypair.private_key),
            )
            membership.mac = directory.membership_mac(
                membership, team_key=team_key, staff_key=staff_key
            )
            membership.save()


class Migration(migrations.Migration):
    dependencies = [
        ("keys", "0001_initial"),
        ("accounts", "0002_user_on_intake_rota_staffkeypair"),
        ("core", "0001_initial"),
        ("record", "0002_defaults"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
