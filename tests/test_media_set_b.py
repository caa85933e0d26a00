"""Constructions from sets AB, BA to BD, CA and CB (AB collected in the last session and kept
blind through it; the B and C sets collected on 2026-12-05 by annotators who never ran the
extractor, measured at the session's first code, then read for rules). YC's one test guards a
rule of this session from a construction it must leave alone."""

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


def test_a_spokesman_for_another_body_is_not_the_one_named():
    # Set BA: "A spokesman for Chechnya's interior ministry dismissed the report as “…”" after
    # "Alvi Karimov, a spokesperson for Kadyrov," gave Karimov.
    text = (
        "Title here\n\nAlvi Karimov, a spokesperson for Kadyrov, called the report “absolute "
        "lies and disinformation.”\n\nA spokesman for Chechnya's interior ministry dismissed "
        "the report as “an April fool's joke” to the Russian newspaper RBC.\n"
    )
    assert [s for s, _ in attributed(text)] == [
        "Alvi Karimov",
        "A spokesman for Chechnya's interior ministry",
    ]


def test_a_party_before_a_councillor_is_not_who_speaks():
    # Set AB: "SNP councillor Susan Aitken proceeded to speak, saying that …, but … “…”" gave
    # the party.
    text = (
        "Title here\n\nSNP councillor Susan Aitken proceeded to speak, saying that political "
        "comparisons with the Nazis were usually reductive, but owing to the scale of the abuses "
        "by Chechen authorities “there is no other comparison to be made”.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Susan Aitken"]


def test_the_groups_are_the_bodies_just_named():
    # Set AB: "… organised by The Cork Pride Festival, in association with …, LinC, and
    # Amnesty International. “…,” a statement from the groups read." kept "the groups".
    text = (
        "Title here\n\nTuesday’s protest is being organised by The Cork Pride Festival, in "
        "association with The Cork Gay Project, LinC, and Amnesty International.\n\n“A brutal "
        "campaign purging LGBT people has been sweeping through Chechnya,” a statement from "
        "the groups read.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Amnesty International"]


def test_a_quotation_that_ends_a_sentence_ends_it_for_he():
    # Set BC: "… he and his comrades are “patriots” whereas their opponents are “traitors.”
    # Oyub Titiev will have none of that. “…,” he says" gave Kadyrov: with the quotations
    # blanked, the two sentences had run together.
    text = (
        "Title here\n\nAs Kadyrov would have it, he and his comrades are “patriots” whereas "
        "their opponents are “traitors.” Oyub Titiev will have none of that. “They are "
        "patriotic toward Putin,” he says, “not toward the Chechen or Russian people.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Oyub Titiev", "Oyub Titiev"]


def test_she_is_the_woman_a_common_first_name_names():
    # Set BC: "Swedish police spokesman Irene Sokolow said … “We have nothing to add,” she
    # said." gave the spokesman named before her: no list held "Irene".
    text = (
        "Title here\n\nHowever, a spokesman for Chechen separatists living in exile told "
        "reporters that Abdurakhmanov was “alive and under the protection of Swedish police.”"
        "\n\nSwedish police spokesman Irene Sokolow said in response to the claim that they "
        "couldn't confirm the reports.\n\n“We have nothing to add,” she said.\n"
    )
    assert [s for s, _ in attributed(text)][-1] == "Irene Sokolow"


def test_it_continuing_a_letter_is_whoever_wrote_it():
    # Set BA: "The MEPs’ letter, seen by PinkNews, reads: “…” It continues: “…”" gave the
    # Green Party, named earlier.
    text = (
        "Title here\n\nMEPs from Labour, Conservatives and the Green Party wrote to the Prime "
        "Minister.\n\nThe MEPs’ letter, seen by PinkNews, reads: “We are writing to you to "
        "express our horror at the situation in Chechnya.\n\n“The Russian LGBT Network can "
        "confirm at least three murders.”\n\nIt continues: “Clearly these actions are "
        "abhorrent, and we ask that the UK government swiftly condemn them.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["The MEPs"] * 3


def test_a_title_at_the_start_of_a_sentence_is_no_part_of_the_name():
    # Set BA: "Lawmaker Shamsail Saraliyev called … journalists “…”" gave "Lawmaker Shamsail
    # Saraliyev" as the name.
    text = (
        "Title here\n\nLawmaker Shamsail Saraliyev called the journalists “blatant enemies of "
        "Russia, who try to undermine the stability of the country.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Shamsail Saraliyev"]


def test_a_bare_attribution_after_the_words_quoted_says_them():
    # Set BD: "Interviews uncovered “…” of mistreatment while in custody, the committee said
    # in its report." named no one: the parse hung "said" on "while"; and "the committee" is
    # the one named in lower case before its letters, "anti-torture committee (CPT)".
    text = (
        "Title here\n\nA delegation of the council's anti-torture committee (CPT) visited the "
        "region.\n\nInterviews uncovered “a considerable number of credible allegations” of "
        "mistreatment while in custody, the committee said in its report.\n"
    )
    assert [s for s, _ in attributed(text)] == ["CPT"]


def test_a_place_after_in_is_no_one_who_speaks():
    # Set BD: "After his escape, doctors in Potsdam treated his old wound. “…”" gave Potsdam.
    text = (
        "Title here\n\nHe refused. After his escape, doctors in Potsdam treated his old wound. "
        "“I am grateful to the Germans, especially the doctors who healed my leg.”\n"
    )
    assert [s for s, _ in attributed(text)] == [""]


def test_he_straight_after_a_name_takes_it_up():
    # Set CB: "German Chancellor Olaf Scholz said … “…” Germany's Federal Justice Minister
    # Marco Buschmann he was “…”" (the copy lost "said") gave Scholz.
    text = (
        "Title here\n\nGerman Chancellor Olaf Scholz said late on August 1 that the decision "
        "to exchange prisoners was “not easy at all.”\n\nGermany's Federal Justice Minister "
        "Marco Buschmann he was “responsible for a particularly bitter concession” made to "
        "release citizens involved in the swap, adding that the principle of “freedom in case "
        "of doubt” was decisive.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Olaf Scholz"] + ["Marco Buschmann"] * 2


def test_the_dictator_is_the_leader_named_before():
    # Set CA: "“…,” Kadyrov said on his Telegram channel. … “…,” the dictator said" kept
    # "the dictator".
    text = (
        "Title here\n\n“Up to 10 Ukrainian prisoners of war are being held at each strategic "
        "site,” Chechen leader Ramzan Kadyrov said on his Telegram channel.\n\nThe use of "
        "prisoners as human shields is prohibited.\n\n“Kiev, trying to harm us, killed its own "
        "soldiers today,” the dictator said, without providing evidence.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Ramzan Kadyrov"] * 2


def test_whom_a_report_cites_saying_something_says_it():
    # Set CA: "a report from the Ukrainian news outlet Obozrevatel on Friday cited a
    # spokesperson from the security service saying Kadyrov was in “…”" gave the outlet, and
    # then Dmitry Peskov, the Kremlin spokesperson named before: not the same office.
    text = (
        "Title here\n\n“We have no information on this,” Kremlin spokesperson Dmitry Peskov "
        "told reporters.\n\nSpeculation grew after a report from the Ukrainian news outlet "
        "Obozrevatel on Friday cited a spokesperson from the security service saying Kadyrov "
        "was in “serious condition. His existing diseases have worsened.”\n"
    )
    assert [s for s, _ in attributed(text)] == [
        "Dmitry Peskov",
        "a spokesperson from the security service",
    ]


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        (
            " “You cannot arrest people who just don’t exist,” spokesman Alvi Karimov said.",
            "Alvi Karimov",
        ),
        ("", "Kadyrov's spokesman"),
    ],
)
def test_his_spokesman_is_the_office_of_whom_his_means(named, speaker):
    # Set AB: "Ramzan Kadyrov denied the accusations, but the New York Times quoted his
    # spokesman as saying … “…”" gave Kadyrov himself. His spokesman is Alvi Karimov where the
    # article names him, as for "Kadyrov's spokesman".
    text = (
        "Title here\n\nChechen leader Ramzan Kadyrov denied the accusations, but the New York "
        "Times quoted his spokesman as saying that LGBT people “do not exist in Chechnya at "
        f"all”.{named}\n"
    )
    assert next(s for s, _ in attributed(text)) == speaker


def test_a_role_a_name_and_a_body_of_the_role_give_the_name():
    # Set CB: "investigator Mika Ihaksinen of the National Bureau of Investigation (NBI) said
    # … “…”" kept the whole phrase as a role.
    text = (
        "Title here\n\nWhile tight-lipped about the matter, investigator Mika Ihaksinen of the "
        "National Bureau of Investigation (NBI) said the agency was looking into plans to "
        "commit a “serious, life-threatening crime”.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Mika Ihaksinen"]


def test_where_a_body_is_based_is_no_part_of_its_name():
    # Set AB: "Paris-based Reporters Without Borders has called … Kadyrov “…”".
    text = (
        "Title here\n\nParis-based Reporters Without Borders has called Chechnya's leader "
        "Ramzan Kadyrov “a predator of press freedom”.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Reporters Without Borders"]


def test_he_after_a_description_that_spoke_is_whom_it_describes():
    # Set AB: "Kalyapin accused Kadyrov of …. “…,” the activist told AFP. “…,” he said" gave
    # "activist" for the second, where the first was already Kalyapin.
    text = (
        "Title here\n\nMemorial is the last rights organisation in Chechnya, said Igor "
        "Kalyapin, who heads the Committee Against Torture activist group.\n\n“He wants "
        "everyone to see him as an undisputed ruler,” the activist told AFP.\n\n“If somebody "
        "speaks badly of him in Chechnya, to him that's like his home got burgled,” he said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Igor Kalyapin"] * 2


def test_the_report_no_one_issued_is_the_outlet_that_claimed_it():
    # Set BA: "…, Russian newspaper Novaya Gazeta and human rights activists claimed. The
    # report, citing … officials, alleged that … were detained “…”" named no one.
    text = (
        "Title here\n\nAuthorities in Chechnya have reportedly been rounding up more than 100 "
        "men suspected of being gay, Russian newspaper Novaya Gazeta and human rights activists "
        "claimed.\n\nThe report, citing Russian federal law enforcement officials, alleged that "
        "local television personalities were detained “in connection with their nontraditional "
        "sexual orientation, or suspicion of such”.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Novaya Gazeta"]
