from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from refuge.partners.models import Part, Partner, Referral


class PartnerAddForm(forms.Form):
    name = forms.CharField(label=_("Partner's name"), max_length=100)
    key_file = forms.CharField(
        label=_("Their public key file"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=2000,
        help_text=_("As `refuge partners whoami` wrote it on their side."),
    )


class ReferralConsentForm(forms.Form):
    partner = forms.ModelChoiceField(label=_("Partner"), queryset=Partner.objects.none())
    granted = forms.BooleanField(label=_("The person consents"), required=False)
    parts = forms.MultipleChoiceField(
        label=_("Parts the person agrees to share with this partner"),
        choices=Part.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["partner"].queryset = Partner.objects.all()  # type: ignore[attr-defined]


class ReferralForm(forms.Form):
    partner = forms.ModelChoiceField(label=_("Refer to"), queryset=Partner.objects.none())
    parts = forms.MultipleChoiceField(
        label=_("What goes in the package"),
        choices=Part.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only parts the person consented to share with this partner can go."),
    )
    summary = forms.CharField(
        label=_("Summary for the partner"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
    )
    needs = forms.CharField(
        label=_("What the person needs"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=5000,
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["partner"].queryset = Partner.objects.filter(  # type: ignore[attr-defined]
            verified_at__isnull=False
        )


class PackageImportForm(forms.Form):
    package = forms.FileField(
        label=_("Package from a partner"),
        help_text=_("A referral or a status update, as the partner's Refuge wrote it."),
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Tell the partner"),
        choices=[
            (Referral.Status.ACCEPTED, _("Accepted")),
            (Referral.Status.DECLINED, _("Declined")),
            (Referral.Status.CLOSED, _("Closed")),
        ],
    )
