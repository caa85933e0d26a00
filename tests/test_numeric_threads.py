"""Refuge's processes give numpy one thread (config.env.one_numeric_thread).

natasha's taggers multiply small matrices; with OpenBLAS's default of a thread per core a
Russian article cost about twice the CPU on two cores, taken from the web workers. Checked in a
fresh process started the way production starts one (`refuge …`, and the WSGI module gunicorn
loads), with none of the variables set, and with an operator's own setting kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from config.env import NUMERIC_THREAD_VARIABLES

# OpenBLAS starts a thread per core this process may run on (a container may allow one).
pytestmark = pytest.mark.skipif(
    len(os.sched_getaffinity(0)) < 2, reason="one core: numpy has one thread anyway"
)
pytest.importorskip("threadpoolctl")  # how numpy's pools are read; scikit-learn requires it

THREADS = (
    "import json, numpy; from threadpoolctl import threadpool_info; "
    "pools = {p['user_api']: p['num_threads'] for p in threadpool_info()}; "
    "print(json.dumps(sorted(pools.items())))"
)


def _threads(entry: str, **env: str) -> dict[str, int]:
    clean = {k: v for k, v in os.environ.items() if k not in NUMERIC_THREAD_VARIABLES}
    completed = subprocess.run(
        [sys.executable, "-c", entry + THREADS],
        env=clean | env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    pools = dict(json.loads(completed.stdout.strip().splitlines()[-1]))
    if "blas" not in pools:
        pytest.skip("this numpy reports no BLAS thread pool")
    return pools


def test_the_refuge_command_gives_numpy_one_thread() -> None:
    # `refuge shell -c CODE` runs CODE inside the command, after its start-up.
    entry = "from refuge.cli import main; main(['refuge', 'shell', '-c', {code!r}]); #"
    assert _threads(entry.format(code=THREADS))["blas"] == 1


def test_the_wsgi_module_gives_numpy_one_thread() -> None:
    assert _threads("import config.wsgi; ")["blas"] == 1


def test_without_it_numpy_takes_every_core() -> None:
    # What the two tests above guard against, on this machine.
    assert _threads("")["blas"] > 1


def test_an_operators_setting_is_kept() -> None:
    assert _threads("import config.wsgi; ", OPENBLAS_NUM_THREADS="2")["blas"] == 2
