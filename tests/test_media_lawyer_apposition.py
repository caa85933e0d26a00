"""A person given an office in apposition after a possessive ("His lawyer, Vladimir Smirnov,
said …") is someone the article named, whom a later "the attorney" or "the lawyer" means; a
name with no office, or another one, before it is no lawyer."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "Police detained the singer in Grozny.\n\n"
QUOTE = "“There is no evidence at all against him,”"


@pytest.mark.parametrize(
    ("introduced", "epithet", "speaker"),
    [
        ("His lawyer, Vladimir Smirnov,", "the attorney", "Vladimir Smirnov"),
        ("Their attorney, Vladimir Smirnov,", "the lawyer", "Vladimir Smirnov"),
        ("Her lawyer, Vladimir Smirnov,", "the lawyer", "Vladimir Smirnov"),
        ("His lawyer Vladimir Smirnov", "the attorney", "Vladimir Smirnov"),
        # Controls: nothing made Smirnov a lawyer.
        ("After police detained him, Vladimir Smirnov", "the attorney", "the attorney"),
        ("His friend, Vladimir Smirnov,", "the lawyer", "the lawyer"),
    ],
)
def test_an_office_in_apposition_is_held(introduced, epithet, speaker):
    text = f"{OPENING}{introduced} said the charges were invented. {QUOTE} {epithet} said.\n"
    assert [s for _, s in quoted(text)] == [speaker]
