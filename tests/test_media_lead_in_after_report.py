""" "Ислам Алиев рассказал, что переехал в Германию. Однако ему отказали: «…»": a lead-in of a
few words that no one in it speaks goes on with the speech the sentence before reports. A
lead-in whose verb speaks has its own speaker ("пограничники ответили:"), or none ("ему
ответили:" is not the one answered). "Потом добавил:" has no subject, and the adverb is no
name."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

REPORTED = "Ислам Алиев рассказал, что в 2013 году переехал в Германию и попросил убежища. "
QUOTATION = "«Они хотят меня обратно депортировать в Россию»."


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        ("Однако ему отказали:", "Ислам Алиев"),
        ("Но там его не ждали:", "Ислам Алиев"),
        ("Однако пограничники ответили:", "пограничники"),
        ("Однако ему ответили:", ""),
    ],
)
def test_a_short_lead_in_goes_on_with_the_report(lead_in, speaker):
    assert [s for _, s in quoted(f"{REPORTED}{lead_in} {QUOTATION}\n")] == [speaker]


@pytest.mark.parametrize("adverb", ["Потом", "Затем", "Также", "Позже"])
def test_an_adverb_before_a_speech_verb_is_no_one(adverb):
    # "Потом добавил:" has no subject: the one whose speech the sentence before reports.
    text = f"{REPORTED}{adverb} добавил: {QUOTATION}\n"
    assert [s for _, s in quoted(text)] == ["Ислам Алиев"]
