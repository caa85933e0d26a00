"""Hooks that apps above casework register, so that cases never imports them.

``on_case_shred(hook)``: ``hook(case)`` runs inside the shredding transaction, before the case
and its keys are deleted; an exception aborts the shredding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CaseHook = Callable[[Any], None]

_before_shred: list[CaseHook] = []


def on_case_shred(hook: CaseHook) -> None:
    """Register ``hook`` to run when a case is shredded (once, however often it is called)."""
    if hook not in _before_shred:
        _before_shred.append(hook)


def case_shred_hooks_run(case: Any) -> None:
    for hook in _before_shred:
        hook(case)
