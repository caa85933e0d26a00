"""Whom "he", "she" and "the relative" mean, where a word of the sentences before could be
read as someone it is not (the forty-seventh session, 2026-12-07; docs/media-rules.md,
"Where the parse slips"): people named by their kind opening a sentence are no name; a
sentence told by "…, he said." is that same "he"'s, and one that asks "him" is not his; "the
relative" is not "the relatives".
"""

from __future__ import annotations

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reporters asked Dmitry Peskov, the Kremlin spokesman, about the reports on Monday."
            "\n\n“We have no information about this,” he said.\n",
            ["Dmitry Peskov"],
        ),
        (
            "Officials met Tanya Lokshina in Grozny in April.\n\n“They promised to look into "
            "every case,” she said.\n",
            ["Tanya Lokshina"],
        ),
        (
            "The Kremlin spokesman, Dmitry Peskov, said Putin had discussed the issue with "
            "Kadyrov. Putin had asked Kadyrov to look into the reports, he said.\n\n“The "
            "president is informed,” he added.\n",
            ["Dmitry Peskov"],
        ),
        (
            "Magomed Daudov, the speaker of the Chechen parliament, visited the men's relatives."
            "\n\n“He told us to deal with them ourselves,” the relative said.\n",
            ["the relative"],
        ),
        # Whom a sentence asks answers: the asker is not the next "he".
        (
            "In an interview with HBO, Ramzan Kadyrov dismissed the reports. The interviewer, "
            "David Scott, pressed him on the allegations.\n\n“We don't have those kinds of "
            "people here,” he said.\n",
            ["Ramzan Kadyrov"],
        ),
        (
            "Tatyana Moskalkova visited Grozny on Monday. A reporter, Anna Petrova, asked her "
            "about the secret prisons.\n\n“I found no such prisons,” she said.\n",
            ["Tatyana Moskalkova"],
        ),
        # The pronoun the quotation's own attribution opens with stays the clause's person.
        (
            "Ayub Kataev, the warden of the prison, denies that anyone was detained there. An "
            "alleged victim said he was beaten by Kataev himself.\n\nWhen the accusation is "
            "put to Kataev, he replies: “I don’t know why they are saying this.”\n",
            ["Ayub Kataev"],
        ),
    ],
)
def test_whom_a_reference_back_means(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
