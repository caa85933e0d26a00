"""Deny by default, role checks and security headers, over every URL the project defines."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from refuge.accounts.models import Role
from tests.conftest import CsrfClient, signed_in_client
from tests.urlmap import PUBLIC_VIEWS, all_view_names, sample_url

pytestmark = pytest.mark.django_db

ADMIN_ONLY = {
    "accounts:staff_list",
    "accounts:staff_create",
    "accounts:staff_detail",
    "accounts:staff_action",
    "audit:log",
}


def test_every_url_needs_sign_in_unless_public(admin) -> None:
    client = CsrfClient()
    names = all_view_names()
    assert len(names) >= 10
    for name, args in names:
        url = sample_url(name, args, user_id=admin.user.pk)
        response = client.get(url)
        if name in PUBLIC_VIEWS:
            assert response.status_code in {200, 302, 405}, name
            if response.status_code == 302:
                assert not response["Location"].startswith(reverse("accounts:login")), name
        else:
            assert response.status_code == 302, name
            assert response["Location"].startswith(reverse("accounts:login")), name


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.CASEWORKER, Role.ANALYST])
def test_only_administrators_reach_staff_and_audit_pages(role, admin, persona_factory) -> None:
    other = signed_in_client(persona_factory(f"user-{role}", role))
    administrator = signed_in_client(admin)
    for name, args in all_view_names():
        if name not in ADMIN_ONLY:
            continue
        url = sample_url(name, args, user_id=admin.user.pk)
        assert other.get(url).status_code == 403, name
        assert other.post(url, {"role": Role.ANALYST}).status_code == 403, name
        assert administrator.get(url).status_code == 200, name


def test_admin_manages_a_staff_account_end_to_end(admin, persona_factory) -> None:
    client = signed_in_client(admin)
    response = client.post(
        reverse("accounts:staff_create"), {"username": "carol", "role": Role.CASEWORKER}
    )
    html = response.content.decode()
    password = html.split('id="one-time-password">')[1].split("<")[0]
    assert len(password) == 24

    from refuge.accounts.models import User

    carol = User.objects.get(username="carol")
    assert carol.check_password(password) and carol.must_change_password
    for action in ("set-role", "deactivate", "activate", "reset-two-factor", "reset-password"):
        url = reverse("accounts:staff_action", args=[carol.pk, action])
        assert client.get(url).status_code == 200  # a confirmation page, no change yet
        client.post(url, {"role": Role.COORDINATOR})
    carol.refresh_from_db()
    assert carol.role == Role.COORDINATOR and carol.is_active
    assert not carol.check_password(password), "reset-password replaced it"

    # The last administrator cannot lock the organisation out.
    me = reverse("accounts:staff_action", args=[admin.user.pk, "deactivate"])
    client.post(me)
    admin.user.refresh_from_db()
    assert admin.user.is_active
    assert (
        "last active administrator"
        in client.get(reverse("accounts:staff_detail", args=[admin.user.pk])).content.decode()
    )


def test_unknown_staff_account_is_404(admin_client) -> None:
    assert admin_client.get(reverse("accounts:staff_detail", args=[999999])).status_code == 404


def test_post_without_csrf_token_is_refused(admin) -> None:
    client = signed_in_client(admin)
    response = client.post(reverse("accounts:logout"), {"csrfmiddlewaretoken": "forged"})
    assert response.status_code == 403
    assert client.get("/").status_code == 200


EXPECTED_HEADERS = {
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def assert_post_forms_carry_csrf_tokens(html: str, label: str) -> None:
    """The test client adds tokens by itself; real browsers only send what the form holds."""
    for form in re.findall(r"<form[^>]*method=\"post\".*?</form>", html, re.S | re.I):
        assert "csrfmiddlewaretoken" in form, f"{label}: POST form without a CSRF token"


def _assert_secure_headers(response, label: str) -> None:
    for header, value in EXPECTED_HEADERS.items():
        assert response.get(header) == value, (label, header)
    assert "no-store" in response["Cache-Control"], label
    csp = response["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp, label
    assert "unsafe-inline" not in csp and "http" not in csp, label
    if response.get("Content-Type", "").startswith("text/html"):
        html = response.content.decode()
        assert_post_forms_carry_csrf_tokens(html, label)
        assert "<script" not in html, f"{label}: inline or external script"
        assert " style=" not in html and "<style" not in html, f"{label}: inline style"


def test_security_headers_on_every_page(admin, persona_factory) -> None:
    clients = {
        "anonymous": CsrfClient(),
        "administrator": signed_in_client(admin),
        "caseworker": signed_in_client(persona_factory("bob", Role.CASEWORKER)),
    }
    for label, client in clients.items():
        for name, args in all_view_names():
            url = sample_url(name, args, user_id=admin.user.pk)
            _assert_secure_headers(client.get(url), f"{label} {url}")
        _assert_secure_headers(client.get("/no-such-page/"), f"{label} 404")


def test_healthz_answers_without_login() -> None:
    response = CsrfClient().get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_django_stock_origin_check_refuses_null_and_foreign_origins(admin) -> None:
    client = signed_in_client(admin)
    same = client.post(
        reverse("accounts:reauth"), {"password": admin.password}, HTTP_ORIGIN="http://testserver"
    )
    assert same.status_code == 302
    null = client.post(reverse("accounts:reauth"), {"password": admin.password}, HTTP_ORIGIN="null")
    assert null.status_code == 403, "no Origin: null override any more"
    forged = client.post(
        reverse("accounts:reauth"),
        {"password": admin.password, "csrfmiddlewaretoken": "x" * 64},
        HTTP_ORIGIN="http://testserver",
    )
    assert forged.status_code == 403
    other_site = client.post(
        reverse("accounts:reauth"), {"password": admin.password}, HTTP_ORIGIN="https://evil.example"
    )
    assert other_site.status_code == 403
