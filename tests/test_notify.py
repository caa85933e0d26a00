"""Notifications without content, through a real SMTP server on loopback (aiosmtpd).

Every delivered message, headers included, is searched for what a report carries: its text,
the case's pseudonym and short id, the report and case ids and the receipt.
"""

from __future__ import annotations

import io
import logging
import socket
import ssl
import subprocess
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message

import gnupg
import pytest
from aiosmtpd.controller import Controller
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.cases.models import Case
from refuge.intake.models import Report
from refuge.notify import services
from refuge.notify.models import Notice, StaffContact
from tests.conftest import CsrfClient, make_recovery_key, signed_in_client
from tests.hotline_helpers import receipt_from, submit_report

pytestmark = pytest.mark.django_db

CANARY = "NOTIFYCANARY-5521 taken at the checkpoint"
DIGEST = "There is new activity on the hotline. Sign in to read it."
DIGEST_RU = "На горячей линии есть новое. Войдите, чтобы прочитать."
ASSIGNED = "A case was assigned to you. Sign in to read it."
FOLLOW_UP = "A reporter wrote on a case assigned to you. Sign in to read it."


class Inbox:
    """aiosmtpd handler: keep every accepted message."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd API
        self.messages.append((list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 OK"

    def to(self, address: str) -> list[Message]:
        return [message_from_bytes(raw) for rcpt, raw in self.messages if address in rcpt]

    def bodies(self, address: str) -> list[str]:
        return [str(m.get_payload(decode=True).decode()).strip() for m in self.to(address)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LoopbackServer:
    """An SMTP server on 127.0.0.1 that can go down and come back on the same port."""

    def __init__(self, inbox: Inbox, port: int) -> None:
        self.inbox, self.port = inbox, port
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp(settings) -> Iterator[tuple[Inbox, LoopbackServer]]:
    inbox = Inbox()
    port = free_port()
    controller = LoopbackServer(inbox, port)
    settings.EMAIL_BACKEND = "refuge.notify.smtp.OpportunisticTLSBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 5
    settings.DEFAULT_FROM_EMAIL = "hotline@example.org"
    controller.start()
    yield inbox, controller
    controller.stop()


@pytest.fixture
def staff(persona_factory):
    make_recovery_key()
    people = {
        "bob": persona_factory("bob", Role.CASEWORKER, rota=True),
        "erin": persona_factory("erin", Role.CASEWORKER, rota=True),
        "charlie": persona_factory("charlie", Role.CASEWORKER),
        "cora": persona_factory("cora", Role.COORDINATOR),
        "dana": persona_factory("dana", Role.CASEWORKER, rota=True),  # no address
    }
    for name in ("bob", "erin", "charlie", "cora"):
        call_command("users", "email", name, f"{name}@staff.example.org", stdout=io.StringIO())
    return people


def _run() -> str:
    out = io.StringIO()
    call_command("notify", stdout=out, stderr=out)
    return out.getvalue()


def _canaries(receipt: str, report: Report, case: Case | None = None) -> list[str]:
    found = [CANARY, "NOTIFYCANARY", receipt, receipt.replace(" ", ""), str(report.pk)]
    found += [str(report.pk)[:8], report.short_id]
    if case is not None:
        found += [str(case.pk), case.short_id, str(case.pk).replace("-", "")]
        found += [case.pseudonym.english, case.pseudonym.russian]
    return found


def _assert_clean(inbox: Inbox, canaries: list[str]) -> None:
    assert inbox.messages
    for _rcpt, raw in inbox.messages:
        text = raw.decode("utf-8", "replace")
        for canary in canaries:
            assert canary not in text, canary
        assert socket.gethostname() not in text or socket.gethostname() == "localhost"


def test_digest_reaches_every_intake_member_with_an_address_and_nothing_else(smtp, staff) -> None:
    inbox, _controller = smtp
    reporter = CsrfClient()
    receipt = receipt_from(submit_report(reporter, account=CANARY))
    report = Report.objects.get()
    assert "2 sent" in _run()
    assert inbox.bodies("bob@staff.example.org") == [DIGEST]
    assert inbox.bodies("erin@staff.example.org") == [DIGEST]
    assert inbox.to("charlie@staff.example.org") == []  # not in the intake team
    assert inbox.to("cora@staff.example.org") == []
    assert len(inbox.messages) == 2
    _assert_clean(inbox, _canaries(receipt, report))
    assert not Notice.objects.exists()

    # No new activity, no digest.
    _run()
    assert len(inbox.messages) == 2


def test_digest_always_sent_when_configured(smtp, staff, settings) -> None:
    inbox, _controller = smtp
    settings.REFUGE_NOTIFY_ALWAYS = True
    _run()
    _run()
    assert inbox.bodies("bob@staff.example.org") == [DIGEST, DIGEST]


def test_digest_in_the_staff_members_language(smtp, staff) -> None:
    inbox, _controller = smtp
    call_command("users", "email", "bob", "bob@staff.example.org", "--language", "ru")
    submit_report(CsrfClient(), account=CANARY)
    _run()
    assert inbox.bodies("bob@staff.example.org") == [DIGEST_RU]
    assert inbox.bodies("erin@staff.example.org") == [DIGEST]


def test_assignment_and_follow_up_tell_the_caseworker_and_nothing_more(
    smtp, staff, django_capture_on_commit_callbacks
) -> None:
    inbox, _controller = smtp
    reporter = CsrfClient()
    receipt = receipt_from(submit_report(reporter, account=CANARY))
    report = Report.objects.get()
    signed_in_client(staff["bob"]).post(reverse("cases:open_from_report", args=[report.pk]))
    case = Case.objects.get()
    cora = signed_in_client(staff["cora"])
    with django_capture_on_commit_callbacks(execute=True):
        cora.post(
            reverse("cases:action", args=[case.pk, "assign"]),
            {"version": case.version, "user": staff["charlie"].user.pk},
        )
    assert Notice.objects.filter(user=staff["charlie"].user, kind=Notice.Kind.ASSIGNED).exists()
    _run()
    assert inbox.bodies("charlie@staff.example.org") == [ASSIGNED]

    # The reporter writes again: Bob and Charlie, assigned, are told; nobody else is.
    reporter = CsrfClient()
    reporter.post(reverse("intake:return"), {"receipt": receipt})
    with django_capture_on_commit_callbacks(execute=True):
        reporter.post(reverse("intake:thread"), {"body": "NOTIFYCANARY follow-up"})
    inbox.messages.clear()
    _run()
    assert inbox.bodies("charlie@staff.example.org") == [FOLLOW_UP]
    assert FOLLOW_UP in inbox.bodies("bob@staff.example.org")
    assert inbox.to("cora@staff.example.org") == []
    case.refresh_from_db()
    _assert_clean(inbox, _canaries(receipt, report, case))


def test_smtp_down_loses_nothing_and_the_next_run_delivers(smtp, staff, caplog) -> None:
    inbox, controller = smtp
    submit_report(CsrfClient(), account=CANARY)
    controller.stop()
    with caplog.at_level(logging.WARNING, logger="refuge.notify"):
        output = _run()  # no exception: the command ends normally
    assert "'connect' failed" in output
    assert Notice.objects.filter(kind=Notice.Kind.DIGEST).count() == 2
    logged = caplog.text + output
    assert "connect" in caplog.text
    for secret in ("bob@staff.example.org", "erin@", CANARY):
        assert secret not in logged
    controller.start()
    assert "2 sent" in _run()
    assert inbox.bodies("bob@staff.example.org") == [DIGEST]
    assert not Notice.objects.exists()


def test_no_smtp_host_keeps_the_queue(staff, settings) -> None:
    settings.EMAIL_HOST = ""
    submit_report(CsrfClient(), account=CANARY)
    assert "'connect' failed" in _run()
    assert Notice.objects.count() == 2


def test_malformed_address_is_refused_when_set(staff) -> None:
    for bad in ("not-an-address", "a@b@c.org", "bob@example.org\nBcc: x@y.org", "a b@c.org", ""):
        with pytest.raises(CommandError, match=r"valid e-mail address|ADDRESS"):
            call_command("users", "email", "dana", bad)
    assert not StaffContact.objects.filter(user=staff["dana"].user).exists()
    with pytest.raises(services.NotifyError, match="languages"):
        services.contact_set(actor=None, user=staff["dana"].user, address="d@x.org", language="xx")


def test_address_is_stored_encrypted(staff) -> None:
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from introspection
            dump = repr(cursor.fetchall())
            assert "staff.example.org" not in dump, table
    contact = StaffContact.objects.get(user=staff["bob"].user)
    assert services.contact_address(contact) == "bob@staff.example.org"


def test_removing_the_address_drops_waiting_notices(staff, settings) -> None:
    settings.EMAIL_HOST = ""
    submit_report(CsrfClient(), account=CANARY)
    _run()
    call_command("users", "email", "bob", "--remove", stdout=io.StringIO())
    assert not Notice.objects.filter(user=staff["bob"].user).exists()
    assert not StaffContact.objects.filter(user=staff["bob"].user).exists()


def test_administrator_sets_the_address_on_the_staff_page(staff, persona_factory) -> None:
    alice = signed_in_client(persona_factory("alice", Role.ADMINISTRATOR))
    url = reverse("accounts:staff_notifications", args=[staff["dana"].user.pk])
    assert (
        url
        in alice.get(
            reverse("accounts:staff_detail", args=[staff["dana"].user.pk])
        ).content.decode()
    )
    refused = alice.post(url, {"address": "dana at example", "language": "en"})
    assert refused.status_code == 200
    assert "valid e-mail address" in refused.content.decode()
    assert not StaffContact.objects.filter(user=staff["dana"].user).exists()
    alice.post(url, {"address": "dana@staff.example.org", "language": "ru"})
    contact = StaffContact.objects.get(user=staff["dana"].user)
    assert (services.contact_address(contact), contact.language) == ("dana@staff.example.org", "ru")
    assert "dana@staff.example.org" in alice.get(url).content.decode()
    alice.post(url, {"address": "", "language": "ru"})
    assert not StaffContact.objects.filter(user=staff["dana"].user).exists()
    # Only administrators.
    assert signed_in_client(staff["bob"]).get(url).status_code == 403


def test_the_loop_started_by_serve_stops_when_its_server_is_gone(staff, settings) -> None:
    settings.EMAIL_HOST = ""
    out = io.StringIO()
    # PID 1 is not our parent: like a notifier whose server died, it runs once and returns.
    call_command("notify", "--every", "0.001", "--parent", "1", stdout=out, stderr=out)
    assert out.getvalue().count("notify:") == 1


@pytest.fixture
def tls_files(tmp_path) -> tuple[str, str]:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
            "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return str(key), str(cert)


class TlsInbox(Inbox):
    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd API
        assert session.ssl is not None, "the message came in clear"
        return await super().handle_DATA(server, session, envelope)


def _tls_server(tls_files, settings) -> tuple[Inbox, Controller]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tls_files[1], tls_files[0])
    inbox = TlsInbox()
    port = free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True
    )
    settings.EMAIL_BACKEND = "refuge.notify.smtp.OpportunisticTLSBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    controller.start()
    return inbox, controller


def test_starttls_is_used_when_offered_and_the_certificate_checked(
    tls_files, staff, settings
) -> None:
    inbox, controller = _tls_server(tls_files, settings)
    try:
        submit_report(CsrfClient(), account=CANARY)
        # A certificate the system does not trust: nothing is sent, everything waits.
        assert "'connect' failed" in _run()
        assert Notice.objects.count() == 2 and not inbox.messages
        settings.REFUGE_EMAIL_CA_FILE = tls_files[1]
        assert "2 sent" in _run()
        assert inbox.bodies("bob@staff.example.org") == [DIGEST]
    finally:
        controller.stop()


@pytest.fixture
def openpgp_keys(tmp_path) -> tuple[gnupg.GPG, str]:
    """A throw-away keyring holding one fast (Curve25519) key; return it and the public key."""
    home = tmp_path / "gpg"
    home.mkdir(mode=0o700)
    gpg = gnupg.GPG(gnupghome=str(home))
    generated = gpg.gen_key(
        gpg.gen_key_input(
            key_type="EDDSA",
            key_curve="ed25519",
            subkey_type="ECDH",
            subkey_curve="cv25519",
            name_email="bob@staff.example.org",
            no_protection=True,
        )
    )
    assert generated.fingerprint
    return gpg, str(gpg.export_keys(generated.fingerprint))


def test_messages_are_encrypted_to_the_staff_members_openpgp_key(
    smtp, staff, openpgp_keys, tmp_path
) -> None:
    inbox, _controller = smtp
    gpg, public_key = openpgp_keys
    key_file = tmp_path / "bob.asc"
    key_file.write_text(public_key)
    call_command(
        "users", "email", "bob", "bob@staff.example.org", "--openpgp-key", str(key_file),
        stdout=io.StringIO(),
    )  # fmt: skip
    submit_report(CsrfClient(), account=CANARY)
    assert "2 sent" in _run()
    (raw,) = [raw for rcpt, raw in inbox.messages if "bob@staff.example.org" in rcpt]
    assert b"-----BEGIN PGP MESSAGE-----" in raw
    assert b"new activity" not in raw
    (body,) = inbox.bodies("bob@staff.example.org")
    assert str(gpg.decrypt(body)).strip() == DIGEST
    assert inbox.bodies("erin@staff.example.org") == [DIGEST]  # no key: plain


def test_a_key_that_cannot_encrypt_is_refused(staff, tmp_path) -> None:
    key_file = tmp_path / "junk.asc"
    key_file.write_text("-----BEGIN PGP PUBLIC KEY BLOCK-----\nnonsense\n")
    with pytest.raises(CommandError, match="OpenPGP public key"):
        call_command("users", "email", "dana", "dana@x.org", "--openpgp-key", str(key_file))
    assert not StaffContact.objects.filter(user=staff["dana"].user).exists()


def test_addresses_survive_a_server_key_rotation(staff, settings) -> None:
    from refuge import crypto

    contact = StaffContact.objects.get(user=staff["bob"].user)
    old_envelope = bytes(contact.address_encrypted)
    settings.REFUGE_SERVER_KEY_PREVIOUS = settings.REFUGE_SERVER_KEY
    settings.REFUGE_SERVER_KEY = crypto.encode_key(crypto.random_key())
    assert services.contact_address(contact) == "bob@staff.example.org"
    contact.refresh_from_db()
    assert bytes(contact.address_encrypted) != old_envelope  # sealed again, under the new key
    settings.REFUGE_SERVER_KEY_PREVIOUS = ""
    assert services.contact_address(contact) == "bob@staff.example.org"
