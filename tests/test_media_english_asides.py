"""Whom "he" means after a sentence whose subject is set apart from its verb by an aside ("The
Russian leader, asked about his opponent Alexey Navalny, said …"): the subject, not the name
in the aside; "the Russian leader" or "the Russian president" is Vladimir Putin; and a social
media account ("FM @LinkeviciusL") is the person the article named whose surname it spells."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

_QUOTE = "“The law enforcement agencies in Russia are acting in a much more mitigated way,”"


@pytest.mark.parametrize(
    "opening",
    [
        "Mr Putin met Mrs Merkel in Sochi.",
        "Vladimir Putin met Angela Merkel in Sochi.",
    ],
)
def test_the_subject_of_the_sentence_is_he_not_the_name_in_its_aside(opening):
    text = (
        f"{opening}\n\nThe Russian leader, asked about his main political opponent Alexey "
        f"Navalny, said victims had access to the justice system.\n\n{_QUOTE} he said.\n"
    )
    assert speakers(text) == ["Vladimir Putin"]


def test_a_named_subject_keeps_he_over_the_name_in_its_aside():
    text = (
        "Igor Kochetkov, who met the envoy Alexander Smith last week, said the network was "
        f"worried.\n\n{_QUOTE} he said.\n"
    )
    assert speakers(text) == ["Igor Kochetkov"]


def test_a_name_that_is_the_subject_is_not_an_aside():
    text = f"Alexey Navalny said victims had no access to justice.\n\n{_QUOTE} he said.\n"
    assert speakers(text) == ["Alexey Navalny"]


@pytest.mark.parametrize("role", ["the Russian president", "Russia's leader", "the Kremlin leader"])
def test_the_russian_president_is_putin(role):
    text = f"Vladimir Putin met Angela Merkel in Sochi. “We will look into it,” {role} said.\n"
    assert speakers(text) == ["Vladimir Putin"]


def test_they_is_no_group_named_inside_a_quotation():
    text = (
        "Novaya Gazeta published the names of 27 men. “According to our information, the "
        "detainees were shot that night,” the publication wrote.\n\n"
        "They published the names out of concern for the investigation.\n\n"
        "“We are publishing these facts because the state did not leave us any choice,” they "
        "wrote.\n"
    )
    # Not the detainees: the paper, which spoke last, speaking for itself.
    assert speakers(text) == ["Novaya Gazeta", "Novaya Gazeta"]


@pytest.mark.parametrize(
    ("account", "speaker"),
    [
        ("FM @LinkeviciusL confirms to BNS", "Linas Linkevičius"),
        ("@LinkeviciusL wrote on Twitter", "Linas Linkevičius"),
        ("@LRV_MIN wrote on Twitter", "@LRV_MIN"),  # the ministry's account: no one named
    ],
)
def test_an_account_is_the_person_whose_surname_it_spells(account, speaker):
    text = (
        "Lithuania's foreign minister Linas Linkevičius said the men had been granted visas.\n\n"
        f"“We issued visas to two arrivals,” {account}.\n"
    )
    assert speakers(text) == [speaker]
