"""An administrator sets where a staff member is notified (content-free e-mail), and in
which language. The address is stored encrypted (refuge.notify)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from refuge.accounts import selectors
from refuge.accounts.decorators import reauthentication_required, role_required
from refuge.accounts.models import Role
from refuge.accounts.session import staff_user
from refuge.notify import services as notify


class NotificationForm(forms.Form):
    address = forms.CharField(
        label=gettext_lazy("E-mail address for notifications"),
        required=False,
        max_length=notify.MAX_ADDRESS_LENGTH,
        help_text=gettext_lazy(
            "Messages say only that there is something to read, never what. Leave empty to "
            "send none."
        ),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the notifications"), choices=settings.LANGUAGES
    )
    openpgp_key = forms.CharField(
        label=gettext_lazy("OpenPGP public key (optional)"),
        required=False,
        max_length=64 * 1024,
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
        help_text=gettext_lazy("If given, every message is encrypted to this key."),
    )


@role_required(Role.ADMINISTRATOR)
@reauthentication_required
@require_http_methods(["GET", "POST"])
def staff_notifications(request: HttpRequest, user_id: int) -> HttpResponse:
    account = selectors.user_get(user_id=user_id)
    contact = notify.contact_for(user=account)
    initial = {
        "address": notify.contact_address(contact) if contact else "",
        "language": contact.language if contact else settings.LANGUAGE_CODE,
        "openpgp_key": notify.contact_openpgp_key(contact) if contact else "",
    }
    form = NotificationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        actor = staff_user(request)
        address = form.cleaned_data["address"].strip()
        try:
            if address:
                notify.contact_set(
                    actor=actor,
                    user=account,
                    address=address,
                    language=form.cleaned_data["language"],
                    openpgp_key=form.cleaned_data["openpgp_key"],
                )
            else:
                notify.contact_remove(actor=actor, user=account)
        except notify.NotifyError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The notification settings were saved."))
            return redirect("accounts:staff_detail", user_id=account.pk)
    return render(request, "accounts/staff_notifications.html", {"account": account, "form": form})
