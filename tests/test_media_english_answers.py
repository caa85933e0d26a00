"""An answer is not the asker's ("David Scott asked the 40-year-old head of state: “…?”\n\n
“…,” he said in reply" is Kadyrov's, not Scott's), and a quotation goes on from the sentence
before when that sentence's verb advises or answers and a long clause of condition opens it
("In case some men should have slipped through the net, Mr Kadyrov advised …. “…”")."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

_LEADER = "Chechen leader Ramzan Kadyrov has denied the existence of gay men.\n\n"
_QUESTION = (
    "David Scott, from HBO’s Real Sports, asked the 40-year-old head of state: “What, Mr "
    "President, do you want to say about that?”\n\n"
)


@pytest.mark.parametrize("answer", ["he said in reply", "he replied", "he answered"])
def test_an_answer_is_not_the_askers(answer):
    text = f"{_LEADER}{_QUESTION}“This is nonsense,” {answer}.\n"
    assert [s for _, s in quoted(text)] == ["David Scott", "Ramzan Kadyrov"]


def test_words_after_a_question_that_answer_nothing_stay_the_askers():
    text = f"{_LEADER}{_QUESTION}“I am asking again,” he said.\n"
    assert [s for _, s in quoted(text)] == ["David Scott", "David Scott"]
    # The one asked about something earlier, in a sentence of its own, may still answer.
    text = (
        "Mr Kadyrov was asked about the reports.\n\nDavid Scott asked him: “Is it true?”\n\n"
        "“It is not,” he replied.\n"
    )
    assert [s for _, s in quoted(text)][-1] in {"Kadyrov", "Mr Kadyrov"}


@pytest.mark.parametrize(
    "opening",
    [
        "In case some men should have slipped through the net, Mr Kadyrov advised",
        "If any were left, Mr Kadyrov advised",
    ],
)
def test_a_quotation_goes_on_from_advice_after_a_long_clause(opening):
    text = f"{_LEADER}{opening} transporting them to Canada. “Take them far from us.”\n"
    assert quoted(text) == [("Take them far from us.", "Ramzan Kadyrov")]
