"""A paragraph that opens with a single quotation mark it closes within ("‘RISK OF DEATH’: The
men are …") is no quotation running on over the paragraphs after it; and a body's name ("the
Russian Federal Security Service") is no one "he" can mean. A paragraph in single marks that
runs on closes where its mark does, before "she said", not at a plural's "boys’"."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

_BODY = (
    "The men were detained by the Russian Federal Security Service (FSB), LGBT Network "
    "spokesman Tim Bestsvet said.\n\n“They are tired and frightened,” he said.\n"
)


def test_a_single_quoted_headline_opening_a_paragraph_runs_on_no_further():
    text = (
        "‘RISK OF DEATH’: The men are ‘tired and frightened,’ and are being held in a police "
        "station in Gudermes, a gay rights group said.\n\nAFP, MOSCOW\n\n" + _BODY
    )
    assert quoted(text) == [("They are tired and frightened,", "Tim Bestsvet")]


def test_a_paragraph_quoted_in_single_marks_still_runs_on():
    text = (
        "‘We went to every police station and nobody would tell us anything.\n\n"
        "Then we went to Moscow to ask for help,’ she said.\n"
    )
    assert [quote for quote, _speaker in quoted(text)] == [
        "We went to every police station and nobody would tell us anything.",
        "Then we went to Moscow to ask for help,",
    ]


def test_a_plural_possessive_closes_no_paragraph_quoted_in_single_marks():
    text = (
        "‘We went to every police station and nobody would tell us anything.\n\n"
        "Then the boys’ mother went to Moscow to ask for help,’ she said.\n"
    )
    assert [quote for quote, _speaker in quoted(text)][1] == (
        "Then the boys’ mother went to Moscow to ask for help,"
    )
