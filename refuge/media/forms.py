"""The media page's upload form: articles as text or HTML files."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from refuge.media import labels
from refuge.media.models import EARLIEST_YEAR, REVIEWED_FIELDS, ExtractionReview

MAX_FILES = 20


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm"}))
        # An empty file is refused with its name by the service, as `refuge media ingest` does;
        # the form's own refusal would name no file and turn the whole batch away.
        kwargs.setdefault("allow_empty_file", True)
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
        label=_("Publication date (replaces what the files say)"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    outlet = forms.CharField(
        max_length=200, required=False, label=_("Outlet (replaces what the files say)")
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


class ReviewForm(forms.Form):
    """Which words are reviewed, and what the reviewer chose to do with them: save a reading,
    dismiss the words, or withdraw the review. Only a saved reading is read and checked."""

    ACTIONS = ("save", "dismiss", "withdraw")
    READING: tuple[str, ...] = ()

    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=0)
    seen = forms.CharField(max_length=64, required=False)  # digest of the words shown
    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS], required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.saves():
            for name in self.READING:
                del self.fields[name]

    def saves(self) -> bool:
        return (self.data.get("action") or "save") == "save"  # a form sent without its button

    def clean_action(self) -> str:
        return self.cleaned_data.get("action") or "save"

    def error_lines(self) -> list[str]:
        """Each error with the field it is about: "Speaker: Ensure this value has …"."""
        lines = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else None
            lines += [f"{label}: {error}" if label else str(error) for error in errors]
        return lines


class QuoteReviewForm(ReviewForm):
    READING = REVIEWED_FIELDS[ExtractionReview.Kind.QUOTE]

    speaker = forms.CharField(max_length=200, required=False, label=_("Speaker"))
    speaker_role = forms.CharField(max_length=200, required=False, label=_("Role"))
    affiliation = forms.CharField(max_length=200, required=False, label=_("Organisation"))


class FigureReviewForm(ReviewForm):
    READING = (*REVIEWED_FIELDS[ExtractionReview.Kind.FIGURE], "year")

    value = forms.IntegerField(min_value=0, max_value=10**9, required=False, label=_("Number"))
    high = forms.IntegerField(
        min_value=0, max_value=10**9, required=False, label=_("Up to (for a range)")
    )
    qualifier = forms.ChoiceField(
        choices=list(labels.QUALIFIERS.items()), required=False, label=_("Qualifier")
    )
    counted = forms.ChoiceField(choices=(), required=False, label=_("What it counts"))
    place = forms.ChoiceField(choices=(), required=False, label=_("Place"))
    year = forms.IntegerField(
        min_value=EARLIEST_YEAR,
        required=False,
        label=_("Year it describes"),
        help_text=_("Leave empty for the article's year."),
    )

    def __init__(self, *args: Any, counted_now: str, latest_year: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.latest_year = latest_year
        field = self.fields.get("counted")
        if isinstance(field, forms.ChoiceField):
            field.choices = labels.counted_choices(current=counted_now)
        field = self.fields.get("place")
        if isinstance(field, forms.ChoiceField):
            field.choices = labels.place_choices()

    def clean_place(self) -> str | None:
        # A form sent without the field (a page from before it) leaves the place as read.
        return self.cleaned_data.get("place", "") if "place" in self.data else None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not self.saves():
            return cleaned
        value, high = cleaned.get("value"), cleaned.get("high")
        if value is None and "value" not in self.errors:
            self.add_error("value", _("Give the number."))
        if value is not None and high is not None and high < value:
            self.add_error("high", _("A range ends at or above its first number."))
        if cleaned.get("qualifier") == "between" and high is None and "high" not in self.errors:
            self.add_error("high", _("“Between” needs the number the range goes up to."))
        if not cleaned.get("counted") and "counted" not in self.errors:
            self.add_error("counted", _("Say what the number counts."))
        year = cleaned.get("year")
        if year is not None and year > self.latest_year:
            self.add_error(
                "year",
                _("An article cannot count what happens after it: %(latest)d at the latest.")
                % {"latest": self.latest_year},
            )
        return cleaned
