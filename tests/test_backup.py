"""`refuge backup` and `refuge restore` round-trip every row and every file."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import CommandError, call_command

from refuge.accounts import services
from refuge.accounts.models import Role, User
from refuge.audit.selectors import audit_chain_verify
from tests.conftest import create_persona

pytestmark = pytest.mark.django_db(transaction=True)


def _every_row() -> dict[str, list[dict]]:
    rows = {}
    for model in apps.get_models():
        values = model._default_manager.order_by("pk").values()
        rows[model._meta.label] = [
            {k: bytes(v) if isinstance(v, memoryview) else v for k, v in row.items()}
            for row in values
        ]
    return rows


def _every_file() -> dict[str, str]:
    store: Path = settings.REFUGE_FILE_STORE
    return {
        p.relative_to(store).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in store.rglob("*")
        if p.is_file()
    }


def _populate() -> None:
    create_persona("alice", Role.ADMINISTRATOR)
    bob = create_persona("bob", Role.CASEWORKER)
    services.user_set_role(actor=None, user=bob.user, role=Role.COORDINATOR)
    store: Path = settings.REFUGE_FILE_STORE
    (store / "ab").mkdir(parents=True)
    (store / "ab" / "abcdef.bin").write_bytes(bytes(range(256)) * 100)
    (store / "readme.enc").write_bytes(b"\x01" + b"ciphertext" * 10)


def test_backup_then_restore_brings_back_every_row_and_file(tmp_path, capsys) -> None:
    _populate()
    dest = tmp_path / "backup-1"
    call_command("backup", str(dest))
    assert "Backup written" in capsys.readouterr().out
    rows, files = _every_row(), _every_file()
    manifest = json.loads((dest / "manifest.json").read_text())
    assert len(manifest["files"]) == 2

    # Life goes on after the backup...
    services.user_create(actor=None, username="mallory", role=Role.ADMINISTRATOR)
    services.user_set_active(actor=None, user=User.objects.get(username="bob"), active=False)
    (settings.REFUGE_FILE_STORE / "readme.enc").unlink()
    (settings.REFUGE_FILE_STORE / "new.enc").write_bytes(b"later")
    assert _every_row() != rows

    call_command("restore", str(dest), "--yes")
    assert _every_row() == rows
    assert _every_file() == files
    assert audit_chain_verify().ok
    assert User.objects.get(username="bob").is_active


def test_altered_backup_is_refused_and_nothing_is_replaced(tmp_path) -> None:
    _populate()
    dest = tmp_path / "backup-2"
    call_command("backup", str(dest))
    victim = dest / "files" / "ab" / "abcdef.bin"
    victim.write_bytes(b"X" + victim.read_bytes()[1:])
    services.user_create(actor=None, username="after", role=Role.ANALYST)
    with pytest.raises(CommandError, match=r"files/ab/abcdef.bin was altered"):
        call_command("restore", str(dest), "--yes")
    assert User.objects.filter(username="after").exists()


def test_backup_refuses_an_existing_folder_and_leaves_no_partial_output(tmp_path) -> None:
    (tmp_path / "taken").mkdir()
    with pytest.raises(CommandError, match="already exists"):
        call_command("backup", str(tmp_path / "taken"))
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]


def test_restore_of_something_that_is_not_a_backup_is_refused(tmp_path) -> None:
    with pytest.raises(CommandError, match="not a Refuge backup"):
        call_command("restore", str(tmp_path), "--yes")


def _rewrite_manifest(dest: Path, change, *, sign: bool) -> None:
    from refuge.core.backup import _manifest_mac
    from refuge.keys.server import server_subkey

    manifest = json.loads((dest / "manifest.json").read_text())
    change(manifest)
    if sign:
        manifest["mac"] = _manifest_mac(manifest, server_subkey("backup"))
    (dest / "manifest.json").write_text(json.dumps(manifest))


def test_altered_file_with_fixed_hash_is_refused_by_the_manifest_mac(tmp_path) -> None:
    _populate()
    dest = tmp_path / "backup-mac"
    call_command("backup", str(dest))
    victim = dest / "files" / "ab" / "abcdef.bin"
    victim.write_bytes(b"rogue key")
    fixed = hashlib.sha256(b"rogue key").hexdigest()

    def fix_hash(manifest: dict) -> None:
        for item in manifest["files"]:
            if item["path"] == "ab/abcdef.bin":
                item["sha256"] = fixed

    _rewrite_manifest(dest, fix_hash, sign=False)
    with pytest.raises(CommandError, match="not authenticated by this server's key"):
        call_command("restore", str(dest), "--yes")


def test_restore_refuses_a_path_that_climbs_out(tmp_path) -> None:
    _populate()
    dest = tmp_path / "backup-dots"
    call_command("backup", str(dest))
    (dest / "evil").write_bytes(b"x")

    def climb(manifest: dict) -> None:
        manifest["files"].append({"path": "../evil", "sha256": hashlib.sha256(b"x").hexdigest()})

    # Even with a valid MAC (a stolen server key), the path is refused before anything moves.
    _rewrite_manifest(dest, climb, sign=True)
    services.user_create(actor=None, username="after", role=Role.ANALYST)
    with pytest.raises(CommandError, match=r"'../evil' is not a canonical path"):
        call_command("restore", str(dest), "--yes")
    assert User.objects.filter(username="after").exists()


def test_backup_copies_no_times_and_no_expired_sessions(tmp_path) -> None:
    from datetime import timedelta

    from django.contrib.sessions.models import Session
    from django.utils import timezone

    _populate()
    store: Path = settings.REFUGE_FILE_STORE
    os.utime(store / "readme.enc", (1_000_000_000.123, 1_000_000_000.123))
    Session.objects.create(
        session_key="x" * 32, session_data="e30", expire_date=timezone.now() - timedelta(days=1)
    )
    dest = tmp_path / "backup-times"
    call_command("backup", str(dest))
    assert (dest / "files" / "readme.enc").stat().st_mtime != 1_000_000_000.123
    manifest = json.loads((dest / "manifest.json").read_text())
    assert len(manifest["created_at"]) == len("2026-11-30"), "a date, not an instant"
    assert not Session.objects.filter(session_key="x" * 32).exists(), "purged before"


def test_encrypted_backup_is_ciphertext_and_restores_with_the_offline_key(
    tmp_path, capsys, monkeypatch
) -> None:
    import io

    _populate()
    call_command("backup", "--new-offline-key")
    out = capsys.readouterr().out
    public = out.split("--encrypt-to=KEY): ")[1].split()[0]
    private = out.split("restore asks for it): ")[1].split()[0]
    dest = tmp_path / "backup-enc"
    call_command("backup", str(dest), f"--encrypt-to={public}")
    rows, files = _every_row(), _every_file()
    stored = b"".join(p.read_bytes() for p in dest.rglob("*") if p.is_file())
    assert bytes(range(256)) * 4 not in stored and b"ciphertext" * 3 not in stored
    assert b"SQLite format 3" not in stored and b"alice" not in stored

    services.user_create(actor=None, username="later", role=Role.ANALYST)
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    with pytest.raises(CommandError, match="give the offline private key"):
        call_command("restore", str(dest), "--yes")
    monkeypatch.setattr("sys.stdin", io.StringIO(private + "\n"))
    call_command("restore", str(dest), "--yes")
    assert _every_row() == rows
    assert _every_file() == files


def test_a_public_key_beginning_with_a_dash_is_taken_in_the_printed_form(tmp_path) -> None:
    from refuge import crypto

    # One key in 64 encodes with a leading "-"; a first byte of 0xF8 always does.
    public = crypto.encode_key(b"\xf8" + bytes(31))
    assert public.startswith("-")
    _populate()
    dest = tmp_path / "backup-dash"
    call_command("backup", str(dest), f"--encrypt-to={public}")
    assert json.loads((dest / "manifest.json").read_text())["encrypted_to"]["public_key"] == public
