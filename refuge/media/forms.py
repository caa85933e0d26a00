"""The media page's upload form: articles as text or HTML files."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

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
