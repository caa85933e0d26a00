"""Russian references from constructed probes: "ведомство" is the state body named last, not an
international one named after it ("В МИД России назвали доклад ОБСЕ …. — говорится в
заявлении ведомства"); the person described after "Как рассказала «Новой газете» …," is the
"она" or "женщина" who goes on speaking; and a headline's word never joins "Как" opening the
body as a name ("Новость\\n\\nКак рассказала")."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

QUOTE = "«Документ основан на непроверенных данных»"


@pytest.mark.parametrize(
    ("sentence", "attribution", "speaker"),
    [
        (
            "В МИД России назвали доклад ОБСЕ предвзятым.",
            "говорится в заявлении ведомства",
            "МИД России",
        ),
        ("Доклад ОБСЕ раскритиковали в МВД Чечни.", "отметили в ведомстве", "МВД Чечни"),
        # With no state body named, the body named last, as before.
        ("Доклад опубликовала ОБСЕ.", "говорится на сайте организации", "OSCE"),
    ],
)
def test_an_agency_is_the_state_body_named_last(sentence, attribution, speaker):
    text = f"Доклад\n\n{sentence} {QUOTE}, — {attribution}.\n"
    assert [s for _, s in quoted(text)] == [speaker]


@pytest.mark.parametrize("who", ["она", "женщина"])
def test_the_one_described_after_as_told_goes_on_speaking(who):
    text = (
        "Новость\n\nКак рассказала «Новой газете» мать одного из задержанных, ее сына забрали "
        f"ночью. «Мы не знаем, где он», — говорит {who}.\n"
    )
    assert [s for _, s in quoted(text)] == ["мать одного из задержанных"]


def test_a_headline_word_is_no_name_with_the_bodys_first_word():
    text = (
        "Новость\n\nКак рассказала журналистам Татьяна Москалькова, жалоб не поступало. "
        "«Ни одного заявления к нам не поступило», — подчеркнула она.\n"
    )
    assert [s for _, s in quoted(text)] == ["Татьяна Москалькова"]
