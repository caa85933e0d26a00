"""The record key: sealed to the record team (refuge.keys) and to the recovery key."""

from __future__ import annotations

import json
from typing import Any

from django.db import transaction

from refuge import crypto
from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.crypto.contexts import associated_data
from refuge.keys import custody
from refuge.keys.directory import KeyDirectoryError
from refuge.keys.models import Team
from refuge.record.models import (
    RecordKey,
)
from refuge.record.services.common import RecordAccessError


@transaction.atomic
def record_key_for(*, user: User, keypair: crypto.KeyPair) -> bytes:
    """Return the record key through the user's record-team membership; the very first time,
    create it.

    A copy sealed to this person alone (from before key custody) opens too, and is moved to the
    record team on the way.
    """
    team_copy = RecordKey.objects.select_related("team_key").filter(team_key__isnull=False).first()
    legacy = RecordKey.objects.filter(user=user).first()
    try:
        if team_copy is not None and team_copy.team_key is not None:
            return custody.open_team_sealed(
                user=user, keypair=keypair, team_key=team_copy.team_key, sealed=team_copy.sealed
            )
        if legacy is not None:
            key = crypto.unseal(keypair, bytes(legacy.sealed))
            _legacy_copies_move(key)
            return key
    except (custody.CustodyError, KeyDirectoryError) as exc:
        raise RecordAccessError("no copy of the record key is sealed to you") from exc
    if RecordKey.objects.exists():
        raise RecordAccessError("no copy of the record key is sealed to you")
    if not custody.is_member(user=user, team=Team.RECORD):
        raise RecordAccessError("only members of the record team open the record")
    key = crypto.random_key()
    _seal_record_key(key)
    audit_record(actor=user, action="record.key_created")
    return key


def _seal_record_key(key: bytes) -> None:
    team_key, sealed = custody.seal_to_team(team=Team.RECORD, secret=key)
    RecordKey.objects.create(team_key=team_key, sealed=sealed)
    recovery = custody.recovery_seal(key)
    if recovery is not None and not RecordKey.objects.filter(recovery=True).exists():
        RecordKey.objects.create(recovery=True, sealed=recovery)


def _legacy_copies_move(key: bytes) -> None:
    if not RecordKey.objects.filter(team_key__isnull=False).exists():
        _seal_record_key(key)
    RecordKey.objects.filter(user__isnull=False).delete()


def legacy_copies_move(user: User, keypair: crypto.KeyPair) -> int:
    """Unlock hook: move the record key sealed to ``user`` alone to the record team."""
    legacy = RecordKey.objects.filter(user=user).first()
    if legacy is None or not custody.is_member(user=user, team=Team.RECORD):
        return 0
    try:
        key = crypto.unseal(keypair, bytes(legacy.sealed))
    except crypto.CryptoError:
        return 0
    with transaction.atomic():
        _legacy_copies_move(key)
    return 1


def legacy_copies_withdraw(user: User, team: str) -> int:
    """Revoke hook: leaving the record team takes the per-person copy too."""
    if team != Team.RECORD:
        return 0
    return RecordKey.objects.filter(user=user).delete()[0]


def _envelope(key: bytes, kind: str, object_id: Any, value: dict[str, Any]) -> bytes:
    return crypto.encrypt(
        key,
        json.dumps(value).encode(),
        associated_data=associated_data("record.field", kind=kind, object=object_id),
    )


def open_envelope(
    key: bytes, kind: str, object_id: Any, envelope: bytes | memoryview | None
) -> dict[str, Any]:
    if envelope is None or not bytes(envelope):
        return {}  # nothing stored: no identity (statistics-only consent, a shredded case)
    loaded: dict[str, Any] = json.loads(
        crypto.decrypt(
            key,
            bytes(envelope),
            associated_data=associated_data("record.field", kind=kind, object=object_id),
        )
    )
    return loaded
