"""The hotline through its HTTP surface: anonymous reporters, rota staff, and everyone else."""

from __future__ import annotations

import io
import re
import time
import uuid
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from PIL import Image

from refuge.accounts import services as account_services
from refuge.accounts.models import Role
from refuge.audit.models import AuditEntry
from refuge.core.sweep import scratch_prefix
from refuge.intake.models import Attachment, Report, SealedReportKey
from refuge.intake.receipts import receipt_normalise
from refuge.keys.models import Membership
from tests.conftest import CsrfClient, make_recovery_key, signed_in_client
from tests.hotline_helpers import (
    EXIF_SERIAL_CANARY,
    jpeg_with_exif,
    receipt_from,
    recent_temp_files,
    submit_report,
    upload,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def rota(persona_factory):
    """Bob is on the intake rota; Charlie is a caseworker who is not; Alice administers."""
    return {
        "alice": persona_factory("alice", Role.ADMINISTRATOR),
        "bob": persona_factory("bob", Role.CASEWORKER, rota=True),
        "charlie": persona_factory("charlie", Role.CASEWORKER),
        "dana": persona_factory("dana", Role.ANALYST),
    }


@pytest.fixture
def recovery_key() -> str:
    return make_recovery_key()


def test_report_reply_and_follow_up_close_the_loop(rota, recovery_key) -> None:
    reporter = CsrfClient()
    response = submit_report(
        reporter,
        account="They took my phone at the checkpoint.",
        q_where="Argun",
        files=[upload("photo.jpg", jpeg_with_exif(), "image/jpeg")],
    )
    assert response.status_code == 200
    receipt = receipt_from(response)
    assert re.fullmatch(r"\d{5}( \d{5}){4}", receipt)
    report = Report.objects.get()
    assert report.submitted_at.minute == 0 and report.submitted_at.second == 0
    holders = sorted(SealedReportKey.objects.values_list("holder", "user__username"))
    assert holders == [("receipt", None), ("recovery", None), ("team", None)]

    bob = signed_in_client(rota["bob"])
    assert report.short_id in bob.get(reverse("intake:inbox")).content.decode()
    page = bob.get(reverse("intake:report_detail", args=[report.pk])).content.decode()
    assert "They took my phone at the checkpoint." in page and "Argun" in page
    attachment = Attachment.objects.get()
    assert attachment.metadata_removed
    download = bob.get(reverse("intake:attachment", args=[report.pk, attachment.pk]))
    assert download["Content-Type"] == "application/octet-stream"
    assert "attachment;" in download["Content-Disposition"]
    cleaned = download.content
    assert cleaned[:2] == b"\xff\xd8" and EXIF_SERIAL_CANARY.encode() not in cleaned
    assert not Image.open(io.BytesIO(cleaned)).getexif(), "EXIF removed by mat2"

    bob.post(
        reverse("intake:report_reply", args=[report.pk]),
        {"body": "We received it. Are you somewhere safe tonight?"},
    )
    opened = reporter.post(reverse("intake:return"), {"receipt": receipt})
    assert opened["Location"] == reverse("intake:thread"), "post/redirect/get"
    thread = reporter.get(reverse("intake:thread")).content.decode()
    assert "Are you somewhere safe tonight?" in thread
    assert "bob" not in thread, "reporters never learn staff usernames"

    response = reporter.post(
        reverse("intake:thread"),
        {"body": "Yes, at a friend's flat.", "attachments": [upload("note.txt", b"second file")]},
        follow=True,
    )
    assert "Your message was sent." in response.content.decode()
    assert "Your message was sent." not in reporter.get(reverse("intake:thread")).content.decode()
    page = bob.get(reverse("intake:report_detail", args=[report.pk])).content.decode()
    assert "at a friend&#x27;s flat" in page and "note.txt" in page

    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {
        "report.submitted",
        "report.read",
        "report.replied",
        "report.reporter_message",
    } <= actions
    assert "attachment.downloaded" in actions


def test_only_staff_holding_the_report_key_see_it(rota) -> None:
    submit_report(CsrfClient(), account="Only for the rota.")
    assert submit_report(CsrfClient(), account="")  # refused: nothing written
    assert Report.objects.count() == 1
    report = Report.objects.get()
    attachment_url = reverse("intake:attachment", args=[report.pk, uuid.uuid4()])
    urls = [
        reverse("intake:report_detail", args=[report.pk]),
        attachment_url,
    ]
    charlie = signed_in_client(rota["charlie"])
    alice = signed_in_client(rota["alice"])
    for url in urls:
        assert charlie.get(url).status_code == 404, url
        assert alice.get(url).status_code == 404, url
    reply = reverse("intake:report_reply", args=[report.pk])
    assert charlie.post(reply, {"body": "x"}).status_code == 404
    assert report.short_id not in charlie.get(reverse("intake:inbox")).content.decode()
    dana = signed_in_client(rota["dana"])
    assert dana.get(reverse("intake:inbox")).status_code == 403
    assert dana.get(urls[0]).status_code == 403
    # A report id that does not exist answers exactly like one that is not shared.
    missing = reverse("intake:report_detail", args=[uuid.uuid4()])
    assert charlie.get(missing).status_code == 404
    assert signed_in_client(rota["bob"]).get(urls[0]).status_code == 200


def test_wrong_receipts_get_one_clear_answer(rota) -> None:
    reporter = CsrfClient()
    receipt = receipt_from(submit_report(reporter, account="hello"))
    digits = receipt.replace(" ", "")
    wrong = ("1" if digits[0] != "1" else "2") + digits[1:]
    for attempt in (wrong, "12345", "not a receipt"):
        page = reporter.post(reverse("intake:return"), {"receipt": attempt}, follow=True)
        assert page.status_code == 200
        assert "does not open a report" in page.content.decode()
        assert reporter.get(reverse("intake:thread"))["Location"] == reverse("intake:return")
    # The receipt is never accepted from a URL.
    page = reporter.get(reverse("intake:return"), {"receipt": receipt})
    assert "hello" not in page.content.decode()


def test_wrong_receipts_from_anyone_lock_no_one_out(rota) -> None:
    reporter = CsrfClient()
    receipt = receipt_from(submit_report(reporter, account="still reachable"))
    attacker = CsrfClient()
    for n in range(80):
        wrong = f"{n:05d} " * 5
        page = attacker.post(reverse("intake:return"), {"receipt": wrong}, follow=True)
        assert "does not open a report" in page.content.decode()
    page = CsrfClient().post(reverse("intake:return"), {"receipt": receipt}, follow=True)
    assert "still reachable" in page.content.decode(), "the right receipt opens at once"


def test_receipt_format() -> None:
    from refuge.intake.receipts import RECEIPT_DIGITS, receipt_generate

    receipts = {receipt_generate() for _ in range(200)}
    assert len(receipts) == 200
    assert RECEIPT_DIGITS * 3.3219 >= 80, "at least 80 bits of entropy"
    sample = next(iter(receipts))
    assert receipt_normalise(sample) == sample.replace(" ", "")
    arabic_indic = "\u0661\u0662\u0663\u0664\u0665 " * 5
    assert receipt_normalise(arabic_indic) == "12345" * 5
    assert receipt_normalise(sample + "1") is None
    assert receipt_normalise("abcde " * 5) is None


def test_oversized_upload_keeps_the_text_and_stores_nothing(rota, settings) -> None:
    settings.REFUGE_UPLOAD_MAX_BYTES = 5000
    response = submit_report(
        CsrfClient(), account="Please keep this text.", files=[upload("big.bin", b"x" * 20000)]
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "larger than" in html and "Please keep this text." in html
    assert not Report.objects.exists()


def test_unknown_and_corrupt_files_are_kept_and_flagged(rota) -> None:
    response = submit_report(
        CsrfClient(),
        account="files",
        files=[
            upload("data.xyz", b"unknown format"),
            upload("broken.jpg", b"\xff\xd8 this is not really a jpeg", "image/jpeg"),
        ],
    )
    html = response.content.decode()
    assert "data.xyz" in html and "broken.jpg" in html and "could not remove" in html
    assert sorted(Attachment.objects.values_list("metadata_removed", flat=True)) == [False, False]
    report = Report.objects.get()
    page = signed_in_client(rota["bob"]).get(reverse("intake:report_detail", args=[report.pk]))
    assert page.content.decode().count("metadata not removed") == 2


def test_empty_file_and_too_many_files_are_refused_cleanly(rota, settings) -> None:
    response = submit_report(CsrfClient(), account="keep me", files=[upload("empty.txt", b"")])
    assert "is empty" in response.content.decode() or "empty" in response.content.decode()
    assert "keep me" in response.content.decode()
    settings.REFUGE_UPLOAD_MAX_FILES = 1
    response = submit_report(
        CsrfClient(), account="two", files=[upload("a.txt", b"a"), upload("b.txt", b"b")]
    )
    assert "At most 1 files" in response.content.decode()
    assert not Report.objects.exists()


def test_tampered_ciphertext_gives_a_clear_error_and_changes_nothing(rota) -> None:
    submit_report(CsrfClient(), account="original text")
    report = Report.objects.get()
    content = bytearray(bytes(report.content))
    content[-1] ^= 0x01
    Report.objects.filter(pk=report.pk).update(content=bytes(content))
    bob = signed_in_client(rota["bob"])
    response = bob.get(reverse("intake:report_detail", args=[report.pk]))
    assert response.status_code == 500
    assert "integrity check" in response.content.decode()
    assert bytes(Report.objects.get().content) == bytes(content)


def test_a_message_reattributed_or_a_file_marked_clean_in_the_database_fails(rota) -> None:
    """A database writer cannot make a reporter's message look like staff's, move it in time,
    or mark a file whose metadata was not removed as cleaned: the envelopes bind those facts."""
    from refuge.intake.models import Message

    reporter = CsrfClient()
    receipt = receipt_from(
        submit_report(reporter, account="first", files=[upload("notes.bin", b"\x00raw")])
    )
    reporter.post(reverse("intake:return"), {"receipt": receipt})
    reporter.post(reverse("intake:thread"), {"body": "a follow-up from the reporter"})
    report = Report.objects.get()
    bob = signed_in_client(rota["bob"])
    url = reverse("intake:report_detail", args=[report.pk])
    assert "a follow-up from the reporter" in bob.get(url).content.decode()

    message = Message.objects.get()
    Message.objects.filter(pk=message.pk).update(author="staff", staff_user=rota["bob"].user)
    assert "integrity check" in bob.get(url).content.decode()
    Message.objects.filter(pk=message.pk).update(author="reporter", staff_user=None)
    assert bob.get(url).status_code == 200

    attachment = Attachment.objects.get()
    Attachment.objects.filter(pk=attachment.pk).update(
        metadata_removed=not attachment.metadata_removed
    )
    assert "integrity check" in bob.get(url).content.decode()


def test_staff_without_an_unlocked_key_are_asked_for_their_password(rota) -> None:
    submit_report(CsrfClient(), account="locked")
    report = Report.objects.get()
    bob = signed_in_client(rota["bob"])
    del bob.cookies["refuge_unlock"]
    url = reverse("intake:report_detail", args=[report.pk])
    response = bob.get(url)
    assert response["Location"].startswith(reverse("accounts:reauth"))
    wrong = bob.post(reverse("accounts:reauth"), {"password": "wrong", "next": url})
    assert "not right" in wrong.content.decode()
    bob.post(reverse("accounts:reauth"), {"password": rota["bob"].password, "next": url})
    assert "locked" in bob.get(url).content.decode()


def test_password_change_keeps_access_and_reset_plus_recovery_restores_it(
    rota, recovery_key, capsys, monkeypatch
) -> None:
    submit_report(CsrfClient(), account="survives password changes")
    report = Report.objects.get()
    url = reverse("intake:report_detail", args=[report.pk])
    bob = signed_in_client(rota["bob"])
    new = "bob's second long passphrase"
    bob.post(
        reverse("accounts:password_change"),
        {"old_password": rota["bob"].password, "new_password1": new, "new_password2": new},
    )
    assert "survives password changes" in bob.get(url).content.decode()

    # Bob forgets his password; an administrator resets it. His old key is gone for good...
    account_services.user_reset_password(actor=rota["alice"].user, user=rota["bob"].user)
    assert not Membership.objects.filter(user=rota["bob"].user).exists()
    account_services.user_change_password(user=rota["bob"].user, new_password=new)
    rota["bob"].password = new
    assert signed_in_client(rota["bob"]).get(url).status_code == 404

    # ...and the offline recovery key gives him the intake team, every report with it.
    monkeypatch.setattr("sys.stdin", io.StringIO(recovery_key + "\n"))
    call_command("recovery", "reseal", "bob", "--team", "intake")
    assert "bob: intake (" in capsys.readouterr().out
    assert "survives password changes" in signed_in_client(rota["bob"]).get(url).content.decode()


def test_reply_by_staff_is_audited_and_cannot_be_empty(rota) -> None:
    from refuge.audit.models import AuditEntry

    submit_report(CsrfClient(), account="x")
    report = Report.objects.get()
    bob = signed_in_client(rota["bob"])
    response = bob.post(reverse("intake:report_reply", args=[report.pk]), {"body": "  "})
    assert "Write a message" in response.content.decode()
    assert not AuditEntry.objects.filter(action="report.replied").exists()
    bob.post(reverse("intake:report_reply", args=[report.pk]), {"body": "We read you."})
    replied = AuditEntry.objects.get(action="report.replied")
    assert replied.actor_label == "bob" and replied.target_id == str(report.pk)


def test_administrators_edit_the_questionnaire(rota) -> None:
    alice = signed_in_client(rota["alice"])
    response = alice.post(
        reverse("intake:question_new"),
        {
            "key": "documents",
            "position": 9,
            "kind": "choice",
            "label_en": "Were your documents taken?",
            "label_ru": "Забрали ли ваши документы?",
            "choices_en": "Yes\nNo",
            "choices_ru": "Да\nНет",
            "active": "on",
        },
    )
    assert response.status_code == 302
    form = CsrfClient().get(reverse("intake:new")).content.decode()
    assert "Were your documents taken?" in form
    assert signed_in_client(rota["bob"]).get(reverse("intake:questions")).status_code == 403
    bad = alice.post(
        reverse("intake:question_new"),
        {"key": "bad", "position": 1, "kind": "choice", "label_en": "x", "label_ru": "x"},
    )
    assert "needs choices" in bad.content.decode()


@pytest.mark.serial  # reads every recent file in the machine's temp dirs: run alone
@pytest.mark.django_db(transaction=True)
def test_seized_server_reveals_no_report_content(
    rota, tmp_path, caplog, settings, questionnaire
) -> None:
    """Canaries in text, answers, a filename and EXIF fields appear nowhere at rest."""
    started = time.time() - 1
    canaries = {
        "text": "CANARYTEXT9931 Argun police station",
        "answer": "CANARYANSWER5520",
        "filename": "CANARYFILENAME7781.jpg",
    }
    submit_report(
        CsrfClient(),
        account=canaries["text"],
        q_where=canaries["answer"],
        files=[upload(canaries["filename"], jpeg_with_exif(), "image/jpeg")],
    )
    report = Report.objects.get()
    bob = signed_in_client(rota["bob"])
    bob.get(reverse("intake:report_detail", args=[report.pk]))
    bob.post(reverse("intake:report_reply", args=[report.pk]), {"body": "CANARYREPLY3301"})
    searched = [*canaries.values(), "CANARYREPLY3301", EXIF_SERIAL_CANARY, "CanaryCamMakeX"]

    if connection.vendor == "sqlite":
        dump = "\n".join(connection.connection.iterdump()).encode()
    else:
        import subprocess

        from refuge.core.backup import _pg_env

        dump = subprocess.run(
            ["pg_dump", "--data-only"], env=_pg_env(), capture_output=True, check=True
        ).stdout
    assert report.receipt_tag.encode() in dump, "the dump holds this test's data"
    files = b"".join(p.read_bytes() for p in settings.REFUGE_FILE_STORE.rglob("*") if p.is_file())
    logs = "\n".join(record.getMessage() for record in caplog.records)
    temp = recent_temp_files(started)
    # This process's work dirs: another test process (make test runs two) may be mid-upload.
    own = f"{scratch_prefix()}*"
    assert not list(Path(settings.REFUGE_RAM_TMPDIR).glob(own)), "RAM work dirs removed"
    for canary in searched:
        assert canary.encode() not in temp, canary
        assert canary.encode() not in dump, canary
        assert canary.encode() not in files, canary
        assert canary not in logs, canary
