"""The case page in sections, the home per role and search, through the HTTP surface.

Cora coordinates, Bob is assigned (he opened the case), Charlie is a caseworker who is not:
Charlie gets 404 on every section and confirmation page, and search never shows him the case.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.db import connection
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.accounts.session import UNLOCK_COOKIE
from refuge.audit.models import AuditEntry
from refuge.cases.action_views import CONFIRM
from refuge.cases.models import Case, ChecklistItem
from refuge.cases.views import SECTION_URLS
from refuge.intake.models import Report, SealedReportKey
from tests.conftest import CsrfClient, make_recovery_key, signed_in_client
from tests.hotline_helpers import receipt_from, submit_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(persona_factory, questionnaire, stages):
    make_recovery_key()
    return {
        "cora": persona_factory("cora", Role.COORDINATOR),
        "bob": persona_factory("bob", Role.CASEWORKER, rota=True),
        "charlie": persona_factory("charlie", Role.CASEWORKER),
        "erin": persona_factory("erin", Role.CASEWORKER),
        "dana": persona_factory("dana", Role.ANALYST),
    }


@pytest.fixture
def case(team):
    reporter = CsrfClient()
    receipt = receipt_from(
        submit_report(reporter, account="Taken from a cafe in Gudermes by men in uniform.")
    )
    report = Report.objects.get()
    signed_in_client(team["bob"]).post(reverse("cases:open_from_report", args=[report.pk]))
    return {"case": Case.objects.get(), "report": report, "receipt": receipt, "reporter": reporter}


def _act(client, case: Case, name: str, data: dict | None = None):
    case.refresh_from_db()
    return client.post(
        reverse("cases:action", args=[case.pk, name]),
        {"version": case.version, **(data or {})},
    )


def _text(response) -> str:
    return response.content.decode()


def test_each_action_returns_to_its_section_saying_what_changed(team, case) -> None:
    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    response = _act(bob, the_case, "stage", {"stage": "safety"})
    assert response["Location"] == reverse("cases:plan", args=[the_case.pk]) + "#stage"
    page = _text(bob.get(response["Location"]))
    assert "Stage changed to “Safety”" in page and "Saved." not in page
    response = _act(
        bob,
        the_case,
        "triage",
        {"urgency": "high", "risk_flags": ["outed"], "language": "ru", "region": "chechnya"},
    )
    assert response["Location"].startswith(reverse("cases:detail", args=[the_case.pk]))
    assert "urgency High, region Chechnya" in _text(bob.get(response["Location"]))
    response = _act(bob, the_case, "consent", {"kind": "legal", "granted": "yes"})
    assert response["Location"] == reverse("cases:consent", args=[the_case.pk])
    assert "Consent recorded as given: Use in legal proceedings." in _text(
        bob.get(response["Location"])
    )


def test_a_checklist_tick_saves_at_once_and_keeps_the_due_date(team, case) -> None:
    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    item = ChecklistItem.objects.filter(case=the_case).first()
    _act(bob, the_case, "checklist", {"item": item.pk, "change": "due", "due": "2026-05-14"})
    plan = _text(bob.get(reverse("cases:plan", args=[the_case.pk])))
    assert 'name="done" value="on"' in plan, "one button per item, no separate Update"
    assert "Update" not in plan
    response = _act(
        bob, the_case, "checklist", {"item": item.pk, "done": "on", "due": "2026-05-14"}
    )
    assert "Checklist item marked done." in _text(bob.get(response["Location"]))
    item.refresh_from_db()
    assert item.done and bytes(item.due_sealed), "the tick kept the due date"


def test_destructive_actions_are_confirmed_first(team, case) -> None:
    the_case = case["case"]
    cora = signed_in_client(team["cora"])
    overview = _text(cora.get(reverse("cases:detail", args=[the_case.pk])))
    for name in ("close", "hold"):
        assert reverse("cases:confirm", args=[the_case.pk, name]) in overview
        assert f'/{name}/" method' not in overview
    assert reverse("cases:action", args=[the_case.pk, "close"]) not in overview
    page = _text(cora.get(reverse("cases:confirm", args=[the_case.pk, "close"])))
    assert "Close this case?" in page
    assert reverse("cases:action", args=[the_case.pk, "close"]) in page


def test_revoking_a_receipt_explains_first_and_says_how_to_reach_them(team, case) -> None:
    the_case, report = case["case"], case["report"]
    bob = signed_in_client(team["bob"])
    messages = _text(bob.get(reverse("cases:messages", args=[the_case.pk])))
    confirm = reverse("cases:confirm", args=[the_case.pk, "revoke-receipt"])
    assert f"{confirm}?report={report.pk}" in messages
    assert SealedReportKey.objects.filter(report=report, holder="receipt").exists()
    page = _text(bob.get(confirm, {"report": report.pk}))
    assert "cannot be restored" in page and "How to reach the person again" in page
    assert SealedReportKey.objects.filter(report=report, holder="receipt").exists()
    assert bob.get(confirm, {"report": "not-a-uuid"}).status_code == 404
    response = bob.post(
        reverse("cases:action", args=[the_case.pk, "revoke-receipt"]),
        {"version": the_case.version, "report": report.pk},
    )
    assert response["Location"] == reverse("cases:messages", args=[the_case.pk])
    assert "opens nothing any more" in _text(bob.get(response["Location"]))
    assert not SealedReportKey.objects.filter(report=report, holder="receipt").exists()


def test_charlie_gets_404_on_every_section_and_confirmation(team, case) -> None:
    the_case = case["case"]
    charlie = signed_in_client(team["charlie"])
    for name in SECTION_URLS.values():
        assert charlie.get(reverse(name, args=[the_case.pk])).status_code == 404, name
    for name in CONFIRM:
        url = reverse("cases:confirm", args=[the_case.pk, name])
        assert charlie.get(url, {"report": case["report"].pk}).status_code == 404, name


def test_the_assign_list_leaves_out_who_is_assigned(team, case) -> None:
    the_case = case["case"]
    cora = signed_in_client(team["cora"])
    _act(cora, the_case, "assign", {"user": team["erin"].user.pk})
    page = _text(cora.get(reverse("cases:detail", args=[the_case.pk])))
    options = page.split('id="assign-user"')[1].split("</select>")[0]
    assert "charlie" in options
    assert "erin" not in options and "bob" not in options
    assert "erin is now assigned" in page


def test_history_reads_as_sentences_in_true_order_with_readings_folded(team, case) -> None:
    the_case, report = case["case"], case["report"]
    bob = signed_in_client(team["bob"])
    for _ in range(3):
        bob.get(reverse("cases:detail", args=[the_case.pk]))
    _act(bob, the_case, "stage", {"stage": "safety"})
    _act(bob, the_case, "reply", {"report": report.pk, "body": "We hear you."})
    history = _text(bob.get(reverse("cases:history", args=[the_case.pk])))
    assert "case." not in history and "report.read" not in history, "labels, not codes"
    assert "read the case 3 times" in history
    assert "from stage “Hotline” to “Safety”" in history
    order = [
        history.index("sent a report through the hotline"),
        history.index("opened the case from report"),
        history.index("moved the case from stage"),
        history.index("wrote to the reporter"),
    ]
    assert order == sorted(order), "the log's order, though the report's time is rounded"
    assert "stored rounded" in history


def test_russian_staff_see_the_status_and_checklist_in_russian(team, case) -> None:
    the_case = case["case"]
    assert the_case.language == "en"
    bob = signed_in_client(team["bob"])
    bob.post(reverse("set_language"), {"language": "ru"})
    overview = _text(bob.get(reverse("cases:detail", args=[the_case.pk])))
    assert "Открыто" in overview and "Открыть" not in overview.split("</h1>")[0]
    assert str(the_case.pseudonym.russian) in overview
    plan = _text(bob.get(reverse("cases:plan", args=[the_case.pk])))
    assert "Ответить заявителю" in plan and "Reply to the reporter" not in plan
    queue = _text(bob.get(reverse("cases:queue")))
    assert "Назначен" in queue and "bob" in queue


def test_the_queue_shows_names_and_labels_not_codes(team, case) -> None:
    the_case = case["case"]
    cora = signed_in_client(team["cora"])
    queue = _text(cora.get(reverse("cases:queue")))
    assert str(the_case.pseudonym) in queue
    assert "Assigned: bob" in queue and "English" in queue
    assert "<td>en</td>" not in queue and '"Language">en<' not in queue


def test_home_shows_my_cases_flagged_and_overdue_without_organisation_counts(team, case) -> None:
    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    item = ChecklistItem.objects.filter(case=the_case).first()
    _act(bob, the_case, "checklist", {"item": item.pk, "change": "due", "due": "2020-01-02"})
    Case.objects.filter(pk=the_case.pk).update(flag="revoked_receipt_tried")
    home = _text(bob.get(reverse("site:home")))
    assert "My cases" in home and str(the_case.pseudonym) in home
    assert "A revoked receipt was used" in home
    assert "Overdue checklist items" in home and "Reply to the reporter" in home
    assert "due Jan. 2, 2020" in home
    assert "submissions" not in home and "Organisation-wide" not in home
    charlie = _text(signed_in_client(team["charlie"]).get(reverse("site:home")))
    assert str(the_case.pseudonym) not in charlie and "Reply to the reporter" not in charlie
    assert "Organisation-wide" in _text(signed_in_client(team["cora"]).get(reverse("site:home")))


def test_reports_waiting_for_triage_are_on_the_home_of_the_intake_team(team) -> None:
    submit_report(CsrfClient(), account="Please help, they know my name.")
    home = _text(signed_in_client(team["bob"]).get(reverse("site:home")))
    assert "1 report is not in a case yet" in home and "1 not read yet" in home
    charlie = _text(signed_in_client(team["charlie"]).get(reverse("site:home")))
    assert "None: every report you can open is in a case." in charlie, "not on the rota"


def test_search_finds_what_you_hold_and_never_what_you_do_not(team, case) -> None:
    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    _act(bob, the_case, "note", {"body": "Brother Ruslan drives a white Lada."})
    submit_report(CsrfClient(), account="My cousin was taken in Argun yesterday.")
    inbox_report = Report.objects.get(case__isnull=True)
    search = reverse("site:search")
    for query, found in (
        ("gudermes", the_case.short_id),
        ("UNIFORM cafe", the_case.short_id),
        ("ruslan lada", the_case.short_id),
        (the_case.pseudonym.english, the_case.short_id),
        (the_case.pseudonym.russian, the_case.short_id),
        ("argun", inbox_report.short_id),
    ):
        page = _text(bob.get(search, {"q": query}))
        assert found in page, query
    assert "1 result" in _text(bob.get(search, {"q": "ruslan"}))
    assert "0 results" in _text(bob.get(search, {"q": "gudermes argun"}))
    cora = _text(signed_in_client(team["cora"]).get(search, {"q": "gudermes"}))
    assert the_case.short_id in cora, "the coordinators team holds every case"
    charlie = _text(signed_in_client(team["charlie"]).get(search, {"q": "gudermes"}))
    assert the_case.short_id not in charlie and "0 results" in charlie
    charlie = _text(signed_in_client(team["charlie"]).get(search, {"q": "argun"}))
    assert inbox_report.short_id not in charlie, "not on the intake rota"
    # The words searched for are never stored.
    assert not any("gudermes" in str(e.details).lower() for e in AuditEntry.objects.all())
    assert AuditEntry.objects.filter(action="search.run").count() >= 8


def test_search_without_an_unlocked_key_asks_for_the_password(team, case) -> None:
    bob = signed_in_client(team["bob"])
    del bob.cookies[UNLOCK_COOKIE]
    response = bob.get(reverse("site:search"), {"q": "gudermes"})
    assert response.status_code == 302 and "gudermes" not in _text(response)
    assert not AuditEntry.objects.filter(action="search.run").exists()


def test_the_overview_says_who_is_reporting_for_a_recorded_report(team, questionnaire) -> None:
    bob = signed_in_client(team["bob"])
    bob.post(
        reverse("intake:record"),
        {
            "channel": "phone",
            "relationship": "relative",
            "language": "en",
            "account": "His mother called: he was taken from the market.",
            "q_safe_now": "Yes",
        },
    )
    report = Report.objects.get()
    bob.post(reverse("cases:open_from_report", args=[report.pk]))
    overview = _text(bob.get(reverse("cases:detail", args=[Case.objects.get().pk])))
    assert "Who is reporting" in overview
    assert "relative" in overview.split("Who is reporting")[1][:200].lower()


def test_only_coordinators_reach_the_legal_hold_pages(team, case) -> None:
    the_case = case["case"]
    bob, cora = signed_in_client(team["bob"]), signed_in_client(team["cora"])
    for name in ("hold", "release"):
        url = reverse("cases:confirm", args=[the_case.pk, name])
        assert bob.get(url).status_code == 404
        assert cora.get(url).status_code == 200
    assert "Put under legal hold" not in _text(bob.get(reverse("cases:detail", args=[the_case.pk])))
    response = _act(cora, the_case, "hold")
    assert "nobody can delete it" in _text(cora.get(response["Location"]))
    overview = _text(cora.get(reverse("cases:detail", args=[the_case.pk])))
    assert reverse("cases:confirm", args=[the_case.pk, "release"]) in overview


def test_home_without_an_unlocked_key_says_due_dates_need_it(team, case) -> None:
    bob = signed_in_client(team["bob"])
    del bob.cookies[UNLOCK_COOKIE]
    home = _text(bob.get(reverse("site:home")))
    assert "due dates are encrypted" in home and str(case["case"].pseudonym) in home


def test_a_closed_case_reopens_without_a_confirmation(team, case) -> None:
    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    _act(bob, the_case, "close")
    overview = _text(bob.get(reverse("cases:detail", args=[the_case.pk])))
    assert "Closed" in overview.split("</h1>")[0]
    response = _act(bob, the_case, "reopen")
    assert "The case is open again." in _text(bob.get(response["Location"]))


def test_search_matches_words_across_a_case_and_ignores_empty_queries(team, case) -> None:
    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    _act(bob, the_case, "note", {"body": "The brother can drive him to Nalchik."})
    search = reverse("site:search")
    assert the_case.short_id in _text(bob.get(search, {"q": "gudermes nalchik"}))
    for query in ("", "   "):
        page = _text(bob.get(search, {"q": query}))
        assert "result" not in page
    assert AuditEntry.objects.filter(action="search.run").count() == 1, "empty ones are not run"
    dana = _text(signed_in_client(team["dana"]).get(search, {"q": "gudermes"}))
    assert "0 results" in dana, "an analyst holds no case or inbox key"


@pytest.mark.django_db(transaction=True)
def test_a_search_leaves_nothing_it_read_or_looked_for_at_rest(team, case, caplog) -> None:
    """The words searched for and the text found stay in memory: not in the database (the
    audit log, sessions), not in the file store, not in the logs."""
    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    _act(bob, the_case, "note", {"body": "NOTECANARY4417 safe flat on Lenina street"})
    page = _text(bob.get(reverse("site:search"), {"q": "notecanary4417 lenina"}))
    assert "NOTECANARY4417" in page, "found, and shown to the person who holds the case"
    if connection.vendor == "sqlite":
        dump = "\n".join(connection.connection.iterdump()).encode()
    else:
        import subprocess

        from refuge.core.backup import _pg_env

        dump = subprocess.run(
            ["pg_dump", "--data-only"], env=_pg_env(), capture_output=True, check=True
        ).stdout
    assert b"search.run" in dump, "the dump holds this test's data"
    files = b"".join(p.read_bytes() for p in settings.REFUGE_FILE_STORE.rglob("*") if p.is_file())
    logs = "\n".join(record.getMessage() for record in caplog.records)
    for canary in ("NOTECANARY4417", "notecanary4417", "Lenina", "lenina"):
        assert canary.encode() not in dump, canary
        assert canary.encode() not in files, canary
        assert canary not in logs, canary


def test_a_reply_and_the_answer_of_one_hour_are_shown_in_the_order_written(team, case) -> None:
    """Both times are rounded to the hour and message ids are random: the log says who wrote
    first. (Two messages by the same author in one hour cannot be told apart: see History.)"""
    the_case, report, reporter = case["case"], case["report"], case["reporter"]
    bob = signed_in_client(team["bob"])
    reporter.post("/report/return/", {"receipt": case["receipt"]})
    _act(bob, the_case, "reply", {"report": report.pk, "body": "FIRST from bob"})
    assert reporter.post("/report/thread/", {"body": "SECOND from the reporter"}).status_code in {
        200,
        302,
    }
    page = _text(bob.get(reverse("cases:messages", args=[the_case.pk])))
    assert page.index("FIRST from bob") < page.index("SECOND from the reporter")


def test_each_section_decrypts_only_what_it_shows(team, case, monkeypatch) -> None:
    """Every decrypted part is plaintext in the server's memory for the request: a section
    that does not show the reporter's words must not decrypt them."""
    from refuge.cases import selectors

    decrypted: list[str] = []
    for part in ("reports", "checklist", "notes", "consents"):
        real = getattr(selectors, f"_case_{part}")

        def spy(opened, real=real, part=part):
            decrypted.append(part)
            return real(opened)

        monkeypatch.setattr(selectors, f"_case_{part}", spy)
    bob = signed_in_client(team["bob"])
    expected = {
        "cases:detail": ["reports"],
        "cases:messages": ["reports"],
        "cases:plan": ["checklist", "notes"],
        "cases:consent": ["consents"],
        "cases:history": [],
    }
    for name, parts in expected.items():
        decrypted.clear()
        response = bob.get(reverse(name, args=[case["case"].pk]))
        assert response.status_code == 200, name
        assert decrypted == parts, name
    assert "Gudermes" in _text(bob.get(reverse("cases:messages", args=[case["case"].pk])))


def test_only_administrators_see_what_the_organisation_still_has_to_set_up(personas) -> None:
    alice = _text(signed_in_client(personas["alice"]).get(reverse("site:home")))
    assert "Getting started" in alice and "Create accounts for your colleagues" in alice
    for name in ("cora", "bob", "dana"):
        home = _text(signed_in_client(personas[name]).get(reverse("site:home")))
        assert "Getting started" not in home, name
