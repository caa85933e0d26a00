"""Rules from half D1 of blind set D (docs/benchmarks.md): public articles outside the
repository, split by a hash of their names before the extractor ran; D1's misses were read,
D2's never. General constructions, in constructed sentences, with near misses.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts, speakers

pytestmark = pytest.mark.once


def test_the_hand_of_family_members_is_no_one_he_can_mean():
    text = (
        "Taramova\n\nShe suffered beatings at the hand of family members and reached out to "
        "the Network.\n\n“Any case of extraction requires serious preparation,” he commented."
    )
    assert speakers(text) != ["hand of family"]


@pytest.mark.parametrize(
    "opening",
    [
        "Первые полгода в Германии его не покидал страх",
        "В первые полгода в Германии его не покидал страх",
    ],
)
def test_a_place_or_an_ordinal_before_a_colon_speaks_no_words(opening):
    text = f"Берлин\n\nХасан бежал в Берлин в 2017 году.\n\n{opening}: «Думал, найдут или нет?»."
    assert speakers(text) == [""]


def test_a_name_before_a_colon_still_speaks():
    text = "Берлин\n\nПозже Лапунов рассказал: «Думал, найдут или нет, но выжил»."
    assert speakers(text) == ["Лапунов"]


def test_a_quotation_on_a_line_of_its_own_is_the_next_paragraphs_subjects():
    text = (
        "Беженцы во Франции\n\nЕвропа приостановила процедуры для беженцев.\n\n"
        "«Я думал: когда убьют, тогда убьют»\n\n"
        "Илья, недавно получивший убежище во Франции, признается, что не знает, как жить."
    )
    assert speakers(text) == ["Илья"]


@pytest.mark.parametrize(
    "after",
    [
        # Controls: two people open the paragraph, or no one does.
        "Илья и Ахмед, недавно получившие убежище во Франции, не знают, как жить.",
        "Во Франции Илья недавно получил убежище.",
    ],
)
def test_a_line_of_its_own_names_no_one_without_one_subject(after):
    title = "«Я думал: когда убьют, тогда убьют»"
    text = f"Беженцы\n\nЕвропа приостановила процедуры.\n\n{title}\n\n{after}"
    assert speakers(text) == [""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The participle counted before the noun it describes, split by the parser.
        (
            "Однако ранее в Грозном расстреляли 27 задержанных в разное время людей, пишет газета.",
            {(27, "", "people killed")},
        ),
        ("В Грозном расстреляли 27 задержанных.", {(27, "", "people killed")}),
        # Visas received are where an evacuation ends, as asylum is.
        ("Два гражданина Чечни получили литовские визы.", {(2, "", "people evacuated")}),
        ("Два гражданина Чечни получили убежище в Литве.", {(2, "", "people evacuated")}),
    ],
)
def test_counts(text, expected):
    assert counts("Чечня\n\n" + text) == expected
