"""Shared fixtures: personas, a CSRF-enforcing client, a private file store per test."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyotp
import pytest
from django.test import Client

from refuge import crypto
from refuge.accounts import services
from refuge.accounts.models import Role, User
from refuge.accounts.session import (
    LAST_SEEN,
    REAUTHENTICATED_AT,
    SESSION_KEY_CONTEXT,
    SIGNED_IN_AT,
    TWO_FACTOR_PASSED,
    UNLOCK_COOKIE,
    WRAPPED_PRIVATE_KEY,
)
from refuge.keys import custody
from refuge.keys.models import Team, TeamKey

STRONG_PASSWORD = "correct horse battery staple 42"
# What every refused envelope says, whichever way it was damaged (for pytest.raises(match=)).
CRYPTO_FAILURE = "altered|truncated|not a Refuge|does not unwrap|another key"


# Whole files whose tests start browsers, servers or Spark: `make test-fast` leaves them out.
SLOW_FILES = {"test_faults.py", "test_served.py", "test_key_custody_upgrade.py"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = item.path
        if "browser" in path.parts or path.name in SLOW_FILES or "spark" in item.name:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _private_file_store(settings: Any, tmp_path: Any) -> None:
    settings.REFUGE_FILE_STORE = tmp_path / "files"
    settings.REFUGE_RECOVERY_PIN_FILE = tmp_path / "recovery-public-key"
    settings.REFUGE_FIRST_RUN_SECRETS_FILE = tmp_path / "first-run-secrets.txt"


class CsrfClient(Client):
    """A test client that enforces CSRF like a browser and adds the token to every POST."""

    def __init__(self, **defaults: Any) -> None:
        super().__init__(enforce_csrf_checks=True, **defaults)

    def csrf_token(self) -> str:
        if "csrftoken" not in self.cookies:
            self.get("/accounts/sign-in/")
        return self.cookies["csrftoken"].value

    def post(self, path: str, data: Any = None, **extra: Any) -> Any:  # type: ignore[override]
        data = dict(data or {})
        data.setdefault("csrfmiddlewaretoken", self.csrf_token())
        return super().post(path, data, **extra)


@dataclass
class Persona:
    user: User
    password: str
    totp_secret: str

    def next_code(self) -> str:
        """Return a TOTP code for the earliest time step not used yet (codes are single-use)."""
        self.user.refresh_from_db()
        now_step = int(time.time() // 30)
        last = self.user.totp_last_step
        for step in (now_step - 1, now_step, now_step + 1):
            if last is None or step > last:
                return pyotp.TOTP(self.totp_secret).at(step * 30)
        raise AssertionError("three sign-ins in one 30-second window: TOTP steps used up")


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


@pytest.fixture
def persona_factory(db: None) -> Callable[..., Persona]:
    return create_persona


@pytest.fixture
def admin(persona_factory: Callable[[str, str], Persona]) -> Persona:
    return persona_factory("alice", Role.ADMINISTRATOR)


def signed_in_client(persona: Persona, *, reauthenticated: bool = True) -> CsrfClient:
    """Return a client whose session has passed both factors and unlocked the private key."""
    client = CsrfClient()
    client.force_login(persona.user)
    session = client.session
    session[SIGNED_IN_AT] = time.time()
    session[TWO_FACTOR_PASSED] = True
    session[LAST_SEEN] = time.time()
    if reauthenticated:
        session[REAUTHENTICATED_AT] = time.time()
    keypair = services.staff_keypair_unlock(user=persona.user, password=persona.password)
    if keypair is not None:
        cookie_key = crypto.random_key()
        session[WRAPPED_PRIVATE_KEY] = base64.b64encode(
            crypto.encrypt(cookie_key, keypair.private_key, associated_data=SESSION_KEY_CONTEXT)
        ).decode()
        client.cookies[UNLOCK_COOKIE] = crypto.encode_key(cookie_key)
    session.save()
    return client


@pytest.fixture
def admin_client(admin: Persona) -> CsrfClient:
    return signed_in_client(admin)


@pytest.fixture
def questionnaire() -> None:
    """Put back the default questionnaire (a transactional test's flush removes migration data)."""
    from refuge.intake.defaults import install_default_questions
    from refuge.intake.models import Question

    install_default_questions(Question)


@pytest.fixture
def stages() -> None:
    """Put back the default evacuation workflow (a transactional test's flush removes it)."""
    from refuge.cases.defaults import install_default_stages
    from refuge.cases.models import Stage

    install_default_stages(Stage)
