"""Every staff and reporter page, filled with the demo's invented data, checked in Chromium with
JavaScript off: axe-core finds no serious or critical problem, every aria-describedby id exists,
and every staff page fits a 360 px phone without sideways scrolling.

With REFUGE_SCREENSHOTS=1 (`make screenshots`) the tour also saves pictures into
docs/screenshots/: the main pages in English and Russian at 1280 px, and on a 360 px phone.
"""

from __future__ import annotations

from pathlib import Path

import pyotp
import pytest
from django.urls import reverse

from refuge.cases.models import Case, Stage
from refuge.intake.models import Attachment, Question, Report
from refuge.media.models import MediaArticle
from refuge.site import demo
from tests.browser.checks import screenshot_dir

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Pictures for docs/screenshots/: (file stem, url name), taken on the coordinator's tour.
# Failures on pages other engineers are rebuilding at the same time (the inbox and case pages,
# issue 14): printed on every run, and failing the test once fixed so the entry is removed.
NOT_YET: set[tuple[str, str]] = set()  # pages known to fail a check, with the reason

SHOWN = ("home", "inbox", "queue", "case", "record", "findings", "media")
PHONE_SHOWN = ("inbox", "queue", "case")


def _sign_in(page, base: str, account: demo.DemoAccount, tour: Tour | None = None) -> None:
    page.goto(f"{base}/accounts/sign-in/")
    page.fill("#id_username", account.username)
    page.fill("#id_password", account.password)
    page.click("main button[type=submit]")
    if tour is not None:
        tour.run(page, "two-factor")
    page.fill("#id_code", pyotp.TOTP(account.totp_key).now())
    page.click("main button[type=submit]")
    assert page.url == f"{base}/", page.url


def _unlock(page, base: str, account: demo.DemoAccount) -> None:
    """Confirm the password once, which also opens the team keys for the record pages."""
    page.goto(f"{base}{reverse('accounts:reauth')}?next=/")
    page.fill("#id_password", account.password)
    page.click("main button[type=submit]")


def _coordinator_pages() -> dict[str, str]:
    case = Case.objects.order_by("opened_at").first()
    report = Report.objects.filter(case__isnull=True).first() or Report.objects.first()
    assert case is not None and report is not None
    pages = {
        "home": reverse("site:home"),
        "inbox": reverse("intake:inbox"),
        "report": reverse("intake:report_detail", args=[report.pk]),
        "record-report": reverse("intake:record"),
        "queue": reverse("cases:queue"),
        "case": reverse("cases:detail", args=[case.pk]),
        "case-delete": reverse("cases:delete", args=[case.pk]),
        "record": reverse("record:home"),
        "signing-key": reverse("record:signing_key"),
        "act-from-case": reverse("record:from_case", args=[case.pk]),
        "findings": reverse("findings:page"),
        "media": reverse("media:ledger"),
        "teams": reverse("accounts:teams"),
        "password": reverse("accounts:password_change"),
        "confirm-password": reverse("accounts:reauth"),
        "backup-codes": reverse("accounts:backup_codes"),
    }
    attachment = Attachment.objects.filter(report__case__isnull=False).first()
    assert attachment is not None, "the demo has photos in cases"
    pages["attachment-to-evidence"] = reverse(
        "record:attachment_to_evidence", args=[attachment.report.case_id, attachment.pk]
    )
    article = MediaArticle.objects.first()
    if article is not None:
        pages["article"] = reverse("media:article", args=[article.pk])
        pages["article-delete"] = reverse("media:delete", args=[article.pk])
    return pages


def _admin_pages(admin_id: int) -> dict[str, str]:
    question = Question.objects.order_by("pk").first()
    stage = Stage.objects.order_by("pk").first()
    assert question is not None and stage is not None
    return {
        "questions": reverse("intake:questions"),
        "question-new": reverse("intake:question_new"),
        "question-languages": reverse("intake:question_languages"),
        "question": reverse("intake:question_edit", args=[question.pk]),
        "stages": reverse("cases:stages"),
        "stage-new": reverse("cases:stage_new"),
        "stage": reverse("cases:stage_edit", args=[stage.pk]),
        "audit": reverse("audit:log"),
        "staff": reverse("accounts:staff_list"),
        "staff-new": reverse("accounts:staff_create"),
        "staff-member": reverse("accounts:staff_detail", args=[admin_id]),
        "staff-confirm": reverse("accounts:staff_action", args=[admin_id, "reset-two-factor"]),
        "staff-notifications": reverse("accounts:staff_notifications", args=[admin_id]),
    }


class Tour:
    """Visit pages and run both checks on each, collecting every failure before failing."""

    def __init__(self, base: str, assert_accessible, assert_fits_phone) -> None:
        self.base = base
        self.checks = {"accessible": assert_accessible, "phone": assert_fits_phone}
        self.failures: dict[tuple[str, str], str] = {}

    def visit(self, page, name: str, path: str, *, language: str = "en") -> None:
        response = page.goto(f"{self.base}{path}")
        assert response is not None and response.status == 200, (path, response and response.status)
        self.run(page, name, language=language)

    def run(self, page, name: str, *, language: str = "en") -> None:
        for check, run in self.checks.items():
            try:
                run(page)
            except AssertionError as failure:
                self.failures[(f"{name}-{language}", check)] = str(failure).split("\nassert")[0]

    def assert_clean(self) -> None:
        unexpected = {k: v for k, v in self.failures.items() if k not in NOT_YET}
        for key in sorted(NOT_YET & self.failures.keys()):
            print(f"known, left to the page's owner: {key}: {self.failures[key]}")
        fixed = sorted(NOT_YET - self.failures.keys())
        if fixed:
            print(f"now passing, remove from NOT_YET: {fixed}")
        assert not unexpected, "\n".join(f"{k}: {v}" for k, v in sorted(unexpected.items()))


def _reporter_pages(page, tour: Tour) -> None:
    """The hotline as a reporter sees it: landing, about, the form (blank and refused), the
    receipt, and the thread reached with it."""
    tour.visit(page, "report-landing", reverse("intake:landing"))
    tour.visit(page, "report-about", reverse("intake:about"))
    tour.visit(page, "report-new", reverse("intake:new"))
    page.click("main form button[type=submit]:not(.link)")
    tour.run(page, "report-refused")
    page.fill("#id_account", "They took my brother at the Argun checkpoint on Monday.")
    page.fill("#id_q_where", "Argun")
    page.select_option("#id_q_safe_now", index=1)
    page.click("main form button[type=submit]:not(.link)")
    receipt = page.inner_text("#receipt")
    tour.run(page, "report-receipt")
    tour.visit(page, "report-return", reverse("intake:return"))
    page.fill("#id_receipt", receipt)
    page.click("main form button[type=submit]:not(.link)")
    tour.run(page, "report-thread")


def _picture(page, path: Path) -> None:
    """Save the visible part of the page as a small PNG (a 64-colour palette keeps the whole
    set of pictures well under 2 MB; text stays sharp)."""
    from PIL import Image

    page.screenshot(path=str(path), full_page=False)
    with Image.open(path) as shot:
        small = shot.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def _pictures(page, base: str, pages: dict[str, str], folder: Path) -> None:
    """docs/screenshots/: the main pages in both languages at 1280 px, and on a phone."""
    for language in ("en", "ru"):
        page.goto(f"{base}/")
        page.click(f"form[action='/i18n/setlang/'] button[value={language}]")
        for name in SHOWN:
            page.goto(f"{base}{pages[name]}")
            _picture(page, folder / f"{name}-{language}.png")
    page.set_viewport_size({"width": 360, "height": 760})
    for name in PHONE_SHOWN:
        page.goto(f"{base}{pages[name]}")
        _picture(page, folder / f"{name}-phone-ru.png")
    page.set_viewport_size({"width": 1280, "height": 800})


def test_every_staff_page_is_accessible_and_fits_a_phone(
    live_server,
    launch_browser,
    settings,
    questionnaire,
    stages,
    gazetteer,
    assert_accessible,
    assert_fits_phone,
) -> None:
    settings.REFUGE_DEMO = True
    accounts = {a.role: a for a in demo.demo_build(reports=18)}
    base = live_server.url

    tour = Tour(base, assert_accessible, assert_fits_phone)
    reporter = launch_browser(javascript=False, width=360).new_page()
    _reporter_pages(reporter, tour)

    page = launch_browser(javascript=False, width=1280).new_page()
    tour.visit(page, "sign-in", reverse("accounts:login"))
    _sign_in(page, base, accounts["coordinator"], tour)
    _unlock(page, base, accounts["coordinator"])
    pages = _coordinator_pages()
    for name, path in pages.items():
        tour.visit(page, name, path)
    page.goto(f"{base}/")
    page.click("form[action='/i18n/setlang/'] button[value=ru]")
    for name in ("home", "case", "record", "findings", "media", "article"):
        tour.visit(page, name, pages[name], language="ru")
    folder = screenshot_dir()
    if folder is not None:
        _pictures(page, base, pages, folder)

    admin = launch_browser(javascript=False, width=1280).new_page()
    _sign_in(admin, base, accounts["administrator"])
    from refuge.accounts.models import User

    for name, path in _admin_pages(User.objects.get(username="demo-admin").pk).items():
        tour.visit(admin, name, path)
    tour.assert_clean()
