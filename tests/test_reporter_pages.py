"""Every reporter page is small, self-contained and usable without JavaScript."""

from __future__ import annotations

import re

import pytest
from django.contrib.staticfiles import finders

from refuge.accounts.models import Role
from tests.conftest import CsrfClient
from tests.hotline_helpers import receipt_from, submit_report

pytestmark = pytest.mark.django_db
PAGE_BUDGET_BYTES = 30 * 1024


def _weight(html: str) -> int:
    """Return the bytes a browser fetches for a page: the HTML and every stylesheet and icon."""
    total = len(html.encode())
    for href in re.findall(r'<link rel="(?:stylesheet|icon)" href="([^"]+)"', html):
        path = finders.find(href.removeprefix("/static/"))
        assert path, href
        with open(path, "rb") as handle:
            total += len(handle.read())
    return total


def _reporter_pages(persona_factory) -> dict[str, str]:
    persona_factory("bob", Role.CASEWORKER, rota=True)
    client = CsrfClient()
    pages = {
        "landing": client.get("/report/").content.decode(),
        "form": client.get("/report/new/").content.decode(),
        "return": client.get("/report/return/").content.decode(),
        "about": client.get("/report/about/").content.decode(),
    }
    sent = submit_report(client, account="A long account. " * 200)
    pages["receipt"] = sent.content.decode()
    receipt = receipt_from(sent)
    client.post("/report/return/", {"receipt": receipt})
    pages["thread"] = client.get("/report/thread/").content.decode()
    pages["form with errors"] = client.post(
        "/report/new/", {"account": ""}, follow=True
    ).content.decode()
    return pages


def test_every_reporter_page_is_at_most_30_kb(persona_factory) -> None:
    for name, html in _reporter_pages(persona_factory).items():
        assert _weight(html) <= PAGE_BUDGET_BYTES, f"{name}: {_weight(html)} bytes"


def test_reporter_pages_need_no_script_font_or_third_party(persona_factory, settings) -> None:
    with open(finders.find("refuge/reporter.css"), encoding="utf-8") as handle:
        css = handle.read()
    assert "@font-face" not in css and "url(" not in css and "@import" not in css
    for name, html in _reporter_pages(persona_factory).items():
        assert "<script" not in html, name
        assert 'class="exit" href="/report/exit/"' in html, name
        assert f"<title>{settings.REFUGE_REPORTER_TITLE}</title>" in html, name
        external = [
            url
            for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
            if url != settings.REFUGE_QUICK_EXIT_URL
        ]
        assert not external, (name, external)
        for field in re.findall(r"<(?:input|textarea)[^>]*>", html):
            if 'type="hidden"' in field or 'type="submit"' in field or 'type="file"' in field:
                continue
            assert 'autocomplete="off"' in field, (name, field)


def test_reporter_cookies_are_session_cookies(persona_factory, settings) -> None:
    persona_factory("bob", Role.CASEWORKER, rota=True)
    client = CsrfClient()
    receipt = receipt_from(submit_report(client, account="cookies"))
    client.post("/report/return/", {"receipt": receipt})
    assert set(client.cookies) >= {"sid", "sk", "csrftoken"}, "neutral names"
    assert not any("refuge" in name for name in client.cookies)
    for cookie in client.cookies.values():
        assert cookie["expires"] == "" and cookie["max-age"] == "", cookie.key
        assert cookie["httponly"], cookie.key
