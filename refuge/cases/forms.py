from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from refuge.cases.models import CASE_LANGUAGES, REGIONS, RISK_FLAGS, Consent, Stage, Urgency
from refuge.cases.selectors import SORTS
from refuge.intake.answers import Relationship

LANGUAGES = CASE_LANGUAGES


def _optional(choices: list[Any], label: Any) -> forms.ChoiceField:
    return forms.ChoiceField(choices=[("", _("any")), *choices], required=False, label=label)


class QueueFilterForm(forms.Form):
    urgency = _optional(list(Urgency.choices), _("Urgency"))
    flag = _optional(RISK_FLAGS, _("Risk"))
    language = _optional(LANGUAGES, _("Language"))
    region = _optional(REGIONS, _("Region"))
    stage = forms.ChoiceField(required=False, label=_("Stage"))
    assigned = _optional(
        [("yes", _("assigned")), ("no", _("not assigned")), ("me", _("assigned to me"))],
        _("Assignment"),
    )
    status = forms.ChoiceField(
        choices=[
            ("open", pgettext_lazy("case status", "open")),
            ("closed", pgettext_lazy("case status", "closed")),
            ("all", _("all")),
        ],
        required=False,
        label=_("Status"),
    )
    sort = forms.ChoiceField(
        choices=[
            (key, label)
            for key, label in zip(
                SORTS, [_("urgency"), _("newest"), _("oldest"), _("stage")], strict=True
            )
        ],
        required=False,
        label=_("Sort by"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        stage = self.fields["stage"]
        assert isinstance(stage, forms.ChoiceField)  # noqa: S101
        stage.choices = [
            ("", _("any")),
            *[(s.key, s.name) for s in Stage.objects.order_by("position")],
        ]


class VersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)


class TriageForm(VersionForm):
    urgency = forms.ChoiceField(choices=Urgency.choices, label=_("Urgency"))
    risk_flags = forms.MultipleChoiceField(
        choices=RISK_FLAGS, required=False, widget=forms.CheckboxSelectMultiple, label=_("Risks")
    )
    language = forms.ChoiceField(choices=LANGUAGES, label=_("Language"))
    region = forms.ChoiceField(choices=REGIONS, label=_("Region"))


class OpenCaseForm(forms.Form):
    """Triage confirmed when a case is opened from a report (proposed by cases.triage)."""

    urgency = forms.ChoiceField(choices=Urgency.choices, label=_("Urgency"))
    risk_flags = forms.MultipleChoiceField(
        choices=RISK_FLAGS, required=False, widget=forms.CheckboxSelectMultiple, label=_("Risks")
    )
    region = forms.ChoiceField(choices=REGIONS, label=_("Region"))
    relationship = forms.ChoiceField(
        choices=[("", _("not said")), *Relationship.choices],
        required=False,
        label=_("Who told us"),
    )


class StageChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.name)


class StageForm(VersionForm):
    stage = StageChoiceField(
        queryset=Stage.objects.order_by("position"), to_field_name="key", label=_("Stage")
    )


class AssignForm(VersionForm):
    user = forms.IntegerField(label=_("Caseworker"))


class ChecklistAddForm(forms.Form):
    text = forms.CharField(max_length=500, label=_("New checklist item"))
    due = forms.DateField(
        required=False, label=_("Due"), widget=forms.DateInput(attrs={"type": "date"})
    )


class ChecklistUpdateForm(VersionForm):
    item = forms.IntegerField(widget=forms.HiddenInput)
    done = forms.BooleanField(required=False, label=_("Done"))
    due = forms.DateField(
        required=False, label=_("Due"), widget=forms.DateInput(attrs={"type": "date"})
    )


class NoteForm(forms.Form):
    body = forms.CharField(
        max_length=20000, widget=forms.Textarea(attrs={"rows": 3}), label=_("Internal note")
    )


class ConsentForm(forms.Form):
    kind = forms.ChoiceField(choices=Consent.Kind.choices, label=_("Consent to"))
    granted = forms.TypedChoiceField(
        choices=[("no", _("No")), ("yes", _("Yes"))], coerce=lambda v: v == "yes", label=_("Given?")
    )
    details = forms.CharField(
        max_length=1000, required=False, label=_("Details (e.g. which partners)")
    )


class ReplyForm(forms.Form):
    report = forms.UUIDField(widget=forms.HiddenInput)
    body = forms.CharField(
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 4}),
        label=_("Message to the reporter"),
    )


class ReportRefForm(forms.Form):
    report = forms.UUIDField(widget=forms.HiddenInput)


class LinkReportForm(forms.Form):
    report = forms.UUIDField(label=_("Report"))
    duplicate = forms.TypedChoiceField(
        choices=[
            ("no", _("another report by the same person")),
            ("yes", _("a duplicate of this case's report")),
        ],
        coerce=lambda v: v == "yes",
        label=_("It is"),
    )


class StageEditForm(forms.ModelForm):
    """A stage, with its name and starting checklist in every questionnaire language
    (``name_<code>``, ``checklist_<code>``); the site's default language is required."""

    class Meta:
        model = Stage
        fields = ["key", "position"]

    def __init__(self, *args: Any, languages: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.languages = languages
        existing = self.instance.texts or {}
        for code, name in languages:
            text = existing.get(code, {})
            self.fields[f"name_{code}"] = forms.CharField(
                label=_("Name in %(language)s") % {"language": name},
                max_length=100,
                required=code == settings.LANGUAGE_CODE,
                initial=text.get("name", ""),
            )
            self.fields[f"checklist_{code}"] = forms.CharField(
                label=_("Starting checklist in %(language)s, one item per line")
                % {"language": name},
                required=False,
                widget=forms.Textarea(attrs={"rows": 4}),
                initial=text.get("checklist", ""),
            )

    def texts(self) -> dict[str, dict[str, str]]:
        """Return each language's name and checklist (languages without a name are left out)."""
        data = self.cleaned_data
        return {
            code: {
                "name": (data.get(f"name_{code}") or "").strip(),
                "checklist": (data.get(f"checklist_{code}") or "").strip(),
            }
            for code, _name in self.languages
            if (data.get(f"name_{code}") or "").strip()
        }
