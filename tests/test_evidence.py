"""Evidence that holds up: a published signing identity, a verifier without Refuge."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from refuge import crypto
from refuge.accounts.models import Role
from refuge.accounts.services import staff_keypair_unlock
from refuge.audit.models import AuditEntry
from refuge.record import services
from refuge.record.fuzzydates import FuzzyDate
from refuge.record.models import ActType, AuditStamp, SigningKey
from tests import test_record
from tests.conftest import make_recovery_key, signed_in_client
from tests.test_record import _act

pytestmark = pytest.mark.django_db
dana = test_record.dana  # the record's shared persona and its record key (fixtures)
key = test_record.key


@pytest.fixture
def package(dana, key, tmp_path):
    act = _act(dana, key)
    item = services.evidence_add(
        actor=dana.user, key=key, filename="photo.jpg", data=b"jpeg bytes", acts=[act]
    )
    path = tmp_path / "package.zip"
    services.evidence_package_write(actor=dana.user, key=key, out=path, evidence=[item])
    return path


def _printed_key(capsys) -> str:
    call_command("evidence", "key")
    return capsys.readouterr().out.strip()


def _resign_with_another_key(path) -> str:
    """Change the manifest and sign it again with a fresh key, as a forger would."""
    with zipfile.ZipFile(path) as original:
        contents = {name: original.read(name) for name in original.namelist()}
    seed = crypto.random_key()
    manifest = json.loads(contents["manifest.json"])
    manifest["items"][0]["description"] = "a forged description"
    manifest["signing_key"] = crypto.signing_public_key(seed).hex()
    contents["manifest.json"] = json.dumps(manifest).encode()
    contents["manifest.sig"] = crypto.sign(seed, contents["manifest.json"]).hex().encode()
    with zipfile.ZipFile(path, "w") as rewritten:
        for name, data in contents.items():
            rewritten.writestr(name, data)
    return crypto.signing_public_key(seed).hex()


def test_the_signing_key_is_random_encrypted_under_the_record_key_and_made_once(
    dana, key, package
) -> None:
    stored = SigningKey.objects.get()
    seed, again = services.signing_key_seed(actor=dana.user, key=key)
    assert again.pk == stored.pk and SigningKey.objects.count() == 1
    assert seed not in bytes(stored.encrypted_seed)
    assert crypto.signing_public_key(seed) == bytes(stored.public_key)
    with pytest.raises(services.RecordError, match="does not open"):
        services.signing_key_seed(actor=dana.user, key=crypto.random_key())
    assert AuditEntry.objects.filter(action="evidence.signing_key_created").count() == 1


def test_a_package_verifies_against_the_published_fingerprint(package, capsys) -> None:
    fingerprint = _printed_key(capsys)
    assert len(fingerprint) == 64
    call_command("evidence", "verify", str(package), "--key", fingerprint)
    out = capsys.readouterr().out
    assert f"signed by key {fingerprint}" in out and "intact" in out
    spaced = " ".join(fingerprint[i : i + 4].upper() for i in range(0, 64, 4))
    call_command("evidence", "verify", str(package), "--key", spaced)


def test_a_package_resigned_by_another_key_fails_and_names_its_signer(package, capsys) -> None:
    fingerprint = _printed_key(capsys)
    forged_public = _resign_with_another_key(package)
    forger_fingerprint = hashlib.sha256(bytes.fromhex(forged_public)).hexdigest()
    with pytest.raises(CommandError, match="not intact"):
        call_command("evidence", "verify", str(package), "--key", fingerprint)
    captured = capsys.readouterr()
    assert f"signed by key {forger_fingerprint}" in captured.out
    assert "not by the expected key" in captured.err
    call_command("evidence", "verify", str(package))
    assert f"signed by key {forger_fingerprint}" in capsys.readouterr().out


def test_the_standalone_verifier_inside_the_package_runs_without_refuge(
    package, tmp_path, capsys
) -> None:
    fingerprint = _printed_key(capsys)
    with zipfile.ZipFile(package) as archive:
        (tmp_path / "alone").mkdir()
        verifier = tmp_path / "alone" / "verify.py"
        verifier.write_bytes(archive.read("verify.py"))
    # Run from an empty folder with Django out of reach: -I ignores PYTHONPATH and the cwd.
    script = (
        "import sys, builtins\n"
        "real = builtins.__import__\n"
        "def guard(name, *a, **k):\n"
        "    if name.split('.')[0] in {'django', 'refuge'}:\n"
        "        raise ImportError('not allowed: ' + name)\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = guard\n"
        f"sys.argv = ['verify.py', {str(package)!r}, '--key', {fingerprint!r}]\n"
        f"exec(compile(open({str(verifier)!r}).read(), 'verify.py', 'exec'), "
        "{'__name__': '__main__'})\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", script],
        cwd=tmp_path / "alone",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"signed by key {fingerprint}" in done.stdout and "intact" in done.stdout
    _resign_with_another_key(package)
    done = subprocess.run(
        [sys.executable, "-I", str(verifier), str(package), "--key", fingerprint],
        cwd=tmp_path / "alone",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and "not by the expected key" in done.stderr


def test_the_verifier_in_the_package_is_covered_by_the_signature(package) -> None:
    with zipfile.ZipFile(package) as original:
        contents = {name: original.read(name) for name in original.namelist()}
    contents["verify.py"] += b"\n# always say intact\n"
    with zipfile.ZipFile(package, "w") as rewritten:
        for name, data in contents.items():
            rewritten.writestr(name, data)
    assert any("verify.py differs" in p for p in services.package_verify(package).problems)


def test_evidence_key_before_any_package_says_how_to_make_it(dana, monkeypatch, capsys) -> None:
    with pytest.raises(CommandError, match="No evidence-signing key yet"):
        call_command("evidence", "key")
    monkeypatch.setattr("sys.stdin", io.StringIO(dana.password + "\n"))
    call_command("evidence", "key", "--user", "dana")
    assert capsys.readouterr().out.strip() == SigningKey.objects.get().fingerprint


def test_every_staff_member_sees_the_fingerprint(dana, package, persona_factory) -> None:
    fingerprint = SigningKey.objects.get().fingerprint
    for persona in (dana, persona_factory("cara", Role.CASEWORKER)):
        response = signed_in_client(persona).get(reverse("record:signing_key"))
        assert response.status_code == 200 and fingerprint in response.content.decode()


# --- Provenance, consent and confidentiality: one rule for statistics, findings, packages ---


def _case():
    from django.utils import timezone

    from refuge.cases.models import Case, Stage

    return Case.objects.create(opened_at=timezone.now(), stage=Stage.objects.first())


def _consent(case, kind, granted, by):
    from django.utils import timezone

    from refuge.cases.models import Consent

    Consent.objects.create(
        case=case, kind=kind, granted=granted, recorded_by=by, recorded_at=timezone.now()
    )


def _from_case(dana, key, case, name="Ruslan"):
    return services.acts_from_case(
        actor=dana.user,
        key=key,
        case=case,
        identity={"name": name},
        act_type=ActType.objects.get(key="detention"),
        when=FuzzyDate.parse("2017-04"),
        place=services.place_lookup("Argun"),
    )


def _package_bytes(dana, key, tmp_path, items, name="p.zip"):
    path = tmp_path / name
    manifest = services.evidence_package_write(actor=dana.user, key=key, out=path, evidence=items)
    with zipfile.ZipFile(path) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
    return manifest, everything


def test_consent_withdrawn_then_case_shredded_stays_out_and_the_name_is_gone(
    dana, key, tmp_path
) -> None:
    from refuge.cases.retention import case_shred
    from refuge.record import selectors
    from refuge.record.models import Person

    case = _case()
    _consent(case, "statistics", True, dana.user)
    _consent(case, "legal", True, dana.user)
    acts = [_from_case(dana, key, case) for _ in range(6)]
    item = services.evidence_add(
        actor=dana.user, key=key, filename="photo.jpg", data=b"jpeg", acts=acts
    )
    assert selectors.statistics(k=1)["total"] == 6
    assert len(_package_bytes(dana, key, tmp_path, [item])[0]["items"]) == 1
    _consent(case, "statistics", False, dana.user)
    _consent(case, "legal", False, dana.user)
    assert selectors.statistics(k=1)["total"] == 0
    person = Person.objects.get(case=case)
    assert services.open_envelope(key, "person", person.pk, person.identity)["name"] == "Ruslan"

    case_shred(actor=None, case=case)

    assert selectors.statistics(k=1)["total"] == 0, "a shredded case has no consent"
    manifest, _ = _package_bytes(dana, key, tmp_path, [item], "after.zip")
    assert manifest["items"] == []
    person.refresh_from_db()
    assert person.case is None and person.case_origin == str(case.pk)
    assert bytes(person.identity) == b""
    assert "name" not in services.open_envelope(key, "person", person.pk, person.identity)
    assert AuditEntry.objects.filter(action="record.case_identities_erased").exists()


def test_statistics_only_consent_puts_no_name_in_the_record(dana, key, tmp_path) -> None:
    from refuge.record import selectors

    case = _case()
    _consent(case, "statistics", True, dana.user)
    act = _from_case(dana, key, case, name="Zelimkhan")
    assert bytes(act.victim.identity) == b"", "a pseudonymous person with no identity"
    assert selectors.statistics(k=1)["total"] == 1
    item = services.evidence_add(actor=dana.user, key=key, filename="a.txt", data=b"a", acts=[act])
    assert _package_bytes(dana, key, tmp_path, [item])[0]["items"] == [], "no legal consent"

    _consent(case, "legal", True, dana.user)
    again = _from_case(dana, key, case, name="Zelimkhan")
    assert again.victim == act.victim
    act.victim.refresh_from_db()
    assert services.open_envelope(key, "person", act.victim.pk, act.victim.identity) == {
        "name": "Zelimkhan"
    }


def test_confidential_acts_persons_and_sources_never_appear_in_packages(
    dana, key, tmp_path
) -> None:
    from django.utils import timezone

    from refuge.record.models import Source

    def act(*, confidential=False, victim_confidential=False):
        victim = services.person_create(
            key=key, identity={"name": "x"}, confidential=victim_confidential
        )
        return services.act_create(
            actor=dana.user,
            key=key,
            victim=victim,
            act_type=ActType.objects.get(key="torture"),
            when=FuzzyDate.parse("2019-01"),
            place=None,
            sources=[],
            confidential=confidential,
        )

    open_act, secret_act, secret_victim_act = (
        act(),
        act(confidential=True),
        act(victim_confidential=True),
    )
    secret_source = Source.objects.create(
        kind="partner_list",
        title="Informant inside the ROVD",
        confidential=True,
        created_at=timezone.now(),
    )
    mixed = services.evidence_add(
        actor=dana.user,
        key=key,
        filename="mixed.txt",
        data=b"m",
        acts=[open_act, secret_act, secret_victim_act],
    )
    only_secret = services.evidence_add(
        actor=dana.user, key=key, filename="s.txt", data=b"s", acts=[secret_act]
    )
    only_secret_victim = services.evidence_add(
        actor=dana.user, key=key, filename="v.txt", data=b"v", acts=[secret_victim_act]
    )
    from_secret_source = services.evidence_add(
        actor=dana.user, key=key, filename="i.txt", data=b"i", source=secret_source
    )
    manifest, everything = _package_bytes(
        dana, key, tmp_path, [mixed, only_secret, only_secret_victim, from_secret_source]
    )
    assert [i["filename"] for i in manifest["items"]] == ["mixed.txt"]
    assert [a["victim"] for a in manifest["items"][0]["acts"]] == [open_act.victim.code]
    for secret in (secret_act.victim.code, secret_victim_act.victim.code, "Informant"):
        assert secret.encode() not in everything
    assert b"3 item(s) left out" in everything


def test_acts_of_a_confidential_event_are_not_counted(dana, key) -> None:
    from refuge.record import selectors
    from refuge.record.models import Event

    act = _act(dana, key, act_type="threat", when="2019")
    assert selectors.statistics(k=1)["total"] == 1
    act.event = Event.objects.create(title="secret wave", confidential=True)
    act.save(update_fields=["event"])
    assert selectors.statistics(k=1)["total"] == 0


@pytest.mark.django_db(transaction=True)
def test_existing_records_learn_their_case_and_lost_cases_lose_their_names() -> None:
    """At the migration before provenance: one act from a live case, one from a shredded case."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from django.utils import timezone

    # Casework back to before per-language stage texts too: the old record state uses its
    # Stage model (name_en).
    before = [("record", "0004_evidence_signing_key"), ("cases", "0005_flag_codes")]
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    now = timezone.now()
    case = old.get_model("cases", "Case").objects.create(
        opened_at=now, stage=old.get_model("cases", "Stage").objects.create(key="s", name_en="s")
    )
    act_type = old.get_model("record", "ActType").objects.create(
        key="k", label_en="k", label_ru="k"
    )
    Person = old.get_model("record", "Person")
    Source = old.get_model("record", "Source")
    Act = old.get_model("record", "Act")
    old.get_model("record", "Evidence").objects.create(
        sha256="ab" * 32, size=1, blob_name="b", details=b"", received_at=now
    )
    live = Person.objects.create(code="P-1", identity=b"sealed-1", case=case)
    lost = Person.objects.create(code="P-2", identity=b"sealed-2", case=None)
    testimony = Source.objects.create(kind="testimony", title="t", created_at=now)
    Act.objects.create(act_type=act_type, victim=live, case=case, created_at=now)
    orphan = Act.objects.create(act_type=act_type, victim=lost, case=None, created_at=now)
    orphan.sources.add(testimony)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(leaves)
    new = executor.loader.project_state(leaves).apps
    new_person = new.get_model("record", "Person")
    new_act = new.get_model("record", "Act")
    assert new_person.objects.get(code="P-1").case_origin == str(case.pk)
    assert bytes(new_person.objects.get(code="P-1").identity) == b"sealed-1"
    assert new_person.objects.get(code="P-2").case_origin == "unknown"
    assert bytes(new_person.objects.get(code="P-2").identity) == b""
    assert new_act.objects.get(pk=orphan.pk).case_origin == "unknown"
    assert new.get_model("record", "Source").objects.get().case_origin == "unknown"
    evidence = new.get_model("record", "Evidence").objects.get()
    assert evidence.fingerprint == services.evidence_fingerprint(bytes.fromhex("ab" * 32))


# --- Evidence from where it arrives: a hotline photo into a package, without a download ---


@pytest.fixture
def hotline(persona_factory):
    make_recovery_key()
    return {
        "cora": persona_factory("cora", Role.COORDINATOR),
        "bob": persona_factory("bob", Role.CASEWORKER, rota=True),
    }


def _photo_case(hotline, *, keep: bool):
    from refuge.cases.models import Case
    from refuge.intake.models import Report
    from tests.conftest import CsrfClient
    from tests.hotline_helpers import jpeg_with_exif, upload

    photo = jpeg_with_exif()
    data = {"account": "They beat me in Argun.", "q_safe_now": "Yes"}
    data["attachments"] = [upload("beating.jpg", photo, "image/jpeg")]
    if keep:
        data["keep_original"] = "1"
    CsrfClient().post("/report/new/", data, follow=True)
    report = Report.objects.get()
    signed_in_client(hotline["bob"]).post(reverse("cases:open_from_report", args=[report.pk]))
    case = Case.objects.get()
    for kind in ("legal", "statistics"):
        _consent(case, kind, True, hotline["bob"].user)
    return case, photo


def _send(hotline, case, acts=()):
    from refuge.intake.models import Attachment

    attachment = Attachment.objects.get()
    return signed_in_client(hotline["cora"]).post(
        reverse("record:attachment_to_evidence", args=[case.pk, attachment.pk]),
        {"acts": [a.pk for a in acts]},
    )


def _assert_not_at_rest(*needles) -> None:
    """No row of any table holds these values in clear (a seized database)."""
    from django.apps import apps

    for model in apps.get_models():
        for row in model._default_manager.values():
            for value in row.values():
                raw = bytes(value) if isinstance(value, bytes | memoryview) else str(value).encode()
                for needle in needles:
                    wanted = needle if isinstance(needle, bytes) else needle.encode()
                    assert wanted not in raw, (model.__name__, needle)


def test_a_hotline_photo_goes_into_a_package_without_a_download(hotline, tmp_path) -> None:
    from refuge.intake.models import Attachment
    from refuge.record.models import Evidence

    case, photo = _photo_case(hotline, keep=True)
    attachment = Attachment.objects.get()
    assert attachment.original_requested and attachment.original_blob_name
    assert attachment.original_fingerprint != hashlib.sha256(photo).hexdigest(), "keyed at rest"
    cora = hotline["cora"]
    keypair = staff_keypair_unlock(user=cora.user, password=cora.password)
    key = services.record_key_for(user=cora.user, keypair=keypair)
    act = _from_case(cora, key, case)
    page = signed_in_client(cora).get(reverse("cases:messages", args=[case.pk])).content.decode()
    assert "Send to the record as evidence" in page

    response = _send(hotline, case, acts=[act])
    assert response.status_code == 302
    original = Evidence.objects.get(derived_from__isnull=True)
    working = Evidence.objects.get(derived_from=original)
    photo_sha256 = hashlib.sha256(photo).hexdigest()
    assert original.fingerprint == services.evidence_fingerprint(bytes.fromhex(photo_sha256))
    assert working.fingerprint != original.fingerprint and working.case == case
    assert list(working.acts.all()) == [act]
    chain = {e["action"]: e["details"] for e in services.custody_list(working, key=key)}
    derived = chain["derived"]
    assert derived["derived_from_sha256"] == photo_sha256
    assert derived["cleaner"].startswith("mat2 ") and derived["original_kept"] is True
    received = chain["received"]
    assert received["collector"].startswith("the reporter") and received["tool"].startswith(
        "Refuge"
    )
    assert not AuditEntry.objects.filter(action="attachment.downloaded").exists()
    _send(hotline, case)
    assert Evidence.objects.count() == 2, "a file is sent to the record once"

    _assert_not_at_rest(photo_sha256, hashlib.sha256(photo).digest())
    path = tmp_path / "p.zip"
    manifest = services.evidence_package_write(
        actor=cora.user, key=key, out=path, evidence=[original, working], recipient="ICC OTP"
    )
    by_id = {i["id"]: i for i in manifest["items"]}
    assert by_id[str(working.id)]["derived_from"] == str(original.id)
    assert by_id[str(original.id)]["sha256"] == photo_sha256, "plain SHA-256: in the package"
    assert by_id[str(working.id)]["custody"][-1]["details"]["recipient"] == "ICC OTP"
    assert services.package_verify(path).intact
    with zipfile.ZipFile(path) as archive:
        files = {n: archive.read(n) for n in archive.namelist() if n.startswith("files/")}
    assert photo in files.values()
    home = signed_in_client(cora).get(reverse("record:home")).content.decode()
    assert "beating.jpg" in home and case.short_id in home


def test_without_opt_in_triage_releases_the_original_but_its_hash_stays(hotline) -> None:
    from refuge.intake.models import Attachment
    from refuge.record.models import Evidence

    case, photo = _photo_case(hotline, keep=False)
    assert Attachment.objects.get().original_blob_name, "kept until triage decides"
    case.refresh_from_db()
    signed_in_client(hotline["bob"]).post(
        reverse("cases:action", args=[case.pk, "triage"]),
        {"version": case.version, "urgency": "high", "language": "ru", "region": "chechnya"},
    )
    attachment = Attachment.objects.get()
    assert attachment.original_blob_name == "" and not attachment.original_requested
    _send(hotline, case)
    working = Evidence.objects.get()
    cora = hotline["cora"]
    key = services.record_key_for(
        user=cora.user, keypair=staff_keypair_unlock(user=cora.user, password=cora.password)
    )
    derived = next(
        e["details"] for e in services.custody_list(working, key=key) if e["action"] == "derived"
    )
    assert derived["derived_from_sha256"] == hashlib.sha256(photo).hexdigest()
    assert derived["original_kept"] is False


def test_evidence_from_a_case_needs_consent_to_legal_use(hotline) -> None:
    from refuge.cases.models import Consent
    from refuge.record.models import Evidence

    case, _photo = _photo_case(hotline, keep=False)
    Consent.objects.filter(case=case, kind="legal").delete()
    response = _send(hotline, case)
    assert response.status_code == 302 and not Evidence.objects.exists()


def test_the_evidence_form_picks_acts_and_the_list_shows_name_and_description(dana, key) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from refuge.record.models import Evidence

    act = _act(dana, key)
    client = signed_in_client(dana)
    client.post(
        reverse("record:evidence_new"),
        {
            "file": SimpleUploadedFile("list.pdf", b"%PDF-1.4 list"),
            "description": "names from the ROVD",
            "acts": [act.pk],
        },
    )
    assert list(Evidence.objects.get().acts.all()) == [act]
    page = client.get(reverse("record:home")).content.decode()
    assert "list.pdf" in page and "names from the ROVD" in page


def test_a_destroyed_item_keeps_its_custody_record(
    dana, key, django_capture_on_commit_callbacks
) -> None:
    from refuge.core.filestore import blob_read

    item = services.evidence_add(actor=dana.user, key=key, filename="a.txt", data=b"abc")
    with django_capture_on_commit_callbacks(execute=True):
        services.evidence_destroy(
            actor=dana.user, key=key, evidence=item, reason="court order 12/2020"
        )
    with pytest.raises(FileNotFoundError, match="No such file"):
        blob_read(item.blob_name)
    assert [c.action for c in item.custody.all()] == ["received", "destroyed"]
    assert services.evidence_integrity_check(key=key) == []
    with pytest.raises(services.RecordError, match="destroyed"):
        services.evidence_read(actor=dana.user, key=key, evidence=item, purpose="viewed")


def test_destroy_and_export_commands_record_reason_and_recipient(
    dana, key, monkeypatch, tmp_path
) -> None:
    kept = services.evidence_add(actor=dana.user, key=key, filename="k.txt", data=b"kept")
    gone = services.evidence_add(actor=dana.user, key=key, filename="g.txt", data=b"gone")
    monkeypatch.setattr("sys.stdin", io.StringIO(dana.password + "\n"))
    call_command("evidence", "destroy", str(gone.id)[:12], "--user", "dana", "--reason", "order")
    monkeypatch.setattr("sys.stdin", io.StringIO(dana.password + "\n"))
    out = tmp_path / "p.zip"
    call_command("evidence", "export", str(out), "--user", "dana", "--recipient", "UN OHCHR")
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert [i["id"] for i in manifest["items"]] == [str(kept.id)], "destroyed: left out"
    assert manifest["items"][0]["custody"][-1]["details"]["recipient"] == "UN OHCHR"
    assert services.custody_list(gone, key=key)[-1]["details"]["reason"] == "order"


# --- Trusted timestamps (RFC 3161) from a real local authority ---


@pytest.fixture(scope="module")
def tsa(tmp_path_factory):
    from tests.local_tsa import local_tsa

    with local_tsa(tmp_path_factory.mktemp("tsa")) as running:
        yield running


@pytest.fixture
def stamped(tsa, settings, package_factory):
    settings.REFUGE_TSA_URL = tsa.url
    settings.REFUGE_TSA_CERT_FILE = str(tsa.certificate)
    return package_factory()


@pytest.fixture
def package_factory(dana, key, tmp_path):
    def make(name="stamped.zip"):
        item = services.evidence_add(actor=dana.user, key=key, filename="a.txt", data=b"abc")
        path = tmp_path / name
        services.evidence_package_write(actor=dana.user, key=key, out=path, evidence=[item])
        return path

    return make


def _standalone(package, tmp_path, *args):
    verifier = tmp_path / "verify.py"
    verifier.write_bytes(zipfile.ZipFile(package).read("verify.py"))
    return subprocess.run(
        [sys.executable, "-I", str(verifier), str(package), *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_package_carries_a_token_the_standalone_verifier_checks(stamped, tmp_path) -> None:
    manifest = json.loads(zipfile.ZipFile(stamped).read("manifest.json"))
    assert manifest["timestamp"]["authority"].startswith("http://127.0.0.1:")
    assert {"manifest.tsr", "tsa-certs.pem"} <= set(zipfile.ZipFile(stamped).namelist())
    verdict = services.package_verify(stamped)
    assert verdict.intact and "token signature checked with openssl" in verdict.timestamp
    done = _standalone(stamped, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "time-stamped 20" in done.stdout and "checked with openssl" in done.stdout


@pytest.mark.parametrize("where", ["signature", "imprint"])
def test_an_altered_token_fails(stamped, tmp_path, where) -> None:
    from refuge.record.standalone_verify import token_info

    with zipfile.ZipFile(stamped) as original:
        contents = {name: original.read(name) for name in original.namelist()}
    token = bytearray(contents["manifest.tsr"])
    if where == "signature":
        token[-3] ^= 0x01
    else:
        hashed = token_info(bytes(token)).hashed
        at = bytes(token).index(hashed)
        token[at] ^= 0x01
    contents["manifest.tsr"] = bytes(token)
    with zipfile.ZipFile(stamped, "w") as rewritten:
        for name, data in contents.items():
            rewritten.writestr(name, data)
    assert any("manifest.tsr" in p for p in services.package_verify(stamped).problems)
    done = _standalone(stamped, tmp_path)
    assert done.returncode == 1 and "manifest.tsr" in done.stderr


def test_a_token_from_another_authority_fails_against_the_published_certificate(
    stamped, tmp_path, tmp_path_factory
) -> None:
    from tests.local_tsa import local_tsa

    with local_tsa(tmp_path_factory.mktemp("other")) as other:
        done = _standalone(stamped, tmp_path, "--tsa-ca", str(other.certificate))
    assert done.returncode == 1 and "does not verify" in done.stderr


def test_without_an_authority_the_package_says_so(package_factory, tmp_path) -> None:
    path = package_factory()
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert "manifest.tsr" not in archive.namelist()
        assert b"No trusted timestamp" in archive.read("summary.txt")
    assert manifest["timestamp"] == {
        "authority": None,
        "note": "no time-stamp authority configured",
    }
    assert "not time-stamped" in services.package_verify(path).timestamp
    done = _standalone(path, tmp_path)
    assert done.returncode == 0 and "not time-stamped" in done.stdout


def test_a_failing_authority_writes_no_package(dana, key, settings, tmp_path) -> None:
    import socket

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    settings.REFUGE_TSA_URL = f"http://127.0.0.1:{port}/"
    item = services.evidence_add(actor=dana.user, key=key, filename="a.txt", data=b"abc")
    with pytest.raises(services.RecordError, match="did not answer"):
        services.evidence_package_write(
            actor=dana.user, key=key, out=tmp_path / "x.zip", evidence=[item]
        )
    assert not list(tmp_path.glob("x.*"))
    assert item.custody.last().action == "export_abandoned"


def test_the_audit_head_is_time_stamped_and_checked(tsa, settings, dana, capsys) -> None:
    from django.db import connection

    from refuge.audit.models import AuditEntry

    settings.REFUGE_TSA_URL = tsa.url
    settings.REFUGE_TSA_CERT_FILE = str(tsa.certificate)
    call_command("evidence", "stamp-audit-head")
    assert "time-stamped" in capsys.readouterr().out
    call_command("evidence", "check-audit-stamps")
    assert "checked with openssl" in capsys.readouterr().out
    stamp = AuditStamp.objects.get()
    with connection.cursor() as cursor:  # a rewrite of the chain, behind the ORM's back
        cursor.execute(
            f"UPDATE {AuditEntry._meta.db_table} SET entry_hash = %s WHERE seq = %s",  # noqa: S608
            ["f" * 64, stamp.seq],
        )
    with pytest.raises(CommandError, match="do not hold"):
        call_command("evidence", "check-audit-stamps")


# --- No values in the messages cookie ---


def test_import_errors_name_line_and_column_never_a_value(dana, key) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    hostile = (
        "name,act_type,date,place,age,Magomed Secretov\n"
        "Ruslan Canary,beheading,2017-13-45,Atlantis,200,x\n"
    )
    client = signed_in_client(dana)
    response = client.post(
        reverse("record:import"),
        {
            "file": SimpleUploadedFile("list.csv", hostile.encode()),
            "source_title": "partner",
            "reliability_source": "C",
            "reliability_information": "3",
        },
    )
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.test import RequestFactory

    stored = CookieStorage(RequestFactory().get("/"))._decode(response.cookies["messages"].value)
    cookie = " ".join(str(message) for message in stored)
    assert "line 1" in cookie
    assert (
        "position 6"
        in services.partner_list_import(
            actor=dana.user, key=key, text=hostile, source_title="x"
        ).errors[0]
    )
    for value in ("Magomed", "Secretov", "Ruslan", "Canary", "beheading", "Atlantis", "200"):
        assert value not in cookie, value
    fixed = hostile.replace(",Magomed Secretov", "").replace(",x\n", "\n")
    errors = services.partner_list_import(
        actor=dana.user, key=key, text=fixed, source_title="x"
    ).errors
    assert all(e.startswith("line 2: column ") for e in errors), errors
    assert {e.split(":")[1].strip() for e in errors} >= {
        "column act_type",
        "column date",
        "column place",
        "column age",
    }
    for value in ("Ruslan", "beheading", "Atlantis", "2017-13-45", "200"):
        assert not any(value in e for e in errors), value


# --- Stored sizes padded to buckets ---


@pytest.mark.parametrize(
    ("length", "bucket"), [(0, 4096), (4096, 4096), (4097, 4352), (100_000, 100_352)]
)
def test_padme_buckets(length, bucket) -> None:
    from refuge.core.padding import padme

    assert padme(length) == bucket and padme(length) >= length


def test_padding_round_trips_and_hides_the_exact_size(dana, key) -> None:
    from refuge.core.filestore import blob_read
    from refuge.core.padding import pad, unpad

    for data in (b"", b"x", bytes(range(256)) * 40):
        assert unpad(pad(data)) == data
    small = services.evidence_add(actor=dana.user, key=key, filename="a", data=b"a" * 1000)
    other = services.evidence_add(actor=dana.user, key=key, filename="b", data=b"b" * 3000)
    assert small.size == other.size == 4096
    assert len(blob_read(small.blob_name)) == len(blob_read(other.blob_name))
    assert services.evidence_read(actor=None, key=key, evidence=small, purpose="viewed") == (
        b"a" * 1000
    )


def test_files_stored_before_padding_still_open(dana, key) -> None:
    from refuge.core.filestore import blob_write

    item = services.evidence_add(actor=dana.user, key=key, filename="a", data=b"old file")
    blob_write(
        item.blob_name,
        crypto.encrypt(
            key, b"old file", associated_data=f"record.evidence-file:{item.id}".encode()
        ),
    )
    assert services.evidence_read(actor=None, key=key, evidence=item, purpose="viewed") == (
        b"old file"
    )


# --- Web pages as evidence (captured from pages served on loopback) ---


@pytest.fixture(scope="module")
def site():
    """A small web site on 127.0.0.1: a page, a redirect to another host, a huge page."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            port = self.server.server_address[1]
            if self.path == "/away":
                self.send_response(302)
                self.send_header("Location", f"http://localhost:{port}/page")
                self.end_headers()
                return
            body = (
                b"<html><body><h1>Kadyrov statement</h1><p>" + b"x" * 5000 + b"</p></body></html>"
                if self.path == "/page"
                else b"<html><body>" + b"y" * 300_000 + b"</body></html>"
            )
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("X-Served-By", "loopback-test")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def capturing(settings):
    settings.REFUGE_CAPTURE_ALLOW_PRIVATE = True
    settings.REFUGE_CAPTURE_MAX_BYTES = 100_000
    settings.REFUGE_CAPTURE_TIMEOUT_SECONDS = 30


def test_a_captured_page_is_one_item_with_html_screenshot_and_hashes(
    dana, key, site, capturing, monkeypatch, capsys
) -> None:
    from refuge.record.models import Evidence

    monkeypatch.setattr("sys.stdin", io.StringIO(dana.password + "\n"))
    call_command("evidence", "capture", f"{site}/page", "--user", "dana")
    assert "Captured" in capsys.readouterr().out
    item = Evidence.objects.get()
    bundle = zipfile.ZipFile(
        io.BytesIO(services.evidence_read(actor=None, key=key, evidence=item, purpose="viewed"))
    )
    facts = json.loads(bundle.read("capture.json"))
    assert b"Kadyrov statement" in bundle.read("page.html")
    assert bundle.read("screenshot.png").startswith(b"\x89PNG\r\n\x1a\n")
    assert json.loads(bundle.read("headers.json"))["x-served-by"] == "loopback-test"
    for name in ("page.html", "screenshot.png", "headers.json"):
        assert facts["sha256"][name] == hashlib.sha256(bundle.read(name)).hexdigest()
    assert facts["url"] == f"{site}/page" and facts["captured_at"]
    assert facts["tools"]["browser"].startswith("Chromium ")
    assert facts["tools"]["driver"].startswith("Playwright ")
    received = services.custody_list(item, key=key)[0]["details"]
    assert received["method"].startswith("web capture") and received["sha256"] == facts["sha256"]


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/away", "redirects to another host"),
        ("/huge", "larger than"),
        (None, "could not be fetched"),
    ],
)
def test_a_capture_that_cannot_be_whole_stores_nothing(
    dana, key, site, capturing, path, why, tmp_path, settings
) -> None:
    import socket

    from refuge.record.capture import CaptureError
    from refuge.record.models import Evidence

    if path is None:
        with socket.socket() as closed:
            closed.bind(("127.0.0.1", 0))
            url = f"http://127.0.0.1:{closed.getsockname()[1]}/"
    else:
        url = f"{site}{path}"
    with pytest.raises(CaptureError, match=why):
        services.evidence_capture(actor=dana.user, key=key, url=url)
    assert not Evidence.objects.exists()
    store = settings.REFUGE_FILE_STORE
    assert not [p for p in store.rglob("*") if p.is_file()] if store.exists() else True


def test_private_addresses_are_refused_by_default(dana, key) -> None:
    from refuge.record.capture import CaptureError

    with pytest.raises(CaptureError, match="private network"):
        services.evidence_capture(actor=dana.user, key=key, url="http://127.0.0.1:9/")
    with pytest.raises(CaptureError, match="only http"):
        services.evidence_capture(actor=dana.user, key=key, url="file:///etc/passwd")


def test_the_record_page_captures_and_says_why_not(dana, key, site, capturing) -> None:
    from refuge.record.models import Evidence

    client = signed_in_client(dana)
    client.post(reverse("record:evidence_capture"), {"url": f"{site}/away"})
    assert not Evidence.objects.exists()
    page = client.get(reverse("record:home")).content.decode()
    assert "nothing was stored" in page and "another host" in page
    client.post(reverse("record:evidence_capture"), {"url": f"{site}/page"})
    assert Evidence.objects.count() == 1


def test_custody_details_from_before_sealing_are_sealed_and_chains_still_hold(
    dana, key, monkeypatch, capsys
) -> None:
    from refuge.record.models import CustodyEntry

    item = services.evidence_add(actor=dana.user, key=key, filename="a", data=b"legacy")
    clear = services.custody_list(item, key=key)[0]["details"]
    CustodyEntry.objects.filter(evidence=item).update(details=clear, sealed_details=None)
    assert services.evidence_integrity_check(key=key) == [], "entries in clear still verify"
    monkeypatch.setattr("sys.stdin", io.StringIO(dana.password + "\n"))
    call_command("evidence", "seal-custody", "--user", "dana")
    assert "Sealed the details of 1" in capsys.readouterr().out
    entries = CustodyEntry.objects.filter(evidence=item)
    assert all(e.details == {} and e.sealed_details is not None for e in entries)
    assert services.evidence_integrity_check(key=key) == []
