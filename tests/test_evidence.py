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
from refuge.record.models import ActType, SigningKey
from tests.conftest import signed_in_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def dana(persona_factory):
    return persona_factory("dana", Role.ANALYST)


@pytest.fixture
def key(dana) -> bytes:
    keypair = staff_keypair_unlock(user=dana.user, password=dana.password)
    return services.record_key_for(user=dana.user, keypair=keypair)


@pytest.fixture
def package(dana, key, tmp_path):
    victim = services.person_create(key=key, identity={"name": "x"})
    act = services.act_create(
        actor=dana.user,
        key=key,
        victim=victim,
        act_type=ActType.objects.get(key="detention"),
        when=FuzzyDate.parse("2017-04"),
        place=services.place_lookup("Argun"),
        sources=[],
    )
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
