""" "— подчеркнул министр" after "Глава МВД Чечни Руслан Алханов": the head of a ministry is its
minister. Not the head of a republic ("Глава Чечни Рамзан Кадыров"), who stays a role."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Глава МВД Чечни Руслан Алханов назвал информацию ложью.", "Руслан Алханов"),
        ("Глава МИД России Сергей Лавров назвал доклад предвзятым.", "Сергей Лавров"),
        ("Глава Чечни Рамзан Кадыров назвал информацию ложью.", "министр"),
    ],
)
def test_the_minister_is_the_head_of_a_ministry(introduction, speaker):
    text = f"{introduction} «Таких случаев у нас не было», — подчеркнул министр.\n"
    assert [s for _, s in quoted(text)] == [speaker]
