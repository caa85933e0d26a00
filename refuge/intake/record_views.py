"""Staff take down a report received by phone, messenger, e-mail, in person or from a partner.

Post/redirect/get like the hotline: the POST stores the report and keeps its receipt for the
next GET only, encrypted in the session under a key that lives only in a cookie scoped to this
page; the GET shows it once, large, to read out, and forgets it. The receipt is never put in a
URL, a log, the database or the audit log.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods

from refuge import crypto
from refuge.accounts.decorators import allowed_or_404
from refuge.accounts.session import staff_user
from refuge.crypto.contexts import associated_data
from refuge.intake import selectors, services
from refuge.intake.answers import RELATIONSHIP
from refuge.intake.forms import ReportForm
from refuge.intake.recording import Channel, Relationship, may_record, report_record
from refuge.intake.views import _cleaning_notices, _incoming_files, _upload_too_large

FLASH = "refuge_record_flash"
COOKIE = "refuge_record"
# Associated data of the receipt's envelope between the POST and the GET (on main this belongs
# in refuge.crypto.contexts as "intake.record-flash").
FLASH_CONTEXT = associated_data("intake.record-flash")


class RecordForm(ReportForm):
    """The hotline's questionnaire, with how the report reached us, for staff to fill in."""

    channel = forms.ChoiceField(label=gettext_lazy("Received through"), choices=Channel.choices)
    relationship = forms.ChoiceField(
        label=gettext_lazy("The person who told us is"), choices=Relationship.choices
    )
    language = forms.ChoiceField(label=gettext_lazy("Their language"), choices=settings.LANGUAGES)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # "Who is writing?" is asked here as the relationship field above, not twice.
        kwargs["questions"] = [q for q in kwargs["questions"] if q.key != RELATIONSHIP]
        super().__init__(*args, **kwargs)
        self.fields["account"].label = gettext_lazy("What happened, in their words")
        self.order_fields(["channel", "relationship", "language", "account"])


def _flash_put(request: HttpRequest, response: HttpResponse, data: dict[str, Any]) -> None:
    key = crypto.random_key()
    request.session[FLASH] = base64.b64encode(
        crypto.encrypt(key, json.dumps(data).encode(), associated_data=FLASH_CONTEXT)
    ).decode("ascii")
    response.set_cookie(
        COOKIE,
        crypto.encode_key(key),
        path=reverse("intake:record"),
        httponly=True,
        samesite="Strict",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def _flash_pop(request: HttpRequest, response_cookies: list[str]) -> dict[str, Any] | None:
    stored = request.session.pop(FLASH, None)
    cookie = request.COOKIES.get(COOKIE)
    if cookie is not None:
        response_cookies.append(COOKIE)
    if not stored or not cookie:
        return None
    try:
        data: dict[str, Any] = json.loads(
            crypto.decrypt(
                crypto.decode_key(cookie),
                base64.b64decode(stored),
                associated_data=FLASH_CONTEXT,
            )
        )
    except (ValueError, crypto.CryptoError):
        return None
    return data


@allowed_or_404(may_record)
@sensitive_post_parameters()
@sensitive_variables()
@require_http_methods(["GET", "POST"])
def report_record_view(request: HttpRequest) -> HttpResponse:
    """Take down a report (POST), or show its receipt once (the GET after it), or the form."""
    questions = list(selectors.question_list_active())
    if request.method == "GET":
        spent: list[str] = []
        shown = _flash_pop(request, spent)
        if shown and "receipt" in shown:
            response = render(
                request,
                "intake/record_receipt.html",
                {"receipt": shown["receipt"], "notices": shown["notices"]},
            )
        else:
            form = RecordForm(initial={"language": get_language()}, questions=questions)
            response = render(request, "intake/record.html", {"form": form})
        for name in spent:
            response.delete_cookie(name, path=reverse("intake:record"), samesite="Strict")
        return response

    form = RecordForm(request.POST, questions=questions)
    too_large = _upload_too_large(request)
    if too_large:
        form.add_error(None, too_large)
    elif form.is_valid():
        try:
            _report, receipt, cleaned = report_record(
                actor=staff_user(request),
                channel=form.cleaned_data["channel"],
                relationship=form.cleaned_data["relationship"],
                account=form.cleaned_data["account"],
                answers=form.answers(),
                files=_incoming_files(request),
                language=form.cleaned_data["language"],
            )
        except services.IntakeError as exc:
            form.add_error(None, str(exc))
        else:
            response = redirect("intake:record")
            _flash_put(
                request, response, {"receipt": receipt, "notices": _cleaning_notices(cleaned)}
            )
            return response
    if request.FILES:
        form.add_error(None, _("Choose the files again before saving."))
    # The text typed is staff's own notes, not a reporter's phone: answering the POST with the
    # form and its errors keeps what they wrote.
    return render(request, "intake/record.html", {"form": form}, status=200)
