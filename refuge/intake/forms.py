from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from refuge.intake.models import Question

# Nothing typed on the reporter side may be remembered by the browser.
PRIVATE = {"autocomplete": "off", "autocapitalize": "off"}


class ReportForm(forms.Form):
    account = forms.CharField(
        label=_("What happened? Tell us in your own words."),
        max_length=20000,
        widget=forms.Textarea(attrs={**PRIVATE, "rows": 8}),
    )

    def __init__(self, *args: Any, questions: list[Question], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            name = f"q_{question.key}"
            common: dict[str, Any] = {"label": question.label, "required": question.required}
            if question.help_text:
                common["help_text"] = question.help_text
            if question.kind == Question.Kind.CHOICE:
                self.fields[name] = forms.ChoiceField(
                    choices=[("", "—"), *[(c, c) for c in question.choices]],
                    widget=forms.Select(attrs=PRIVATE),
                    **common,
                )
            elif question.kind == Question.Kind.LONG:
                self.fields[name] = forms.CharField(
                    max_length=5000, widget=forms.Textarea(attrs={**PRIVATE, "rows": 3}), **common
                )
            else:
                self.fields[name] = forms.CharField(
                    max_length=500, widget=forms.TextInput(attrs=PRIVATE), **common
                )

    def answers(self) -> list[dict[str, str]]:
        """Return each question with its label as the reporter saw it, and their answer."""
        return [
            {
                "key": question.key,
                "question": question.label,
                "answer": self.cleaned_data.get(f"q_{question.key}", ""),
            }
            for question in self.questions
        ]


class ReceiptForm(forms.Form):
    receipt = forms.CharField(
        label=_("Your receipt"),
        max_length=80,
        widget=forms.TextInput(attrs={**PRIVATE, "inputmode": "numeric", "spellcheck": "false"}),
    )


class ReporterMessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=20000,
        required=False,
        widget=forms.Textarea(attrs={**PRIVATE, "rows": 5}),
    )


class StaffReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Reply to the reporter"),
        max_length=20000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = [
            "key",
            "position",
            "kind",
            "label_en",
            "label_ru",
            "help_en",
            "help_ru",
            "choices_en",
            "choices_ru",
            "required",
            "active",
        ]
        widgets = {
            "choices_en": forms.Textarea(attrs={"rows": 4}),
            "choices_ru": forms.Textarea(attrs={"rows": 4}),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == Question.Kind.CHOICE:
            english = [c for c in (data.get("choices_en") or "").splitlines() if c.strip()]
            russian = [c for c in (data.get("choices_ru") or "").splitlines() if c.strip()]
            if not english:
                self.add_error("choices_en", _("A choice question needs choices, one per line."))
            elif russian and len(russian) != len(english):
                self.add_error(
                    "choices_ru", _("Give the same number of choices in both languages.")
                )
        return data
