"""Who holds a case's key, as key custody changes: hooks key custody calls when someone unlocks
their key for the first time after key custody, leaves the coordinators team, or is re-keyed,
and the recovery quorum sealing cases to a caseworker again (docs/adr/0001-key-custody.md)."""

from __future__ import annotations

from refuge import crypto
from refuge.accounts.models import User
from refuge.cases.models import Assignment, CaseKey
from refuge.cases.services import legacy_copy_move, seal_case_key_to
from refuge.keys import custody
from refuge.keys.models import StaffKey, Team


def legacy_copies_move(user: User, keypair: crypto.KeyPair) -> int:
    """Unlock hook: move every case sealed to this coordinator alone to the coordinators team."""
    if not custody.is_member(user=user, team=Team.COORDINATORS):
        return 0
    assigned = Assignment.objects.filter(user=user).values_list("case_id", flat=True)
    count = 0
    held = CaseKey.objects.filter(holder=CaseKey.Holder.STAFF, user=user).exclude(
        case_id__in=assigned
    )
    for copy in held.select_related("case"):
        try:
            case_key = crypto.unseal(keypair, bytes(copy.sealed))
        except crypto.CryptoError:
            continue
        legacy_copy_move(copy.case, case_key)
        count += 1
    return count


def legacy_copies_withdraw(user: User, team: str) -> int:
    """Revoke hook: leaving the coordinators team takes every case not assigned to them."""
    if team != Team.COORDINATORS:
        return 0
    assigned = Assignment.objects.filter(user=user).values_list("case_id", flat=True)
    deleted, _ = (
        CaseKey.objects.filter(holder=CaseKey.Holder.STAFF, user=user)
        .exclude(case_id__in=assigned)
        .delete()
    )
    return deleted


def case_keys_rekey(user: User, old: crypto.KeyPair, new_key: StaffKey) -> int:
    """Rekey hook: move the case keys sealed to ``user``'s old key to their new one."""
    count = 0
    for copy in CaseKey.objects.filter(holder=CaseKey.Holder.STAFF, user=user):
        case_key = crypto.unseal(old, bytes(copy.sealed))
        copy.sealed = crypto.seal(bytes(new_key.public_key), case_key)
        copy.staff_key = new_key
        copy.save(update_fields=["sealed", "staff_key"])
        count += 1
    return count


def case_keys_reseal_with_recovery(*, user: User, recovery_keypair: crypto.KeyPair) -> int:
    """Seal to a caseworker, again, the case keys of every case they are assigned to."""
    count = 0
    assigned = Assignment.objects.filter(user=user).values_list("case_id", flat=True)
    for copy in CaseKey.objects.filter(holder=CaseKey.Holder.RECOVERY, case_id__in=assigned):
        seal_case_key_to(copy.case, crypto.unseal(recovery_keypair, bytes(copy.sealed)), user)
        count += 1
    return count
