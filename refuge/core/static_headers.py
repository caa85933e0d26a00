"""Cache headers for static files: nothing a reporter's browser fetches is kept on the phone."""

from __future__ import annotations

from collections.abc import MutableMapping

# What reporter pages load. A seized phone's browser cache holding a long-cached
# /static/refuge/reporter.<hash>.css would give the hotline away.
REPORTER_STATIC = ("refuge/reporter.", "refuge/icon.")


def static_headers(headers: MutableMapping[str, str], path: str, url: str) -> None:
    """WhiteNoise hook: reporter stylesheet and icon are no-store, never immutable."""
    name = url.removeprefix("/static/")
    if name.startswith(REPORTER_STATIC):
        headers["Cache-Control"] = "no-store"
