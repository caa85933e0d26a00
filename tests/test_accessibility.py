"""Accessibility the HTML itself must get right (the browser tests check the rest)."""

from __future__ import annotations

import re

import pytest
from django.test import RequestFactory
from django.urls import reverse

from refuge.core.views import _error
from tests.conftest import CsrfClient

pytestmark = pytest.mark.django_db


def _missing_described_by(html: str) -> list[str]:
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    wanted = {
        ref for value in re.findall(r'aria-describedby="([^"]*)"', html) for ref in value.split()
    }
    return sorted(wanted - ids)


def test_every_aria_describedby_on_the_hotline_form_names_an_element(questionnaire) -> None:
    client = CsrfClient()
    blank = client.get(reverse("intake:new")).content.decode()
    assert "aria-describedby" in blank
    assert _missing_described_by(blank) == []
    refused = client.post(reverse("intake:new"), {"account": ""}, follow=True).content.decode()
    assert 'aria-invalid="true"' in refused
    assert _missing_described_by(refused) == []


@pytest.mark.parametrize(
    ("status", "context"),
    [
        (400, {}),
        (403, {}),
        (404, {}),
        (500, {}),
        (500, {"integrity": True}),
        (503, {"storage_full": True}),
        (503, {"unavailable": True}),
    ],
)
def test_error_pages_give_a_short_heading_and_the_message_below_it(status, context) -> None:
    request = RequestFactory().get("/")
    html = _error(request, status, **context).content.decode()
    heading = re.search(r"<h1>(.*?)</h1>", html, re.S)
    assert heading is not None
    assert "<p>" not in heading.group(1) and len(heading.group(1).strip()) < 40
    assert re.search(r"</h1>\s*<p>", html)
