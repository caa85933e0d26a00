"""Staff sign-in through the HTTP surface: forced new password, forced TOTP, lockout, expiry."""

from __future__ import annotations

import time

import pyotp
import pytest
from django.urls import reverse

from refuge.accounts import services
from refuge.accounts.models import Role, User
from refuge.accounts.session import LAST_SEEN, REAUTHENTICATED_AT
from refuge.audit.models import AuditEntry
from tests.conftest import STRONG_PASSWORD, CsrfClient, Persona, signed_in_client

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/sign-in/"


def _actions() -> list[str]:
    return list(AuditEntry.objects.order_by("seq").values_list("action", flat=True))


def test_first_sign_in_forces_new_password_then_two_factor_enrolment() -> None:
    user, one_time = services.user_create(actor=None, username="bob", role=Role.CASEWORKER)
    client = CsrfClient()

    response = client.post(LOGIN, {"username": "Bob", "password": one_time})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_first")
    # Every other page waits until the sign-in steps are done.
    for url in ("/", "/accounts/password/", "/accounts/two-factor/"):
        assert client.get(url)["Location"] == reverse("accounts:password_first")

    weak = client.post(
        reverse("accounts:password_first"),
        {"new_password1": "short", "new_password2": "short"},
    )
    assert weak.status_code == 200
    assert b"errorlist" in weak.content
    response = client.post(
        reverse("accounts:password_first"),
        {"new_password1": STRONG_PASSWORD, "new_password2": STRONG_PASSWORD},
    )
    assert response["Location"] == reverse("accounts:totp_enrol")
    assert client.get("/")["Location"] == reverse("accounts:totp_enrol")

    page = client.get(reverse("accounts:totp_enrol"))
    html = page.content.decode()
    assert "<svg" in html  # QR code rendered on the server
    secret = html.split('id="totp-secret">')[1].split("<")[0].replace(" ", "")
    assert (
        client.get(reverse("accounts:totp_enrol"))
        .content.decode()
        .count(" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)))
        == 1
    ), "reloading the page keeps the same pending key"

    wrong = client.post(reverse("accounts:totp_enrol"), {"code": "000000"})
    assert wrong.status_code == 200
    response = client.post(reverse("accounts:totp_enrol"), {"code": pyotp.TOTP(secret).now()})
    assert response["Location"] == reverse("core:home")
    assert client.get("/").status_code == 200

    user.refresh_from_db()
    assert user.has_two_factor and not user.must_change_password
    assert secret.encode() not in bytes(user.totp_secret_encrypted)  # stored encrypted
    assert _actions() == [
        "user.created",
        "user.password_changed",
        "user.two_factor_enrolment_started",
        "user.two_factor_enrolled",
        "user.signed_in",
    ]


def test_sign_in_with_second_factor_and_replayed_code_refused(admin: Persona) -> None:
    client = CsrfClient()
    response = client.post(LOGIN, {"username": "alice", "password": admin.password})
    assert response["Location"] == reverse("accounts:totp_verify")
    assert client.get("/")["Location"] == reverse("accounts:totp_verify")
    code = admin.next_code()
    assert client.post(reverse("accounts:totp_verify"), {"code": code})["Location"] == "/"
    assert client.get("/").status_code == 200

    other = CsrfClient()
    other.post(LOGIN, {"username": "alice", "password": admin.password})
    replay = other.post(reverse("accounts:totp_verify"), {"code": code})
    assert replay.status_code == 200, "a code is accepted once only"
    assert other.get("/").status_code == 302


def test_repeated_failures_lock_the_account_even_for_the_right_password(
    admin: Persona, settings
) -> None:
    client = CsrfClient()
    for _ in range(settings.REFUGE_LOGIN_MAX_FAILURES):
        response = client.post(LOGIN, {"username": "alice", "password": "wrong password"})
        assert response.status_code == 200
    response = client.post(LOGIN, {"username": "alice", "password": admin.password})
    assert "Too many failed attempts" in response.content.decode()
    assert client.get("/").status_code == 302
    assert "user.locked_out" in _actions()

    # The same message for a username that does not exist: nothing tells them apart.
    for _ in range(settings.REFUGE_LOGIN_MAX_FAILURES + 1):
        unknown = client.post(LOGIN, {"username": "nobody", "password": "x"})
    assert "Too many failed attempts" in unknown.content.decode()


def test_lockout_ends_after_its_time(admin: Persona, settings) -> None:
    settings.REFUGE_LOGIN_LOCKOUT_SECONDS = 0
    client = CsrfClient()
    for _ in range(settings.REFUGE_LOGIN_MAX_FAILURES):
        client.post(LOGIN, {"username": "alice", "password": "wrong password"})
    response = client.post(LOGIN, {"username": "alice", "password": admin.password})
    assert response["Location"] == reverse("accounts:totp_verify")


def test_wrong_second_factor_codes_count_towards_lockout(admin: Persona, settings) -> None:
    client = CsrfClient()
    client.post(LOGIN, {"username": "alice", "password": admin.password})
    for _ in range(settings.REFUGE_LOGIN_MAX_FAILURES - 1):
        assert client.post(reverse("accounts:totp_verify"), {"code": "000000"}).status_code == 200
    response = client.post(reverse("accounts:totp_verify"), {"code": "000000"})
    assert response["Location"] == reverse("accounts:login")
    assert services.login_is_locked(username="alice")


def test_idle_session_expires(admin: Persona, settings) -> None:
    client = signed_in_client(admin)
    assert client.get("/").status_code == 200
    session = client.session
    session[LAST_SEEN] = time.time() - settings.REFUGE_IDLE_TIMEOUT_SECONDS - 1
    session.save()
    response = client.get("/")
    assert response["Location"] == reverse("accounts:login")
    assert client.get("/")["Location"].startswith(reverse("accounts:login"))


def test_session_cookie_is_not_persistent(admin: Persona) -> None:
    client = CsrfClient()
    client.post(LOGIN, {"username": "alice", "password": admin.password})
    cookie = client.cookies["sid"]
    assert cookie["expires"] == "" and cookie["max-age"] == ""
    assert cookie["httponly"] and cookie["samesite"] == "Strict"


def test_sensitive_actions_ask_for_the_password_again(admin: Persona) -> None:
    client = signed_in_client(admin, reauthenticated=False)
    url = reverse("accounts:staff_create")
    response = client.get(url)
    assert response["Location"] == f"{reverse('accounts:reauth')}?next=%2Faccounts%2Fstaff%2Fnew%2F"

    wrong = client.post(reverse("accounts:reauth"), {"password": "nope", "next": url})
    assert wrong.status_code == 200
    assert "not right" in wrong.content.decode()
    # An off-site "next" is ignored.
    evil = client.post(
        reverse("accounts:reauth"), {"password": admin.password, "next": "https://evil.example/"}
    )
    assert evil["Location"] == "/"
    assert client.get(url).status_code == 200

    session = client.session
    session[REAUTHENTICATED_AT] = time.time() - 10_000
    session.save()
    assert client.get(url).status_code == 302


def test_password_change_requires_the_old_password(admin: Persona) -> None:
    client = signed_in_client(admin)
    url = reverse("accounts:password_change")
    new = "a different long passphrase 77"
    bad = client.post(url, {"old_password": "wrong", "new_password1": new, "new_password2": new})
    assert bad.status_code == 200
    ok = client.post(
        url, {"old_password": admin.password, "new_password1": new, "new_password2": new}
    )
    assert ok["Location"] == "/"
    assert client.get("/").status_code == 200, "the session survives the change"
    assert User.objects.get(pk=admin.user.pk).check_password(new)


def test_sign_out_needs_post_and_ends_the_session(admin: Persona) -> None:
    client = signed_in_client(admin)
    assert client.get(reverse("accounts:logout")).status_code == 405
    client.post(reverse("accounts:logout"))
    assert client.get("/").status_code == 302


def test_deactivated_account_is_signed_out_and_cannot_sign_in(
    admin: Persona, persona_factory
) -> None:
    bob = persona_factory("bob", Role.CASEWORKER)
    bob_client = signed_in_client(bob)
    assert bob_client.get("/").status_code == 200
    services.user_set_active(actor=admin.user, user=bob.user, active=False)
    assert bob_client.get("/").status_code == 302
    response = CsrfClient().post(LOGIN, {"username": "bob", "password": bob.password})
    assert response.status_code == 200
