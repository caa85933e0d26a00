"""The apps form layers whose imports only point down (docs/architecture.md).

Every import of another Refuge app counts, at the top of a module or inside a function. A lower
app that must react to a higher one offers a hook the higher app registers in its AppConfig.
"""

from __future__ import annotations

import ast
from pathlib import Path

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
