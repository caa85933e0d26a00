""" "it said" after an office: named by whose it is ("The prosecutor's office said …", "Kadyrov's
office said …"), or in capitals under a headline ("Story\\n\\nThe Prosecutor General's Office
said …"), whose last capitalised word never joins the body's name across the line break."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

WORDS = "“The facts were not confirmed,” it said in a statement."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The prosecutor's office said it had found no evidence.", "prosecutor's office"),
        # Kadyrov's office is the Chechen government, as "Kadyrov's" alone stands for it.
        ("Kadyrov's office said the reports were false.", "Chechen government"),
        (
            "The Prosecutor General's Office said it had found nothing.",
            "Prosecutor General's Office",
        ),
    ],
)
def test_it_is_the_office_named_last(sentence, speaker):
    assert [s for _, s in quoted(f"Story\n\n{sentence} {WORDS}\n")] == [speaker]
