""" "Ислам Алиев рассказал, что переехал в Германию. Однако ему отказали: «…»": a lead-in of a
few words that no one in it speaks goes on with the speech the sentence before reports. A
lead-in whose verb speaks has its own speaker ("пограничники ответили:"), or none ("ему
ответили:" is not the one answered)."""

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
