"""`refuge backup` and `refuge restore` round-trip every row and every file."""

from __future__ import annotations

import hashlib
import json
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
