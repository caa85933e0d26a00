"""Two faces: a hotline-only host serves the reporter pages and no staff route at all."""

from __future__ import annotations

import pytest

from refuge.accounts.models import Role
from tests.conftest import CsrfClient, signed_in_client
from tests.hotline_helpers import receipt_from, submit_report
from tests.urlmap import PUBLIC_VIEWS, all_view_names, sample_url

pytestmark = pytest.mark.django_db
HOTLINE = "hotlinexyz.onion"
STAFF = "staffxyz.onion"
HOTLINE_VIEWS = {name for name in PUBLIC_VIEWS if name.startswith("intake:")}
HOTLINE_VIEWS |= {"core:healthz", "set_language"}


@pytest.fixture
def faces(settings):
    settings.ALLOWED_HOSTS = [HOTLINE, STAFF, "testserver"]
    settings.REFUGE_HOTLINE_HOSTS = [HOTLINE]


def test_hotline_host_answers_404_on_every_staff_route(faces, admin) -> None:
    clients = {"anonymous": CsrfClient(), "administrator": signed_in_client(admin)}
    staff_routes = [(n, a) for n, a in all_view_names() if n not in HOTLINE_VIEWS]
    assert len(staff_routes) > 30
    for label, client in clients.items():
        for name, args in staff_routes:
            url = sample_url(name, args, user_id=admin.user.pk)
            for method in (client.get, client.post):
                response = method(url, HTTP_HOST=HOTLINE)
                assert response.status_code == 404, (label, name, response.status_code)
                assert b"sign" not in response.content.lower(), (label, name)
        assert client.get("/static/refuge/staff.css", HTTP_HOST=HOTLINE).status_code == 404
        assert client.get("/", HTTP_HOST=HOTLINE).status_code == 404


def test_hotline_host_serves_the_whole_reporter_flow(faces, persona_factory) -> None:
    persona_factory("bob", Role.CASEWORKER, rota=True)
    reporter = CsrfClient(HTTP_HOST=HOTLINE)
    assert reporter.get("/report/").status_code == 200
    assert reporter.get("/static/refuge/reporter.css").status_code == 200
    receipt = receipt_from(submit_report(reporter, account="through the hotline face"))
    page = reporter.post("/report/return/", {"receipt": receipt}, follow=True)
    assert "through the hotline face" in page.content.decode()


def test_staff_host_serves_the_staff_interface(faces, admin) -> None:
    staff = signed_in_client(admin)
    assert staff.get("/inbox/", HTTP_HOST=STAFF).status_code == 200
    assert CsrfClient().get("/accounts/sign-in/", HTTP_HOST=STAFF).status_code == 200
