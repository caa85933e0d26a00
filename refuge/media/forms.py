"""The media page's upload form: articles as text or HTML files."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from refuge.media import labels

MAX_FILES = 20


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm"}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class ArticleUploadForm(forms.Form):
    articles = MultipleFileField(
        label=_("Articles (text or HTML files)"),
        help_text=_(
            "Up to 20 files at once, each at most %(mb)d MB, UTF-8 text or saved web pages."
        ),
    )
    published = forms.DateField(
        required=False,
        label=_("Publication date (if the files do not say)"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    outlet = forms.CharField(
        max_length=200, required=False, label=_("Outlet (if the files do not say)")
    )

    def __init__(self, *args: Any, max_megabytes: int = 5, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["articles"]
        field.help_text = str(field.help_text) % {"mb": max_megabytes}

    def clean_articles(self) -> list[Any]:
        files: list[Any] = self.cleaned_data["articles"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(
                _("Choose at most %(n)d files at once."), params={"n": MAX_FILES}
            )
        return files


class _ReviewForm(forms.Form):
    """Which words are reviewed, and what the reviewer chose to do with them."""

    ACTIONS = ("save", "dismiss", "withdraw")

    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=0)
    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS], required=False)

    def clean_action(self) -> str:
        return self.cleaned_data.get("action") or "save"  # a form sent without its button

    def reading_needed(self) -> bool:
        return (self.data.get("action") or "save") == "save"


class QuoteReviewForm(_ReviewForm):
    speaker = forms.CharField(max_length=200, required=False, label=_("Speaker"))
    speaker_role = forms.CharField(max_length=200, required=False, label=_("Role"))
    affiliation = forms.CharField(max_length=200, required=False, label=_("Organisation"))


class FigureReviewForm(_ReviewForm):
    value = forms.IntegerField(min_value=0, max_value=10**9, required=False, label=_("Number"))
    high = forms.IntegerField(
        min_value=0, max_value=10**9, required=False, label=_("Up to (for a range)")
    )
    qualifier = forms.ChoiceField(
        choices=list(labels.QUALIFIERS.items()), required=False, label=_("Qualifier")
    )
    counted = forms.ChoiceField(choices=(), required=False, label=_("What it counts"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["counted"]
        assert isinstance(field, forms.ChoiceField)  # noqa: S101
        field.choices = labels.counted_choices()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.reading_needed():
            value, high = cleaned.get("value"), cleaned.get("high")
            if value is None:
                self.add_error("value", _("Give the number."))
            elif high is not None and high < value:
                self.add_error("high", _("A range ends at or above its first number."))
            if not cleaned.get("counted"):
                self.add_error("counted", _("Say what the number counts."))
        return cleaned
