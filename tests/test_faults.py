"""Faults on a served instance: SIGKILL mid-request, PostgreSQL restarted under load, full disk.

Each test serves a fresh instance with gunicorn (on PostgreSQL when the suite runs on it) and
breaks it for real; `python -m tests.faultworld check` then looks at the data from outside.
REFUGE_FAULT_RUNS sets how many kills each test makes (default 4; docs/security-testing.md has
the figures of a longer run).
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyotp
import pytest

from refuge.core.sweep import orphaned_scratch
from tests.hotline_helpers import EXIF_SERIAL_CANARY, jpeg_with_exif, recent_temp_files
from tests.served import ROOT, Browser, Instance, read_tree

RUNS = int(os.environ.get("REFUGE_FAULT_RUNS", "4"))
TEXT_CANARY = "FAULTTEXTCANARY5521"
FILENAME_CANARY = "FAULTFILECANARY7310.jpg"


@pytest.fixture
def instance(tmp_path: Path):
    served = Instance(tmp_path, copy_setup=True)
    try:
        yield served
    finally:
        served.stop()


def _in_background(call) -> tuple[threading.Thread, list]:
    outcome: list = []

    def target() -> None:
        try:
            outcome.append(call())
        except (OSError, urllib.error.URLError) as exc:  # the server died under the request
            outcome.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    return thread, outcome


def _token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, html[:500]
    return match.group(1)


def test_sigkill_mid_submission_leaves_no_half_written_report(instance) -> None:
    world = json.loads(instance.python("tests.faultworld", "create"))
    rng = random.Random(20261123)
    photo = jpeg_with_exif()
    started = time.time() - 1
    interrupted = committed_unanswered = 0
    reports = 1
    instance.start()
    for _ in range(RUNS):
        reporter = Browser(instance.base)
        _, form = reporter.request("/report/new/")
        fields = {
            "csrfmiddlewaretoken": _token(form),
            "account": TEXT_CANARY,
            "q_safe_now": "Yes",
        }
        thread, outcome = _in_background(
            lambda: reporter.multipart("/report/new/", fields, [(FILENAME_CANARY, photo)])  # noqa: B023
        )
        time.sleep(rng.uniform(0.0, 1.0))  # before, during cleaning, around the commit, after
        instance.kill()
        thread.join(timeout=60)
        got_receipt = bool(outcome) and not isinstance(outcome[0], Exception)
        interrupted += not got_receipt
        # Sweeps what the dead processes left; the next run's submission goes to this server.
        instance.start()
        state = instance.check(world["password"])
        assert state["problems"] == []
        # Whole or not at all; a report committed just before the kill exists without its
        # writer having seen the receipt (they send it again).
        assert state["reports"] == reports + 1 if got_receipt else reports <= state["reports"]
        assert state["reports"] <= reports + 1
        committed_unanswered += not got_receipt and state["reports"] == reports + 1
        reports = state["reports"]
    instance.stop()
    assert interrupted, "no run was interrupted: the kill came too late every time"

    swept = instance.run("sweep", "--grace-minutes", "0")
    at_start = sum(int(n) for n in re.findall(r"scratch_dirs=(\d+)", instance.log_path.read_text()))
    print(  # figures for docs/security-testing.md (pytest -s)
        f"submission kills: {RUNS} runs, {interrupted} interrupted, {committed_unanswered} "
        f"committed without the receipt reaching the writer; plaintext scratch directories "
        f"of killed workers removed at restart: {at_start}; then {swept.strip()}"
    )
    state = instance.check(world["password"])
    assert state["problems"] == [] and state["orphan_blobs"] == 0, swept
    leftovers = read_tree(instance.var) + recent_temp_files(started)
    for canary in (TEXT_CANARY, FILENAME_CANARY, EXIF_SERIAL_CANARY):
        assert canary.encode() not in leftovers, canary
    assert orphaned_scratch(Path("/dev/shm")) == []


def _sign_in(instance: Instance, world: dict, username: str) -> Browser:
    browser = Browser(instance.base)
    browser.submit("/accounts/sign-in/", {"username": username, "password": world["password"]})
    code = pyotp.TOTP(world["totp"][username]).now()
    url, _ = browser.submit("/accounts/two-factor/", {"code": code})
    assert url == instance.base + "/", url
    return browser


def test_sigkill_mid_assignment_leaves_the_case_key_whole(instance) -> None:
    world = json.loads(instance.python("tests.faultworld", "create"))
    instance.start()
    cora = _sign_in(instance, world, "cora")
    case_url = f"/cases/{world['case']}/"

    def assignment_form(username: str) -> dict[str, str]:
        _, page = cora.request(case_url)
        return {
            "csrfmiddlewaretoken": _token(page),
            "version": re.search(r'name="version" value="(\d+)"', page).group(1),
            "user": str(world["users"][username]),
        }

    # The kills land anywhere in an assignment's round trip (the POST and the case page it
    # redirects to), however fast this machine serves one: time one left alone first.
    fields = assignment_form("bob")
    started = time.monotonic()
    cora.request(f"{case_url}assign/", fields)
    round_trip = time.monotonic() - started
    rng = random.Random(1123)
    interrupted = 0
    state = instance.check(world["password"])  # then each run's check tells the next who holds
    for run in range(RUNS):
        username = ("bob", "erin")[run % 2]
        action = "unassign" if username in state["assigned"] else "assign"
        fields = assignment_form(username)
        thread, outcome = _in_background(
            lambda: cora.request(f"{case_url}{action}/", fields)  # noqa: B023
        )
        time.sleep(rng.uniform(0.0, round_trip))
        instance.kill()
        thread.join(timeout=60)
        interrupted += not outcome or isinstance(outcome[0], Exception)
        instance.start()
        state = instance.check(world["password"])
        assert state["problems"] == [], (run, action, state)
    print(
        f"assignment kills: {RUNS} runs, {interrupted} interrupted, round trip {round_trip:.2f} s"
    )
    assert interrupted, "no run was interrupted: the kill came too late every time"


def _load_pg_cluster():
    spec = importlib.util.spec_from_file_location("pgcluster", ROOT / "scripts" / "pgcluster.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["pgcluster"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.postgres_cluster


def _submit(reporter: Browser, form: str, *, files=None) -> tuple[int, str]:
    """Post one report; return the HTTP status and the page."""
    fields = {"csrfmiddlewaretoken": _token(form), "account": "a report", "q_safe_now": "Yes"}
    try:
        if files:
            _, html = reporter.multipart("/report/new/", fields, files)
        else:
            _, html = reporter.request("/report/new/", fields)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()
    return 200, html


def _wait_for(condition, failure: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, failure
        time.sleep(0.05)


# These two bring their own database (a cluster to restart, SQLite on a small disk): the same
# test twice would prove nothing more, so they run in the SQLite pass of `make test` only.
own_database = pytest.mark.skipif(
    bool(os.environ.get("REFUGE_DATABASE_URL")), reason="runs in the SQLite pass only"
)


@own_database
def test_postgres_restart_under_load_fails_cleanly_then_recovers(tmp_path: Path) -> None:
    with _load_pg_cluster()() as cluster:
        instance = Instance(tmp_path, database_url=cluster.url)
        world = json.loads(instance.python("tests.faultworld", "create"))
        instance.start()
        outcomes: list[tuple[float, int, str]] = []
        stop = threading.Event()

        def reporter_loop() -> None:
            while not stop.is_set():
                reporter = Browser(instance.base)
                try:
                    _, form = reporter.request("/report/new/")
                    status, html = _submit(reporter, form)
                except urllib.error.HTTPError as exc:
                    status, html = exc.code, exc.read().decode()
                except OSError as exc:
                    status, html = 0, repr(exc)
                receipt = 'id="receipt"' in html
                outcomes.append((time.monotonic(), status if not receipt else 201, html))

        def answered_since(moment: float) -> int:
            return sum(t >= moment for t, _, _ in list(outcomes))

        threads = [threading.Thread(target=reporter_loop) for _ in range(4)]
        for thread in threads:
            thread.start()
        try:
            # Each phase lasts until enough submissions have been answered in it, not a fixed
            # time: the assertions below judge every answer, whatever the phase's length.
            _wait_for(lambda: len(outcomes) >= 4, "no submission answered before the outage")
            down_at = time.monotonic()
            cluster.stop("fast")
            _wait_for(
                lambda: time.monotonic() >= down_at + 1 and answered_since(down_at) >= 4,
                "no submission answered while PostgreSQL was down",
            )
            cluster.start()
            up_at = time.monotonic()
            _wait_for(
                lambda: answered_since(up_at + 2) >= 8, "too few submissions answered after it"
            )
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=60)
            instance.stop()
        before = [o for o in outcomes if o[0] < down_at]
        during = [o for o in outcomes if down_at <= o[0] < up_at]
        after = [o for o in outcomes if o[0] >= up_at + 2]
        assert before and all(status == 201 for _, status, _ in before)
        failed = [o for o in during if o[1] != 201]
        assert failed, "the outage was seen"
        for _, status, html in failed:
            assert status == 503 and "briefly unavailable" in html, (status, html[:300])
        assert after and all(status == 201 for _, status, _ in after), [o[1] for o in after]
        recovered = min(t for t, status, _ in outcomes if t >= up_at and status == 201) - up_at
        print(
            f"PostgreSQL restart: {len(outcomes)} submissions, {len(failed)} answered 503 "
            f"while it was down, first success {recovered:.1f} s after it was back"
        )
        state = instance.check(world["password"])
        assert state["problems"] == []
        assert state["reports"] >= 1 + sum(status == 201 for _, status, _ in outcomes)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 48 MiB file system to fill up (tmpfs; mounting needs root, as on these machines)."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=48m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(directory: Path) -> Path:
    filler = directory / "filler"
    chunk = b"\0" * (256 * 1024)
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(chunk)
                handle.flush()
        except OSError:
            pass
    return filler


@own_database
def test_full_disk_gives_a_clear_error_and_loses_nothing(tmp_path: Path, small_disk: Path) -> None:
    instance = Instance(tmp_path, var=small_disk / "var", database_url="", copy_setup=True)
    world = json.loads(instance.python("tests.faultworld", "create"))
    instance.start()
    photo = [("photo.jpg", jpeg_with_exif() + os.urandom(2 * 1024 * 1024))]
    try:
        reporter = Browser(instance.base)
        _, form = reporter.request("/report/new/")
        assert _submit(reporter, form, files=photo)[0] == 200
        stored = instance.check(world["password"])
        late = Browser(instance.base)
        _, form = late.request("/report/new/")
        filler = _fill(small_disk)
        status, html = _submit(late, form, files=photo)
        assert status == 503 and "run out of storage space" in html, (status, html[:500])
        assert "Traceback" not in html
        filler.unlink()  # SQLite cannot even read on a full disk: look once there is room
        assert instance.check(world["password"]) == stored, "nothing lost, nothing half-stored"
        assert not list((instance.var / "files").rglob("*.partial"))
        reporter = Browser(instance.base)
        _, form = reporter.request("/report/new/")
        status, html = _submit(reporter, form, files=photo)
        assert status == 200 and 'id="receipt"' in html, "space again: reports are taken again"
    finally:
        instance.stop()


def test_a_session_lost_with_the_database_is_a_503_not_a_400(rf) -> None:
    """Django turns a session it could not save into a 400; an outage must still say 503."""
    from django.contrib.sessions.exceptions import SessionInterrupted
    from django.db import OperationalError

    from refuge.core.views import bad_request

    try:
        try:
            raise OperationalError("connection failed: the database system is shutting down")
        except OperationalError:
            raise SessionInterrupted("the session was deleted")  # noqa: B904 (as Django does)
    except SessionInterrupted as exc:
        assert exc.__context__ is not None
        interrupted = exc
    response = bad_request(rf.get("/report/new/"), interrupted)
    assert response.status_code == 503 and b"briefly unavailable" in response.content
