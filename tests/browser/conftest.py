"""Playwright driving Debian's Chromium (/usr/bin/chromium) against the live test server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("REFUGE_CHROMIUM", "/usr/bin/chromium")
# Without these, Chromium tries to reach Google's services, which this network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(autouse=True)
def _allow_orm_beside_playwright(monkeypatch: pytest.MonkeyPatch) -> None:
    """Playwright's sync API runs an event loop in this thread; the test's own ORM calls run
    between browser steps, never concurrently, so Django's async guard is lifted here only."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def playwright_instance() -> Iterator[Any]:
    """Start Playwright for one test: its event loop must not outlive the test, or Django's
    async guard would refuse the ORM in every test after it."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright
        # ORM calls made while Playwright's loop ran got their own connection (asgiref keys
        # connections by context); close it here, or PostgreSQL cannot drop the test database.
        from django.db import connections

        connections.close_all()


@pytest.fixture
def launch_browser(playwright_instance: Any, tmp_path: Path) -> Iterator[Any]:
    """Return a function that starts Chromium with a fresh profile directory."""
    contexts: list[Any] = []

    def launch(*, javascript: bool = False, width: int = 360, profile: Path | None = None) -> Any:
        context = playwright_instance.chromium.launch_persistent_context(
            str(profile or tmp_path / f"profile-{len(contexts)}"),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            java_script_enabled=javascript,
            viewport={"width": width, "height": 800},
        )
        contexts.append(context)
        return context

    yield launch
    for context in contexts:
        context.close()


@pytest.fixture
def page_checks(playwright_instance: Any) -> Iterator[Any]:
    """The accessibility and phone-width checks (tests/browser/checks.py)."""
    from tests.browser.checks import PageChecks

    checks = PageChecks(playwright_instance, CHROMIUM, CHROMIUM_ARGS)
    yield checks
    checks.close()


@pytest.fixture
def assert_accessible(page_checks: Any) -> Any:
    """``assert_accessible(page)``: zero serious or critical axe-core violations, and every
    aria-describedby id exists."""
    return page_checks.accessible


@pytest.fixture
def assert_fits_phone(page_checks: Any) -> Any:
    """``assert_fits_phone(page)``: no sideways scrolling at 360 px."""
    return page_checks.fits_phone
