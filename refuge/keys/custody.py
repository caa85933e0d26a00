"""Who holds which key, and every seal and unseal that follows from it.

The apps never seal keys to people themselves: they ask this module to seal a secret to a team
(the ``intake`` team for new reports, ``coordinators`` for cases, ``record`` for the record
key), to one staff member (an assigned caseworker), or to the organisation's recovery key, and
to open what was sealed. A team's private key is held by each member as a copy sealed to their
own staff key, so a member who joins reads everything the team holds, past included, and a
member who leaves loses their copy while the team moves to a new key for what comes next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.utils import timezone

from refuge import crypto
from refuge.crypto.contexts import associated_data
from refuge.keys import directory
from refuge.keys.directory import KeyDirectoryError
from refuge.keys.models import Membership, StaffKey, Team, TeamKey
from refuge.keys.server import kdf_cost, server_subkeys

__all__ = ["KeyDirectoryError"]

# Which roles may hold which team key. Analysts never hold intake or coordinators: they work on
# the record only. Administrators may, so the founding account can bootstrap every team.
TEAM_ROLES: dict[str, frozenset[str]] = {
    Team.INTAKE: frozenset({"administrator", "coordinator", "caseworker"}),
    Team.COORDINATORS: frozenset({"administrator", "coordinator"}),
    Team.RECORD: frozenset({"administrator", "coordinator", "analyst"}),
}


class CustodyError(Exception):
    """A key-custody request that cannot be carried out; the message is for the user."""


def teams_allowed_for(role: str) -> set[str]:
    return {team for team, roles in TEAM_ROLES.items() if role in roles}


# --- Staff keys: private keys wrapped with Argon2id(password) and the server pepper ---


def _wrap_context(user_id: int) -> bytes:
    return associated_data("keys.staff-key", user=user_id)


def _wrapping_keys(password: str, row: StaffKey) -> list[bytes]:
    """The wrapping key under the current pepper, then under the previous server key's pepper
    while a server-key rotation's window is open."""
    cost = crypto.KdfCost(opslimit=row.opslimit, memlimit=row.memlimit)
    stretched = crypto.derive_key_from_secret(password, bytes(row.salt), cost)
    if not row.peppered:
        return [stretched]
    # The pepper lives with the server key, not in the database: a stolen database or backup
    # gives an attacker nothing to test password guesses against.
    return [crypto.keyed_hash(pepper, stretched) for pepper in server_subkeys("staff-pepper")]


def staff_key_store(*, user: Any, keypair: crypto.KeyPair, password: str) -> StaffKey:
    """Wrap ``keypair`` under ``password`` as the user's staff key (the row keeps its id)."""
    cost = kdf_cost()
    row = StaffKey.objects.filter(user=user).first() or StaffKey(user=user)
    row.public_key = keypair.public_key
    row.salt = crypto.random_salt()
    row.opslimit = cost.opslimit
    row.memlimit = cost.memlimit
    row.peppered = True
    row.created_at = timezone.now()
    row.wrapped_private_key = crypto.encrypt(
        _wrapping_keys(password, row)[0],
        keypair.private_key,
        associated_data=_wrap_context(user.pk),
    )
    row.mac = directory.staff_key_mac(row)
    row.save()
    return row


def staff_key_unlock(*, user: Any, password: str) -> crypto.KeyPair | None:
    """Return the user's keypair unwrapped with ``password``, or None if they have none.

    Raises CryptoError for a wrong password and KeyDirectoryError for an altered row.
    """
    row = StaffKey.objects.filter(user=user).first()
    if row is None:
        return None
    directory.staff_key_verified(row)
    private_key = None
    for position, wrapping_key in enumerate(_wrapping_keys(password, row)):
        try:
            private_key = crypto.decrypt(
                wrapping_key,
                bytes(row.wrapped_private_key),
                associated_data=_wrap_context(user.pk),
            )
        except crypto.CryptoError:
            continue
        current = position == 0 and row.peppered
        break
    if private_key is None:
        raise crypto.CryptoError("the password does not unwrap this staff key")
    keypair = crypto.keypair_from_private(private_key)
    if keypair.public_key != bytes(row.public_key):
        raise KeyDirectoryError(f"staff key of user {user.pk} does not match its public key")
    if not current:  # no pepper yet, or the previous server key's: wrap under today's
        staff_key_store(user=user, keypair=keypair, password=password)
    return keypair


def staff_key_retire(*, user: Any) -> int | None:
    """Destroy the user's staff key and every copy sealed to it; return the memberships lost
    (None if they had no key)."""
    memberships = Membership.objects.filter(user=user).count()
    deleted, _ = StaffKey.objects.filter(user=user).delete()  # cascades to every sealed copy
    return memberships if deleted else None


def staff_key_verified_for(user: Any) -> StaffKey:
    row = StaffKey.objects.filter(user=user).first()
    if row is None:
        raise CustodyError(f"{user.username} has no key yet")
    return directory.staff_key_verified(row)


def seal_to_staff(*, user: Any, secret: bytes) -> tuple[StaffKey, bytes]:
    """Seal ``secret`` to one staff member's authenticated public key."""
    row = staff_key_verified_for(user)
    return row, crypto.seal(bytes(row.public_key), secret)


# Apps that hold copies sealed to a staff key register here how to re-seal them when that
# person is re-keyed (this module may not import them: they sit above it).
RekeyHook = Callable[[Any, crypto.KeyPair, StaffKey], int]
_rekey_hooks: list[RekeyHook] = []


def register_rekey_hook(hook: RekeyHook) -> None:
    if hook not in _rekey_hooks:
        _rekey_hooks.append(hook)


def staff_key_replace(
    *, user: Any, old: crypto.KeyPair, password: str
) -> tuple[crypto.KeyPair, int]:
    """Give the user a new keypair wrapped with ``password`` and re-seal every copy they hold
    under ``old`` to it; return the new keypair and how many copies were re-sealed.

    Afterwards the old private key, and an old password with an old backup, open nothing
    stored from now on.
    """
    with transaction.atomic():
        new = crypto.generate_keypair()
        row = staff_key_store(user=user, keypair=new, password=password)
        count = 0
        for membership in Membership.objects.filter(user=user).select_related("team_key"):
            team_private = crypto.unseal(old, bytes(membership.sealed_private_key))
            membership.sealed_private_key = crypto.seal(new.public_key, team_private)
            membership.staff_key = row
            membership.mac = directory.membership_mac(
                membership, team_key=membership.team_key, staff_key=row
            )
            membership.save(update_fields=["sealed_private_key", "staff_key", "mac"])
            count += 1
        for hook in _rekey_hooks:
            count += hook(user, old, row)
    return new, count


def staff_key_rotate(*, user: Any, password: str) -> tuple[crypto.KeyPair, int]:
    """Re-key a person who gives their password (after a suspected compromise)."""
    old = staff_key_unlock(user=user, password=password)
    if old is None:
        raise CustodyError(f"{user.username} has no key yet")
    return staff_key_replace(user=user, old=old, password=password)


# When a person unlocks their key, apps move what was sealed to them alone (before key custody)
# to their team, where everyone who should can read it.
UnlockHook = Callable[[Any, crypto.KeyPair], int]
_unlock_hooks: list[UnlockHook] = []


def register_unlock_hook(hook: UnlockHook) -> None:
    if hook not in _unlock_hooks:
        _unlock_hooks.append(hook)


def unlock_hooks_run(*, user: Any, keypair: crypto.KeyPair) -> int:
    with transaction.atomic():
        return sum(hook(user, keypair) for hook in _unlock_hooks)


# --- Team keys ---


def _team_key_create(team: str, generation: int) -> tuple[TeamKey, crypto.KeyPair]:
    keypair = crypto.generate_keypair()
    recovery = directory.recovery_key_verified()
    row = TeamKey(
        team=team,
        generation=generation,
        public_key=keypair.public_key,
        recovery_sealed=(
            crypto.seal(bytes(recovery.public_key), keypair.private_key) if recovery else None
        ),
    )
    row.mac = directory.team_key_mac(row)
    row.save()
    return row, keypair


@transaction.atomic
def teams_create() -> dict[str, tuple[TeamKey, crypto.KeyPair]]:
    """Create the first key of every team that has none; return those keypairs (only now)."""
    created = {}
    for team in Team.values:
        if not TeamKey.objects.filter(team=team).exists():
            created[team] = _team_key_create(team, 1)
    return created


@transaction.atomic
def teams_found(*, founder: Any) -> list[str]:
    """Make ``founder`` a member of every team that has no member yet; return those teams.

    A team with a key but no member (nobody can open it) starts a new generation for them.
    """
    founded = []
    for team in Team.values:
        current = TeamKey.objects.filter(team=team, retired_at__isnull=True).first()
        if current is not None and Membership.objects.filter(team_key=current).exists():
            continue
        if current is not None:
            current.retired_at = timezone.now()
            current.save(update_fields=["retired_at"])
        generation = current.generation + 1 if current is not None else 1
        team_key, team_private = _team_key_create(team, generation)
        membership_seal(team_key=team_key, team_private=team_private, user=founder)
        founded.append(team)
    return founded


def team_key_current(team: str) -> TeamKey:
    """Return the team's current, authenticated key (creating the first if none exists)."""
    rows = list(TeamKey.objects.filter(team=team, retired_at__isnull=True)[:2])
    if not rows and not TeamKey.objects.filter(team=team).exists():
        # No team key at all yet (an instance set up without `refuge setup`): material sealed
        # to it can be re-granted with the recovery quorum.
        return teams_create()[team][0]
    if len(rows) != 1:
        raise KeyDirectoryError(f"the {team} team has {len(rows)} current keys")
    return directory.team_key_verified(rows[0])


def seal_to_team(*, team: str, secret: bytes) -> tuple[TeamKey, bytes]:
    """Seal ``secret`` to the team's current authenticated key."""
    row = team_key_current(team)
    return row, crypto.seal(bytes(row.public_key), secret)


def team_keypair(*, user: Any, keypair: crypto.KeyPair, team_key: TeamKey) -> crypto.KeyPair:
    """Return the private key of ``team_key`` through the user's membership, or raise."""
    membership = (
        Membership.objects.select_related("team_key", "staff_key")
        .filter(team_key=team_key, user=user)
        .first()
    )
    if membership is None:
        raise CustodyError(f"{user.username} is not a member of the {team_key.team} team")
    directory.membership_verified(membership)
    directory.team_key_verified(membership.team_key)
    team_private = crypto.unseal(keypair, bytes(membership.sealed_private_key))
    team = crypto.keypair_from_private(team_private)
    if team.public_key != bytes(team_key.public_key):
        raise KeyDirectoryError(f"membership of {user.pk} opens another key than {team_key}")
    return team


def open_team_sealed(
    *, user: Any, keypair: crypto.KeyPair, team_key: TeamKey, sealed: bytes | memoryview
) -> bytes:
    team = team_keypair(user=user, keypair=keypair, team_key=team_key)
    return crypto.unseal(team, bytes(sealed))


def is_member(*, user: Any, team: str) -> bool:
    """Whether the user holds the team's current key (for showing pages; opening checks more)."""
    return Membership.objects.filter(
        user=user, team_key__team=team, team_key__retired_at__isnull=True
    ).exists()


def teams_of(*, user: Any) -> list[str]:
    return sorted(
        set(
            Membership.objects.filter(user=user, team_key__retired_at__isnull=True).values_list(
                "team_key__team", flat=True
            )
        )
    )


def team_member_ids(team: str) -> set[int]:
    return set(
        Membership.objects.filter(
            team_key__team=team, team_key__retired_at__isnull=True
        ).values_list("user_id", flat=True)
    )


# --- Memberships ---


def membership_seal(*, team_key: TeamKey, team_private: crypto.KeyPair, user: Any) -> Membership:
    """Seal one generation of a team's private key to the user's authenticated staff key."""
    staff = staff_key_verified_for(user)
    membership = Membership.objects.filter(team_key=team_key, user=user).first() or Membership(
        team_key=team_key, user=user
    )
    membership.staff_key = staff
    membership.sealed_private_key = crypto.seal(bytes(staff.public_key), team_private.private_key)
    membership.granted_at = timezone.now()
    membership.mac = directory.membership_mac(membership, team_key=team_key, staff_key=staff)
    membership.save()
    return membership


def _check_may_hold(team: str, user: Any) -> None:
    if team not in TEAM_ROLES:
        raise CustodyError(f"unknown team: {team}")
    if not user.is_active or user.role not in TEAM_ROLES[team]:
        raise CustodyError(f"a {user.role} cannot hold the {team} team key")


def membership_grant(*, team: str, user: Any, granter: Any, granter_keypair: crypto.KeyPair) -> int:
    """Give ``user`` every generation of the team key that ``granter`` holds; return how many.

    Only a current member can grant, with their own unlocked key: an administrator who is not a
    member has nothing to give.
    """
    _check_may_hold(team, user)
    if not is_member(user=granter, team=team):
        raise CustodyError(f"{granter.username} is not a member of the {team} team")
    count = 0
    held = Membership.objects.filter(user=granter, team_key__team=team).select_related("team_key")
    for membership in held:
        team_private = team_keypair(
            user=granter, keypair=granter_keypair, team_key=membership.team_key
        )
        membership_seal(team_key=membership.team_key, team_private=team_private, user=user)
        count += 1
    return count


def membership_grant_with_recovery(
    *, team: str, user: Any, recovery_keypair: crypto.KeyPair
) -> int:
    """Give ``user`` every generation of the team key through the recovery key's copies."""
    _check_may_hold(team, user)
    count = 0
    for team_key in TeamKey.objects.filter(team=team, recovery_sealed__isnull=False):
        directory.team_key_verified(team_key)
        team_private = crypto.keypair_from_private(
            crypto.unseal(recovery_keypair, bytes(team_key.recovery_sealed or b""))
        )
        membership_seal(team_key=team_key, team_private=team_private, user=user)
        count += 1
    if not count:
        raise CustodyError(f"the recovery key holds no {team} team key")
    return count


RevokeHook = Callable[[Any, str], int]
_revoke_hooks: list[RevokeHook] = []


def register_revoke_hook(hook: RevokeHook) -> None:
    """Apps holding per-person copies of what a team holds withdraw them when someone leaves."""
    if hook not in _revoke_hooks:
        _revoke_hooks.append(hook)


def membership_revoke(*, team: str, user: Any) -> TeamKey | None:
    """Destroy the user's copies of the team key and rotate it; return the new key.

    None if the user held nothing of this team. Material sealed from now on uses the new key,
    which the remaining members (and the recovery key) receive at once.
    """
    deleted, _ = Membership.objects.filter(user=user, team_key__team=team).delete()
    withdrawn = sum(hook(user, team) for hook in _revoke_hooks)
    if not deleted and not withdrawn:
        return None
    return team_rotate(team)[0]


def team_rotate(team: str) -> tuple[TeamKey, crypto.KeyPair]:
    """Start a new generation of the team key, sealed to every remaining member; return it
    with its private key (for this caller's memory only)."""
    current = team_key_current(team)
    remaining = list(
        Membership.objects.filter(team_key=current).select_related("user").order_by("user_id")
    )
    current.retired_at = timezone.now()
    current.save(update_fields=["retired_at"])
    new_key, new_private = _team_key_create(team, current.generation + 1)
    for membership in remaining:
        membership_seal(team_key=new_key, team_private=new_private, user=membership.user)
    return new_key, new_private


def teams_rotate_without_recovery() -> list[str]:
    """Rotate every team whose current key has no recovery copy (a recovery key made after
    the team): what is sealed from now on can be restored with the recovery shares."""
    rotated = []
    for team_key in TeamKey.objects.filter(retired_at__isnull=True, recovery_sealed__isnull=True):
        team_rotate(team_key.team)
        rotated.append(team_key.team)
    return rotated


def recovery_seal(secret: bytes) -> bytes | None:
    """Seal ``secret`` to the authenticated recovery key; None if the organisation has none."""
    recovery = directory.recovery_key_verified()
    return crypto.seal(bytes(recovery.public_key), secret) if recovery else None
