"""A real RFC 3161 time-stamp authority for tests: Debian's ``openssl ts -reply`` behind a tiny
HTTP endpoint on loopback (no mocks). Its certificate is made fresh for each test module."""

from __future__ import annotations

import shutil
import subprocess
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CONFIG = """\
[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = {folder}
serial = $dir/serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


@dataclass(frozen=True)
class LocalTsa:
    url: str
    certificate: Path
    requests: list[bytes]


def _openssl(*args: str, cwd: Path) -> None:
    openssl = shutil.which("openssl")
    assert openssl, "Debian's openssl is needed (scripts/system-deps.sh)"
    subprocess.run([openssl, *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@contextmanager
def local_tsa(folder: Path) -> Iterator[LocalTsa]:
    """Run a time-stamp authority on 127.0.0.1 until the block ends."""
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", "tsa.key", "-out", "tsa.pem", "-days", "2", "-subj", "/CN=Refuge test TSA",
        "-addext", "extendedKeyUsage=critical,timeStamping",
        "-addext", "basicConstraints=critical,CA:FALSE",
        cwd=folder,
    )  # fmt: skip
    (folder / "tsa.cnf").write_text(CONFIG.format(folder=folder))
    (folder / "serial").write_text("01\n")
    lock = threading.Lock()
    seen: list[bytes] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            seen.append(body)
            name = uuid.uuid4().hex
            with lock:
                (folder / f"{name}.tsq").write_bytes(body)
                try:
                    _openssl(
                        "ts", "-reply", "-config", "tsa.cnf", "-queryfile", f"{name}.tsq",
                        "-inkey", "tsa.key", "-signer", "tsa.pem", "-out", f"{name}.tsr",
                        cwd=folder,
                    )  # fmt: skip
                    answer = (folder / f"{name}.tsr").read_bytes()
                except subprocess.CalledProcessError:
                    self.send_error(400)
                    return
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LocalTsa(f"http://127.0.0.1:{server.server_port}/tsa", folder / "tsa.pem", seen)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
