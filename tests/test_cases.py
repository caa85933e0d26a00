"""Casework through the HTTP surface: Cora coordinates, Bob is assigned, Charlie is a caseworker
who is not, Dana is an analyst, Alice administers. Charlie, Dana and Alice get 404."""

from __future__ import annotations

import io
import re
import uuid
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from refuge.accounts.models import Role
from refuge.audit.models import AuditEntry
from refuge.cases import services
from refuge.cases.action_views import ACTIONS, CONFIRM
from refuge.cases.models import Case, CaseKey, ChecklistItem
from refuge.intake.models import Attachment, Report, SealedReportKey
from tests.conftest import CsrfClient, make_recovery_key, signed_in_client
from tests.hotline_helpers import receipt_from, submit_report, upload
from tests.test_access import assert_post_forms_carry_csrf_tokens
from tests.urlmap import all_view_names, sample_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(persona_factory, questionnaire, stages):
    recovery = make_recovery_key()
    return {
        "recovery": recovery,
        "alice": persona_factory("alice", Role.ADMINISTRATOR),
        "cora": persona_factory("cora", Role.COORDINATOR),
        "bob": persona_factory("bob", Role.CASEWORKER, rota=True),
        "charlie": persona_factory("charlie", Role.CASEWORKER),
        "erin": persona_factory("erin", Role.CASEWORKER),
        "dana": persona_factory("dana", Role.ANALYST),
    }


@pytest.fixture
def case(team):
    """A reporter writes in; Bob (on the rota) opens a case for them."""
    reporter = CsrfClient()
    receipt = receipt_from(
        submit_report(
            reporter,
            account="I was detained in Argun for three days with other men.",
            files=[upload("statement.txt", b"a statement")],
        )
    )
    report = Report.objects.get()
    bob = signed_in_client(team["bob"])
    response = bob.post(reverse("cases:open_from_report", args=[report.pk]))
    created = Case.objects.get()
    assert response["Location"] == reverse("cases:detail", args=[created.pk])
    return {"case": created, "report": report, "receipt": receipt, "reporter": reporter}


def _act(client, case: Case, name: str, data: dict | None = None):
    case.refresh_from_db()
    payload = {"version": case.version, **(data or {})}
    return client.post(reverse("cases:action", args=[case.pk, name]), payload, follow=True)


def test_case_carried_from_triage_to_reply(team, case) -> None:
    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    page = bob.get(reverse("cases:messages", args=[the_case.pk])).content.decode()
    assert "detained in Argun" in page
    # Files are shown under a neutral name; the sender's own name stays encrypted, for staff.
    assert re.search(r"document-[0-9a-f]{6}\.txt", page) and "statement.txt" not in page
    for section in ("detail", "messages", "plan", "consent", "history"):
        section_page = bob.get(reverse(f"cases:{section}", args=[the_case.pk])).content.decode()
        assert_post_forms_carry_csrf_tokens(section_page, f"case {section}")
    # In a case, the report is read through the case: the intake team's copy is withdrawn.
    assert bob.get(reverse("intake:report_detail", args=[case["report"].pk])).status_code == 404
    assert CaseKey.objects.filter(case=the_case, user__username="bob").count() == 1
    assert CaseKey.objects.filter(case=the_case, holder="team").count() == 1

    _act(
        bob,
        the_case,
        "triage",
        {
            "urgency": "immediate",
            "risk_flags": ["detained", "phone_seized"],
            "language": "ru",
            "region": "chechnya",
        },
    )
    the_case.refresh_from_db()
    assert the_case.urgency == "immediate" and the_case.risk_flags == ["detained", "phone_seized"]

    _act(bob, the_case, "stage", {"stage": "safety"})
    the_case.refresh_from_db()
    assert the_case.stage.key == "safety"
    assert ChecklistItem.objects.filter(case=the_case, stage__key="safety").count() == 2
    item = ChecklistItem.objects.filter(case=the_case, stage__key="safety").first()
    _act(bob, the_case, "checklist", {"item": item.pk, "done": "on", "due": "2026-12-01"})
    item.refresh_from_db()
    assert item.done and item.due is None, "no due date in clear"
    assert b"2026-12-01" not in bytes(item.due_sealed)
    plan = bob.get(reverse("cases:plan", args=[the_case.pk])).content.decode()
    assert "2026-12-01" in plan, "shown to whoever holds the case key"
    assert not any("2026-12-01" in str(e.details) for e in AuditEntry.objects.all())
    assert b"Safe place" not in bytes(item.text), "checklist text is encrypted"

    _act(bob, the_case, "note", {"body": "NOTECANARY Called a trusted contact in Grozny."})
    _act(bob, the_case, "consent", {"kind": "statistics", "granted": "yes", "details": ""})
    _act(
        bob,
        the_case,
        "reply",
        {
            "report": case["report"].pk,
            "body": "We can move you tonight.",
            "attachments": [upload("route.txt", b"the route")],
        },
    )
    assert "NOTECANARY" in bob.get(reverse("cases:plan", args=[the_case.pk])).content.decode()
    page = bob.get(reverse("cases:messages", args=[the_case.pk])).content.decode()
    assert "We can move you tonight." in page

    reporter = case["reporter"]
    reporter.post("/report/return/", {"receipt": case["receipt"]})
    thread = reporter.get("/report/thread/").content.decode()
    assert "We can move you tonight." in thread and "NOTECANARY" not in thread
    assert re.search(r"document-[0-9a-f]{6}\.txt", thread) and "route.txt" not in thread

    actions = list(
        AuditEntry.objects.filter(target_id=str(the_case.pk)).values_list("action", flat=True)
    )
    for expected in (
        "case.opened",
        "case.read",
        "case.triaged",
        "case.stage_changed",
        "case.checklist_changed",
        "case.note_added",
        "case.consent_recorded",
    ):
        assert expected in actions, expected
    history = bob.get(reverse("cases:history", args=[the_case.pk])).content.decode()
    assert "case.stage_changed" not in history, "labels, not codes"
    assert "moved the case from stage" in history and "added an internal note" in history


def test_reports_of_the_same_person_and_duplicates_are_counted_once(team, case) -> None:
    second = submit_report(
        CsrfClient(), account="I was detained in Argun for three days with other men. Again."
    )
    third = submit_report(CsrfClient(), account="Something different happened in Gudermes.")
    assert second.status_code == third.status_code == 200
    duplicate, other = Report.objects.exclude(pk=case["report"].pk).order_by("submitted_at", "pk")
    bob = signed_in_client(team["bob"])
    suggestions = bob.get(reverse("cases:messages", args=[case["case"].pk])).content.decode()
    assert "Similar reports" in suggestions and str(duplicate.pseudonym) in suggestions

    the_case = case["case"]
    for report, dup in ((duplicate, "yes"), (other, "no")):
        _act(bob, the_case, "link-report", {"report": report.pk, "duplicate": dup})
    counts = signed_in_client(team["cora"]).get(reverse("cases:queue")).content.decode()
    assert "3 submissions · 2 unique reports · 1 unique case" in counts
    mine = bob.get(reverse("cases:queue")).content.decode()
    assert "submissions" not in mine, "no organisation-wide counts for caseworkers"
    assert "1 case you hold matches." in mine
    assert Report.objects.get(pk=duplicate.pk).duplicate_of_id == case["report"].pk


def test_same_browser_holding_a_receipt_hints_same_person(team, case) -> None:
    reporter = case["reporter"]
    reporter.post("/report/return/", {"receipt": case["receipt"]})
    submit_report(reporter, account="A second, separate account.")
    newest = Report.objects.order_by("-submitted_at", "-pk").exclude(pk=case["report"].pk).get()
    page = signed_in_client(team["bob"]).get(reverse("intake:report_detail", args=[newest.pk]))
    assert "probably the same person" in page.content.decode()


def _case_urls(case: Case, attachment_id) -> list[str]:
    urls = []
    for name, args in all_view_names():
        if not name.startswith("cases:") or name in {
            "cases:stages",
            "cases:stage_new",
            "cases:stage_edit",
            "cases:queue",
            "cases:open_from_report",
        }:
            continue
        if name == "cases:action":
            urls += [reverse(name, args=[case.pk, action]) for action in ACTIONS]
        elif name == "cases:confirm":
            urls += [reverse(name, args=[case.pk, action]) for action in CONFIRM]
        else:
            urls.append(
                sample_url(
                    name, args, user_id=1, report_id=str(case.pk), attachment_id=str(attachment_id)
                )
            )
    return urls


@pytest.mark.parametrize("persona", ["charlie", "dana", "alice"])
def test_everyone_without_the_case_key_gets_404_on_every_case_url(team, case, persona) -> None:
    attachment = Attachment.objects.get()
    client = signed_in_client(team[persona])
    urls = _case_urls(case["case"], attachment.pk)
    assert len(urls) >= len(ACTIONS) + 3
    # 405 (wrong method) is answered before any lookup, the same for every id: it reveals nothing.
    for url in urls:
        assert client.get(url).status_code in {404, 405}, url
        assert client.post(url, {"version": 1}).status_code in {404, 405}, url
        assert 404 in {client.get(url).status_code, client.post(url).status_code}, url
    assert (
        client.post(reverse("cases:open_from_report", args=[case["report"].pk])).status_code == 404
    )
    queue = client.get(reverse("cases:queue"))
    assert queue.status_code == 404 or case["case"].short_id not in queue.content.decode()
    # Bob and Cora hold the key.
    for holder in ("bob", "cora"):
        assert (
            signed_in_client(team[holder])
            .get(reverse("cases:detail", args=[case["case"].pk]))
            .status_code
            == 200
        )


def test_forged_case_ids_are_404_like_any_other(team, case) -> None:
    bob = signed_in_client(team["bob"])
    forged = uuid.uuid4()
    assert bob.get(reverse("cases:detail", args=[forged])).status_code == 404
    assert (
        bob.post(reverse("cases:action", args=[forged, "note"]), {"body": "x"}).status_code == 404
    )
    assert (
        bob.post(reverse("cases:action", args=[case["case"].pk, "no-such-action"])).status_code
        == 404
    )


def test_assigning_seals_the_key_and_unassigning_destroys_it(team, case) -> None:
    the_case = case["case"]
    cora = signed_in_client(team["cora"])
    charlie = signed_in_client(team["charlie"])
    detail = reverse("cases:detail", args=[the_case.pk])
    assert charlie.get(detail).status_code == 404
    _act(cora, the_case, "assign", {"user": team["charlie"].user.pk})
    assert charlie.get(detail).status_code == 200
    assert "detained in Argun" in charlie.get(detail).content.decode()

    _act(cora, the_case, "unassign", {"user": team["charlie"].user.pk})
    assert charlie.get(detail).status_code == 404
    assert not CaseKey.objects.filter(case=the_case, user=team["charlie"].user).exists()
    # Even with their own private key, nothing sealed to them remains to open.
    from refuge.accounts.services import staff_keypair_unlock

    keypair = staff_keypair_unlock(user=team["charlie"].user, password=team["charlie"].password)
    with pytest.raises(services.CaseError, match="not shared with you"):
        services.case_open_for_staff(case=the_case, user=team["charlie"].user, keypair=keypair)
    # Only coordinators assign.
    bob = signed_in_client(team["bob"])
    response = bob.post(
        reverse("cases:action", args=[the_case.pk, "assign"]),
        {"version": the_case.version, "user": team["erin"].user.pk},
    )
    assert response.status_code == 404
    assert not CaseKey.objects.filter(case=the_case, user=team["erin"].user).exists()


def test_a_stale_form_never_overwrites_a_later_change(team, case) -> None:
    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    cora = signed_in_client(team["cora"])
    seen = the_case.version
    _act(
        cora,
        the_case,
        "triage",
        {"urgency": "immediate", "risk_flags": ["injured"], "language": "ru", "region": "chechnya"},
    )
    response = bob.post(
        reverse("cases:action", args=[the_case.pk, "triage"]),
        {"version": seen, "urgency": "normal", "language": "en", "region": "moscow"},
        follow=True,
    )
    assert "Someone else changed this case" in response.content.decode()
    the_case.refresh_from_db()
    assert the_case.urgency == "immediate" and the_case.risk_flags == ["injured"]


def test_bad_input_gets_a_clear_error(team, case) -> None:
    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    response = _act(bob, the_case, "triage", {"urgency": "apocalyptic"})
    assert "The form was incomplete" in response.content.decode()
    response = _act(bob, the_case, "reply", {"report": uuid.uuid4(), "body": "x"})
    assert "not part of the case" in response.content.decode()
    response = _act(bob, the_case, "checklist", {"item": 999999})
    assert "does not exist" in response.content.decode()


def test_revoked_receipt_opens_nothing_and_flags_the_case(team, case) -> None:
    the_case = case["case"]
    reporter = case["reporter"]
    reporter.post("/report/return/", {"receipt": case["receipt"]})
    assert reporter.get("/report/thread/").status_code == 200

    bob = signed_in_client(team["bob"])
    _act(bob, the_case, "revoke-receipt", {"report": case["report"].pk})
    assert not SealedReportKey.objects.filter(report=case["report"], holder="receipt").exists()
    assert reporter.get("/report/thread/")["Location"] == "/report/return/", "open sessions end too"

    attempt = CsrfClient().post("/report/return/", {"receipt": case["receipt"]}, follow=True)
    assert "does not open a report" in attempt.content.decode()
    the_case.refresh_from_db()
    assert the_case.flag == "revoked_receipt_tried"  # a code, never a sentence in one language
    assert "flagged" in bob.get(reverse("cases:queue")).content.decode()
    page = bob.get(reverse("cases:detail", args=[the_case.pk]), HTTP_ACCEPT_LANGUAGE="en")
    assert "A revoked receipt was used" in page.content.decode()


def test_crypto_shredding_destroys_keys_then_data_unless_on_legal_hold(
    team, case, django_capture_on_commit_callbacks
) -> None:
    the_case = case["case"]
    blob = Attachment.objects.get().blob_name
    cora = signed_in_client(team["cora"])
    _act(cora, the_case, "hold")
    response = cora.post(reverse("cases:delete", args=[the_case.pk]), follow=True)
    assert "legal hold" in response.content.decode()
    assert Case.objects.filter(pk=the_case.pk).exists()

    _act(cora, the_case, "release")
    bob = signed_in_client(team["bob"])
    assert bob.post(reverse("cases:delete", args=[the_case.pk])).status_code == 404, (
        "coordinators only"
    )
    with django_capture_on_commit_callbacks(execute=True):
        cora.post(reverse("cases:delete", args=[the_case.pk]))
    assert not Case.objects.exists() and not Report.objects.exists()
    assert not CaseKey.objects.exists() and not SealedReportKey.objects.exists()
    from django.conf import settings

    assert not any(p.name == blob for p in settings.REFUGE_FILE_STORE.rglob("*"))
    assert AuditEntry.objects.filter(action="case.shredded").exists()


def test_closed_cases_expire_after_the_retention_period(team, case, settings, capsys) -> None:
    the_case = case["case"]
    Case.objects.filter(pk=the_case.pk).update(
        status="closed",
        closed_at=timezone.now() - timedelta(days=settings.REFUGE_CLOSED_CASE_RETENTION_DAYS + 1),
        legal_hold=True,
    )
    call_command("cases", "expire")
    assert Case.objects.filter(pk=the_case.pk).exists(), "legal hold blocks expiry"
    Case.objects.filter(pk=the_case.pk).update(legal_hold=False)
    call_command("cases", "expire")
    assert "Shredded 1" in capsys.readouterr().out.splitlines()[-1]
    assert not Case.objects.exists()


def test_recovery_gives_a_coordinator_every_case_back(team, case, monkeypatch) -> None:
    from refuge.accounts import services as accounts

    cora = team["cora"]
    accounts.user_reset_password(actor=team["alice"].user, user=cora.user)
    accounts.user_change_password(user=cora.user, new_password="cora's new passphrase 1")
    cora.password = "cora's new passphrase 1"
    detail = reverse("cases:detail", args=[case["case"].pk])
    assert signed_in_client(cora).get(detail).status_code == 404
    monkeypatch.setattr("sys.stdin", io.StringIO(team["recovery"] + "\n"))
    call_command("recovery", "reseal", "cora", "--team", "coordinators")
    assert signed_in_client(cora).get(detail).status_code == 200


def test_queue_filters_and_sorts_without_javascript(team, case) -> None:
    cora = signed_in_client(team["cora"])
    the_case = case["case"]
    _act(
        cora,
        the_case,
        "triage",
        {"urgency": "high", "risk_flags": ["outed"], "language": "ru", "region": "dagestan"},
    )
    queue = reverse("cases:queue")
    assert (
        the_case.short_id
        in cora.get(
            queue, {"flag": "outed", "region": "dagestan", "sort": "newest"}
        ).content.decode()
    )
    assert the_case.short_id not in cora.get(queue, {"flag": "minor"}).content.decode()
    assert the_case.short_id in cora.get(queue, {"assigned": "yes"}).content.decode()
    assert the_case.short_id not in cora.get(queue, {"assigned": "no"}).content.decode()
    assert the_case.short_id not in cora.get(queue, {"status": "closed"}).content.decode()
    assert "<script" not in cora.get(queue).content.decode()


def test_administrators_edit_the_workflow(team) -> None:
    alice = signed_in_client(team["alice"])
    response = alice.post(
        reverse("cases:stage_new"),
        {
            "key": "medical",
            "position": 3,
            "name_en": "Medical care",
            "name_ru": "Медицинская помощь",
            "checklist_en": "See a doctor",
            "checklist_ru": "Врач",
        },
    )
    assert response.status_code == 302
    assert "Medical care" in alice.get(reverse("cases:stages")).content.decode()
    assert signed_in_client(team["cora"]).get(reverse("cases:stages")).status_code == 403


def test_consent_in_force_is_the_latest_and_absent_means_no(team, case) -> None:
    from refuge.cases.selectors import cases_with_consent

    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    assert not cases_with_consent(kind="statistics").exists(), "no record means no consent"
    _act(bob, the_case, "consent", {"kind": "statistics", "granted": "yes"})
    assert list(cases_with_consent(kind="statistics")) == [the_case]
    assert not cases_with_consent(kind="journalists").exists()
    _act(bob, the_case, "consent", {"kind": "statistics", "granted": "no"})
    assert not cases_with_consent(kind="statistics").exists(), "withdrawn"
    page = bob.get(reverse("cases:consent", args=[the_case.pk])).content.decode()
    assert "bob ·" in page, "who recorded it, and when"


def test_a_due_date_stored_in_clear_before_is_sealed_on_the_next_change(team, case) -> None:
    from datetime import date

    the_case = case["case"]
    bob = signed_in_client(team["bob"])
    _act(bob, the_case, "stage", {"stage": "safety"})
    item = ChecklistItem.objects.filter(case=the_case).first()
    ChecklistItem.objects.filter(pk=item.pk).update(due=date(2026, 5, 14))  # an older row
    plan = reverse("cases:plan", args=[the_case.pk])
    assert "2026-05-14" in bob.get(plan).content.decode()
    _act(bob, the_case, "checklist", {"item": item.pk, "due": "2026-05-14"})
    item.refresh_from_db()
    assert item.due is None and bytes(item.due_sealed)
    assert "2026-05-14" in bob.get(plan).content.decode()
