"""Constructions from constructed English probes (written blind to the extractor on
2026-12-05 by a helper who never ran it, read for rules in the thirty-third session)."""

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


def test_she_after_a_man_spoke_is_not_him():
    # "“…,” Kochetkov said. She agreed. “…,” she said." made Kochetkov a woman.
    text = (
        "Title here\n\nTanya Lokshina of Human Rights Watch and Igor Kochetkov of the Russian "
        "LGBT Network say the pattern points to a central operation.\n\n"
        '"These were not random acts by rogue officers," Kochetkov said.\n\n'
        'She agreed. "Nothing of this scale happens in Chechnya without Kadyrov," she said.\n'
    )
    assert [s for s, _ in attributed(text)] == ["Igor Kochetkov", "Tanya Lokshina"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The group said it had shared the names with investigators in June.",
            "Human Rights Watch",
        ),
        ("He said he had been beaten with sticks for twelve days.", "Maxim Lapunov"),
    ],
)
def test_a_quotation_alone_after_a_paragraph_ending_in_what_someone_said(paragraph, expected):
    text = (
        "Title here\n\nHuman Rights Watch published a report on Maxim Lapunov, who was detained "
        f"in Grozny in March 2017.\n\n{paragraph}\n\n"
        "“Nobody has answered for what was done in that police station.”\n"
    )
    assert [s for s, _ in attributed(text)] == [expected]


def test_a_court_saying_something_does_not_announce_the_quotation_after_it():
    text = (
        "Title here\n\nMaxim Lapunov was detained in Grozny in March 2017. The district court "
        "said the complaint was unfounded.\n\n“They beat me on the legs, buttocks and back.”\n"
    )
    assert [s for s, _ in attributed(text)] != ["The district court"]


def test_the_report_someone_wrote_in_is_theirs():
    # "“…,” Benedek wrote in his report, which was presented to the organisation's Permanent
    # Council …. “…,” the report says." gave the Permanent Council.
    text = (
        "Title here\n\nThe OSCE's rapporteur, Wolfgang Benedek, a professor of international law, "
        "concluded that the accusations were credible.\n\n"
        '"The accusations of very serious human rights violations have been confirmed," Benedek '
        "wrote in his report, which was presented to the organisation's Permanent Council in "
        'Vienna.\n\n"Impunity seems to be the rule rather than the exception," the report says.\n'
    )
    assert [s for s, _ in attributed(text)] == ["Wolfgang Benedek"] * 2


def test_they_after_the_parents_of_someone_are_the_parents():
    # "The parents of Zelimkhan Bakayev, a popular Chechen singer who …, have appealed …. “…,”
    # they said" gave no one, and then Bakayev: "parents of" was taken as said of him.
    text = (
        "Title here\n\nThe parents of Zelimkhan Bakayev, a popular Chechen singer who vanished "
        "during a visit to Grozny in August, have appealed to President Vladimir Putin to help "
        "find their son.\n\n“We beg you as parents to find out what happened to our boy,” they "
        "said in a video address published on Monday.\n"
    )
    assert [s for s, _ in attributed(text)] == ["The parents"]


def test_what_a_court_ruled_in_its_own_words_is_the_courts():
    # "The court ruled that the investigators had acted “…,” a decision that Lapunov's lawyer,
    # Irina Berezina, said she would appeal." gave the lawyer.
    text = (
        "Title here\n\nA district court in Moscow on Tuesday rejected a complaint by Maxim "
        "Lapunov.\n\nThe court ruled that the investigators had acted “within their powers and "
        "in full accordance with the law,” a decision that Lapunov's lawyer, Irina Berezina, "
        "said she would appeal.\n"
    )
    assert [s for s, _ in attributed(text)] == ["The court"]


def test_a_quotation_alone_after_she_told_an_outlet():
    # Harder probes: "… Nobody would tell her where he was, she told the BBC.\n\n“…”"
    text = (
        "Title here\n\nKhava Dzhabrailova, whose son Islam was taken from a car wash in Grozny, "
        "spent weeks going from one police station to another. Nobody would tell her where he "
        "was, she told the BBC.\n\n“I brought food every day to the gates in Argun.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Khava Dzhabrailova"]


def test_a_paragraph_ending_in_a_colon_announces_the_quotation_after_it():
    # Harder probes: "He then read from his conclusions:\n\n“…" (and "drafted by the Austrian
    # law professor Wolfgang Benedek" gave him "by the …" as his role).
    text = (
        "Title here\n\nThe OSCE report, drafted by the Austrian law professor Wolfgang Benedek, "
        "was presented in Vienna. He then read from his conclusions:\n\n"
        "“The rapporteur finds that there is very serious harassment of LGBTI persons.”\n"
    )
    assert attributed(text) == [("Wolfgang Benedek", "the Austrian law professor")]


def test_he_is_not_the_one_he_spoke_to():
    # Harder probes: "… a video appeared in which he apologised to the Chechen leader. …
    # “…,” he said." gave Kadyrov; "Marie Struthers, then the group's director, said" made
    # "the group's director" someone else.
    text = (
        "Title here\n\nIlyas Batalov, who ran a Telegram channel, was detained in Moscow.\n\n"
        "A week later, a video appeared in which he apologised to the Chechen leader.\n\n"
        "Amnesty International's Marie Struthers, then the group's director, said the case was "
        "alarming.\n\n“Every word in that video was written for me,” he said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Ilyas Batalov"]


def test_the_one_asked_whether_replies():
    # Harder probes: "a correspondent asked the republic's deputy prosecutor, Shamil Bagayev,
    # whether any police officers had been questioned …. “…,” he replied." gave the role.
    text = (
        "Title here\n\nAt a press conference in Grozny, a Novaya Gazeta correspondent asked the "
        "republic's deputy prosecutor, Shamil Bagayev, whether any police officers had been "
        "questioned about the detentions.\n\n“Nobody has been questioned, because there is "
        "nothing to question them about,” he replied.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Shamil Bagayev"]


def test_a_surname_with_a_hyphened_particle_is_whole():
    text = (
        "Title here\n\nThe UN high commissioner for human rights, Zeid Ra'ad al-Hussein, urged "
        "Moscow to act. “These are not rumours. We have received credible reports,” Zeid said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Zeid Ra'ad al-Hussein"]


def test_the_judgment_is_the_courts():
    text = (
        "Title here\n\nThe European Court of Human Rights found on Tuesday that Russia had "
        "violated the ban on torture. The judgment, handed down in Strasbourg, states that the "
        "authorities “failed to conduct an effective investigation into credible allegations”.\n"
    )
    assert [s for s, _ in attributed(text)] == ["European Court of Human Rights"]


def test_the_mother_is_the_one_named_with_her_son():
    # Harder probes: "Zulai Bakhayeva's son, Rizvan, …. “…,” the mother, who …, said" stayed
    # "the mother".
    text = (
        "Title here\n\nOfficials in Grozny say Zulai Bakhayeva's son, Rizvan, went to fight in "
        "Syria. She does not believe it.\n\n“He was afraid of the sight of blood. How could such "
        "a boy go to a war?” the mother, who has not seen her son since 2017, said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Zulai Bakhayeva"]
