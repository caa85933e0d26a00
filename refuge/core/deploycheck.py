"""`refuge deploy check`: does this host keep the promise "a seized disk reveals nothing"?

Each check returns a list of problems, one sentence each naming what is wrong and where. The
nginx check reads the output of `nginx -T` (every configuration file nginx loaded, in turn),
rebuilds the include tree, and looks at every server block that proxies to Refuge.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from refuge.core.checks import _filesystem_type

RAM_FILESYSTEMS = {"tmpfs", "ramfs"}
# nginx's built-in values (Debian's build) for what the checks look at.
NGINX_DEFAULTS = {
    "client_max_body_size": "1m",
    "client_body_buffer_size": "16k",
    "client_body_in_file_only": "off",
    "proxy_buffering": "on",
    "proxy_request_buffering": "on",
    "proxy_max_temp_file_size": "1024m",
    "client_body_temp_path": "/var/lib/nginx/body",
    "proxy_temp_path": "/var/lib/nginx/proxy",
}
QUIET_ERROR_LEVELS = {"crit", "alert", "emerg"}
ADDRESS_VARIABLES = ("$remote_addr", "$proxy_add_x_forwarded_for", "$binary_remote_addr")


@dataclass
class Directive:
    name: str
    args: list[str]
    block: list[Directive] | None = None
    children: list[Directive] = field(default_factory=list)


def _tokens(text: str) -> Iterator[str]:
    for match in re.finditer(r"#[^\n]*|\"(?:\\.|[^\"])*\"|'(?:\\.|[^'])*'|[{};]|[^\s{};]+", text):
        token = match.group(0)
        if token.startswith("#"):
            continue
        if token[0] in "\"'":
            token = token[1:-1]
        yield token


def _parse(tokens: Iterator[str]) -> list[Directive]:
    """Parse nginx configuration tokens into a tree, up to the closing brace."""
    directives: list[Directive] = []
    words: list[str] = []
    for word in tokens:
        if word == ";":
            if words:
                directives.append(Directive(words[0], words[1:]))
            words = []
        elif word == "{":
            directives.append(Directive(words[0] if words else "", words[1:], _parse(tokens)))
            words = []
        elif word == "}":
            return directives
        else:
            words.append(word)
    return directives


def nginx_dump_files(dump: str) -> dict[str, str]:
    """Split `nginx -T` output into {path: text}; the first path is the main file."""
    files: dict[str, str] = {}
    current: str | None = None
    for line in dump.splitlines(keepends=True):
        header = re.match(r"# configuration file (.+):\s*$", line)
        if header:
            current = header.group(1)
            files[current] = ""
        elif current is not None:
            files[current] += line
    return files


def _resolve_includes(
    directives: list[Directive], files: dict[str, str], base: str, depth: int = 0
) -> list[Directive]:
    out: list[Directive] = []
    for item in directives:
        if item.name == "include" and item.args and depth < 16:
            pattern = item.args[0] if item.args[0].startswith("/") else f"{base}/{item.args[0]}"
            for path in sorted(p for p in files if fnmatch.fnmatch(p, pattern)):
                parsed = _parse(_tokens(files[path]))
                out.extend(_resolve_includes(parsed, files, base, depth + 1))
            continue
        if item.block is not None:
            item.block = _resolve_includes(item.block, files, base, depth + 1)
        out.append(item)
    return out


def nginx_tree(dump: str) -> list[Directive]:
    """Return the main configuration of an `nginx -T` dump with every include put in place."""
    files = nginx_dump_files(dump)
    if not files:
        return []
    main = next(iter(files))
    return _resolve_includes(_parse(_tokens(files[main])), files, os.path.dirname(main))


def parse_size(value: str) -> int:
    match = re.fullmatch(r"(\d+)([kKmMgG]?)", value)
    if not match:
        return -1
    scale = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match.group(2).lower()]
    return int(match.group(1)) * scale


def _value(levels: list[list[Directive]], name: str) -> str:
    """Return the innermost setting of ``name`` across http > server > location levels."""
    found = NGINX_DEFAULTS.get(name, "")
    for level in levels:
        for item in level:
            if item.name == name and item.args:
                found = item.args[0]
    return found


def _blocks(directives: list[Directive], name: str) -> list[list[Directive]]:
    """Return the contents of every ``name { ... }`` block among ``directives``."""
    return [d.block for d in directives if d.name == name and d.block is not None]


def _simple(directives: list[Directive]) -> list[Directive]:
    return [d for d in directives if d.block is None]


def _proxy_locations(directives: list[Directive], upstream: str) -> Iterator[list[Directive]]:
    """Yield the directive list of every location (at any depth) that proxies to ``upstream``."""
    for location in _blocks(directives, "location"):
        if any(d.name == "proxy_pass" and upstream in " ".join(d.args) for d in location):
            yield location
        yield from _proxy_locations(location, upstream)


def nginx_problems(dump: str, *, upstream: str, ram_filesystem: bool = True) -> list[str]:
    """Return what in an `nginx -T` dump lets Refuge's traffic reach the disk or the logs.

    ``upstream`` is where Refuge listens ("127.0.0.1:8000"). ``ram_filesystem`` also checks
    that the temp paths are on a tmpfs (off when the dump comes from another machine).
    """
    tree = nginx_tree(dump)
    problems: list[str] = []
    proxied = False
    for http in _blocks(tree, "http"):
        for server in _blocks(http, "server"):
            listen = (_value([_simple(server)], "listen").split() or ["?"])[0]
            for location in _proxy_locations(server, upstream):
                proxied = True
                levels = [_simple(tree), _simple(http), _simple(server), location]
                problems += _server_problems(levels, f"server {listen}", ram_filesystem)
    if not proxied:
        problems.append(f"no nginx server block proxies to Refuge at {upstream}")
    return problems


def _server_problems(levels: list[list[Directive]], where: str, ram: bool) -> list[str]:
    problems = []
    max_body = parse_size(_value(levels, "client_max_body_size"))
    buffer = parse_size(_value(levels, "client_body_buffer_size"))
    if max_body == 0 or buffer < max_body:
        problems.append(
            f"{where}: client_body_buffer_size ({_value(levels, 'client_body_buffer_size')}) is "
            f"smaller than client_max_body_size ({_value(levels, 'client_max_body_size')}): "
            "request bodies can be buffered to disk"
        )
    if _value(levels, "client_body_in_file_only") != "off":
        problems.append(f"{where}: client_body_in_file_only writes every request body to disk")
    if (
        _value(levels, "proxy_buffering") == "on"
        and parse_size(_value(levels, "proxy_max_temp_file_size")) != 0
    ):
        problems.append(
            f"{where}: proxy_max_temp_file_size is not 0: responses to slow clients can be "
            "buffered to disk"
        )
    for name in ("client_body_temp_path", "proxy_temp_path"):
        path = _value(levels, name)
        if ram and _filesystem_type(Path(path)) not in RAM_FILESYSTEMS:
            problems.append(f"{where}: {name} {path} is not on a tmpfs")
    access = [d.args for level in levels[1:] for d in level if d.name == "access_log"]
    if not access or access[-1][:1] != ["off"]:
        problems.append(f"{where}: access_log is not off (addresses and user agents on disk)")
    errors = [d.args for level in levels for d in level if d.name == "error_log"]
    if errors and len(errors[-1]) > 1 and errors[-1][1] in QUIET_ERROR_LEVELS:
        problems.append(
            f"{where}: error_log at {errors[-1][1]} hides nginx's 'buffered to a temporary file' "
            "warning; use warn"
        )
    for level in levels:
        for item in level:
            if item.name == "proxy_set_header" and any(
                variable in " ".join(item.args[1:]) for variable in ADDRESS_VARIABLES
            ):
                problems.append(f"{where}: proxy_set_header {item.args[0]} forwards the address")
    return problems


def swap_problems(
    proc_swaps: Path = Path("/proc/swaps"), sys_block: Path = Path("/sys/block")
) -> list[str]:
    """Return every active swap area that is neither in RAM (zram) nor dm-crypt encrypted."""
    try:
        lines = proc_swaps.read_text().splitlines()[1:]
    except OSError:
        return [f"cannot read {proc_swaps} to check swap"]
    problems = []
    for line in lines:
        device = line.split()[0] if line.split() else ""
        if not device:
            continue
        name = os.path.basename(os.path.realpath(device))
        if name.startswith("zram"):
            continue
        uuid_file = sys_block / name / "dm" / "uuid"
        try:
            if uuid_file.read_text().startswith("CRYPT-"):
                continue
        except OSError:
            pass
        problems.append(
            f"swap on {device} is not encrypted: memory holding reports can reach the disk "
            "(swapoff, or swap on dm-crypt with a random key)"
        )
    return problems


def ram_directory_problems() -> list[str]:
    ram = Path(settings.REFUGE_RAM_TMPDIR)
    if not ram.is_dir() or _filesystem_type(ram) not in RAM_FILESYSTEMS:
        return [f"REFUGE_RAM_TMPDIR={ram} is not a tmpfs"]
    return []


def secret_problems(production_env_file: Path) -> list[str]:
    """Return each server secret that lives on a disk rather than in RAM."""
    problems = []
    try:
        env_text = production_env_file.read_text()
    except OSError:
        env_text = ""
    for name in ("REFUGE_SECRET_KEY", "REFUGE_SERVER_KEY"):
        path = os.environ.get(f"{name}_FILE")
        if path:
            kind = _filesystem_type(Path(path))
            if kind not in RAM_FILESYSTEMS:
                problems.append(
                    f"{name}_FILE={path} is on {kind or 'an unknown filesystem'}, not in RAM: "
                    "a seized disk holds the key (use a systemd credential from a tmpfs)"
                )
        elif re.search(rf"^\s*(export\s+)?{name}\s*=", env_text, re.MULTILINE):
            problems.append(f"{name} is written in {production_env_file}, on the disk")
    return problems


def settings_problems() -> list[str]:
    problems = []
    module = os.environ.get("DJANGO_SETTINGS_MODULE")
    if module != "config.settings.prod":
        problems.append(f"DJANGO_SETTINGS_MODULE is {module}, not config.settings.prod")
    if settings.DEBUG:
        problems.append("DEBUG is on")
    return problems
