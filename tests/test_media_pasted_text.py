"""Text pasted with no paragraph breaks costs time in proportion to its length."""

from __future__ import annotations

import time

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract

pytestmark = pytest.mark.once


def _run_together(sentences: int) -> str:
    # Every sentence ends inside its quotation, so none ends outside one: each quotation's parse
    # window once ran to the paragraph's ends, and the parse grew with the square of the length.
    return "Statements\n\n" + " ".join(
        f"Now Foundation said: “We count {n} cases.” Kadyrov said Yashin had come and called him "
        f"“an enemy number {n}.”"
        for n in range(sentences)
    )


@pytest.mark.serial  # timed: run alone
def test_a_paragraph_of_run_together_quotations_is_read_in_linear_time() -> None:
    article = parse_article(_run_together(60).encode(), source="pasted.txt")  # 7 kB
    extract(parse_article(_run_together(2).encode(), source="warm.txt"))  # load the model
    started = time.process_time()  # this process's CPU time: a busy machine does not add to it
    quotes = extract(article).quotes
    # About 4 CPU-seconds with each window bounded; 25 with windows the paragraph's length.
    assert time.process_time() - started < 12
    assert len(quotes) == 120
    assert {q.speaker for q in quotes[1::2]} == {"Kadyrov"}
