"""Shared fixtures: personas, a CSRF-enforcing client, a private file store per test."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.test import Client
from django.utils import translation

from refuge.accounts import services
from refuge.accounts.models import Role
from refuge.accounts.session import (
    LAST_SEEN,
    REAUTHENTICATED_AT,
    SIGNED_IN_AT,
    TWO_FACTOR_PASSED,
    UNLOCK_COOKIE,
    WRAPPED_PRIVATE_KEY,
    private_key_split,
)
from tests.factories import (  # noqa: F401  (re-exported)
    STRONG_PASSWORD,
    Persona,
    create_persona,
    default_teams,
    foreign_organisation,
    join_team,
    make_recovery_key,
    partner_keys,
    standard_personas,
    team_private_key,
)

# What every refused envelope says, whichever way it was damaged (for pytest.raises(match=)).
CRYPTO_FAILURE = "altered|truncated|not a Refuge|does not unwrap|another key"


# Whole files whose tests start browsers, servers or Spark: `make test-fast` leaves them out.
SLOW_FILES = {"test_faults.py", "test_served.py", "test_key_custody_upgrade.py"}
# Files whose tests time what they check (kills and restarts mid-request, latency under slow
# uploads, nginx's buffering of a slow download): they run alone after the rest has run on both
# cores, so a busy neighbour never skews them.
TIMED_FILES = {"test_faults.py", "test_availability.py", "test_nginx.py"}
# Files whose tests read every file the machine's temp directories hold (recent_temp_files):
# alone too, or another process's work in progress would be taken for what they left behind.
SHARED_TEMP_FILES = {"test_served.py"}
# What these check does not depend on the database (pages as a browser renders them; files two
# instances exchange, whose services the in-process tests run on both databases; Spark linking
# CSV files): the PostgreSQL pass leaves them out to keep `make test` near its time budget.
ONCE_FILES = {"test_referrals.py"}
# Files whose tests that ask for no database compute only (text extraction, estimation, linkage,
# cryptography, formatting, the layering rule), or serve an instance pinned to SQLite
# (`database_url=""`): the PostgreSQL pass would repeat the very same work. pytest-django refuses
# any database access to a test that did not ask for it, so none of them can reach the database
# unnoticed; the tests in these files that do ask for it still run on both. Left out on purpose:
# test_sandbox.py (reads the database's path), test_demo.py (checks the database engine),
# test_faults.py and test_nginx.py (their served instances use the suite's database).
DATABASE_FREE_FILES = {
    "test_availability.py",
    "test_crypto.py",
    "test_deploy_check.py",
    "test_dga.py",
    "test_disclosure.py",
    "test_estimation.py",
    "test_findings_methods.py",
    "test_formatting.py",
    "test_languages.py",
    "test_layers.py",
    "test_lcmcr.py",
    "test_linkage.py",
    "test_media.py",
    "test_pprl.py",
    "test_properties.py",
    "test_served.py",
    "test_staff_language.py",
}
# Fixtures through which a test reaches the test database (pytest-django's, and the live server).
DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
}


def asks_for_the_database(item: pytest.Item) -> bool:
    fixtures = set(getattr(item, "fixturenames", ()))
    return item.get_closest_marker("django_db") is not None or bool(fixtures & DATABASE_FIXTURES)


def runs_once(item: pytest.Item) -> bool:
    path = item.path
    if "browser" in path.parts or path.name in ONCE_FILES or "spark" in item.name:
        return True
    return path.name in DATABASE_FREE_FILES and not asks_for_the_database(item)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = item.path
        if "browser" in path.parts or path.name in SLOW_FILES or "spark" in item.name:
            item.add_marker(pytest.mark.slow)
        if path.name in TIMED_FILES | SHARED_TEMP_FILES:
            item.add_marker(pytest.mark.serial)
        if "browser" in path.parts:
            item.add_marker(pytest.mark.browser)
        if runs_once(item):
            item.add_marker(pytest.mark.once)


@pytest.fixture(autouse=True)
def _private_file_store(settings: Any, tmp_path: Any) -> None:
    settings.REFUGE_FILE_STORE = tmp_path / "files"
    settings.REFUGE_RECOVERY_PIN_FILE = tmp_path / "recovery-public-key"
    settings.REFUGE_FIRST_RUN_SECRETS_FILE = tmp_path / "first-run-secrets.txt"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """A request in Russian leaves Russian active in its thread, and the next test on that
    worker would read Russian messages where it expects English."""
    yield
    translation.deactivate()


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


@pytest.fixture
def persona_factory(db: None) -> Callable[..., Persona]:
    return create_persona


@pytest.fixture
def personas(db: None, questionnaire: None, stages: None) -> dict[str, Persona]:
    """Alice, Cora, Bob, Charlie and Dana (tests/factories.py says who holds what)."""
    return standard_personas()


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
        session[WRAPPED_PRIVATE_KEY], client.cookies[UNLOCK_COOKIE] = private_key_split(keypair)
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
def gazetteer() -> None:
    """Put back the record's act types and places (a transactional test's flush removes them)."""
    from refuge.record.defaults import install_defaults
    from refuge.record.models import ActType, Place

    install_defaults(ActType, Place)


@pytest.fixture
def stages() -> None:
    """Put back the default evacuation workflow (a transactional test's flush removes it)."""
    from refuge.cases.defaults import install_default_stages
    from refuge.cases.models import Stage

    install_default_stages(Stage)
