"""Constructions from sets AB, BA, BC and BD (AB collected in the last session and kept blind
through it; the B sets collected on 2026-12-05 by annotators who never ran the extractor,
measured at the session's first code, then read for rules)."""

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


def test_what_a_court_found_is_the_courts():
    # Set AB: "The court found Lapunov was “detained and subjected to ill-treatment …,” which
    # “amounted to torture”" named no one for three quotations.
    text = (
        "Title here\n\nToday, the European Court of Human Rights handed down a ruling in the "
        "case of Maxim Lapunov. The court found Lapunov was “detained and subjected to "
        "ill-treatment by State agents,” which “amounted to torture.”\n"
    )
    speakers = [s for s, _ in attributed(text)]
    assert speakers == ["European Court of Human Rights"] * 2


def test_officials_who_find_people_say_nothing():
    # Set YC: "officials there find and arrest closeted gay men “partly by posing as men …”"
    # is the newspaper's account, not words the officials found.
    text = (
        "Title here\n\nThe New York Times reports that officials there find and arrest "
        "closeted gay men “partly by posing as men looking for dates on social networking "
        "sites.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["The New York Times"]


def test_it_is_not_a_body_named_inside_the_words_quoted():
    # Set BD: "“…,” says the EU. “Abuzaid Vismuradov and the 'Terek' unit under his command
    # are responsible …,” it adds." gave the Terek unit, named only inside the quotation.
    text = (
        "Title here\n\nVismuradov has commanded Chechnya's Terek Special Rapid Response Team "
        "since May 2012.\n\n“The repressions are directed against LGBTI persons,” says the "
        "EU.\n\n“Abuzaid Vismuradov and the 'Terek' unit under his command are responsible "
        "for serious human rights violations in Russia,” it adds.\n"
    )
    assert [s for s, _ in attributed(text)] == ["European Union"] * 2
