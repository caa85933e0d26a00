"""`refuge deploy check` and the `refuge` command's refusal of development settings in production.

The nginx checks read real `nginx -T` output: the shipped onion server block passes, nginx's
defaults fail with each problem named.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from refuge.core import deploycheck
from tests.served import ROOT
from tests.test_nginx import NGINX, ONION_CONF

UPSTREAM = "127.0.0.1:8000"
DEFAULTS_SERVER = """
server {
    listen 127.0.0.1:8080;
    error_log /tmp/refuge-error.log crit;
    client_max_body_size 60m;
    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
"""
needs_nginx = pytest.mark.skipif(not os.access(NGINX, os.X_OK), reason="nginx is not installed")


@pytest.fixture
def ram_dir() -> Iterator[Path]:
    """A directory on /dev/shm (a tmpfs) for nginx's temp paths."""
    path = Path("/dev/shm") / f"refuge-deploycheck-{uuid.uuid4().hex}"
    path.mkdir()
    try:
        yield path
    finally:
        subprocess.run(["rm", "-rf", str(path)], check=True)


def nginx_dump(tmp: Path, server_block: str) -> str:
    """Return `nginx -T` for a main nginx.conf that includes ``server_block`` in http {}."""
    (tmp / "site.conf").write_text(server_block)
    (tmp / "nginx.conf").write_text(
        f"pid {tmp}/nginx.pid;\nerror_log {tmp}/error.log;\nevents {{}}\n"
        "http {\n    include site.conf;\n}\n"
    )
    done = subprocess.run(
        [NGINX, "-T", "-c", str(tmp / "nginx.conf"), "-p", f"{tmp}/", "-e", str(tmp / "e.log")],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def shipped_onion(ram: Path, conf: Path = ONION_CONF) -> str:
    return (
        conf.read_text()
        .replace("/run/nginx-refuge/", f"{ram}/")
        .replace("/var/log/nginx/", f"{ram}/")
    )


@needs_nginx
@pytest.mark.parametrize("name", ["refuge-onion.conf", "refuge-staff-onion.conf"])
def test_shipped_onion_configs_pass(ram_dir: Path, name: str) -> None:
    dump = nginx_dump(ram_dir, shipped_onion(ram_dir, ONION_CONF.with_name(name)))
    assert deploycheck.nginx_problems(dump, upstream=UPSTREAM) == []


@needs_nginx
def test_nginx_defaults_fail_with_each_problem_named(ram_dir: Path) -> None:
    problems = deploycheck.nginx_problems(nginx_dump(ram_dir, DEFAULTS_SERVER), upstream=UPSTREAM)
    text = "\n".join(problems)
    assert "client_body_buffer_size (16k) is smaller than client_max_body_size (60m)" in text
    assert "proxy_max_temp_file_size is not 0" in text
    assert "client_body_temp_path /var/lib/nginx/body is not on a tmpfs" in text
    assert "proxy_temp_path /var/lib/nginx/proxy is not on a tmpfs" in text
    assert "access_log is not off" in text
    assert "error_log at crit hides" in text
    assert "proxy_set_header X-Forwarded-For forwards the address" in text
    assert len(problems) == 7, text


@needs_nginx
def test_one_undone_line_is_caught(ram_dir: Path) -> None:
    weakened = shipped_onion(ram_dir).replace("proxy_max_temp_file_size 0;", "")
    problems = deploycheck.nginx_problems(nginx_dump(ram_dir, weakened), upstream=UPSTREAM)
    assert problems == [
        "server 127.0.0.1:8080: proxy_max_temp_file_size is not 0: responses to slow clients "
        "can be buffered to disk"
    ]


def test_a_config_without_refuge_is_a_problem() -> None:
    dump = "# configuration file /etc/nginx/nginx.conf:\nevents {}\nhttp { server { } }\n"
    assert deploycheck.nginx_problems(dump, upstream=UPSTREAM) == [
        "no nginx server block proxies to Refuge at 127.0.0.1:8000"
    ]


def test_swap_must_be_off_encrypted_or_in_ram(tmp_path: Path) -> None:
    swaps = tmp_path / "swaps"
    header = "Filename\tType\tSize\tUsed\tPriority\n"
    sys_block = tmp_path / "block"
    (sys_block / "dm-0" / "dm").mkdir(parents=True)
    (sys_block / "dm-0" / "dm" / "uuid").write_text("CRYPT-PLAIN-swap\n")
    swaps.write_text(header)
    assert deploycheck.swap_problems(swaps, sys_block) == []
    swaps.write_text(header + "/dev/dm-0 partition 100 0 -2\n/dev/zram0 partition 100 0 5\n")
    assert deploycheck.swap_problems(swaps, sys_block) == []
    swaps.write_text(header + "/dev/vda2 partition 100 0 -2\n")
    assert deploycheck.swap_problems(swaps, sys_block) == [
        "swap on /dev/vda2 is not encrypted: memory holding reports can reach the disk "
        "(swapoff, or swap on dm-crypt with a random key)"
    ]


def test_secrets_must_not_be_on_the_disk(
    tmp_path: Path, ram_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / "refuge.env"
    env_file.write_text("DJANGO_SETTINGS_MODULE=config.settings.prod\n")
    (ram_dir / "key").write_text("x")
    monkeypatch.setenv("REFUGE_SECRET_KEY_FILE", str(ram_dir / "key"))
    monkeypatch.setenv("REFUGE_SERVER_KEY_FILE", str(ram_dir / "key"))
    assert deploycheck.secret_problems(env_file) == []

    on_disk = ROOT / "pyproject.toml"
    monkeypatch.setenv("REFUGE_SERVER_KEY_FILE", str(on_disk))
    monkeypatch.delenv("REFUGE_SECRET_KEY_FILE")
    env_file.write_text("REFUGE_SECRET_KEY=abc\n")
    problems = deploycheck.secret_problems(env_file)
    assert problems[0] == f"REFUGE_SECRET_KEY is written in {env_file}, on the disk"
    assert problems[1].startswith(f"REFUGE_SERVER_KEY_FILE={on_disk} is on ")
    assert len(problems) == 2


@needs_nginx
def test_command_exits_non_zero_naming_each_problem(
    tmp_path: Path, ram_dir: Path, settings, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.REFUGE_RAM_TMPDIR = str(tmp_path)  # the disk, not a tmpfs
    dump = tmp_path / "nginx-T.txt"
    dump.write_text(nginx_dump(ram_dir, DEFAULTS_SERVER))
    with pytest.raises(CommandError, match=r"deploy check: \d+ problem\(s\)"):
        call_command("deploy", "check", "--nginx-dump", str(dump), "--upstream", UPSTREAM)
    err = capsys.readouterr().err
    assert "problem: DJANGO_SETTINGS_MODULE is config.settings.test" in err
    assert f"problem: REFUGE_RAM_TMPDIR={tmp_path} is not a tmpfs" in err
    assert "problem: server 127.0.0.1:8080: proxy_max_temp_file_size is not 0" in err

    dump.write_text(nginx_dump(ram_dir, shipped_onion(ram_dir)))
    with pytest.raises(CommandError, match="problem"):
        call_command("deploy", "check", "--nginx-dump", str(dump), "--upstream", UPSTREAM)
    assert "server 127.0.0.1:8080" not in capsys.readouterr().err


def test_refuge_refuses_development_settings_on_a_production_host(tmp_path: Path) -> None:
    marker = tmp_path / "refuge.env"
    marker.write_text("DJANGO_SETTINGS_MODULE=config.settings.prod\n")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("REFUGE_", "DJANGO_"))}
    env = {**clean, "REFUGE_PRODUCTION_ENV_FILE": str(marker), "REFUGE_VAR_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "refuge.cli", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert f"this is a production host ({marker} exists)" in done.stderr
    assert "DJANGO_SETTINGS_MODULE is not set" in done.stderr
    assert not (tmp_path / "local-secrets.json").exists(), "no development secrets created"

    marker.unlink()
    done = subprocess.run(
        [sys.executable, "-m", "refuge.cli", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
