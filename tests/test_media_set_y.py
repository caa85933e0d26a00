"""Constructions from blind set Y (collected on 2026-12-05 by three annotators who never ran
the extractor, measured at the session's first code, then read for rules)."""

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


def test_a_quotation_in_an_adverbial_clause_is_its_own_subjects():
    # Set Y: "When Cicilline called on Tillerson during the hearing to "condemn …", Tillerson
    # replied, "…"" gave the first to Tillerson.
    text = (
        'Title here\n\nWhen Cicilline called on Tillerson during the hearing to "condemn the '
        'torture and murder of gay men in Chechnya", Tillerson replied, "That is our position '
        'globally."\n'
    )
    assert [s for s, _ in attributed(text)] == ["Cicilline", "Tillerson"]


def test_an_opening_phrase_is_no_part_of_the_subject_after_it():
    # Set Y: "As for the London protest over the weekend, Michael Salter-Church MBE, Co-Chair
    # of Pride in London, asserted that …:" was the speaker, whole.
    text = (
        "Title here\n\nAs for the London protest over the weekend, Michael Salter-Church MBE, "
        "Co-Chair of Pride in London, asserted that the cause is an important one:\n\n"
        "“50 years on from brave activists taking a stand at Stonewall, the fight isn’t over.”\n"
    )
    assert attributed(text) == [("Michael Salter-Church", "Co-Chair of Pride in London")]


def test_as_someone_told_an_outlet_beside_the_quotation():
    # Set Y: "Advocacy groups have witnessed a concerning “spike in detentions …,” as activist
    # Igor Kochetkov told the Associated Press."
    text = (
        "Title here\n\nArrests of LGBTQ people in Chechnya have reportedly surged.\n\n"
        "Advocacy groups have witnessed a concerning “spike in detentions of men and women "
        "suspected of being gay,” as activist Igor Kochetkov told the Associated Press.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Igor Kochetkov"]


def test_the_secretary_of_state_is_the_one_named_with_the_title():
    # Set Y: "Secretary of State Rex Tillerson …. When Cicilline questioned Tillerson …, the
    # secretary of state said he's "aware of those reports."" stayed "the secretary of state".
    text = (
        "Title here\n\nSecretary of State Rex Tillerson admitted in congressional testimony he "
        "has not brought up reports of abuses with Russian officials.\n\nWhen Cicilline "
        'questioned Tillerson Wednesday on the violence, the secretary of state said he is "aware '
        'of those reports."\n'
    )
    assert [s for s, _ in attributed(text)] == ["Rex Tillerson"]


def test_a_verb_before_a_name_says_nothing_of_the_person():
    # The case articles: "Text from the urgent action reminds Tillerson: "…"" went to
    # Tillerson once he was remembered, "urgent action reminds" taken as said of him.
    text = (
        "Title here\n\nAmnesty International issued an urgent action that asks Secretary of State "
        "Rex Tillerson for help.\n\nText from the urgent action reminds Tillerson: "
        '"Gay men are under attack in the Russian republic of Chechnya."\n'
    )
    assert [s for s, _ in attributed(text)] != ["Rex Tillerson"]


def test_a_statement_issued_today_after_a_titled_minister_is_the_ministers():
    # Set Y: "The Honourable François-Philippe Champagne, Minister of Foreign Affairs, has
    # expressed concern …. He issued the following statement today:" named no one, then
    # "Honourable …" with the title.
    text = (
        "Title here\n\nThe Honourable Chrystia Freeland, Minister of Foreign Affairs, has "
        "expressed concern. She issued the following statement today:\n\n"
        "“Russia has taken no meaningful steps to investigate.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Chrystia Freeland"]


def test_those_who_speak_are_named_by_their_clause():
    # Set Y: "say those who are defending our homeland side by side with Ukrainians" gave
    # "those".
    text = (
        'Title here\n\nChechen groups are fighting on both sides. "For us, it will not end even '
        'if Ukraine wins the war," say those who are defending our homeland side by side with '
        "Ukrainians.\n"
    )
    expected = "those who are defending our homeland side by side with Ukrainians"
    assert [s for s, _ in attributed(text)] == [expected]


def test_a_quotation_after_someone_introduces_himself_is_his():
    # Set Y: "… met in the courtyard by a guy who introduces himself as Thor. "We have to be
    # careful …"" named no one.
    text = (
        "Title here\n\nUpon arrival, we are met in the courtyard by a guy who introduces himself "
        'as Thor. "We have to be careful, there might be Russian special agents around."\n'
    )
    assert [s for s, _ in attributed(text)] == ["Thor"]


def test_a_quotation_after_a_sentence_naming_two_people_is_not_given_to_either():
    text = (
        "Title here\n\nKadyrov met Putin in the Kremlin on Monday. "
        '"The republic has never been so prosperous and so calm."\n'
    )
    assert [s for s, _ in attributed(text)] == [""]


def test_a_footnote_mark_after_a_name_keeps_the_apposition():
    # Set Y: "Zamira*, a transgender woman from Chechnya, tells PinkNews …. “…,” she says"
    # named no one: the mark cut the name from its apposition.
    text = (
        "Title here\n\nZamira*, a transgender woman from Chechnya, tells PinkNews she found out "
        "about the purge last year. Although she didn’t believe it, she lived in hiding.\n\n"
        "“I did not go out, I communicated with very few people,” she says.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Zamira"]


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        (
            "interjects one of Torto’s soldiers, a 20-something who goes by the call sign Maga.",
            ("Maga", "one of Torto’s soldiers, a 20-something"),
        ),
        (
            "adds the 45-year-old commander, who asked to be identified only by his military call "
            "sign Torto.",
            ("Torto", "the 45-year-old commander"),
        ),
        (
            "human rights organisation Marem wrote in an ominous Telegram post on 16 May.",
            ("Marem", ""),
        ),
    ],
)
def test_the_name_a_described_speaker_goes_by(attribution, expected):
    # Set Y: call signs, "interjects", and a body's kind before its name.
    text = f"Title here\n\n“This is the Third Chechen War and we will win,” {attribution}\n"
    assert attributed(text) == [expected]


def test_someones_testimony_is_theirs():
    # Set Y: "“…,” Novaya quoted Gezmakhmayev’s written testimony as saying."
    text = (
        "Title here\n\nSuleiman Gezmakhmayev, a former staff sergeant, spoke to Novaya Gazeta.\n\n"
        "“So the other ‘amirs’ were strangled with a sports rope,” Novaya quoted Gezmakhmayev’s "
        "written testimony as saying.\n"
    )
    assert [s for s, _ in attributed(text)] == ["Suleiman Gezmakhmayev"]


def test_a_press_attache_is_a_role():
    # Set Y: "wrote Press Attache Dmitry Alushkin" kept the title in the name.
    text = (
        'Title here\n\n"Authorized official government bodies of the Russian Federation '
        'investigated the claims," wrote Press Attache Dmitry Alushkin.\n'
    )
    assert attributed(text) == [("Dmitry Alushkin", "Press Attache")]


def test_a_quotation_alone_after_someone_quoted_in_a_word_is_theirs():
    # Set Y: "Yevgeny Popov, a pro-Putin MP, described the attack by Kadyrov’s son as
    # “illegal”.\n\n“You can’t beat up people. …”" named no one.
    text = (
        "Title here\n\nThe video led to a rare rebuke from some officials in Moscow.\n\n"
        "Yevgeny Popov, a pro-Putin MP, described the attack by Kadyrov’s son as “illegal”.\n\n"
        "“You can’t beat up people. That is illegal. Punishment is determined by the court.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["Yevgeny Popov"]


@pytest.mark.parametrize(
    "named",
    [
        "The SK SOS rights group learned that Dadayev was held in Grozny.",
        "A man was detained, the North Caucasus LGBTQ+ rights group SK SOS announced Wednesday.",
    ],
)
def test_it_after_a_body_named_beside_its_kind(named):
    # Set Y: "“…,” it said." after "The SK SOS rights group learned …" named another body.
    text = (
        f"Title here\n\n{named}\n\n“Dadayev, who was detained only because of his sexual "
        "orientation, was also beaten and tortured,” it said.\n"
    )
    assert [s for s, _ in attributed(text)] == ["SK SOS"]


def test_a_copy_without_its_headline_opens_with_a_paragraph():
    # Set Y: the page's copy starts with "The Honourable … Minister of Foreign Affairs, has
    # expressed concern …. He issued the following statement today:", read as a headline, so
    # "He" named no one and was given as the speaker.
    text = (
        "The Honourable François-Philippe Champagne, Minister of Foreign Affairs, has expressed "
        "concern about the violations in Chechnya. He issued the following statement today:\n\n"
        "“Two years ago, Canada invoked the Moscow Mechanism to initiate a fact-finding "
        "mission.”\n"
    )
    assert [s for s, _ in attributed(text)] == ["François-Philippe Champagne"]


def test_a_statement_issued_by_no_one_named_has_no_pronoun_for_its_speaker():
    text = (
        "Title here\n\nThe violations go on. He issued the following statement today:\n\n"
        "“Two years ago, Canada invoked the Moscow Mechanism to initiate a fact-finding "
        "mission.”\n"
    )
    assert [s for s, _ in attributed(text)] == [""]


def test_what_a_newspaper_is_comes_before_its_name():
    # Set X: "The independent Russian newspaper Novaya Gazeta reported …" kept its kind.
    text = (
        "Title here\n\nThe independent Russian newspaper Novaya Gazeta reported that men were "
        'detained "in connection with their nontraditional sexual orientation".\n'
    )
    assert [s for s, _ in attributed(text)] == ["Novaya Gazeta"]
