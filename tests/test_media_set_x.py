"""Constructions from blind set X (collected on 2026-12-05 by three annotators who never ran
the extractor; its part XB was read for rules in the thirty-third session, XA and XC stayed
blind)."""

import pytest

from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


def test_a_title_naming_a_part_of_the_world_ends_with_the_person():
    # Set X: "HRW Europe and Central Asia associate director Tanya Lokshina has argued" gave
    # Human Rights Watch, and "Central Asia" was remembered as a person.
    text = (
        "Title here\n\n«The abuse against them is part of a long-standing pattern of persecution "
        "of critics by the Chechen authorities,» HRW Europe and Central Asia associate director "
        "Tanya Lokshina has argued in a statement.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Tanya Lokshina"]


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        ("the ECHR said there was not enough evidence", "European Court of Human Rights"),
        (
            "the Leninsky District Court of Grozny sentenced him",
            "Leninsky District Court of Grozny",
        ),
    ],
)
def test_the_court_that_speaks_is_the_court_named_before(named, expected):
    # Set X: "“The Court concludes that …,” the court said." after "the ECHR said".
    text = (
        f"Title here\n\nIn a ruling published on Tuesday, {named}.\n\n"
        '"The Court concludes that the authorities failed to investigate effectively," the '
        "court said.\n"
    )
    assert [s for s, _ in attributed(text)] == [expected]


def test_the_ombudsman_is_the_commissioner_for_human_rights_named_before():
    # Set X: "the Commissioner for human rights Tatyana Moskalkova said …. Then the Ombudsman
    # said that … they “work in this direction.”"
    text = (
        "Title here\n\nOn 13 October, the Commissioner for human rights Tatyana Moskalkova said "
        "that she was asked about the torture of gays in Chechnya.\n\n"
        "“We work in this direction and will report,” the ombudsman said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Tatyana Moskalkova"]


def test_where_a_body_is_based_is_no_part_of_its_name():
    # Set X: "The Sweden-based Vayfund Chechen Human Rights Association described the incident
    # as "an assassination attempt""
    text = (
        "Title here\n\nOn February 26, an unidentified person attacked Abdurakhmanov.\n\n"
        "The Sweden-based Vayfund Chechen Human Rights Association described the incident as "
        '"an assassination attempt" and reported that he was hospitalized.\n'
    )
    assert [s for s, _ in attributed(text)] == ["Vayfund Chechen Human Rights Association"]


def test_the_association_is_the_body_described_before():
    # Set X: "…, says Vayfond, a Chechen human rights group …. The association is certain that
    # … “for a valid reason”."
    text = (
        "Title here\n\nTumso Abdurakhmanov cannot be reached, says Vayfond, a Chechen human "
        "rights group based in the country.\n\nThe association believes that the two have "
        "become out of touch “for a valid reason and will not return”.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Vayfond"]


def test_sisters_are_women():
    # Set X: "the relatives of four sisters from Khadzhilmakhi, who were held at the border".
    text = (
        "Title here\n\nThe relatives of four sisters from Khadzhilmakhi, who were held at the "
        "Russian-Georgian border, tried the same.\n"
    )
    assert counts(text) == {(4, "", "women detained")}


def test_a_passive_with_its_agent_named_is_the_agents():
    # Set X: "parents are being told ‘kill your gay sons or we will’ by police" went to the
    # sentence's subject, "Horrific reports".
    text = (
        "Title here\n\nHorrific reports from Chechnya suggest parents are being told ‘kill your "
        "gay sons or we will’ by police.\n"
    )
    assert [s for s, _ in attributed(text)] == ["police"]


def test_a_first_name_in_a_headline_takes_no_surname_from_it():
    # Set X: "Vice reports." became "Vice Explores", from the headline "Vice Explores …".
    text = (
        "Vice Explores Chechen Prison Where Officials Still Deny Persecution\n\n"
        '"The center is now abandoned and falling into disrepair," Vice reports.\n'
    )
    assert [s for s, _ in attributed(text)] != ["Vice Explores"]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        (
            " Amin Dzhabrailov, survivor of Chechnya's anti-gay purge\n",
            ("Amin Dzhabrailov", "survivor of Chechnya's anti-gay purge"),
        ),
        (
            "\n\n– Nils Muiznieks, human rights commissioner of the Council of Europe.\n",
            ("Nils Muiznieks", "human rights commissioner of the Council of Europe"),
        ),
    ],
)
def test_a_pull_quote_is_its_credits(credit, expected):
    # Set X: a quotation credited by the name after it, on its line or the next after a dash.
    text = f"Headline of the story\n\n“I want to tell the truth about what happened to us.”{credit}"
    assert attributed(text) == [expected]
