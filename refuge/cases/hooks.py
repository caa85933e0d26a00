"""Hooks that apps above casework register, so that cases never imports them.

``on_case_shred(hook)``: ``hook(case)`` runs inside the shredding transaction, before the case
and its keys are deleted; an exception aborts the shredding.
``on_region_lookup(matcher)``: triage asks ``matcher(text)`` for the region of a place named in
a report (the record's gazetteer).

``on_case_page(hook)``: ``hook(case)`` returns a section for the case's page, or None.
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


# ``on_region_lookup(matcher)``: ``matcher(text)`` returns a region key of cases.models.REGIONS
# for a place named in ``text`` (the record registers its gazetteer), or None.
RegionMatcher = Callable[[str], str | None]

_region_matchers: list[RegionMatcher] = []


def on_region_lookup(matcher: RegionMatcher) -> None:
    """Register ``matcher`` to find the region of a place named in a report (once)."""
    if matcher not in _region_matchers:
        _region_matchers.append(matcher)


def region_from_text(text: str) -> str | None:
    """Return the first region a registered matcher finds in ``text``, or None."""
    for matcher in _region_matchers:
        region = matcher(text)
        if region:
            return region
    return None


# Apps above casework show what they hold about a case on its page (partners: referrals and the
# statuses partners sent back). ``hook(case)`` returns a section for the page, or None.
CasePageHook = Callable[[Any], Any]
_case_page: list[CasePageHook] = []


def on_case_page(hook: CasePageHook) -> None:
    """Register ``hook`` to add a section to a case's page (once, however often called)."""
    if hook not in _case_page:
        _case_page.append(hook)


def case_page_sections(case: Any) -> list[Any]:
    """Return each registered app's section for ``case`` (a template name and its context)."""
    return [section for hook in _case_page if (section := hook(case)) is not None]
