from __future__ import annotations

import re
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from refuge.intake.models import Question, QuestionLanguage

LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})?")

# Nothing typed on the reporter side may be remembered by the browser.
PRIVATE = {"autocomplete": "off", "autocapitalize": "off"}


class ReportForm(forms.Form):
    account = forms.CharField(
        label=_("What happened? Tell us in your own words."),
        help_text=_("For example: detained, beaten, threatened, documents or phone taken."),
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

    def answers(self) -> list[dict[str, Any]]:
        """Return each question with its label as the reporter saw it, and their answer; for a
        choice, also its position, which is the same in every language (answers.py reads it)."""
        answers: list[dict[str, Any]] = []
        for question in self.questions:
            answer = self.cleaned_data.get(f"q_{question.key}", "")
            entry: dict[str, Any] = {
                "key": question.key,
                "question": question.label,
                "answer": answer,
            }
            if question.kind == Question.Kind.CHOICE and answer in question.choices:
                entry["choice"] = question.choices.index(answer)
            answers.append(entry)
        return answers


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
    """A question, with its wording in every questionnaire language (``label_<code>``,
    ``help_<code>``, ``choices_<code>``); the site's default language is required."""

    class Meta:
        model = Question
        fields = ["key", "position", "kind", "required", "active"]

    def __init__(self, *args: Any, languages: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.languages = languages
        existing = (
            {text.language: text for text in self.instance.texts.all()} if self.instance.pk else {}
        )
        order = ["key", "position", "kind"]
        for code, name in languages:
            text = existing.get(code)
            self.fields[f"label_{code}"] = forms.CharField(
                label=_("Question in %(language)s") % {"language": name},
                max_length=300,
                required=code == settings.LANGUAGE_CODE,
                initial=text.label if text else "",
            )
            self.fields[f"help_{code}"] = forms.CharField(
                label=_("Help in %(language)s") % {"language": name},
                max_length=500,
                required=False,
                initial=text.help if text else "",
            )
            self.fields[f"choices_{code}"] = forms.CharField(
                label=_("Choices in %(language)s, one per line") % {"language": name},
                required=False,
                widget=forms.Textarea(attrs={"rows": 4}),
                initial=text.choices if text else "",
            )
            order += [f"label_{code}", f"help_{code}", f"choices_{code}"]
        self.order_fields([*order, "required", "active"])

    def _choices(self, data: dict[str, Any], code: str) -> list[str]:
        return [c for c in (data.get(f"choices_{code}") or "").splitlines() if c.strip()]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == Question.Kind.CHOICE:
            default = settings.LANGUAGE_CODE
            expected = len(self._choices(data, default))
            if not expected:
                self.add_error(
                    f"choices_{default}", _("A choice question needs choices, one per line.")
                )
            for code, _name in self.languages:
                given = len(self._choices(data, code))
                if expected and given and given != expected:
                    self.add_error(
                        f"choices_{code}",
                        _("Give the same number of choices in every language."),
                    )
        return data

    def texts(self) -> dict[str, dict[str, str]]:
        """Return each language's wording as typed (an empty label removes that language)."""
        data = self.cleaned_data
        return {
            code: {
                "label": (data.get(f"label_{code}") or "").strip(),
                "help": (data.get(f"help_{code}") or "").strip(),
                "choices": "\n".join(c.strip() for c in self._choices(data, code)),
            }
            for code, _name in self.languages
        }


class QuestionLanguageForm(forms.ModelForm):
    class Meta:
        model = QuestionLanguage
        fields = ["code", "name"]
        labels = {"code": _("Language code (e.g. ce)"), "name": _("Name in that language")}

    def clean_code(self) -> str:
        code = str(self.cleaned_data["code"]).strip().lower()
        if not LANGUAGE_CODE.fullmatch(code):
            raise forms.ValidationError(_("Use a language code such as “ce” or “zh-hans”."))
        if code in {known for known, _name in settings.LANGUAGES}:
            raise forms.ValidationError(_("This language is already offered."))
        return code
