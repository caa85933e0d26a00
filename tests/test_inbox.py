"""The hotline inbox, triage proposed from a report, who is reporting, and what the reporter
sees after sending — through the HTTP surface, with personas.

Bob is on the intake rota and opens cases; Cora coordinates; Charlie is a caseworker off the
rota and sees nothing.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from refuge.accounts.models import Role
from refuge.accounts.session import WRAPPED_PRIVATE_KEY
from refuge.audit.models import AuditEntry
from refuge.cases.models import Case
from refuge.cases.services import case_open_for_staff
from refuge.cases.triage import case_relationship, risks_in
from refuge.intake import views as intake_views
from refuge.intake.answers import Danger, excerpt, language_label, neutral_name
from refuge.intake.models import Question, Report
from refuge.keys import custody
from tests.conftest import CsrfClient, make_recovery_key, signed_in_client
from tests.hotline_helpers import jpeg_with_exif, receipt_from, submit_report, upload

pytestmark = pytest.mark.django_db

IN_DANGER_EN = "No, I am in danger"
IN_DANGER_RU = "Нет, мне угрожает опасность"


@pytest.fixture
def rota(persona_factory):
    make_recovery_key()
    return {
        "bob": persona_factory("bob", Role.CASEWORKER, rota=True),
        "cora": persona_factory("cora", Role.COORDINATOR, rota=True),
        "charlie": persona_factory("charlie", Role.CASEWORKER),
    }


def _inbox(client, **query: str) -> str:
    response = client.get(reverse("intake:inbox"), query)
    assert response.status_code == 200
    return response.content.decode()


def _age(report: Report, hours: int) -> None:
    """Move a report's times back, as if it had come in ``hours`` ago."""
    when = timezone.now() - timedelta(hours=hours)
    Report.objects.filter(pk=report.pk).update(submitted_at=when, last_reporter_activity_at=when)


def _russian(client: CsrfClient) -> CsrfClient:
    client.post(reverse("set_language"), {"language": "ru", "next": "/"})
    return client


# --- The inbox ---


def test_inbox_puts_people_in_danger_first_with_name_language_and_excerpt(rota) -> None:
    submit_report(CsrfClient(), account="All calm, just documenting what I saw last year.")
    _age(Report.objects.get(), 1)
    submit_report(
        _russian(CsrfClient()),
        account="Меня ищут, отобрали телефон на посту в Грозном.",
        q_safe_now=IN_DANGER_RU,
        files=[upload("IMG_20170403_Grozny.jpg", jpeg_with_exif(), "image/jpeg")],
    )
    danger = Report.objects.get(danger=Danger.IN_DANGER)
    _age(danger, 5)  # older, yet first: danger before recency
    calm = Report.objects.get(danger=Danger.SAFE)

    page = _inbox(signed_in_client(rota["bob"]))
    assert page.index(str(danger.pseudonym)) < page.index(str(calm.pseudonym))
    assert danger.short_id in page, "the short id stays, as a secondary label"
    assert "In danger" in page and "Русский" in page and "English" in page
    assert "отобрали телефон" in page, "an excerpt, decrypted in memory"
    assert "1 file" in page
    assert "(to the hour)" in page and "UTC" in page, "rounding and time zone stated"
    assert ">ru<" not in page

    newest = _inbox(signed_in_client(rota["bob"]), sort="newest")
    assert newest.index(str(calm.pseudonym)) < newest.index(str(danger.pseudonym))


def test_danger_is_the_only_answer_in_clear(rota) -> None:
    submit_report(CsrfClient(), account="CANARYACCOUNT", q_safe_now=IN_DANGER_EN)
    report = Report.objects.get()
    assert report.danger == Danger.IN_DANGER
    assert b"CANARYACCOUNT" not in bytes(report.content)
    assert b"danger" not in bytes(report.content)


def test_without_the_unlocked_key_the_inbox_shows_no_excerpt(rota) -> None:
    submit_report(CsrfClient(), account="EXCERPTCANARY detained yesterday", q_safe_now=IN_DANGER_EN)
    bob = signed_in_client(rota["bob"])
    session = bob.session
    del session[WRAPPED_PRIVATE_KEY]
    session.save()
    page = _inbox(bob)
    assert "EXCERPTCANARY" not in page
    assert "Your key is locked" in page
    assert "In danger" in page, "the level is known without the key"


def test_inbox_is_paged_and_others_see_nothing(rota, monkeypatch) -> None:
    monkeypatch.setattr(intake_views, "INBOX_PAGE", 2)
    for n in range(3):
        submit_report(CsrfClient(), account=f"Report number {n}.")
    bob = signed_in_client(rota["bob"])
    first, second = _inbox(bob), _inbox(bob, page="2")
    assert "page 1 of 2" in first and "page 2 of 2" in second
    names = [str(r.pseudonym) for r in Report.objects.all()]
    assert sum(name in first for name in names) == 2
    assert sum(name in second for name in names) == 1
    charlie = _inbox(signed_in_client(rota["charlie"]))
    assert not any(name in charlie for name in names)


def test_a_follow_up_moves_last_activity_and_the_report_up(rota) -> None:
    reporter = CsrfClient()
    receipt = receipt_from(submit_report(reporter, account="First, long ago."))
    old = Report.objects.get()
    _age(old, 48)
    submit_report(CsrfClient(), account="Second, this morning.")
    fresh = Report.objects.exclude(pk=old.pk).get()
    _age(fresh, 2)
    bob = signed_in_client(rota["bob"])
    page = _inbox(bob, sort="newest")
    assert page.index(str(fresh.pseudonym)) < page.index(str(old.pseudonym))

    reporter.post(reverse("intake:return"), {"receipt": receipt})
    reporter.post(reverse("intake:thread"), {"body": "More: they came back."})
    old.refresh_from_db()
    assert old.last_reporter_activity_at > old.submitted_at
    page = _inbox(bob, sort="newest")
    assert page.index(str(old.pseudonym)) < page.index(str(fresh.pseudonym))
    assert "sent " in page, "the first sending stays visible beside the last activity"


def test_the_inbox_renders_in_russian(rota) -> None:
    submit_report(CsrfClient(), account="Threatened.", q_safe_now=IN_DANGER_EN)
    page = _inbox(_russian(signed_in_client(rota["bob"])))
    assert Report.objects.get().pseudonym.russian in page
    assert "В опасности" in page and "сначала самые срочные" in page


# --- Triage proposed from the report ---


def test_triage_is_proposed_from_the_report_and_confirmed_by_the_coordinator(rota, stages) -> None:
    submit_report(
        _russian(CsrfClient()),
        account="Задержали на посту, отобрали телефон, били. Я у родственников.",
        q_where="Грозный, Старопромысловский район",
        q_safe_now=IN_DANGER_RU,
        q_relationship="Родственник или родственница",
    )
    report = Report.objects.get()
    cora = signed_in_client(rota["cora"])
    url = reverse("cases:open_from_report", args=[report.pk])
    form = cora.get(url).content.decode()
    assert 'value="immediate" selected' in form
    assert 'value="chechnya" selected' in form
    for flag in ("phone_seized", "detained", "injured"):
        assert re.search(rf'value="{flag}"[^>]*checked', form), flag
    assert 'value="relative" selected' in form
    assert not Case.objects.exists(), "nothing is decided by looking"
    assert AuditEntry.objects.filter(action="report.read", actor_id=rota["cora"].user.pk).exists()

    # The coordinator changes the region, keeps the rest.
    response = cora.post(
        url,
        {
            "urgency": "immediate",
            "region": "ingushetia",
            "risk_flags": ["phone_seized", "detained"],
            "relationship": "relative",
        },
    )
    case = Case.objects.get()
    assert response["Location"] == reverse("cases:detail", args=[case.pk])
    assert (case.urgency, case.region) == ("immediate", "ingushetia")
    assert case.risk_flags == ["detained", "phone_seized"]
    assert b"relative" not in bytes(case.relationship), "who told us is encrypted"
    keypair = custody.staff_key_unlock(user=rota["cora"].user, password=rota["cora"].password)
    opened = case_open_for_staff(case=case, user=rota["cora"].user, keypair=keypair)
    assert case_relationship(opened=opened) == "relative"


def test_an_english_report_proposes_too(rota, stages) -> None:
    submit_report(
        CsrfClient(),
        account="Police took my passport and seized my phone. I'm 16.",
        q_where="in Moscow, near the metro",
        q_safe_now="I am not sure",
    )
    report = Report.objects.get()
    form = signed_in_client(rota["cora"]).get(reverse("cases:open_from_report", args=[report.pk]))
    page = form.content.decode()
    assert 'value="high" selected' in page and 'value="moscow" selected' in page
    for flag in ("phone_seized", "documents_taken", "minor"):
        assert re.search(rf'value="{flag}"[^>]*checked', page), flag


def test_an_invalid_confirmation_opens_nothing(rota, stages) -> None:
    submit_report(CsrfClient(), account="Help.")
    report = Report.objects.get()
    response = signed_in_client(rota["cora"]).post(
        reverse("cases:open_from_report", args=[report.pk]), {"urgency": "whenever"}
    )
    assert response.status_code == 400
    assert not Case.objects.exists()


def test_risk_words_need_the_taking_not_just_the_thing() -> None:
    assert "phone_seized" not in risks_in("Call me on this phone after six.")
    assert "phone_seized" not in risks_in("Позвоните мне на телефон вечером.")
    assert "phone_seized" in risks_in("У меня забрали мобильный телефон.")
    assert "documents_taken" in risks_in("Паспорт отобрали на границе.")
    assert "detained" in risks_in("Меня долго держали в отделе.")
    assert "family_threat" in risks_in("Отец хочет убить меня.")
    assert "family_threat" in risks_in("My brother wants to kill me.")


# --- Who is reporting ---


def test_the_hotline_asks_who_is_writing_once_and_optionally(rota) -> None:
    page = CsrfClient().get(reverse("intake:new")).content.decode()
    assert page.count("What happened?") == 1
    assert "Who is writing?" in page
    assert Question.objects.get(key="relationship").required is False
    submit_report(CsrfClient(), account="No relationship given.")
    assert Report.objects.count() == 1


def test_a_recorded_report_asks_the_relationship_once_and_carries_it(rota, stages) -> None:
    bob = signed_in_client(rota["bob"])
    form = bob.get(reverse("intake:record")).content.decode()
    assert "Who is writing?" not in form and "The person who told us is" in form
    bob.post(
        reverse("intake:record"),
        {
            "channel": "phone",
            "relationship": "relative",
            "language": "ru",
            "account": "Her brother called: she was taken from home.",
            "q_safe_now": IN_DANGER_EN,
        },
    )
    report = Report.objects.get()
    page = bob.get(reverse("cases:open_from_report", args=[report.pk])).content.decode()
    assert 'value="relative" selected' in page


# --- The reporter's side ---


def test_the_receipt_confirms_what_arrived_and_that_metadata_was_removed(rota) -> None:
    response = submit_report(
        CsrfClient(),
        account="Two photos.",
        files=[
            upload("IMG_20170403_Grozny.jpg", jpeg_with_exif(), "image/jpeg"),
            upload("IMG_20170404_Argun.jpg", jpeg_with_exif(), "image/jpeg"),
        ],
    )
    page = response.content.decode()
    assert "2 files." in page
    assert "was removed from the copy our staff see" in page
    receipt = receipt_from(response)
    assert receipt


def test_file_names_are_neutral_and_the_original_only_for_staff(rota) -> None:
    reporter = CsrfClient()
    receipt = receipt_from(
        submit_report(
            reporter,
            account="Photo attached.",
            q_where="Argun",
            files=[upload("IMG_20170403_Grozny.jpg", jpeg_with_exif(), "image/jpeg")],
        )
    )
    report = Report.objects.get()
    attachment = report.attachments.get()
    neutral = neutral_name(attachment.id, "image/jpeg", "IMG_20170403_Grozny.jpg")
    assert re.fullmatch(r"photo-[0-9a-f]{6}\.jpg", neutral)

    reporter.post(reverse("intake:return"), {"receipt": receipt})
    thread = reporter.get(reverse("intake:thread")).content.decode()
    assert neutral in thread and "IMG_20170403" not in thread
    assert "📎" not in thread
    assert "Your answers" in thread and "Argun" in thread, "the reporter sees their answers"

    bob = signed_in_client(rota["bob"])
    detail = bob.get(reverse("intake:report_detail", args=[report.pk])).content.decode()
    assert neutral in detail and "IMG_20170403_Grozny.jpg" in detail
    download = bob.get(reverse("intake:attachment", args=[report.pk, attachment.pk]))
    assert neutral in download["Content-Disposition"]
    assert "Grozny" not in download["Content-Disposition"]


def test_a_follow_up_says_how_many_files_arrived(rota) -> None:
    reporter = CsrfClient()
    receipt = receipt_from(submit_report(reporter, account="First."))
    reporter.post(reverse("intake:return"), {"receipt": receipt})
    page = reporter.post(
        reverse("intake:thread"),
        {"body": "A photo.", "attachments": [upload("x.jpg", jpeg_with_exif(), "image/jpeg")]},
        follow=True,
    ).content.decode()
    assert "1 file arrived." in page


# --- Small pieces ---


def test_excerpt_cuts_at_a_word_and_language_labels_are_names() -> None:
    assert excerpt("short") == "short"
    cut = excerpt("word " * 100, length=22)
    assert cut.endswith("…") and len(cut) <= 23 and "  " not in cut
    assert language_label("ru") == "Русский" and language_label("en") == "English"
    assert language_label("ce", {"ce": "Нохчийн"}) == "Нохчийн"


# --- Upgrades ---


def test_a_report_from_before_gets_its_danger_level_when_first_opened(rota, monkeypatch) -> None:
    from refuge.intake import selectors, services

    submit_report(CsrfClient(), account="Old report.", q_safe_now=IN_DANGER_EN)
    report = Report.objects.get()
    Report.objects.filter(pk=report.pk).update(danger=None)  # as rows from before 0008
    decryptions = []
    real = services.report_content
    for module in (selectors, services):
        monkeypatch.setattr(
            module, "report_content", lambda opened: decryptions.append(1) or real(opened)
        )
    bob = signed_in_client(rota["bob"])
    bob.get(reverse("intake:report_detail", args=[report.pk]))
    report.refresh_from_db()
    assert report.danger == Danger.IN_DANGER
    assert len(decryptions) == 1  # the page's own decryption serves the danger level too


@pytest.mark.django_db(transaction=True)
def test_migration_asks_who_is_writing_and_stops_asking_what_happened_twice() -> None:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    before = [("intake", "0007_question_texts")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    question_model = old.get_model("intake", "Question")
    question_model.objects.filter(key="relationship").delete()
    what, _ = question_model.objects.get_or_create(key="what", defaults={"kind": "long"})
    question_model.objects.filter(pk=what.pk).update(active=True)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(leaves)
    assert not Question.objects.get(key="what").active
    relationship = Question.objects.get(key="relationship")
    assert not relationship.required
    for language in ("en", "ru"):
        assert len(relationship.text(language).choice_list()) == 5


def test_answers_written_without_their_position_still_set_the_danger(rota, stages) -> None:
    """Scripts (the demo) store the answer's text only: it is matched in every language."""
    from refuge.intake.services import report_submit

    report, _receipt, _files = report_submit(
        account="Written by a script.",
        answers=[
            {"key": "safe_now", "question": "Вы сейчас в безопасности?", "answer": IN_DANGER_RU}
        ],
        files=[],
        language="ru",
    )
    assert report.danger == Danger.IN_DANGER
    page = signed_in_client(rota["cora"]).get(reverse("cases:open_from_report", args=[report.pk]))
    assert 'value="immediate" selected' in page.content.decode()
