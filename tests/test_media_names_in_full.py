"""Who a speaker is, named in full: two first names, a man and a woman of one family, and a
pronoun nothing resolves (which names no one)."""

from __future__ import annotations

import pytest

from tests.media_helpers import attributed

pytestmark = pytest.mark.once


def test_a_pronoun_nothing_resolves_names_no_one():
    text = (
        "Evacuations\n\nThe head of the Network’s emergency programme characterizes the work as "
        "slow. “Any case of a person’s extraction requires some serious preparation,” he says."
    )
    assert attributed(text) == [("", "")]


def test_a_pronoun_a_named_person_opens_resolves_to_them():
    text = (
        "Evacuations\n\nDavid Isaev heads the Network’s emergency programme. “Any case of a "
        "person’s extraction requires some serious preparation,” he says."
    )
    assert attributed(text) == [("David Isaev", "")]


@pytest.mark.parametrize(
    ("introduced", "surname", "expected"),
    [
        (
            "WARSAW, 13 April 2017 ─ Michael Georg Link, the Director of the OSCE Office,",
            "Link",
            "Michael Georg Link",
        ),
        # Controls: one first name; a title or an adjective of place is no first name.
        ("Michael Link, the Director of the OSCE Office,", "Link", "Michael Link"),
        ("Chechen leader Ramzan Kadyrov", "Kadyrov", "Ramzan Kadyrov"),
    ],
)
def test_a_surname_takes_every_first_name_the_article_gave(introduced, surname, expected):
    text = (
        f"Call to act\n\n{introduced} called on the authorities to act.\n\n"
        f"“The authorities must urgently investigate the reports,” said {surname}."
    )
    assert attributed(text)[0][0] == expected


def test_a_mans_surname_in_the_text_is_not_the_woman_of_that_family():
    text = (
        "Возвращение\n\nХалимат Тарамова вернулась в Грозный.\n\nОтец Тарамовой утверждает, что "
        'его дочь вывезли "неизвестно под какие цели и для чего". Тарамов также утверждает, что '
        'она "находилась на лечении у врачей".'
    )
    assert attributed(text)[1][0] == "Тарамов"


def test_a_woman_natasha_read_as_a_man_stays_herself():
    text = (
        "Возвращение\n\nУполномоченный Татьяна Москалькова получила жалобу.\n\nМоскальковой "
        'передали письмо. Москалькова заявила, что "жалоба будет рассмотрена в срок".'
    )
    assert attributed(text)[0][0] == "Татьяна Москалькова"
