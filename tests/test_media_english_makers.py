"""Who made what speaks: a body's post or statement ("the Network's post recounted", "the
group's statement said") is the body the article named; a video someone made "asking them to
‘…’" is its maker's; and someone introduced by a description ("The young man CBC interviews")
is whom a later "he" means, unless the paragraph named a person before it."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once


def test_a_bodys_post_is_the_body():
    text = (
        "According to posts from the LGBT Network, the men were snatched from their apartment."
        '\n\n"Around 3 pm, one of the men called David Isteev," the Network\'s post recounted: '
        '"Isteev heard screaming in the background."\n'
    )
    assert [s for _, s in quoted(text)] == ["Russian LGBT Network", "Russian LGBT Network"]
    text = (
        'Amnesty International published a report.\n\n"The men were tortured," the group\'s '
        "statement said.\n"
    )
    assert quoted(text) == [("The men were tortured,", "Amnesty International")]
    # A person's spokesman is still the spokesman.
    text = (
        "Kadyrov's spokesman Alvi Karimov denied it.\n\n"
        '"This is a lie," Kadyrov\'s spokesman said.\n'
    )
    assert quoted(text) == [("This is a lie,", "Alvi Karimov")]


def test_a_video_is_its_makers():
    text = (
        "Khalimat Taramova fled her home on 6 June.\n\nWhile staying at the shelter she made a "
        "video addressed to the Ministry of Internal Affairs asking them to ‘not to declare a "
        "federal search for her anywhere’.\n"
    )
    assert [s for _, s in quoted(text)] == ["Khalimat Taramova"]


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("The young man CBC interviews arrived in Canada in July.", "The young man"),
        ("One of the men arrived in Canada in July.", "One of the men"),
        # "The man" alone with no one named before in the article: him, unnamed.
        ("The man arrived in Canada in July.", "The man"),
        # Mostly one named before, in any paragraph: him again.
        ("Magomed Aliev fled Chechnya.\n\nThe man arrived in Canada in July.", "Magomed Aliev"),
    ],
)
def test_someone_introduced_by_a_description_is_he(introduction, speaker):
    text = f'{introduction}\n\n"I am afraid for my life and for my family," he says.\n'
    assert [s for _, s in quoted(text)] == [speaker]
