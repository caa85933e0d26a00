"""The `refuge` command line: setup, createuser, users, and the production settings."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from refuge.accounts.models import Role, User

pytestmark = pytest.mark.django_db


def test_setup_creates_the_first_administrator_once(capsys, settings) -> None:
    call_command("setup", "--no-static")
    out = capsys.readouterr().out
    # Standard output is not a terminal here: the secrets went to a 0600 file, not the output.
    secrets_file = settings.REFUGE_FIRST_RUN_SECRETS_FILE
    assert str(secrets_file) in out and "one-time password" not in out and "RS1-" not in out
    assert secrets_file.stat().st_mode & 0o777 == 0o600
    written = secrets_file.read_text()
    password = written.split("one-time password: ")[1].split()[0]
    assert "share 1: RS1-" in written
    admin = User.objects.get()
    assert admin.role == Role.ADMINISTRATOR and admin.check_password(password)
    assert admin.must_change_password and not admin.has_two_factor

    call_command("setup", "--no-static")
    assert "already exist" in capsys.readouterr().out
    assert User.objects.count() == 1


def test_createuser_prints_a_one_time_password(capsys) -> None:
    call_command("createuser", "--username", "Erin", "--role", "coordinator")
    password = capsys.readouterr().out.split("One-time password: ")[1].split()[0]
    erin = User.objects.get(username="erin")
    assert erin.check_password(password) and erin.role == Role.COORDINATOR
    with pytest.raises(CommandError, match="taken"):
        call_command("createuser", "--username", "erin", "--role", "analyst")


def test_users_command_covers_day_to_day_administration(capsys) -> None:
    call_command("createuser", "--username", "admin", "--role", "administrator")
    call_command("createuser", "--username", "finn", "--role", "caseworker")
    capsys.readouterr()
    call_command("users", "set-role", "finn", "analyst")
    call_command("users", "deactivate", "finn")
    call_command("users", "reset-password", "finn")
    password = capsys.readouterr().out.split("One-time password for finn: ")[1].split()[0]
    call_command("users", "list")
    listing = capsys.readouterr().out
    assert "finn\tanalyst\tno-2fa\tdeactivated" in listing
    assert User.objects.get(username="finn").check_password(password)
    with pytest.raises(CommandError, match="last active administrator"):
        call_command("users", "deactivate", "admin")
    with pytest.raises(CommandError, match="No staff account"):
        call_command("users", "activate", "nobody")


PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.prod",
    "REFUGE_SECRET_KEY": "k" + "".join(chr(65 + i % 26) + str(i) for i in range(40)),
    "REFUGE_SERVER_KEY": "dGVzdC1vbmx5LXNlcnZlci1rZXktMzItYnl0ZXMhISE",
    "REFUGE_ALLOWED_HOSTS": "refuge.example.org",
}


def _refuge(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("REFUGE_", "DJANGO_"))}
    return subprocess.run(
        [sys.executable, "-m", "refuge.cli", *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy() -> None:
    result = _refuge(["check", "--deploy", "--fail-level", "WARNING"], PROD_ENV)
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.parametrize("missing", ["REFUGE_SECRET_KEY", "REFUGE_SERVER_KEY"])
def test_production_refuses_to_start_without_its_secrets(missing: str) -> None:
    env = {k: v for k, v in PROD_ENV.items() if k != missing}
    result = _refuge(["check"], env)
    assert result.returncode != 0
    assert f"{missing} (or {missing}_FILE) must be set" in result.stderr


def test_secrets_can_come_from_files(tmp_path) -> None:
    secret_file = tmp_path / "secret_key"
    secret_file.write_text(PROD_ENV["REFUGE_SECRET_KEY"] + "\n")
    env = {k: v for k, v in PROD_ENV.items() if k != "REFUGE_SECRET_KEY"}
    env["REFUGE_SECRET_KEY_FILE"] = str(secret_file)
    result = _refuge(["check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stderr


def test_production_refuses_argon2_costs_below_the_floor() -> None:
    result = _refuge(
        ["check", "--deploy", "--fail-level", "WARNING"],
        {**PROD_ENV, "REFUGE_KDF_MEMLIMIT": "8192"},
    )
    assert result.returncode != 0 and "refuge.E004" in result.stderr


def test_a_malformed_server_key_is_reported() -> None:
    result = _refuge(["check"], {**PROD_ENV, "REFUGE_SERVER_KEY": "too-short"})
    assert result.returncode != 0 and "refuge.E001" in result.stderr


def test_attachments_must_be_cleaned_on_a_ram_disk(tmp_path) -> None:
    env = {**PROD_ENV, "REFUGE_RAM_TMPDIR": str(tmp_path)}
    result = _refuge(["check"], env)
    assert result.returncode != 0 and "refuge.E003" in result.stderr


def test_a_command_on_an_instance_never_set_up_says_so(tmp_path) -> None:
    result = _refuge(["media", "ledger"], {"REFUGE_VAR_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert "is not set up (no such table: media_mediaarticle): run `refuge setup`" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_table_in_a_database_that_is_set_up_stays_an_error(tmp_path) -> None:
    env = {"REFUGE_VAR_DIR": str(tmp_path)}
    assert _refuge(["migrate", "-v", "0"], env).returncode == 0
    query = "from django.db import connection; connection.cursor().execute('select * from nope')"
    result = _refuge(["shell", "-c", query], env)
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "no such table: nope" in result.stderr
    assert "is not set up" not in result.stderr
