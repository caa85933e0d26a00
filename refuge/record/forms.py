from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from refuge.core.templatetags.refuge_format import fuzzy_date
from refuge.record.models import Act, ActType, Source

RELIABILITY_SOURCE = [(c, c) for c in "ABCDEF"]
RELIABILITY_INFORMATION = [(str(n), str(n)) for n in range(1, 7)]


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Partner's list (CSV)"))
    source_title = forms.CharField(max_length=300, label=_("Source"))
    reliability_source = forms.ChoiceField(
        choices=RELIABILITY_SOURCE, initial="C", label=_("Source reliability (A–F)")
    )
    reliability_information = forms.ChoiceField(
        choices=RELIABILITY_INFORMATION, initial="3", label=_("Information credibility (1–6)")
    )


class ActForm(forms.Form):
    name = forms.CharField(max_length=200, label=_("Victim's name (encrypted)"))
    sex = forms.ChoiceField(
        choices=[("x", _("other or not stated")), ("m", _("male")), ("f", _("female"))],
        label=_("Sex"),
    )
    age = forms.IntegerField(min_value=1, max_value=119, required=False, label=_("Age"))
    act_type = forms.ModelChoiceField(queryset=ActType.objects.all(), label=_("Act"))
    date = forms.CharField(
        max_length=20, required=False, label=_("When (YYYY-MM-DD, YYYY-MM, YYYY or empty)")
    )
    place = forms.CharField(max_length=200, required=False, label=_("Where (any spelling)"))
    unit = forms.CharField(max_length=300, required=False, label=_("Perpetrator unit"))
    source = forms.ModelChoiceField(
        queryset=Source.objects.all(), required=False, label=_("Source")
    )
    confidential = forms.BooleanField(required=False, label=_("Confidential (the whole act)"))
    confidential_fields = forms.MultipleChoiceField(
        choices=[("date", _("date")), ("place", _("place")), ("perpetrators", _("perpetrators"))],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Confidential fields"),
    )


class ActChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        when = fuzzy_date(obj.date_earliest, obj.date_precision)
        return f"{obj.act_type.label}, {obj.victim.code}, {when}"


class EvidenceForm(forms.Form):
    file = forms.FileField(label=_("File"))
    description = forms.CharField(
        max_length=1000, required=False, label=_("Description (encrypted)")
    )
    acts = ActChoiceField(
        queryset=Act.objects.select_related("act_type", "victim").order_by("-created_at"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Acts it supports"),
    )


class CaseActForm(forms.Form):
    name = forms.CharField(max_length=200, label=_("Victim's name (encrypted)"))
    act_type = forms.ModelChoiceField(queryset=ActType.objects.all(), label=_("Act"))
    date = forms.CharField(
        max_length=20, required=False, label=_("When (YYYY-MM-DD, YYYY-MM, YYYY or empty)")
    )
    place = forms.CharField(max_length=200, required=False, label=_("Where (any spelling)"))


class CaptureForm(forms.Form):
    url = forms.URLField(max_length=2000, assume_scheme="https", label=_("Web page to keep (URL)"))
    description = forms.CharField(
        max_length=1000, required=False, label=_("Description (encrypted)")
    )
