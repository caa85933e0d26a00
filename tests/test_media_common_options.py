"""Django's options for every command (-v, --traceback, --no-color, …) work after a `refuge
media` subcommand as before it: `refuge media reread -v 2` was refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from refuge.cli import main

pytestmark = pytest.mark.django_db

ARTICLE = Path(__file__).resolve().parent / "data" / "media_case" / "article-1.txt"


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("media", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_verbosity_is_taken_after_the_subcommand() -> None:
    assert _run("reread", "-v", "2", "--dry-run").startswith("Read 0 articles again")
    assert _run("ledger", "--verbosity", "0", "--no-color").startswith("No articles yet")
    assert _run("extract", str(ARTICLE), "--skip-checks", "-v", "3") == _run(
        "-v", "3", "extract", str(ARTICLE)
    )


def test_a_wrong_verbosity_after_the_subcommand_is_refused_as_before_it() -> None:
    with pytest.raises(CommandError, match=r"argument -v/--verbosity: invalid choice: 5"):
        _run("reread", "-v", "5")


def test_traceback_after_the_subcommand_shows_the_error_whole(tmp_path: Path, capsys) -> None:
    missing = str(tmp_path / "missing.txt")
    with pytest.raises(SystemExit) as stopped:  # without --traceback: one line, exit 1
        main(["refuge", "media", "extract", missing])
    assert stopped.value.code == 1
    assert "cannot read the file" in capsys.readouterr().err
    with pytest.raises(CommandError, match="cannot read the file"):  # with it: the exception
        main(["refuge", "media", "extract", missing, "--traceback"])
