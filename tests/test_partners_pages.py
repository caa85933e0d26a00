"""The partner directory page and a case's referral page, through the HTTP surface.

Cora coordinates, Alice administers, Bob is the assigned caseworker: Bob gets 404 on every
partner page. The partner is an organisation made here, so the test can open its packages.
"""

from __future__ import annotations

import base64
import json
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from refuge import crypto
from refuge.accounts.models import Role
from refuge.audit.models import AuditEntry
from refuge.cases.models import Case, Consent
from refuge.intake.models import Report
from refuge.keys.directory import directory_problems
from refuge.partners import imports, services
from refuge.partners.models import Partner, ReceivedPackage, Referral
from refuge.partners.package import (
    PackageError,
    key_file_write,
    package_open,
    package_recipient,
    package_write,
    signature_valid,
)
from tests.conftest import CsrfClient, foreign_organisation, signed_in_client
from tests.hotline_helpers import submit_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(persona_factory, questionnaire, stages):
    people = {
        "alice": persona_factory("alice", Role.ADMINISTRATOR),
        "cora": persona_factory("cora", Role.COORDINATOR),
        "bob": persona_factory("bob", Role.CASEWORKER, rota=True),
    }
    submit_report(CsrfClient(), account="SECRET-ACCOUNT detained in Argun.")
    report = Report.objects.get()
    signed_in_client(people["bob"]).post(reverse("cases:open_from_report", args=[report.pk]))
    case = Case.objects.get()
    Consent.objects.create(
        case=case,
        kind=Consent.Kind.PARTNERS,
        granted=True,
        recorded_by=people["cora"].user,
        recorded_at=timezone.now(),
    )
    clients = {name: signed_in_client(persona) for name, persona in people.items()}
    return {"people": people, "clients": clients, "case": case, "partner": foreign_organisation()}


def test_coordinators_add_and_verify_partners_and_caseworkers_see_nothing(world) -> None:
    cora, bob = world["clients"]["cora"], world["clients"]["bob"]
    keys = world["partner"].keys
    page = cora.get(reverse("partners:list")).content.decode()
    assert services.identity_get() is not None  # made on the first visit
    assert services.public_keys(services.identity_get()).fingerprint in page
    response = cora.post(
        reverse("partners:list"), {"name": "Lawyers", "key_file": key_file_write(keys)}
    )
    assert response.status_code == 302
    partner = Partner.objects.get()
    assert keys.fingerprint in cora.get(reverse("partners:list")).content.decode()
    assert not partner.verified
    assert bob.get(reverse("partners:list")).status_code == 404
    assert bob.post(reverse("partners:verify", args=[partner.pk])).status_code == 404
    cora.post(reverse("partners:verify", args=[partner.pk]))
    partner.refresh_from_db()
    assert partner.verified and partner.verified_by == world["people"]["cora"].user
    assert AuditEntry.objects.filter(action="partner.verified").count() == 1
    assert directory_problems() == []


def test_a_verification_written_straight_into_the_database_is_refused(world) -> None:
    partner = services.partner_add(
        actor=None, name="Lawyers", key_file=key_file_write(world["partner"].keys)
    )
    Partner.objects.filter(pk=partner.pk).update(verified_at=timezone.now())
    problems = [str(problem) for problem in directory_problems()]
    assert problems == [f"partner key #{partner.pk} (Lawyers): MAC does not match"]
    partner.refresh_from_db()
    with pytest.raises(services.PartnerError, match="failed its check"):
        services._partner_usable(partner)


def test_the_package_holds_only_the_chosen_and_consented_parts(world) -> None:
    cora, case, org = world["clients"]["cora"], world["case"], world["partner"]
    cora.get(reverse("partners:list"))
    cora.post(reverse("partners:list"), {"name": "Lawyers", "key_file": key_file_write(org.keys)})
    partner = Partner.objects.get()
    cora.post(reverse("partners:verify", args=[partner.pk]))
    detail = cora.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert reverse("partners:refer", args=[case.pk]) in detail
    assert cora.get(reverse("partners:refer", args=[case.pk])).status_code == 200
    cora.post(
        reverse("partners:refer_consent", args=[case.pk]),
        {"partner": partner.pk, "granted": "on", "parts": ["summary", "needs", "thread"]},
    )
    write = reverse("partners:refer_write", args=[case.pk])
    refused = cora.post(
        write, {"partner": partner.pk, "parts": ["summary", "report"], "summary": "S"}
    )
    assert "does not cover" in refused.content.decode()
    response = cora.post(
        write, {"partner": partner.pk, "parts": ["summary", "needs"], "summary": "S", "needs": "N"}
    )
    assert response["Content-Disposition"].startswith('attachment; filename="referral-')
    to, sealed = package_recipient(response.content)
    assert to == org.keys.fingerprint
    message = package_open(sealed, org.encryption)
    identity = services.public_keys(services.identity_get())
    assert message.sender == identity and signature_valid(message, identity.signing)
    # The thread is consented to but was not chosen: it stays home, like the report.
    assert message.body == {"parts": ["needs", "summary"], "summary": "S", "needs": "N"}
    assert b"SECRET-ACCOUNT" not in json.dumps(message.body).encode()
    referral = Referral.objects.get()
    entry = AuditEntry.objects.get(action="case.referred")
    assert entry.details["consent"] == referral.consent_id
    assert entry.details["parts"] == ["needs", "summary"]
    assert entry.details["partner"] == "Lawyers"
    referral.status = Referral.Status.ACCEPTED
    referral.save()
    detail = cora.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "Accepted" in detail


def test_the_identity_opens_only_for_coordinators(world) -> None:
    services.identity_ensure(actor=None)
    bob = world["people"]["bob"]
    from refuge.accounts.services import staff_keypair_unlock

    keypair = staff_keypair_unlock(user=bob.user, password=bob.password)
    assert keypair is not None
    with pytest.raises(services.PartnerError, match="coordinators team"):
        services.identity_open(user=bob.user, keypair=keypair)


@pytest.fixture
def importer(world, persona_factory):
    """Ivan coordinates and is on the intake rota: he opens what the Shelter sends us."""
    from refuge.accounts.services import staff_keypair_unlock

    ivan = persona_factory("ivan", Role.COORDINATOR, rota=True)
    services.identity_ensure(actor=None)
    partner = services.partner_add(
        actor=None, name="Shelter", key_file=key_file_write(world["partner"].keys)
    )
    services.partner_verify(actor=ivan.user, partner=partner)
    keypair = staff_keypair_unlock(user=ivan.user, password=ivan.password)
    return {
        "user": ivan.user,
        "keypair": keypair,
        "shelter": world["partner"],
        "client": signed_in_client(ivan),
    }


def _signed(org, *, to, body, kind="referral") -> bytes:
    return package_write(
        kind=kind,
        package_id=uuid.uuid4(),
        created_at=timezone.now(),
        sender=org.keys,
        signing_seed=org.signing_seed,
        recipient=to,
        body=body,
    )


def _import(importer, data: bytes):
    return imports.package_import(actor=importer["user"], keypair=importer["keypair"], data=data)


def test_a_referral_opens_a_case_with_its_parts_and_a_replay_changes_nothing(importer) -> None:
    ours = services.public_keys(services.identity_get())
    body = {
        "parts": ["summary", "triage"],
        "summary": "Needs a shelter.",
        "triage": {
            "urgency": "high",
            "risk_flags": ["outed"],
            "language": "ru",
            "region": "moscow",
        },
    }
    data = _signed(importer["shelter"], to=ours, body=body)
    before = Case.objects.count()
    imported = _import(importer, data)
    assert imported.kind == "referral" and imported.partner.name == "Shelter"
    case = Case.objects.get(pk=imported.case.pk)
    assert (case.urgency, case.region, case.risk_flags) == ("high", "moscow", ["outed"])
    with pytest.raises(PackageError, match="replay"):
        _import(importer, data)
    assert Case.objects.count() == before + 1
    assert AuditEntry.objects.filter(action="referral.received").count() == 1


def test_a_package_forwarded_to_us_by_its_recipient_is_refused(importer, persona_factory) -> None:
    """The Shelter is also a partner of the Clinic: it re-seals a package the Clinic signed for
    the Shelter to us. The signature is the Clinic's, but the signed recipient is not us."""
    clinic = foreign_organisation()
    services.partner_verify(
        actor=importer["user"],
        partner=services.partner_add(
            actor=None, name="Clinic", key_file=key_file_write(clinic.keys)
        ),
    )
    shelter = importer["shelter"]
    meant = _signed(clinic, to=shelter.keys, body={"parts": ["summary"], "summary": "For them."})
    _to, sealed = package_recipient(meant)
    inner = crypto.unseal(shelter.encryption, sealed)
    ours = services.public_keys(services.identity_get())
    resealed = base64.b64encode(crypto.seal(ours.encryption, inner)).decode()
    forwarded = f"REFUGE-PACKAGE 1\nto: {ours.fingerprint}\n{resealed}\n".encode()
    before = Case.objects.count()
    with pytest.raises(PackageError, match=r"forwarded\. Nothing was imported"):
        _import(importer, forwarded)
    assert Case.objects.count() == before


def test_a_status_about_a_referral_never_sent_to_that_partner_is_refused(importer) -> None:
    ours = services.public_keys(services.identity_get())
    body = {"referral": str(uuid.uuid4()), "status": "accepted"}
    data = _signed(importer["shelter"], to=ours, body=body, kind="status")
    with pytest.raises(PackageError, match="never sent to them"):
        _import(importer, data)
    assert not ReceivedPackage.objects.exists()


def test_a_referred_case_can_still_be_shredded(world, importer) -> None:
    case, cora = world["case"], world["people"]["cora"].user
    partner = Partner.objects.get(name="Shelter")
    consent = services.referral_consent_record(
        actor=cora, case=case, partner=partner, granted=True, parts=["summary"]
    )
    Referral.objects.create(
        case=case, partner=partner, consent=consent, parts=["summary"], created_by=cora,
        created_at=timezone.now(),
    )  # fmt: skip
    from refuge.cases.retention import case_shred

    case_shred(actor=None, case=case)
    assert not Referral.objects.exists() and not Case.objects.filter(pk=case.pk).exists()


def _query_count(client: CsrfClient, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_partner_and_referral_pages_cost_the_same_at_two_data_sizes(world) -> None:
    cora, case = world["clients"]["cora"], world["case"]
    user = world["people"]["cora"].user
    pages = [reverse("partners:list"), reverse("partners:refer", args=[case.pk])]

    def grow(count: int) -> None:
        for _ in range(count):
            org = foreign_organisation()
            partner = services.partner_add(
                actor=None, name=org.keys.fingerprint[:9], key_file=key_file_write(org.keys)
            )
            services.partner_verify(actor=user, partner=partner)
            consent = services.referral_consent_record(
                actor=user, case=case, partner=partner, granted=True, parts=["summary"]
            )
            Referral.objects.create(
                case=case, partner=partner, consent=consent, parts=["summary"],
                created_by=user, created_at=timezone.now(),
            )  # fmt: skip

    grow(1)
    for url in pages:
        _query_count(cora, url)  # warm: the identity is made on the first visit
    small = [_query_count(cora, url) for url in pages]
    grow(3)
    assert [_query_count(cora, url) for url in pages] == small


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "not a Refuge package"),
        ("Пакет".encode(), "not a Refuge package"),
        (b"REFUGE-PACKAGE 1\nto: X\n", "not a Refuge package"),
        (b"REFUGE-PACKAGE 1\nto: X\n!!!not base64!!!\n", "not base64"),
        (b"REFUGE-PACKAGE 1\nto: X\nAAAA\n", "Addressed to another organisation"),
    ],
)
def test_malformed_files_are_refused_with_a_reason(importer, data, says) -> None:
    with pytest.raises(PackageError, match=says):
        _import(importer, data)


def test_garbage_sealed_to_our_fingerprint_is_refused_as_altered(importer) -> None:
    ours = services.public_keys(services.identity_get())
    garbage = base64.b64encode(crypto.seal(ours.encryption, b"not json at all" * 8)).decode()
    data = f"REFUGE-PACKAGE 1\nto: {ours.fingerprint}\n{garbage}\n".encode()
    with pytest.raises(PackageError, match="altered or damaged"):
        _import(importer, data)


def test_partner_rows_move_to_a_new_server_key_with_remac(importer, settings) -> None:
    from refuge.keys.directory import directory_remac

    old = settings.REFUGE_SERVER_KEY
    settings.REFUGE_SERVER_KEY = crypto.encode_key(crypto.random_key())
    assert {p.kind for p in directory_problems()} >= {"partner key", "partner identity"}
    settings.REFUGE_SERVER_KEY_PREVIOUS = old
    assert directory_problems() == []
    directory_remac()
    settings.REFUGE_SERVER_KEY_PREVIOUS = ""
    assert directory_problems() == []
    assert services.identity_open(user=importer["user"], keypair=importer["keypair"])


def test_no_identity_is_made_for_a_coordinators_team_nobody_holds(db) -> None:
    with pytest.raises(services.PartnerError, match="no member yet"):
        services.identity_ensure(actor=None)
    assert services.identity_get() is None


def test_a_package_imported_on_the_page_opens_a_case_that_answers_with_a_status(importer) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    ivan, shelter = importer["client"], importer["shelter"]
    ours = services.public_keys(services.identity_get())
    data = _signed(shelter, to=ours, body={"parts": ["summary"], "summary": "Needs a lawyer."})
    cases_before = Case.objects.count()
    damaged = data[:-20] + (b"A" if data[-20:-19] != b"A" else b"B") + data[-19:]
    refused = ivan.post(
        reverse("partners:import"), {"package": SimpleUploadedFile("p.refuge", damaged)}
    )
    assert refused.status_code == 200 and "Nothing was imported" in refused.content.decode()
    assert Case.objects.count() == cases_before
    response = ivan.post(
        reverse("partners:import"), {"package": SimpleUploadedFile("p.refuge", data)}
    )
    received = ReceivedPackage.objects.get()
    case = received.case
    assert response["Location"] == reverse("cases:detail", args=[case.pk])
    page = ivan.get(response["Location"]).content.decode()
    assert "Referred to us by Shelter" in page and "Needs a lawyer." in page
    answer = ivan.post(reverse("partners:status", args=[received.pk]), {"status": "accepted"})
    _to, sealed = package_recipient(answer.content)
    message = package_open(sealed, shelter.encryption)
    assert message.kind == "status" and message.recipient == shelter.keys
    assert message.body == {"referral": str(received.pk), "status": "accepted"}
    assert signature_valid(message, ours.signing)
    assert AuditEntry.objects.filter(action="referral.status_sent").count() == 1
