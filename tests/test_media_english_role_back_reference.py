"""A bare English role ("the official") refers back to the one person introduced with it.

"Tanya Lokshina, a Human Rights Watch official, …" and later "“…,” the official said.": the
apposition gave her the role, and a later "the official" is hers, past other people named
between. Where two people were introduced with that role ("Tanya Lokshina, a Human Rights Watch
official, and Oleg Orlov, a Memorial official"), nothing tells which one speaks: the role stays.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "text,expected",
    [
        # As seen, with another speaker between.
        (
            "Tanya Lokshina, a Human Rights Watch official, has documented dozens of cases in the "
            'region.\n\nRamzan Kadyrov denied the reports. "There are no such people in '
            'Chechnya," Kadyrov said on Monday.\n\n"The authorities must investigate these '
            'abductions," the official said.\n',
            ["Ramzan Kadyrov", "Tanya Lokshina"],
        ),
        # Introduced while speaking, "told" and a partial quotation.
        (
            "Tanya Lokshina, a Human Rights Watch official, said the detained men were "
            '"beaten and humiliated" in a secret prison.\n\nChechen authorities have denied the '
            'reports.\n\n"The authorities must investigate these abductions," the official told '
            "AFP.\n",
            ["Tanya Lokshina", "Tanya Lokshina"],
        ),
        # A researcher, with the body after "at", and the role with "the".
        (
            "Tanya Lokshina, a senior Russia researcher at Human Rights Watch, visited Grozny in "
            'April.\n\nRamzan Kadyrov denied the reports. "There are no such people in '
            'Chechnya," Kadyrov said on Monday.\n\n"The men are still missing and nobody is '
            'looking for them," the researcher said.\n',
            ["Ramzan Kadyrov", "Tanya Lokshina"],
        ),
        # A spokesperson, introduced as the agent of a passive.
        (
            "The statement was read in Washington by Heather Nauert, a State Department "
            'spokesperson.\n\n"We are deeply concerned by these reports," the spokesperson '
            "said.\n",
            ["Heather Nauert"],
        ),
    ],
)
def test_a_role_refers_to_the_one_person_introduced_with_it(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tanya Lokshina, a Human Rights Watch official, and Oleg Orlov, a Memorial official, "
        'visited Grozny in April. Kadyrov did not meet them.\n\n"The authorities must '
        'investigate these abductions," the official said.\n',
        "Tanya Lokshina, a Human Rights Watch official, visited Grozny. Oleg Orlov, a Memorial "
        'official, stayed in Moscow.\n\n"The authorities must investigate these abductions," '
        "the official said.\n",
    ],
)
def test_a_role_two_people_carry_stays_the_role(text: str) -> None:
    assert speakers(text) == ["the official"]
