"""/report/about/: the published onion address and the organisation's verification text."""

from __future__ import annotations

import pytest

from refuge.intake.about_views import onion_groups
from tests.conftest import CsrfClient

pytestmark = pytest.mark.django_db

ONION = "vww6ybal4bd7szmgncyruucpgfkqahzddi37ktceo3ah7ngmcopnpyyd.onion"


def test_about_shows_the_onion_address_in_groups_and_the_text(settings) -> None:
    settings.REFUGE_ONION_ADDRESS = ONION
    settings.REFUGE_VERIFICATION_TEXT = "Also on example.org/contact.\n<b>Ends in pyyd</b>"
    html = CsrfClient().get("/report/about/").content.decode()
    assert 'id="onion">vww6 ybal 4bd7 ' in html
    assert "pyyd .onion</p>" in html
    assert "Also on example.org/contact." in html
    assert "<b>" not in html and "&lt;b&gt;Ends in pyyd&lt;/b&gt;" in html  # plain text only
    assert "<script" not in html


def test_about_without_an_onion_address_says_so(settings) -> None:
    settings.REFUGE_ONION_ADDRESS = ""
    settings.REFUGE_VERIFICATION_TEXT = ""
    html = CsrfClient().get("/report/about/").content.decode()
    assert 'id="onion"' not in html and 'id="verification"' not in html
    assert "has not published an onion address" in html


def test_the_landing_page_links_to_it() -> None:
    assert 'href="/report/about/"' in CsrfClient().get("/report/").content.decode()


def test_about_in_russian(settings) -> None:
    settings.REFUGE_ONION_ADDRESS = ONION
    html = CsrfClient(HTTP_ACCEPT_LANGUAGE="ru").get("/report/about/").content.decode()
    assert "настоящую горячую линию" in html


def test_onion_groups_accept_a_url() -> None:
    assert onion_groups("http://ABCDefgh.onion/report/") == ["abcd", "efgh", ".onion"]
    assert onion_groups("") == []
