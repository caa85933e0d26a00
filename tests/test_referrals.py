"""Two Refuge instances on this machine exchange a referral and its status update.

Each instance has its own data directory and database and is driven through `refuge`
commands in its own environment, as two organisations would: the Shelter refers a case to the
Lawyers, who import it, open a case and send back "accepted" and later "closed". Tampered,
replayed, wrongly addressed, unknown-signer and unverified-signer packages are refused with a
clear message and nothing is imported; the package carries nothing beyond the consent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from refuge.partners.package import key_file_read, key_file_write, package_write
from tests.factories import STRONG_PASSWORD, foreign_organisation
from tests.partners_world import ACCOUNT, CONTACT, NOTE, THREAD
from tests.served import _fresh_database_url

ROOT = Path(__file__).resolve().parents[1]

# About thirty `refuge` processes on two instances: seconds each on a shared machine.
pytestmark = pytest.mark.slow


class Organisation:
    """One Refuge instance: its own var directory, database and server key."""

    def __init__(self, base: Path, name: str) -> None:
        self.dir = base / name
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("REFUGE_", "DJANGO_"))}
        self.env.update(
            DJANGO_SETTINGS_MODULE="config.settings.dev",
            REFUGE_VAR_DIR=str(self.dir / "var"),
            REFUGE_KDF_MEMLIMIT=str(8 * 1024 * 1024),
        )
        database = _fresh_database_url()
        if database:
            self.env["REFUGE_DATABASE_URL"] = database
        self.run("migrate", "-v", "0")

    def _python(self, args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", *args],
            env=self.env,
            cwd=ROOT,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
        )

    def run(self, *args: str, password: bool = False) -> str:
        done = self._python(["refuge.cli", *args], STRONG_PASSWORD + "\n" if password else "")
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    def refused(self, *args: str, password: bool = True) -> str:
        """Run a command that must fail; return what it said on standard error."""
        done = self._python(["refuge.cli", *args], STRONG_PASSWORD + "\n" if password else "")
        assert done.returncode != 0, done.stdout
        return done.stderr

    def world(self, *args: str) -> object:
        done = self._python(["tests.partners_world", *args], "")
        assert done.returncode == 0, done.stderr[-3000:]
        return json.loads(done.stdout) if done.stdout.strip() else None


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The Shelter (with a case) and the Lawyers, each holding the other's key, unverified."""
    base = tmp_path_factory.mktemp("partners")
    shelter, lawyers = Organisation(base, "shelter"), Organisation(base, "lawyers")
    case = shelter.world("create", "--case")["case"]
    lawyers.world("create")
    shelter.run("partners", "whoami", "--out", str(base / "shelter.key"))
    lawyers.run("partners", "whoami", "--out", str(base / "lawyers.key"))
    shelter.run("partners", "add", "Lawyers", "--public-key", str(base / "lawyers.key"))
    lawyers.run("partners", "add", "Shelter", "--public-key", str(base / "shelter.key"))
    return {"shelter": shelter, "lawyers": lawyers, "case": case, "base": base}


def _refer(pair: dict, out: Path, parts: str = "summary,needs,checklist") -> str:
    return pair["shelter"].run(
        "refer", pair["case"], "--to", "Lawyers", "--user", "cora", "--parts", parts,
        "--summary", "Needs a lawyer after detention.", "--needs", "Legal advice in Moscow.",
        "--out", str(out), password=True,
    )  # fmt: skip


def test_the_whole_exchange_and_every_refusal(pair: dict) -> None:
    shelter, lawyers, case, base = pair["shelter"], pair["lawyers"], pair["case"], pair["base"]
    package = base / "referral.pkg"

    # Nothing goes to a partner whose key nobody has verified.
    said = shelter.refused(
        "refer", case, "--to", "Lawyers", "--user", "cora", "--parts", "summary",
        "--summary", "x", "--out", str(package),
    )  # fmt: skip
    assert "has not been verified" in said and not package.exists()
    listed = shelter.run("partners", "list")
    lawyers_key = key_file_read((base / "lawyers.key").read_text())
    assert lawyers_key.fingerprint in listed and "NOT VERIFIED" in listed
    shelter.run("partners", "verify", "Lawyers", "--user", "cora")
    lawyers.run("partners", "verify", "Shelter", "--user", "cora")

    # Nothing without the person's consent to this partner, nor beyond it.
    said = shelter.refused(
        "refer", case, "--to", "Lawyers", "--user", "cora", "--parts", "summary",
        "--summary", "x", "--out", str(package),
    )  # fmt: skip
    assert "has not consented" in said and not package.exists()
    shelter.run(
        "referrals", "consent", case, "--partner", "Lawyers",
        "--parts", "summary,needs,checklist", "--user", "cora",
    )  # fmt: skip
    said = shelter.refused(
        "refer", case, "--to", "Lawyers", "--user", "cora", "--parts", "summary,thread",
        "--summary", "x", "--out", str(package),
    )  # fmt: skip
    assert "does not cover" in said and "conversation" in said and not package.exists()

    assert "written to" in _refer(pair, package)
    data = package.read_bytes()
    for secret in (ACCOUNT, CONTACT, THREAD, NOTE, "Needs a lawyer"):
        assert secret.encode() not in data  # encrypted: not even the summary shows

    # The Shelter cannot import what it addressed to the Lawyers.
    said = shelter.refused("referrals", "import", str(package), "--user", "cora")
    assert "Addressed to another organisation" in said and "Nothing was imported" in said

    # A tampered copy is refused; the real one opens a case; a second import is a replay.
    tampered = base / "tampered.pkg"
    lines = data.decode().splitlines()
    middle = lines[3]
    lines[3] = middle[:10] + ("A" if middle[10] != "A" else "B") + middle[11:]
    tampered.write_text("\n".join(lines) + "\n")
    said = lawyers.refused("referrals", "import", str(tampered), "--user", "cora")
    assert "altered" in said and "Nothing was imported" in said
    imported = lawyers.run("referrals", "import", str(package), "--user", "cora", password=True)
    assert "from Shelter imported as case" in imported
    new_case = imported.split("as case ")[1].strip().rstrip(".")
    referral_id = imported.split()[1]
    said = lawyers.refused("referrals", "import", str(package), "--user", "cora")
    assert "replay" in said

    # The Lawyers' case holds the summary, needs and checklist, and nothing else.
    seen = lawyers.world("show", new_case)
    text = json.dumps(seen, ensure_ascii=False)
    assert "Needs a lawyer after detention." in text and "Legal advice in Moscow." in text
    assert seen["checklist"]
    for secret in (ACCOUNT, CONTACT, THREAD, NOTE):
        assert secret not in text

    # Status updates come back, signed, and show on the referring case.
    accepted = base / "accepted.pkg"
    lawyers.run(
        "referrals", "status", referral_id, "--status", "accepted", "--user", "cora",
        "--out", str(accepted), password=True,
    )  # fmt: skip
    said = lawyers.refused("referrals", "import", str(accepted), "--user", "cora")
    assert "Addressed to another organisation" in said
    assert "is now accepted" in shelter.run(
        "referrals", "import", str(accepted), "--user", "cora", password=True
    )
    assert shelter.world("referral", case) == [
        {"id": referral_id, "status": "accepted", "partner": "Lawyers"}
    ]
    said = shelter.refused("referrals", "import", str(accepted), "--user", "cora")
    assert "replay" in said
    closed = base / "closed.pkg"
    lawyers.run(
        "referrals", "status", referral_id, "--status", "closed", "--user", "cora",
        "--out", str(closed), password=True,
    )  # fmt: skip
    shelter.run("referrals", "import", str(closed), "--user", "cora", password=True)
    assert shelter.world("referral", case)[0]["status"] == "closed"
    audit = shelter.run("audit", "list")
    assert "case.referred" in audit and "referral.status_received" in audit


def test_unknown_and_unverified_signers_are_refused(pair: dict) -> None:
    lawyers, base = pair["lawyers"], pair["base"]
    stranger = foreign_organisation()
    forged = base / "forged.pkg"
    forged.write_bytes(
        package_write(
            kind="referral",
            package_id=uuid.uuid4(),
            created_at=datetime.now(UTC),
            sender=stranger.keys,
            signing_seed=stranger.signing_seed,
            recipient=key_file_read((base / "lawyers.key").read_text()),
            body={"parts": ["summary"], "summary": "Forged."},
        )
    )
    said = lawyers.refused("referrals", "import", str(forged), "--user", "cora")
    assert "not in the partner directory" in said and "Nothing was imported" in said
    (base / "stranger.key").write_text(key_file_write(stranger.keys))
    lawyers.run("partners", "add", "Stranger", "--public-key", str(base / "stranger.key"))
    said = lawyers.refused("referrals", "import", str(forged), "--user", "cora")
    assert "has not been verified" in said


def test_a_partner_key_swapped_in_the_database_is_named_by_keys_check(pair: dict) -> None:
    lawyers, decoy_key = pair["lawyers"], pair["base"] / "decoy.key"
    decoy_key.write_text(key_file_write(foreign_organisation().keys))
    lawyers.run("partners", "add", "Decoy", "--public-key", str(decoy_key))
    lawyers.world("tamper", "Decoy")
    said = lawyers.refused("keys", "check", password=False)
    assert "partner key" in said and "Decoy" in said
