""" "Бывший задержанный рассказал о пытках. «…», — вспоминает он": where the article named no one
of that gender, "он"/"она" is the person the sentence before opens with, described and not
named. Not a group ("Полицейские задержали …"), a preposition ("К ней …"), "один из них"
alone, nor a thing ("Новый закон вступил в силу")."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("sentence", "pronoun", "speaker"),
    [
        ("Бывший задержанный рассказал о пытках.", "он", "бывший задержанный"),
        ("Молодой человек рассказал о пытках.", "он", "молодой человек"),
        (
            "Мать одного из задержанных рассказала, что сына забрали ночью.",
            "она",
            "мать одного из задержанных",
        ),
        (
            # A participle's aside between the subject and its verb (session 29's probes).
            "Мать одного из задержанных, пожелавшая остаться неизвестной, сказала, что сына "
            "забрали ночью.",
            "она",
            "мать одного из задержанных",
        ),
        ("Бывший задержанный, отпущенный в мае, рассказал о пытках.", "он", "бывший задержанный"),
        ("Бывший задержанный рассказал о пытках.", "она", ""),
        ("Полицейские, приехавшие ночью, задержали десятки мужчин.", "он", ""),
        ("Полицейские задержали десятки мужчин.", "он", ""),
        ("Один из них рассказал о пытках.", "он", ""),
        ("Новый закон вступил в силу.", "он", ""),
    ],
)
def test_the_pronoun_is_the_person_described(sentence, pronoun, speaker):
    text = f"{sentence} «Нас били током каждый день», — вспоминает {pronoun}.\n"
    assert [s for _, s in quoted(text)] == [speaker]
