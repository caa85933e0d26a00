"""Backup codes and the end of sessions after a reset, through the HTTP surface and the CLI."""

from __future__ import annotations

import re

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.urls import reverse

from refuge.accounts import services
from refuge.accounts.models import BackupCode, Role
from refuge.audit.models import AuditEntry
from tests.conftest import CsrfClient, Persona, signed_in_client

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/sign-in/"
CODES = reverse("accounts:backup_codes")
VERIFY = reverse("accounts:totp_verify")


def _codes(response) -> list[str]:
    return re.findall(r"<li>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</li>", response.content.decode())


def _new_codes(persona: Persona) -> list[str]:
    response = signed_in_client(persona).post(CODES)
    assert response.status_code == 200
    codes = _codes(response)
    assert len(set(codes)) == 10
    return codes


def _password_step(persona: Persona) -> CsrfClient:
    client = CsrfClient()
    client.post(LOGIN, {"username": persona.user.username, "password": persona.password})
    return client


def test_a_backup_code_signs_in_once_and_the_page_counts_what_remains(admin: Persona) -> None:
    codes = _new_codes(admin)
    digests = "".join(BackupCode.objects.values_list("digest", flat=True))
    assert not any(c.replace("-", "") in digests for c in codes), "stored only as keyed hashes"

    client = _password_step(admin)
    # Upper case and spaces instead of dashes, as someone copying from paper might type it.
    typed = codes[3].upper().replace("-", " ")
    response = client.post(VERIFY, {"code": typed}, follow=True)
    assert response.redirect_chain[-1] == (CODES, 302)
    page = response.content.decode()
    assert "You signed in with a backup code. 9 backup codes remain." in page
    assert "You have 9 unused backup codes." in page
    assert client.get("/").status_code == 200
    entry = AuditEntry.objects.get(action="user.backup_code_used")
    assert entry.actor_id == admin.user.pk and entry.details == {"remaining": 9}

    again = _password_step(admin)
    reused = again.post(VERIFY, {"code": codes[3]})
    assert reused.status_code == 200 and "not right" in reused.content.decode()
    assert again.get("/").status_code == 302


def test_a_backup_code_is_bound_to_its_owner(admin: Persona, persona_factory) -> None:
    bob = persona_factory("bob", Role.CASEWORKER)
    alice_codes = _new_codes(admin)
    client = _password_step(bob)
    assert client.post(VERIFY, {"code": alice_codes[0]}).status_code == 200
    assert client.get("/").status_code == 302


def test_new_codes_need_the_password_again_and_replace_the_old(admin: Persona) -> None:
    old = _new_codes(admin)
    client = signed_in_client(admin, reauthenticated=False)
    assert "You have 10 unused backup codes." in client.get(CODES).content.decode()
    response = client.post(CODES)
    assert response["Location"].startswith(reverse("accounts:reauth"))
    assert BackupCode.objects.count() == 10

    client.post(reverse("accounts:reauth"), {"password": admin.password, "next": CODES})
    new = _codes(client.post(CODES))
    assert len(new) == 10 and not set(new) & set(old)
    stale = _password_step(admin)
    assert stale.post(VERIFY, {"code": old[0]}).status_code == 200
    fresh = _password_step(admin)
    assert fresh.post(VERIFY, {"code": new[0]})["Location"] == CODES


def test_wrong_backup_codes_count_like_wrong_codes(admin: Persona, settings) -> None:
    client = _password_step(admin)
    for _ in range(settings.REFUGE_LOGIN_MAX_FAILURES):
        response = client.post(VERIFY, {"code": "abcd-efgh-jkmn"})
    assert response["Location"] == reverse("accounts:login")


def _sessions_of(persona: Persona) -> int:
    owner = str(persona.user.pk)
    return sum(s.get_decoded().get("_auth_user_id") == owner for s in Session.objects.all())


def test_a_two_factor_reset_on_the_staff_page_ends_every_session_and_code(
    admin: Persona, persona_factory
) -> None:
    bob = persona_factory("bob", Role.CASEWORKER)
    _new_codes(bob)
    bob_clients = [signed_in_client(bob), signed_in_client(bob), _password_step(bob)]
    assert all(c.get("/").status_code in {200, 302} for c in bob_clients)
    client = signed_in_client(admin)
    assert _sessions_of(bob) == 4  # with the one that made the backup codes
    sessions_before = Session.objects.count()

    response = client.post(reverse("accounts:staff_action", args=[bob.user.pk, "reset-two-factor"]))
    assert response["Location"] == reverse("accounts:staff_detail", args=[bob.user.pk])
    assert _sessions_of(bob) == 0
    assert Session.objects.count() == sessions_before - 4, "only bob's sessions ended"
    for bob_client in bob_clients:
        assert bob_client.get("/")["Location"].startswith(reverse("accounts:login"))
    assert client.get("/").status_code == 200
    assert not BackupCode.objects.filter(user=bob.user).exists()
    assert AuditEntry.objects.get(action="user.sessions_ended").details == {"sessions": 4}


def test_resetting_ones_own_two_factor_signs_one_out_cleanly(admin: Persona) -> None:
    client = signed_in_client(admin)
    response = client.post(
        reverse("accounts:staff_action", args=[admin.user.pk, "reset-two-factor"])
    )
    assert response.status_code == 302
    assert client.get("/")["Location"].startswith(reverse("accounts:login"))
    assert _sessions_of(admin) == 0


@pytest.mark.parametrize("action", ["reset-two-factor", "reset-password"])
def test_command_line_resets_end_the_users_sessions(
    admin: Persona, persona_factory, action: str
) -> None:
    bob = persona_factory("bob", Role.CASEWORKER)
    bob_client = signed_in_client(bob)
    admin_client = signed_in_client(admin)
    call_command("users", action, "bob")
    assert bob_client.get("/")["Location"].startswith(reverse("accounts:login"))
    assert admin_client.get("/").status_code == 200


def test_sessions_end_for_user_leaves_other_sessions_alone(admin: Persona, persona_factory) -> None:
    bob = persona_factory("bob", Role.CASEWORKER)
    signed_in_client(bob)
    alice = signed_in_client(admin)
    reporter = SessionStore()  # an anonymous session, as a reporter's
    reporter["refuge_reporter"] = "x"
    reporter.create()
    assert services.sessions_end_for_user(user=bob.user) == 1
    assert services.sessions_end_for_user(user=bob.user) == 0
    assert alice.get("/").status_code == 200
    assert Session.objects.filter(session_key=reporter.session_key).exists()
    assert AuditEntry.objects.filter(action="user.sessions_ended").count() == 1
