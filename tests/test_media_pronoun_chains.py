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
        # Review: a sentence that names its own teller is that teller's.
        (
            "Vladimir Putin met Ramzan Kadyrov in the Kremlin on Tuesday. Peskov said Kadyrov "
            "had assured Putin the reports were false, he said.\n\n“We trust him,” he added.\n",
            ["Peskov"],
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A person named by a first name alone: after another sentence's end, as whose kin
        # someone is; a family is no "she".
        (
            "Zelimkhan now lives in Canada. Aminat was questioned twice by police about his "
            "whereabouts and later left Chechnya as well.\n\n“I paid in cash so that nobody "
            "could trace the ticket,” she said.\n",
            ["Aminat"],
        ),
        (
            "Khalimat's son Ayub was 22 when men in uniform took him from the family home in "
            "Shali. He has not been seen since.\n\n“I keep his room exactly as it was,” she "
            "said.\n",
            ["Khalimat"],
        ),
        (
            "Kheda, whose younger brother Magomed was detained at a checkpoint, said the family "
            "had been warned not to make inquiries. The family asked that their surname not be "
            "published.\n\n“They told my father we would lose Magomed for good,” she said.\n",
            ["Kheda"],
        ),
        # Someone unnamed who spoke, past an aside on why they are unnamed.
        (
            "A spokesman for the interior ministry, who asked not to be named, said the men had "
            "been released.\n\n“They are all at home now,” he said.\n",
            ["spokesman for the interior ministry"],
        ),
        # Whom "according to his lawyer, X" names is the lawyer, not whom "he" means; an aside
        # before "declined to comment" keeps the silence the person's.
        (
            "Maxim Lapunov was detained in Grozny in March 2017. Investigators have refused to "
            "open a case, according to his lawyer, Vladimir Smirnov.\n\n“I want the people who "
            "did this to answer in a court,” he said.\n",
            ["Maxim Lapunov"],
        ),
        (
            "Elena Milashina said that Natalia Vorobyova, a lawyer for several of the men, had "
            "received threats.\n\nVorobyova, who still works in Russia, declined to comment."
            "\n\n“Everyone who touches this story pays a price,” she said.\n",
            ["Elena Milashina"],
        ),
    ],
)
def test_who_is_named_once_or_apart(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
