"""English witnesses and answers, from constructed probes in the styles of victims' accounts and
broadcast interviews, and from half L1 of blind set L: "A 21-year-old woman from Grozny told …"
and "A Chechen gay man" are someone unnamed, as "A young woman" was; "he replied" after "X asked
Y about …" is Y's answer, not X's; "According to one survivor, “…”" is the survivor's though
another quotation's "he said" follows, and so is that one; "After he “…”" is "he"; and "That
was the response from X" after a quotation names X as "That is how X described it" did."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

HEADLINE = "Survivors Speak Out\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A 21-year-old woman from Grozny told Human Rights Watch that her family had "
            "threatened to kill her. “My uncle said he would do it himself,” she said.",
            "A 21-year-old woman",
        ),
        (
            "A 25-year-old man told Novaya Gazeta he was beaten.\n\n“They wanted names,” he said.",
            "A 25-year-old man",
        ),
    ],
)
def test_an_unnamed_witness_with_an_age(text, speaker):
    assert [s for _, s in quoted(f"{HEADLINE}{text}\n")] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [("he replied", "Ramzan Kadyrov"), ("he said", "David Scott")],
)
def test_a_reply_is_the_one_asked(attribution, speaker):
    text = (
        f"{HEADLINE}David Scott asked Ramzan Kadyrov about the killings. “They are devils,” "
        f"{attribution}.\n"
    )
    assert [s for _, s in quoted(text)] == [speaker]


def test_a_reply_after_a_pronoun_asked():
    text = (
        f"{HEADLINE}Ramzan Kadyrov spoke to David Scott. Scott pressed him on the killings.\n\n"
        "“They are devils,” he answered.\n"
    )
    assert [s for _, s in quoted(text)] == ["Ramzan Kadyrov"]


KADYROV = "“We have never seen sex minorities among Chechens,” Kadyrov said.\n\n"


@pytest.mark.parametrize("source", ["one survivor", "a Chechen gay man", "the Chechen gay"])
def test_according_to_a_witness_then_he_said(source):
    text = (
        f"{HEADLINE}{KADYROV}According to {source}, “serious persecutions of gays began back "
        "in 2011.” “They were caught, beaten up and made money out of it,” he said.\n"
    )
    assert [s for _, s in quoted(text)] == ["Kadyrov", source, source]


def test_a_quotation_inside_a_clause_after_a_conjunction():
    text = (
        f"{HEADLINE}The man was detained in Grozny. After he “promised to expose very rich "
        "homosexuals,” he was released.\n"
    )
    assert [s for _, s in quoted(text)] == ["The man"]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        (" That was the response from Ramzan Kadyrov on Instagram.", "Ramzan Kadyrov"),
        (
            "\n\nThat was the reaction of the Kremlin spokesman, Dmitry Peskov, when asked about "
            "the report.",
            "Dmitry Peskov",
        ),
        (" That was the end of the interview.", ""),
    ],
)
def test_the_response_from_the_next_sentence(after, speaker):
    text = f"{HEADLINE}“These are all lies and provocations.”{after}\n"
    assert [s for _, s in quoted(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vanya (name changed) was detained in March. He recalls: “They beat us.”", "Vanya"),
        ("Tanya was detained in March. She recalls: “They beat us every night.”", "Tanya"),
        # A man's short form ending in "-a" is a man's name, alone too: "she" is not Misha.
        ("Misha was detained in Grozny. She recalls: “They beat us every night.”", ""),
    ],
)
def test_russian_first_names_in_english_spelling(text, speaker):
    assert [s for _, s in quoted(f"{HEADLINE}{text}\n")] == [speaker]


def test_a_headline_is_no_one_a_pronoun_means():
    text = f"{HEADLINE}The police came at night. She recalls: “They beat us every night.”\n"
    assert [s for _, s in quoted(text)] == [""]  # not "Survivors Speak Out"
