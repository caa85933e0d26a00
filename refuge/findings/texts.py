"""The estimation modules' warnings, in the reader's language.

The modules under refuge/findings (estimation, lcmcr, dga) are also run from the command line
and write their warnings in English. The page matches each known warning and shows its
translation with the same figures; a warning not listed here is shown as written.
"""

from __future__ import annotations

import re

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

_NUMBER = r"[\d.,]+"

WARNINGS: list[tuple[re.Pattern[str], Promise]] = [
    (
        re.compile(r"lists (?P<a>\S+) and (?P<b>\S+) share nobody"),
        _(
            "sources %(a)s and %(b)s have nobody in common: models that join them cannot be "
            "fitted, and the estimate rests on the other sources"
        ),
    ),
    (re.compile(r"list (?P<name>\S+) is empty"), _("source %(name)s is empty")),
    (
        re.compile(r"list (?P<name>\S+) overlaps no other list"),
        _("source %(name)s has nobody in common with the others: it says nothing about the unseen"),
    ),
    (
        re.compile(rf"(?P<empty>{_NUMBER}) of (?P<all>{_NUMBER}) observed combinations are empty"),
        _(
            "%(empty)s of %(all)s combinations of sources are empty: many models will have no "
            "finite estimate"
        ),
    ),
    (
        re.compile(rf"(?P<n>{_NUMBER}) of (?P<all>{_NUMBER}) models have no finite estimate"),
        _("%(n)s of %(all)s models have no finite estimate (empty combinations) and were left out"),
    ),
    (
        re.compile(r"no model gives a finite estimate"),
        _("no model gives a finite estimate: the data cannot support one"),
    ),
    (
        re.compile(r"the interval has no upper bound"),
        _("the interval has no upper bound: the data barely constrain the unseen"),
    ),
    (
        re.compile(
            rf"(?P<n>{_NUMBER}) other model\(s\) are within 2 (?P<criterion>\w+) points of the "
            rf"chosen one, with estimates from (?P<low>{_NUMBER}) to (?P<high>{_NUMBER})"
        ),
        _(
            "other models within 2 %(criterion)s points of the chosen one (%(n)s) give "
            "%(low)s to %(high)s"
        ),
    ),
    (
        re.compile(rf"the chains disagree \(split-R-hat (?P<rhat>{_NUMBER})"),
        _(
            "the chains disagree (split-R-hat %(rhat)s): do not report this estimate alone; "
            "run longer or more chains"
        ),
    ),
    (
        re.compile(rf"effective sample size (?P<ess>{_NUMBER}) < (?P<limit>{_NUMBER})"),
        _("effective sample size %(ess)s is below %(limit)s: the interval's ends are unreliable"),
    ),
    (
        re.compile(r"one chain only"),
        _("one chain only: the agreement of chains cannot be checked"),
    ),
    (
        re.compile(r"the posterior reaches the cap on the unseen"),
        _("the estimate reaches the limit on the unseen: the data barely constrain the total"),
    ),
    (
        re.compile(r"the posterior of N does not vanish on the grid"),
        _("the estimate has no useful upper bound"),
    ),
    (
        re.compile(rf"no model dominates \(the most probable has weight (?P<weight>{_NUMBER})\)"),
        _(
            "no model dominates (the most probable has weight %(weight)s): the estimate "
            "averages several"
        ),
    ),
    (
        re.compile(r"estimation needs at least two lists"),
        _("estimation needs at least two sources"),
    ),
]


def warning_text(warning: str) -> str:
    """Return one warning in the active language, with its figures; unknown ones unchanged."""
    for pattern, message in WARNINGS:
        found = pattern.search(warning)
        if found is not None:
            return str(message) % found.groupdict()
    return warning
