"""A throwaway PostgreSQL cluster on a free loopback port (standard library only).

    python3 scripts/pgcluster.py COMMAND...   runs COMMAND with REFUGE_DATABASE_URL set
The fault tests import ``postgres_cluster`` to restart the server under load. initdb refuses
to run as root, so as root the cluster runs as the `postgres` user.
"""

# ruff: noqa: S603  (every command is a fixed PostgreSQL binary, or the one the caller gives)
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def _pg_bin() -> Path:
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name.split(".")[0])
    )
    if not found:
        raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
    return found[-1]


def _as_owner(*command: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.getuid() == 0 else list(command)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    bin: Path
    data: Path
    log: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql://refuge@127.0.0.1:{self.port}/refuge"

    def pg_ctl(self, *args: str) -> None:
        subprocess.run(
            _as_owner(str(self.bin / "pg_ctl"), "-D", str(self.data), *args),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start(self) -> None:
        # Durability off: this cluster lives for one test run.
        options = (
            f"-p {self.port} -k {self.data.parent} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.pg_ctl("-l", str(self.log), "-w", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        self.pg_ctl("-m", mode, "-w", "stop")


@contextmanager
def postgres_cluster() -> Iterator[Cluster]:
    tmp = Path(tempfile.mkdtemp(prefix="refuge-pg."))
    if os.getuid() == 0:
        shutil.chown(tmp, "postgres")
    cluster = Cluster(_pg_bin(), tmp / "data", tmp / "server.log", _free_port())
    try:
        subprocess.run(
            _as_owner(
                str(cluster.bin / "initdb"),
                "-D", str(cluster.data), "-U", "refuge", "-A", "trust", "-E", "UTF8",
                "--no-instructions",
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        cluster.start()
        subprocess.run(
            [str(cluster.bin / "createdb"), "-h", "127.0.0.1", "-p", str(cluster.port),
             "-U", "refuge", "refuge"],
            check=True,
        )  # fmt: skip
        yield cluster
    finally:
        subprocess.run(
            _as_owner(str(cluster.bin / "pg_ctl"), "-D", str(cluster.data), "-m", "immediate",
                      "stop"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        shutil.rmtree(tmp, ignore_errors=True)


def main(command: list[str]) -> int:
    with postgres_cluster() as cluster:
        version = subprocess.run(
            [str(cluster.bin / "postgres"), "--version"], capture_output=True, text=True
        ).stdout.split()[2]
        print(f"PostgreSQL {version} on 127.0.0.1:{cluster.port}", flush=True)
        env = {**os.environ, "REFUGE_DATABASE_URL": cluster.url}
        return subprocess.run(command, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
