"""Organisations' aliases, longest first, and the patterns that look for each alias alone.

Those patterns are compiled once, here. Written inline (``re.search(rf"…{alias}…")`` in a loop
over the aliases), they were about 150 patterns an article put through ``re``'s own cache,
which keeps 512 and drops the oldest: with every other pattern of an extraction that cache
overflowed, and an article in the other language found most patterns dropped and compiled
them again (a twentieth of the CPU time over the development set).
"""

from __future__ import annotations

import re
from functools import cache

from refuge.media import lexicon

ORG_ALIASES = sorted(
    ((alias, name) for name, aliases in lexicon.ORGANISATIONS.items() for alias in aliases),
    key=lambda pair: -len(pair[0]),
)


@cache
def org_labels() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each alias as a whole speaker label ("the HRW", "Memorial says"), with its organisation,
    longest first; not the aliases that are also people's ("Кадыров")."""
    return tuple(
        (re.compile(rf"(?:the\s+)?{re.escape(alias)}(?:\s+(?:said|says))?", re.I), name)
        for alias, name in ORG_ALIASES
        if alias not in lexicon.PERSON_ALIASES
    )


@cache
def body_mentions() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each alias of a body that is not an outlet, as a whole word, with its organisation; not
    the aliases that are also people's."""
    return tuple(
        (re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)"), name)
        for alias, name in ORG_ALIASES
        if name not in lexicon.OUTLETS and alias not in lexicon.PERSON_ALIASES
    )
