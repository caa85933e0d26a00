"""A ministry named in lower case after its country or republic ("the Chechen interior
ministry", "the Russian foreign ministry"), as Reuters and others write it, is the body a later
"the ministry said" or "the statement said" means, as "the Chechen Interior Ministry" was."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "Police detained dozens of men in Chechnya.\n\n"


@pytest.mark.parametrize(
    ("sentence", "attribution", "speaker"),
    [
        (
            "In a statement posted on its website, the Chechen interior ministry said the "
            "reports were false.",
            "the ministry said",
            "Chechen interior ministry",
        ),
        (
            "In a statement posted on its website, the Chechen interior ministry said the "
            "reports were false.",
            "the statement said",
            "Chechen interior ministry",
        ),
        (
            "The Russian foreign ministry rejected the report.",
            "the ministry said",
            "Russian foreign ministry",
        ),
        (
            "The Chechen Interior Ministry rejected the report.",
            "the ministry said",
            "Chechen Interior Ministry",
        ),
        # A sentence's opening word is no part of the body's name.
        ("The interior ministry rejected the report.", "the ministry said", "the ministry"),
        # No ministry named: the words as they are.
        ("The police rejected the report.", "the ministry said", "the ministry"),
    ],
)
def test_a_ministry_in_lower_case(sentence, attribution, speaker):
    text = f"{OPENING}{sentence} “Such people do not exist in the republic,” {attribution}.\n"
    assert [s for _, s in quoted(text)] == [speaker]
