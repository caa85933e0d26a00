"""English accounts from half K1 of blind set K: a paragraph that is only first-person words
("“I was beaten every day …”") is the person the paragraph before opens with ("Ruslan, 25,
was detained …"); "…, as Elya put it, “…”" inside a sentence is Elya's; "said one when
questioned by OC Media" is "one", not the clause after it; "were caught" is a detention; and a
participle opening the sentence ("Fleeing …, three young women are now stuck") is what the
count its subject is did."""

import pytest

from tests.media_helpers import counts, quoted

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Ruslan, 25, was detained in March and held for two weeks.", "Ruslan"),
        (
            "Marko, a Chechen in her early 20s, will never forget the day her family found out.",
            "Marko",
        ),
        # No name opens the paragraph: no one, as before.
        ("Police detained Ruslan in March and held him for two weeks.", ""),
    ],
)
def test_first_person_words_are_the_one_the_paragraph_before_opens_with(paragraph, speaker):
    text = f"Survivors speak\n\n{paragraph}\n\n“I was beaten every day. They wanted names.”\n"
    assert [s for _, s in quoted(text)] == [speaker]


def test_as_someone_put_it_inside_a_sentence():
    text = (
        "Survivors speak\n\nThey were taken to the unit that, as Elya put it, “deals with "
        "L.G.B.T. people.”\n"
    )
    assert [s for _, s in quoted(text)] == ["Elya"]


def test_a_clause_after_the_speaker_is_not_the_speaker():
    text = (
        "Survivors speak\n\nBakaev’s relatives refused to talk to the media. “We can’t comment, "
        "we’ll have problems,” said one when questioned by OC Media.\n"
    )
    assert [s for _, s in quoted(text)] == ["one"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Last winter, four young women from this community were caught in a basement.",
            (4, "", "women detained"),
        ),
        (
            "Fleeing anti-gay persecution in Chechnya, three young women are now stuck in place.",
            (3, "", "women left"),
        ),
        # The main verb's own event comes first.
        ("Fleeing the region, 30 men were detained at the border.", (30, "", "men detained")),
    ],
)
def test_caught_and_an_opening_participle(sentence, count):
    assert counts(f"Survivors speak\n\n{sentence}\n") == {count}
