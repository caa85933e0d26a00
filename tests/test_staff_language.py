"""Staff pages speak in words, in the reader's language: audit actions, act types, months,
regions, estimation warnings and counts with their plurals (issue 14)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from refuge.accounts.models import Role
from refuge.accounts.services import staff_keypair_unlock
from refuge.audit.labels import ACTION_LABELS, action_label, target_label
from refuge.audit.models import AuditEntry
from refuge.findings.texts import warning_text
from refuge.findings.views import linkage_summary
from refuge.record import services
from tests.conftest import signed_in_client


def test_every_audit_action_the_code_writes_has_a_label() -> None:
    root = Path(__file__).resolve().parents[1] / "refuge"
    actions = set()
    for path in root.rglob("*.py"):
        for line in path.read_text().splitlines():
            if "action" in line:
                actions |= set(re.findall(r'"([a-z_]+\.[a-z_]+)"', line))
    assert len(actions) > 50
    assert actions <= ACTION_LABELS.keys(), sorted(actions - ACTION_LABELS.keys())


def test_audit_actions_and_targets_read_as_words_in_both_languages() -> None:
    with translation.override("en"):
        assert action_label("user.signed_in") == "signed in"
        assert action_label("nobody.knows") == "other action (nobody.knows)"
        assert target_label("cases.case") == "case"
    with translation.override("ru"):
        assert action_label("user.signed_in") == "вход в систему"
        assert action_label("nobody.knows") == "другое действие (nobody.knows)"
        assert target_label("accounts.user") == "учётная запись"
        assert target_label("shop.widget") == "widget"


@pytest.mark.django_db
def test_the_audit_log_shows_sentences_with_times_and_their_zone(admin) -> None:
    from refuge.audit.services import audit_record

    audit_record(actor=admin.user, action="user.signed_in", target=admin.user, details={})
    client = signed_in_client(admin)
    page = client.get(reverse("audit:log")).content.decode()
    assert "signed in" in page and "user.signed_in" not in page
    assert "UTC" in page
    client.post(reverse("set_language"), {"language": "ru"})
    russian = client.get(reverse("audit:log")).content.decode()
    assert "вход в систему" in russian and "учётная запись" in russian
    assert AuditEntry.objects.filter(action="user.signed_in").exists()


@pytest.mark.django_db
def test_the_audit_log_comes_in_pages(admin, monkeypatch) -> None:
    from refuge.audit.services import audit_record
    from refuge.site import audit_views

    for _n in range(5):
        audit_record(actor=None, action="backup.created", target=None, details={})
    monkeypatch.setattr(audit_views, "PER_PAGE", 2)
    client = signed_in_client(admin)
    first = client.get(reverse("audit:log")).content.decode()
    assert "Page 1 of" in first and "?page=2" in first
    assert client.get(reverse("audit:log"), {"page": "99"}).status_code == 200


def test_estimation_warnings_are_translated_with_their_figures() -> None:
    english = "effective sample size 212 < 400: the interval's ends are unreliable; raise --samples"
    with translation.override("ru"):
        assert warning_text(english) == (
            "эффективный размер выборки 212 меньше 400: границы интервала ненадёжны"
        )
        assert warning_text("lists A and B share nobody: any model").startswith(
            "у источников A и B нет ни одного общего человека"
        )
        assert warning_text("something new") == "something new"


def test_linkage_counts_agree_with_their_numbers() -> None:
    with translation.override("en"):
        assert linkage_summary(records=1, people=1, queued=1) == (
            "1 record is 1 person; 1 new pair to review."
        )
        assert linkage_summary(records=5, people=3, queued=0) == (
            "5 records are 3 people; 0 new pairs to review."
        )
    with translation.override("ru"):
        assert linkage_summary(records=5, people=2, queued=1) == (
            "5 записей — это 2 человека; 1 новая пара на проверку."
        )


@pytest.mark.django_db
def test_record_statistics_name_act_types_months_and_regions(persona_factory, settings) -> None:
    settings.REFUGE_SMALL_CELL_K = 1
    dana = persona_factory("dana", Role.ANALYST)
    key = services.record_key_for(
        user=dana.user, keypair=staff_keypair_unlock(user=dana.user, password=dana.password)
    )
    imported = services.partner_list_import(
        actor=dana.user,
        key=key,
        text="name,act_type,date,place\nAdam A,detention,2017-04,Argun\n",
        source_title="List A",
    )
    assert imported.errors == []
    client = signed_in_client(dana)
    page = client.get(reverse("record:home")).content.decode()
    assert "<td>Detention</td>" in page and "<td>April 2017</td>" in page
    assert "<td>Chechnya</td>" in page and "<td>detention</td>" not in page
    assert "(month)" not in page
    client.post(reverse("set_language"), {"language": "ru"})
    russian = client.get(reverse("record:home")).content.decode()
    assert "<td>Задержание</td>" in russian and "<td>Чечня</td>" in russian
    assert "Апрель 2017" in russian and "Реестр нарушений" in russian


def test_what_a_figure_counted_reads_in_russian() -> None:
    from refuge.media.labels import counted_label

    with translation.override("en"):
        assert counted_label("men detained") == "men detained"
    with translation.override("ru"):
        assert counted_label("men detained") == "мужчины — задержаны"
        assert counted_label("people asked for help") == "люди — обратились за помощью"
        assert counted_label("messages") == "сообщения"
        assert counted_label("goats milked") == "goats milked"
