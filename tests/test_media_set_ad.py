"""Constructions from sets AC and AD (collected on 2026-12-05 by annotators who never ran the
extractor, measured at the session's first code, then read for rules)."""

import pytest

from tests.media_helpers import attributed, counts

pytestmark = pytest.mark.once


def test_the_day_a_report_was_released_on_is_not_its_owner():
    # Set AD: "The Organization for Security and Cooperation in Europe on Thursday released a
    # report …. “…,” reads the report." gave "Thursday" for six quotations.
    text = (
        "Title here\n\nThe Organization for Security and Cooperation in Europe on Thursday "
        "released a report that documents extrajudicial killings in Chechnya.\n\nThe report, "
        "which the OSCE’s Office for Democratic Institutions and Human Rights wrote, notes the "
        "first crackdown.\n\n“The detentions followed a certain pattern,” reads the report.\n"
    )
    assert [s for s, _ in attributed(text)] == ["OSCE"]


def test_a_statement_opened_with_in_is_the_subjects_after_it():
    # Set AD: "In a statement released Saturday, Foreign Affairs Minister Chrystia Freeland
    # called the reports “reprehensible.” “…,” the statement says." gave Novaya Gazeta.
    text = (
        "Title here\n\nNovaya Gazeta reported that at least three gay men had been killed.\n\n"
        "In a statement released Saturday, Foreign Affairs Minister Chrystia Freeland called "
        "the reports “reprehensible.”\n\n“Human rights have no borders,” the statement says.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Chrystia Freeland"]


@pytest.mark.parametrize(
    ("reported", "speaker"),
    [("reported the network", "Russian LGBT Network"), ("reported the BBC", "BBC")],
)
def test_a_body_that_reports_its_own_findings_speaks(reported, speaker):
    # Set AD: "“…,” reported the network. “…”" named no one; an outlet reporting stays one.
    text = (
        "Title here\n\nThe Russian LGBT Network has now released information about a number of "
        f"incidents.\n\n“People in the uniform put a young man in a car,” {reported}. “The young "
        "man was detained and tortured for several days.”\n"
    )
    assert [s for s, _ in attributed(text)] == [speaker, speaker]


def test_the_rights_group_is_not_the_authorities_named_since():
    # Set AC: "Amnesty International is calling on Poland not to deport a … critic of Chechen
    # authorities …. The human rights group says that … he will be “…”" gave the Chechen
    # government.
    text = (
        "Title here\n\nAmnesty International is calling on Poland not to deport a Chechen video "
        "blogger and critic of Chechen authorities who is being sought by Russia.\n\nThe human "
        "rights group says that if he is returned to Russia he will be “at a very real risk of "
        "torture and other inhuman or degrading treatment.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Amnesty International"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Set YC: "Up to 100 men are said to be held in the camps, and at least three have died."
        "Up to 100 men are said to be held in the camps, and at least three have died.",
        # Set XA: "… hundreds of suspected gay men have been captured and 26 are reported to
        # have been killed."
        "Hundreds of suspected gay men have been captured and three are reported to have been "
        "killed.",
        # Set AD: "… gay men were being killed and tortured …. At least three have been
        # reported dead …"
        "Kadyrov denied reports that gay men were being killed. At least three have been "
        "reported dead.",
    ],
)
def test_a_bare_count_counts_the_men_just_spoken_of(sentence):
    killed = [f for f in counts(f"Title here\n\n{sentence}\n") if f[2].endswith("killed")]
    assert [f[0] for f in killed] == [3] and killed[0][2] == "men killed"


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("", "Liya Zaurbekova"),
        # A woman the article leaves unnamed may be "the girl" as well: the words stay.
        ("A girl from Grozny was with her. ", "The girl"),
    ],
)
def test_the_girl_is_the_one_woman_named(between, speaker):
    # Set AE: "Liya Zaurbekova, a native of Chechnya, said …. The girl complained that her
    # relatives were threatening Artyom “…”" kept "The girl".
    text = (
        "Title here\n\nLiya Zaurbekova, a native of Chechnya, said that policemen in Moscow did "
        f"not try to help her. {between}The girl complained that her relatives were threatening "
        "Artyom “right in front of the policemen, who said nothing.”\n"
    )
    assert [s for s, _ in attributed(text)] == [speaker]


def test_a_description_is_the_one_person_the_sentence_before_named():
    # Set AF: "On December 5, Svetlana Gannushkina, the chair of …, told the correspondent
    # that …. "…," said the rights defender." gave "Ramzan", who had spoken before; the memory
    # had not met her, named after an opening phrase.
    text = (
        "Title here\n\nThey are checking phone numbers, Ramzan explained.\n\nOn December 5, "
        "Svetlana Gannushkina, the chair of the Civic Assistance Committee, told the "
        'correspondent that mass detentions are not unique. "No one is surprised anymore," '
        "said the rights defender.\n"
    )
    assert [s for s, _ in attributed(text)][-1] == "Svetlana Gannushkina"
