"""The case page in sections, the queue, home and search in Chromium with JavaScript off:
at 1280 px and at 360 px (no sideways scrolling), in English and in Russian.

Each page is also checked for what an accessibility checker looks at first: one h1, headings
that do not skip a level, unique ids, and every aria-describedby pointing at an id that exists.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.cases.models import Case, ChecklistItem
from refuge.intake.models import Report
from tests.conftest import CsrfClient, create_persona, make_recovery_key, signed_in_client
from tests.hotline_helpers import submit_report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MARKUP_PROBLEMS = """() => {
  const problems = [];
  const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
  const seen = new Set();
  for (const id of ids) { if (seen.has(id)) problems.push('duplicate id ' + id); seen.add(id); }
  for (const e of document.querySelectorAll('[aria-describedby]')) {
    for (const id of e.getAttribute('aria-describedby').split(/\\s+/)) {
      if (id && !document.getElementById(id)) problems.push('aria-describedby ' + id);
    }
  }
  const levels = [...document.querySelectorAll('main h1, main h2, main h3, main h4')]
    .map(h => Number(h.tagName[1]));
  if (levels.filter(l => l === 1).length !== 1) problems.push('h1 count');
  for (let i = 1; i < levels.length; i++) {
    if (levels[i] > levels[i - 1] + 1) problems.push('heading skips to h' + levels[i]);
  }
  for (const input of document.querySelectorAll(
      'main input:not([type=hidden]):not([type=submit]), main select, main textarea')) {
    const labelled = input.labels && input.labels.length || input.getAttribute('aria-label');
    if (!labelled) problems.push('unlabelled ' + (input.name || input.id));
  }
  return problems;
}"""


def _shot(page, name: str) -> None:
    target = os.environ.get("REFUGE_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(target) / f"{name}.png"), full_page=True)


@pytest.fixture
def world(questionnaire, stages):
    make_recovery_key()
    cora = create_persona("cora", Role.COORDINATOR)
    bob = create_persona("bob", Role.CASEWORKER, rota=True)
    create_persona("erin", Role.CASEWORKER)
    submit_report(
        CsrfClient(),
        account="They detained me at the Argun checkpoint and took my phone. "
        "My brother Ruslan knows where I am.",
        q_where="Argun",
    )
    report = Report.objects.get()
    client = signed_in_client(bob)
    client.post(reverse("cases:open_from_report", args=[report.pk]))
    case = Case.objects.get()
    for name, data in (
        ("reply", {"report": report.pk, "body": "We read you. Reply when you are alone."}),
        ("note", {"body": "Spoke to the brother; a safe flat is free from Friday."}),
        ("assign", None),
    ):
        case.refresh_from_db()
        actor = signed_in_client(cora) if name == "assign" else client
        payload = data or {"user": bob.user.pk}
        actor.post(
            reverse("cases:action", args=[case.pk, name]), {"version": case.version, **payload}
        )
    item = ChecklistItem.objects.filter(case=case).first()
    case.refresh_from_db()
    client.post(
        reverse("cases:action", args=[case.pk, "checklist"]),
        {"version": case.version, "item": item.pk, "change": "due", "due": "2020-03-01"},
    )
    return {"bob": bob, "case": case, "report": report}


def _signed_in_context(launch_browser, base: str, persona, width: int):
    """A browser context carrying a signed-in session (no TOTP step used per test)."""
    client = signed_in_client(persona)
    context = launch_browser(javascript=False, width=width)
    context.add_cookies(
        [{"name": c.key, "value": c.value, "url": base} for c in client.cookies.values()]
    )
    return context


def _check(page, width: int, url: str, assert_accessible=None) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width, (
        f"{url} scrolls sideways at {width} px"
    )
    assert page.evaluate(MARKUP_PROBLEMS) == [], url
    if assert_accessible is not None:
        assert_accessible(page)


@pytest.mark.parametrize("width", [1280, 360])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_case_sections_queue_home_and_search(
    live_server, launch_browser, assert_accessible, world, width, language
) -> None:
    base, case = live_server.url, world["case"]
    # axe-core once per language (at desktop width): the markup is the same at 360 px.
    axe = assert_accessible if width == 1280 else None
    page = _signed_in_context(launch_browser, base, world["bob"], width).new_page()
    page.goto(f"{base}/")
    if language == "ru":
        page.click("button[value=ru]")
    assert page.locator("html").get_attribute("lang") == language
    ru = language == "ru"
    home = page.inner_text("main")
    assert ("Мои дела" if ru else "My cases") in home
    assert str(case.pseudonym.russian if ru else case.pseudonym.english) in home
    _check(page, width, "home", axe)

    sections = {
        "detail": "Открыто" if ru else "Open",
        "messages": "Argun checkpoint",
        "plan": "Ответить заявителю" if ru else "Reply to the reporter",
        "consent": "Согласие" if ru else "Consent",
        "history": "дело открыто" if ru else "opened the case",
    }
    for name, expected in sections.items():
        url = reverse(f"cases:{name}", args=[case.pk])
        page.goto(base + url)
        assert expected in page.inner_text("main"), (name, page.inner_text("main")[:500])
        _check(page, width, url, axe)
        _shot(page, f"case-{name}-{language}-{width}")

    # A tick saves at once and says so, on the plan.
    page.goto(base + reverse("cases:plan", args=[case.pk]))
    page.locator("button[name=done][value=on]").first.click()
    assert "#checklist" in page.url or page.url.endswith("/plan/")
    assert ("Пункт отмечен как выполненный." if ru else "Checklist item marked done.") in (
        page.inner_text("main")
    )
    _check(page, width, "plan after tick", axe)

    # Revoking a receipt starts with a page that says what happens; nothing is revoked yet.
    page.goto(base + reverse("cases:messages", args=[case.pk]))
    page.click("a[href*='/confirm/revoke-receipt/']")
    text = page.inner_text("main")
    assert ("Как снова связаться с человеком" if ru else "How to reach the person") in text
    _check(page, width, "revoke confirmation", axe)
    assert Report.objects.get().receipt_revoked_at is None

    page.goto(base + reverse("cases:queue"))
    queue = page.inner_text("main")
    assert ("Назначены: bob" if ru else "Assigned: bob") in queue
    assert ("Английский" if ru else "English") in queue
    _check(page, width, "queue", axe)
    _shot(page, f"queue-{language}-{width}")

    page.goto(base + reverse("site:search"))
    page.fill("#search-q", "ruslan")
    page.click("main form[role=search] button[type=submit]")
    assert case.short_id in page.inner_text("main")
    _check(page, width, "search", axe)
