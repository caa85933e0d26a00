"""The analysts' findings page and the linkage review queue."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from refuge.accounts.decorators import allowed_or_404
from refuge.accounts.session import staff_user
from refuge.findings import selectors, services
from refuge.findings.models import LinkReview
from refuge.record.services import open_envelope
from refuge.record.views import may_open_record, request_record_key, with_record_key

analysts = allowed_or_404(may_open_record)


def linkage_summary(*, records: int, people: int, queued: int) -> str:
    """'5 records are 3 people; 1 new pair to review.', each count with its own plural."""
    return _("%(records)s %(people)s; %(queued)s") % {
        "records": ngettext("%(n)d record is", "%(n)d records are", records) % {"n": records},
        "people": ngettext("%(n)d person", "%(n)d people", people) % {"n": people},
        "queued": ngettext("%(n)d new pair to review.", "%(n)d new pairs to review.", queued)
        % {"n": queued},
    }


@analysts
@require_GET
def page(request: HttpRequest) -> HttpResponse:
    items = selectors.findings()
    for item in items:
        item.posterior_svg = mark_safe(item.posterior_svg)  # noqa: S308  (numbers, escaped labels)
    key = request_record_key(request)
    queue = []
    if key is not None:
        for pair in selectors.review_queue():
            left = open_envelope(key, "person", pair.left_id, pair.left.identity).get("name", "")
            right = open_envelope(key, "person", pair.right_id, pair.right.identity).get("name", "")
            queue.append((pair, left, right))
    return render(
        request,
        "findings/page.html",
        {
            "items": items,
            "chart": mark_safe(selectors.chart_svg(items)),  # noqa: S308  (numbers and keys only)
            "queue": queue,
            "unlocked": key is not None,
        },
    )


@analysts
@require_POST
@with_record_key
def relink(request: HttpRequest, key: bytes) -> HttpResponse:
    summary = services.people_link(actor=staff_user(request), key=key)
    messages.success(request, linkage_summary(**summary))
    return redirect("findings:page")


@analysts
@require_POST
def review(request: HttpRequest, review_id: int) -> HttpResponse:
    pair = get_object_or_404(LinkReview, pk=review_id)
    services.review_decide(
        actor=staff_user(request), review=pair, same=request.POST.get("same") == "yes"
    )
    messages.success(request, _("Saved. Run the linkage again to apply it."))
    return redirect("findings:page")
