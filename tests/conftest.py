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
    SIGNED_IN_AT,
    TWO_FACTOR_PASSED,
    UNLOCK_COOKIE,
    WRAPPED_PRIVATE_KEY,
)

STRONG_PASSWORD = "correct horse battery staple 42"


@pytest.fixture(autouse=True)
def _private_file_store(settings: Any, tmp_path: Any) -> None:
    settings.REFUGE_FILE_STORE = tmp_path / "files"


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


def create_persona(username: str, role: str, *, rota: bool = False) -> Persona:
    """Create an enrolled staff member with their own password and keypair (as after their
    first sign-in)."""
    user, _ = services.user_create(actor=None, username=username, role=role, on_intake_rota=rota)
    services.user_change_password(user=user, new_password=STRONG_PASSWORD)
    secret = services.totp_enrolment_secret(user=user)
    persona = Persona(user=user, password=STRONG_PASSWORD, totp_secret=secret)
    assert services.totp_verify(user=user, code=persona.next_code())
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
            crypto.encrypt(cookie_key, keypair.private_key)
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
