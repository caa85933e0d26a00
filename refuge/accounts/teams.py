"""Writes for key custody as staff see it: granting and revoking teams, the founding account,
the recovery key. Each is audited in its own transaction; the cryptography is refuge.keys."""

from __future__ import annotations

from django.db import transaction

from refuge import crypto
from refuge.accounts.models import User
from refuge.accounts.services import AccountError, sessions_end_for_user
from refuge.audit.services import audit_record
from refuge.keys import custody, recovery
from refuge.keys.directory import KeyDirectoryError


def _refused(exc: Exception) -> AccountError:
    return AccountError(str(exc))


@transaction.atomic
def team_grant(*, actor: User, team: str, user: User, actor_keypair: crypto.KeyPair) -> int:
    """Give ``user`` the team's key, past generations included, from the actor's own copy."""
    try:
        count = custody.membership_grant(
            team=team, user=user, granter=actor, granter_keypair=actor_keypair
        )
    except (custody.CustodyError, KeyDirectoryError, crypto.CryptoError) as exc:
        raise _refused(exc) from exc
    audit_record(
        actor=actor, action="team.granted", target=user, details={"team": team, "keys": count}
    )
    return count


@transaction.atomic
def team_grant_with_recovery(*, team: str, user: User, recovery_keypair: crypto.KeyPair) -> int:
    """Give ``user`` the team's key through the recovery quorum (no member needed); the caller
    rebuilt ``recovery_keypair`` from the shares (refuge.keys.recovery.recovery_keypair)."""
    try:
        count = custody.membership_grant_with_recovery(
            team=team, user=user, recovery_keypair=recovery_keypair
        )
    except (custody.CustodyError, KeyDirectoryError) as exc:
        raise _refused(exc) from exc
    audit_record(
        actor=None,
        action="team.granted_with_recovery",
        target=user,
        details={"team": team, "keys": count},
    )
    return count


@transaction.atomic
def team_revoke(*, actor: User | None, team: str, user: User) -> int | None:
    """Withdraw the team's key from ``user``, rotate it, end their sessions.

    Return the team key's new generation, or None if they held nothing of this team.
    """
    try:
        new_key = custody.membership_revoke(team=team, user=user)
    except (custody.CustodyError, KeyDirectoryError) as exc:
        raise _refused(exc) from exc
    if new_key is None:
        return None
    sessions_end_for_user(user=user)
    audit_record(
        actor=actor,
        action="team.revoked",
        target=user,
        details={"team": team, "new_generation": new_key.generation},
    )
    return new_key.generation


@transaction.atomic
def organisation_found(*, founder: User, founder_password: str) -> list[str]:
    """Make ``founder`` a member of every team, wrapping a keypair under their one-time
    password, so reports sent before anyone signs in are readable at the first sign-in.

    At that sign-in the founder chooses a password and is re-keyed: the one-time password then
    opens nothing.
    """
    keypair = crypto.generate_keypair()
    custody.staff_key_store(user=founder, keypair=keypair, password=founder_password)
    founded = custody.teams_found(founder=founder)
    audit_record(actor=None, action="team.founded", target=founder, details={"teams": founded})
    return founded


@transaction.atomic
def recovery_create(*, threshold: int, shares: int) -> list[str]:
    """Create the organisation's recovery key; return its shares (to show once, never store)."""
    try:
        _row, texts = recovery.recovery_key_create(threshold=threshold, shares=shares)
    except recovery.RecoveryError as exc:
        raise _refused(exc) from exc
    rotated = custody.teams_rotate_without_recovery()
    audit_record(
        actor=None,
        action="recovery_key.created",
        details={"threshold": threshold, "shares": shares, "teams_rotated": rotated},
    )
    return texts


@transaction.atomic
def recovery_split(*, recovery_lines: list[str], threshold: int, shares: int) -> list[str]:
    """Split the existing recovery key anew (e.g. a single key into K of N shares)."""
    try:
        texts = recovery.recovery_resplit(recovery_lines, threshold=threshold, shares=shares)
    except recovery.RecoveryError as exc:
        raise _refused(exc) from exc
    audit_record(
        actor=None, action="recovery_key.split", details={"threshold": threshold, "shares": shares}
    )
    return texts
