"""Russian "ответить" as being held to account ("они ответят по букве закона", "ответят перед
судом", "ответят за свои слова") reports no speech: a quotation in the sentence is the words
of the subject of its real speech verb ("Он заявил, что …"), not of "они"."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

OPENING = "Муфтий Чечни Салах-хаджи Межиев ответил на обращение журналистов «Новой газеты»\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Он заявил, что не хочет «этих людей называть людьми», что они ответят по букве закона.",
        "Он сказал, что не хочет «этих людей называть людьми», что они ответят перед судом.",
        "Он заявил, что не будет «этих людей называть людьми», и что они ответят за свои слова.",
    ],
)
def test_the_speech_verb_is_not_an_answer_to_the_law(sentence):
    assert speakers(OPENING + sentence) == ["Салах-хаджи Межиев"]


def test_an_answer_to_a_question_still_reports_speech():
    # A control: "ответил на вопрос" is speech, its subject the speaker.
    text = OPENING + "Журналисты спросили Межиева о заявлении. Межиев ответил: «Мы их простим»."
    assert speakers(text) == ["Салах-хаджи Межиев"]
