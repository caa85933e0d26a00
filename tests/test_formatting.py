"""Pseudonyms and the date filters staff pages use."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from django.test import override_settings
from django.utils import translation

from refuge.core.pseudonyms import ADJECTIVES, NOUNS, pseudonym
from refuge.core.templatetags.refuge_format import day, fuzzy_date, when, when_coarse

APRIL_FIRST = datetime(2017, 4, 1, 14, 5, tzinfo=UTC)


def test_pseudonym_is_two_words_in_each_language_and_stable() -> None:
    identifier = uuid.UUID("ffcf5b3a-0000-4000-8000-000000000000")
    name = pseudonym(identifier)
    assert name == pseudonym(identifier)
    assert len(name.english.split()) >= 2 and len(name.russian.split()) >= 2
    with translation.override("ru"):
        assert str(name) == name.russian
    with translation.override("en"):
        assert str(name) == name.english


def test_pseudonym_lists_have_no_repeats_so_names_spread() -> None:
    for words in (ADJECTIVES, NOUNS):
        for language in (0, 1):
            column = [pair[language] for pair in words]
            assert len(set(column)) == len(column)
    names = {pseudonym(uuid.uuid4()).english for _ in range(300)}
    assert len(names) > 280


@override_settings(TIME_ZONE="Europe/Moscow")
def test_times_are_localised_with_their_zone() -> None:
    with translation.override("ru"):
        assert when(APRIL_FIRST) == "1 апреля 2017 г. 17:05 MSK"
        assert day(APRIL_FIRST) == "1 апреля 2017 г."
        assert fuzzy_date(date(2017, 4, 1), "month") == "Апрель 2017 г."
    with translation.override("en"):
        assert when(APRIL_FIRST).endswith("MSK")
        assert fuzzy_date(date(2017, 4, 1), "year") == "2017"
        assert fuzzy_date(None) == "date unknown"
        assert when(None) == "" and day(None) == ""


@pytest.mark.parametrize(
    ("granularity", "note"),
    [("hour", "(to the hour)"), ("minute", "(to the minute)"), ("day", "(to the day)")],
)
def test_rounded_times_say_they_are_rounded(granularity: str, note: str) -> None:
    with (
        override_settings(REFUGE_SUBMISSION_TIME_GRANULARITY=granularity),
        translation.override("en"),
    ):
        assert when_coarse(APRIL_FIRST).endswith(note)
    assert when_coarse(None) == ""
