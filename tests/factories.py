"""Shared personas and test data: staff with their keys and teams, and the recovery key.

Alice owns a case, Bob shares it, Charlie gets 404: build them here, not by hand in each file.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pyotp

from refuge import crypto
from refuge.accounts import services
from refuge.accounts.models import Role, User
from refuge.keys import custody
from refuge.keys.models import Team, TeamKey
from refuge.partners.package import PublicKeys

STRONG_PASSWORD = "correct horse battery staple 42"


@dataclass
class Persona:
    user: User
    password: str
    totp_secret: str

    def next_code(self) -> str:
        """Return a TOTP code for the earliest time step not used yet (codes are single-use).

        The earliest is the previous step, which leaves the current one free for a sign-in with
        the authenticator's code of the moment. The previous step is accepted only until the
        current one ends, so it is never chosen in a step's last two seconds: a code chosen at
        29.9 s was refused at 30.0 s.
        """
        self.user.refresh_from_db()
        last = self.user.totp_last_step
        while True:
            now = time.time()
            if now % 30 > 28:
                time.sleep(30 - now % 30 + 0.01)
                continue
            now_step = int(now // 30)
            for step in range(now_step - 1, now_step + 2):
                if last is None or step > last:
                    return pyotp.TOTP(self.totp_secret).at(step * 30)
            time.sleep(30 - now % 30)  # every usable step is spent: the next one frees a step


# The private keys of the team keys this test session made, by public key: tests play the part
# of a member granting the key, without needing a member's password for each persona.
_TEAM_PRIVATE_KEYS: dict[bytes, crypto.KeyPair] = {}


def team_private_key(team: str) -> tuple[TeamKey, crypto.KeyPair]:
    """Return the team's current key with its private key, making a generation if needed."""
    current = TeamKey.objects.filter(team=team, retired_at__isnull=True).first()
    if current is None:
        created = custody.teams_create()[team]
        _TEAM_PRIVATE_KEYS[created[1].public_key] = created[1]
        return created
    if bytes(current.public_key) not in _TEAM_PRIVATE_KEYS:
        rotated = custody.team_rotate(team)
        _TEAM_PRIVATE_KEYS[rotated[1].public_key] = rotated[1]
        return rotated
    return current, _TEAM_PRIVATE_KEYS[bytes(current.public_key)]


def make_recovery_key() -> str:
    """Create the organisation's recovery key as one share (1 of 1) and return it."""
    from refuge.accounts.teams import recovery_create

    return recovery_create(threshold=1, shares=1)[0]


def join_team(user: User, team: str) -> None:
    team_key, team_private = team_private_key(team)
    custody.membership_seal(team_key=team_key, team_private=team_private, user=user)


def default_teams(role: str, *, rota: bool) -> list[str]:
    """The teams a persona holds, as the rota and the role gave before key custody."""
    teams = {
        Role.COORDINATOR: [Team.COORDINATORS, Team.RECORD],
        Role.ANALYST: [Team.RECORD],
    }.get(role, [])
    return [Team.INTAKE, *teams] if rota else list(teams)


def create_persona(
    username: str, role: str, *, rota: bool = False, teams: list[str] | None = None
) -> Persona:
    """Create an enrolled staff member with their own password and keypair (as after their
    first sign-in), holding ``teams`` (by default: intake if on the rota, and the role's)."""
    user, _ = services.user_create(actor=None, username=username, role=role)
    services.user_change_password(user=user, new_password=STRONG_PASSWORD)
    secret = services.totp_enrolment_secret(user=user)
    persona = Persona(user=user, password=STRONG_PASSWORD, totp_secret=secret)
    assert services.totp_verify(user=user, code=persona.next_code())
    for team in default_teams(role, rota=rota) if teams is None else teams:
        join_team(user, team)
    user.refresh_from_db()
    return persona


def standard_personas() -> dict[str, Persona]:
    """The cast every access test uses, with the recovery key made first:

    - alice, administrator, holds every team;
    - cora, coordinator on the rota (intake, coordinators, record);
    - bob, caseworker on the rota (intake): he shares what Alice or Cora give him;
    - charlie, caseworker holding nothing: every sensitive page answers him 404;
    - dana, analyst (record).
    """
    make_recovery_key()
    return {
        "alice": create_persona("alice", Role.ADMINISTRATOR, teams=list(Team.values)),
        "cora": create_persona("cora", Role.COORDINATOR, rota=True),
        "bob": create_persona("bob", Role.CASEWORKER, rota=True),
        "charlie": create_persona("charlie", Role.CASEWORKER),
        "dana": create_persona("dana", Role.ANALYST),
    }


@dataclass(frozen=True)
class ForeignOrganisation:
    """Another organisation's partner identity, made here: its public keys and private halves."""

    keys: PublicKeys
    signing_seed: bytes
    encryption: crypto.KeyPair


def foreign_organisation() -> ForeignOrganisation:
    seed = crypto.random_key()
    encryption = crypto.generate_keypair()
    keys = PublicKeys(encryption.public_key, crypto.signing_public_key(seed))
    return ForeignOrganisation(keys, seed, encryption)


def partner_keys() -> PublicKeys:
    """Public keys of an invented partner organisation."""
    return foreign_organisation().keys
