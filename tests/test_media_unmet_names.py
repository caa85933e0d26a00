"""Names and verbs the models and lists have not met. Session 25 renamed the speakers of the
articles read for rules (rules part, halves I1 to M1) to names no list holds ("Siobhan
Kearney", "Kwame Mensah", "Луиза Дадаева") and kept whatever stopped being found: the small
English model takes such a name for an organisation, no first-name list gives its gender, no
table of offices knows its holder, and the Russian dictionary reads a rare first name as a
man's genitive. The words around the name say what the models do not. Rewriting "said" in the
same articles as another verb of speech ("pleaded", "mused", "shouted") lost speakers where
only the verb list, not the parse, reads the verb."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

HEADLINE = "Appeals Over Chechnya\n\n"


def speakers(text: str) -> list[str]:
    return [s for _, s in quoted(f"{HEADLINE}{text}\n")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # A title before the name: no organisation has a chancellor's title.
            "Earlier, German Chancellor Siobhan Kearney asked the Russian president to "
            "“look into what is happening” in the republic.",
            "Siobhan Kearney",
        ),
        (
            # Session 26 (half 2 renamed): a title joined to a description by "and".
            '"We don\'t have those kinds of people here," Chechen President and MMA fighter '
            "Lorcan Brennagh told HBO in an interview.",
            "Lorcan Brennagh",
        ),
        (
            # A person "of" a body the gazetteers know.
            "Siobhan Kearney of the Russian LGBT Network told the BBC the group knew of "
            "“a campaign to round up gay men” in the region.",
            "Siobhan Kearney",
        ),
    ],
)
def test_a_name_the_model_takes_for_a_body(text, speaker):
    assert speakers(text) == [speaker]


def test_her_own_pronoun_makes_a_person_and_her_gender():
    # "in her appeal": a body's would be "its"; "She" later is the same woman, not the other
    # woman named between, whose surname says her gender.
    text = (
        "“My sons have done nothing wrong,” Siobhan Kearney says in her appeal.\n\n"
        "Kearney then asks Tatyana Moskalkova to help. She also appeals “to everyone who can "
        "help” for support."
    )
    assert speakers(text) == ["Siobhan Kearney", "Siobhan Kearney"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A reporter spoke with the group's Russia director, Beatriz Quintero, in Moscow."
            "\n\nBeatriz said the men told her they had been beaten “mostly on the legs”.",
            "Beatriz Quintero",
        ),
        (
            # A surname by its ending is no first name, whatever follows it elsewhere.
            "Fighters of the Kadyrov Regiment patrol the city.\n\n"
            "Kadyrov said such men “do not exist” in the republic.",
            "Kadyrov",
        ),
    ],
)
def test_a_first_name_no_list_holds_takes_its_surname(text, speaker):
    assert speakers(text) == [speaker]


def test_the_head_of_a_place_named_with_a_name_no_table_holds():
    # "The head of Chechnya Kwame Mensah …": the role is his, and "said the head of Chechnya"
    # later means him, not the words that followed the role.
    text = (
        "The head of Chechnya Kwame Mensah in an interview to a TV channel said that there "
        "were no such people in the republic.\n\n"
        "Also during the interview, he spoke of the West. “They know I will fight for "
        "Russia”, — said the head of Chechnya."
    )
    assert speakers(text) == ["Kwame Mensah"]


def test_an_ombudswoman_with_a_first_name_the_dictionary_reads_as_a_mans():
    # "по правам человека" ends the post, not a genitive owner of the name after it: "Луиза"
    # is not "Луиз" in the genitive.
    text = (
        "Уполномоченная по правам человека Луиза Дадаева сообщила, что к ней обратился "
        "житель Чечни.\n\n"
        "«Подтвердилось, что есть человек, есть заявитель», — рассказала Дадаева журналистам."
    )
    assert speakers(text) == ["Луиза Дадаева"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A hotline has been set up. A volunteer pleaded:\n\n"
            "‘Please help us to get them out of the region, to anywhere.’",
            "A volunteer",
        ),
        (
            "Timur Aliev spoke to reporters on Monday.\n\n"
            "“No one will answer for this,” mused Aliev.",
            "Timur Aliev",
        ),
        (
            "Rights groups have confirmed a new wave of arrests.\n\n"
            "\"They beat me with a pipe and asked for names,\" shouted 'Rustam,' a 30-year-old "
            "the group interviewed.",
            "Rustam",
        ),
    ],
)
def test_a_verb_of_speech_other_than_said(text, speaker):
    assert speakers(text) == [speaker]


def test_a_body_no_gazetteer_holds_without_the_setting_of_its_words():
    # Renamed from a body the gazetteers know, whose name the ledger gave whole: the parser
    # hangs "in their press release" on the name, and marks around it are no part of it.
    text = (
        "The Crisis Group “Baltic Queer Support Network” that represents the two brothers in "
        "a press release notes that a court sentenced them on Feb. 22.\n\n"
        "“Today’s verdict is a crime against common sense,” said the Crisis Group “Baltic Queer "
        "Support Network” in their press release. “The case is completely fabricated.”"
    )
    assert speakers(text) == ["Crisis Group Baltic Queer Support Network"] * 2


def test_a_womans_name_natasha_reads_as_a_mans_genitive_after_the_verb():
    # "заявила … Луиза Дадаева": the likeliest reading of the words is a woman's nominative,
    # which natasha, not knowing "Луиза", gave as a man's genitive.
    text = (
        "Следователи не нашли свидетелей. Об этом заявила уполномоченный по правам человека "
        "в России Луиза Дадаева.\n\n"
        "«Поставлены вопросы о том, чтобы найти тех свидетелей, которые готовы дать "
        "показания», — сказала Дадаева."
    )
    assert speakers(text) == ["Луиза Дадаева"]


def test_a_womans_name_opening_its_sentence_before_an_aside():
    # Session 26 (half 2 renamed): "Луиза Дадаева из «Новой газеты» - издания, … - сказала":
    # no verb right after the name; a woman's nominative still outweighs a man's genitive.
    text = (
        "Гей-облавы в Чечне.\n\n"
        'Луиза Дадаева из "Новой газеты" - издания, которое первым опубликовало статью о '
        'чистках - "сказала, что российский уполномоченный по правам человека пообещала '
        'расследовать происходящее".\n'
    )
    assert [s for _, s in quoted(text)] == ["Луиза Дадаева"]


def test_an_outlet_no_list_holds_told_something_is_not_he():
    # "AFP" renamed: an outlet the lists do not hold reads as a person's name, and the one "he"
    # told in the sentence before is not whom the next "he" means.
    text = (
        "Frank Schwabe, a member of the Assembly, raised the issue with officials in Grozny. "
        "“There are very serious reports about illegal detentions” in Chechnya, he told Baltic "
        "Courier. “We cannot accept it,” he told Baltic Courier."
    )
    assert speakers(text) == ["Frank Schwabe", "Frank Schwabe"]
