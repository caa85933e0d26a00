"""English subjects that name a speaker through a phrase, from the blind sample (blind5).

A statement's owner named as its participle's agent ("a statement released by X"); a partitive
subject ("One of the messages quoted in …") without the clause after it. Each has the sentence
as seen, variants of the same grammar and a control that must not change.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

_TITLE = "Gay men held in Chechnya\n\n"


@pytest.mark.parametrize(
    "sentence,speaker",
    [
        (
            "According to a statement released by the Russian LGBT News Network, police haven’t "
            "been able to provide any “objective evidence of the guilt of Ismail Isaev.”",
            "Russian LGBT News Network",
        ),
        (
            "According to a statement published by Amnesty International, the police “failed to "
            "provide any evidence at all.”",
            "Amnesty International",
        ),
        (
            "A statement issued by Human Rights Watch said the police had “failed to provide any "
            "evidence at all.”",
            "Human Rights Watch",
        ),
        # Control: a report by someone already was its owner's.
        (
            "According to a report by Human Rights Watch, the police “failed to provide any "
            "evidence at all.”",
            "Human Rights Watch",
        ),
    ],
)
def test_a_statement_released_by_someone_is_theirs(sentence: str, speaker: str) -> None:
    assert [s for _t, s in quoted(_TITLE + sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence,speaker",
    [
        (
            "One of the messages quoted in the publication urged people to “run away from the "
            "republic as soon as possible.”",
            "One of the messages",
        ),
        (
            "One of the victims interviewed by the newspaper said: “They beat us every single "
            "day.”",
            "One of the victims",
        ),
        (
            "Some of the men held in the prison told reporters that “they beat us every day.”",
            "Some of the men",
        ),
        # Control: "one" alone is no description of anyone.
        ("One said: “They beat us every single day.”", "One"),
    ],
)
def test_one_of_a_group_speaks_without_the_clause_after_it(sentence: str, speaker: str) -> None:
    assert [s for _t, s in quoted(_TITLE + sentence)] == [speaker]
