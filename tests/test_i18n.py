"""English and Russian from the first page; the switch works without JavaScript."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.conftest import CsrfClient, signed_in_client

pytestmark = pytest.mark.django_db
PO_FILE = Path(settings.BASE_DIR) / "refuge" / "locale" / "ru" / "LC_MESSAGES" / "django.po"


def test_sign_in_page_renders_in_english_by_default() -> None:
    html = CsrfClient().get(reverse("accounts:login")).content.decode()
    assert '<html lang="en">' in html and "Staff sign-in" in html


def test_language_switch_is_a_plain_form_and_sets_a_session_cookie() -> None:
    client = CsrfClient()
    page = client.get(reverse("accounts:login")).content.decode()
    assert 'action="/i18n/setlang/"' in page and 'name="language" value="ru"' in page
    response = client.post(
        reverse("set_language"), {"language": "ru", "next": reverse("accounts:login")}
    )
    assert response["Location"] == reverse("accounts:login")
    cookie = client.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie["expires"] == "" and cookie["max-age"] == "", "no persistent cookie"
    html = client.get(reverse("accounts:login")).content.decode()
    assert '<html lang="ru">' in html
    assert "Вход для сотрудников" in html and "Имя пользователя" in html


def test_staff_pages_render_in_russian(admin) -> None:
    client = signed_in_client(admin)
    client.post(reverse("set_language"), {"language": "ru", "next": "/"})
    html = client.get("/").content.decode()
    assert "Журнал аудита" in html and "Администратор" in html
    assert "Журнал аудита" in client.get(reverse("audit:log")).content.decode()


def test_every_message_has_a_russian_translation() -> None:
    text = PO_FILE.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text
    # msgfmt --statistics counts translated, fuzzy and untranslated messages.
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(PO_FILE)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


def _msgids(po: Path) -> set[str]:
    ids, current = set(), None
    for line in po.read_text(encoding="utf-8").splitlines():
        if line.startswith("msgid "):
            current = line[7:-1]
        elif line.startswith('"') and current is not None:
            current += line[1:-1]
        elif line.startswith("msgstr") and current is not None:
            ids.add(current)
            current = None
    return ids - {""}


def test_catalogue_holds_every_translatable_string_in_the_code(tmp_path) -> None:
    """Run makemessages on a copy of the source: it must find nothing the catalogue lacks."""
    root = Path(settings.BASE_DIR)
    for package in ("refuge", "config"):
        shutil.copytree(root / package, tmp_path / package, ignore=shutil.ignore_patterns("*.mo"))
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
    }
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "ru", "--no-location"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    fresh = _msgids(tmp_path / "refuge" / "locale" / "ru" / "LC_MESSAGES" / "django.po")
    missing = fresh - _msgids(PO_FILE)
    assert not missing, f"run `make messages-update` and translate: {sorted(missing)}"
