"""The apps form layers whose imports only point down (docs/architecture.md).

Every import of another Refuge app counts, at the top of a module or inside a function. A lower
app that must react to a higher one offers a hook the higher app registers in its AppConfig.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "refuge"

# Lower number, lower layer. An app may import only apps of a lower layer.
LAYERS = {
    "crypto": 0,
    "keys": 1,
    "audit": 2,
    "core": 3,
    "notify": 3,
    "accounts": 4,
    "intake": 5,
    "cases": 6,
    "record": 7,
    "findings": 8,
    "media": 8,
    "partners": 8,
    "site": 9,
}


def _apps() -> set[str]:
    return {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()}


def _imported_apps(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module]
            if node.module == "refuge":
                modules = [f"refuge.{alias.name}" for alias in node.names]
        for module in modules:
            parts = module.split(".")
            if parts[0] == "refuge" and len(parts) > 1:
                found.add(parts[1])
    return found


def test_every_app_has_a_layer() -> None:
    assert _apps() <= set(LAYERS), f"give these apps a layer: {_apps() - set(LAYERS)}"


def test_imports_only_point_down() -> None:
    upward = []
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT).parts
        if len(relative) < 2 or "migrations" in relative:
            continue
        app = relative[0]
        for other in _imported_apps(path) - {app}:
            if other in LAYERS and LAYERS[other] >= LAYERS[app]:
                upward.append(f"{path.relative_to(ROOT.parent)}: {app} imports {other}")
    assert upward == []


def test_no_two_apps_reach_each_other() -> None:
    reaches: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT).parts
        if len(relative) < 2 or "migrations" in relative:
            continue
        reaches.setdefault(relative[0], set()).update(_imported_apps(path) - {relative[0]})
    pairs = {
        tuple(sorted((a, b)))
        for a, targets in reaches.items()
        for b in targets
        if a in reaches.get(b, set())
    }
    assert pairs == set()


def test_no_module_is_over_600_lines() -> None:
    """A module that long does several jobs: split it by job (migrations aside)."""
    long = {
        str(path.relative_to(ROOT.parent)): lines
        for path in ROOT.rglob("*.py")
        if "migrations" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert long == {}


HEAVY_ON_FIRST_USE = ("refuge.media.extract.core", "natasha", "spacy", "scipy", "pandas", "duckdb")


@pytest.mark.once
def test_serving_pages_loads_no_extractor_model_or_estimator() -> None:
    # Every server worker and `refuge` command imports the URLs: the media extractor (0.4 s of
    # pattern compiling), the language models and the estimation libraries load on first use.
    probe = (
        "import django, sys; django.setup(); import config.urls; "
        f"print([m for m in {HEAVY_ON_FIRST_USE!r} if m in sys.modules])"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT.parent, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
