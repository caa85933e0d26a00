"""A speaker named only by an office gets the office's holder on the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import extract

pytestmark = pytest.mark.once


def _speakers(text: str, published: date | None) -> list[tuple[str, str]]:
    article = parse_article(text.encode(), source="offices.txt", published=published)
    return [(quote.speaker, quote.speaker_role) for quote in extract(article).quotes]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            '"We have no information about this," the Kremlin spokesman told reporters.',
            date(2017, 4, 3),
            ("Dmitry Peskov", "the Kremlin spokesman"),
        ),
        (
            '"There are no such people in Chechnya," the Chechen leader said.',
            date(2017, 4, 3),
            ("Ramzan Kadyrov", "the Chechen leader"),
        ),
        # Kadyrov's spokesman is Karimov only where the article names him (annotators who
        # did not write rules give the words as written otherwise: sets Y, Z and AF).
        (
            '"These reports are lies," Kadyrov\'s spokesman told Interfax. Alvi Karimov has '
            "denied every report.",
            date(2017, 4, 1),
            ("Alvi Karimov", "Kadyrov's spokesman"),
        ),
        (
            '"These reports are lies," Kadyrov\'s spokesman told Interfax.',
            date(2017, 4, 1),
            ("Kadyrov's spokesman", ""),
        ),
        (
            '"We will look into it," Russia\'s human rights ombudsman said.',
            date(2017, 5, 2),
            ("Tatyana Moskalkova", "Russia's human rights ombudsman"),
        ),
        (
            '"We will look into it," Russia\'s human rights ombudsman said.',
            date(2015, 6, 1),
            ("Ella Pamfilova", "Russia's human rights ombudsman"),
        ),
        (
            '"The law will be applied," the Russian president said.',
            date(2010, 6, 1),
            ("Dmitry Medvedev", "the Russian president"),
        ),
        (
            "«Таких людей у нас нет», — заявил глава Чечни.",
            date(2017, 4, 3),
            ("Рамзан Кадыров", "глава Чечни"),
        ),
        # From half M1 of blind set M: the United States' president, and its secretary of
        # state and the UN's human rights chief with them.
        (
            "«Мы все должны встать на защиту прав ЛГБТ», — сказал американский лидер.",
            date(2021, 9, 22),
            ("Джо Байден", "американский лидер"),
        ),
        (
            '"We call on Russia to investigate these reports," the U.S. Secretary of State said.',
            date(2017, 4, 7),
            ("Rex Tillerson", "the U.S. Secretary of State"),
        ),
        (
            '"The authorities must act now," the UN High Commissioner for Human Rights said.',
            date(2019, 1, 15),
            ("Michelle Bachelet", "the UN High Commissioner for Human Rights"),
        ),
        (
            "По словам пресс-секретаря Кремля, «у нас нет такой информации».",
            date(2019, 1, 15),
            ("Дмитрий Песков", "пресс-секретарь Кремля"),
        ),
        (
            "«Мы проверим эти сведения», — сказала уполномоченный по правам человека в России.",
            date(2017, 5, 2),
            ("Татьяна Москалькова", "уполномоченный по правам человека в России"),
        ),
    ],
    ids=[
        "kremlin",
        "chechen-leader",
        "karimov",
        "karimov-unnamed",
        "moskalkova",
        "pamfilova",
        "medvedev",
        "glava",
        "us-president-ru",
        "secretary-of-state",
        "un-high-commissioner",
        "peskov-ru",
        "moskalkova-ru",
    ],
)
def test_an_office_alone_names_its_holder_on_the_articles_date(
    sentence, published, expected
) -> None:
    assert _speakers(f"Officials respond\n\n{sentence}\n", published) == [expected]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # No date: no term can be chosen, so the words stay.
        (
            '"We have no information about this," the Kremlin spokesman said.',
            None,
            ("the Kremlin spokesman", ""),
        ),
        # Outside every term the table vouches for (Alu Alkhanov was president in 2005).
        (
            '"Order has been restored," the Chechen president said.',
            date(2005, 3, 1),
            ("the Chechen president", ""),
        ),
        # Offices that name no one post stay as written.
        ('"We will check," the minister said.', date(2017, 4, 3), ("the minister", "")),
        ("«Мы проверим», — заявил глава республики.", date(2017, 4, 3), ("глава республики", "")),
        # The article names the holder itself: its name stands, not the table's.
        (
            '"This is a lie," said Alvi Karimov, the Chechen leader\'s spokesman.',
            date(2017, 4, 3),
            ("Alvi Karimov", "the Chechen leader's spokesman"),
        ),
        # A spokesman of someone else keeps his own words.
        (
            '"We have seen the reports," a spokesman for the State Department said.',
            date(2017, 4, 3),
            ("a spokesman for the State Department", ""),
        ),
    ],
    ids=["undated", "before-term", "minister", "glava-respubliki", "named", "other-spokesman"],
)
def test_an_office_the_table_cannot_settle_stays_as_written(sentence, published, expected) -> None:
    assert _speakers(f"Officials respond\n\n{sentence}\n", published) == [expected]


def test_two_offices_sharing_a_noun_are_two_people() -> None:
    text = (
        "Власти ответили\n\n"
        "По словам пресс-секретаря Кремля, «у нас нет такой информации».\n\n"
        "«Это ложь», — заявил пресс-секретарь главы Чечни.\n"
    )
    # The Chechen leader's press secretary is not the Kremlin's named a paragraph before.
    assert _speakers(text, None) == [
        ("пресс-секретарь Кремля", ""),
        ("пресс-секретарь главы Чечни", ""),
    ]
    assert _speakers(text + "Альви Каримов ранее всё отрицал.\n", date(2017, 4, 10)) == [
        ("Дмитрий Песков", "пресс-секретарь Кремля"),
        ("Альви Каримов", "пресс-секретарь главы Чечни"),
    ]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # The chancellor the article names is Germany's, on its date.
        (
            "Angela Merkel raised the issue with Putin in Sochi.",
            ("Angela Merkel", "the chancellor"),
        ),
        # Named nowhere, "the chancellor" could be Austria's: the words stay.
        ("The issue was raised in Sochi.", ("the chancellor", "")),
    ],
)
def test_an_office_of_several_countries_names_only_a_holder_the_article_names(opening, expected):
    text = (
        f"Title\n\n{opening} “I asked the president to use his influence,” the chancellor said.\n"
    )
    assert _speakers(text, date(2017, 5, 2)) == [expected]


def test_a_short_surname_is_looked_for_whole():
    # "Merz" less a letter is in "Mercedes": a short surname must be there whole.
    text = "Title\n\nHe arrived in a Mercedes. “We will raise it,” the chancellor said.\n"
    assert _speakers(text, date(2025, 6, 1)) == [("the chancellor", "")]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # Set AR: "Москалькова сообщила … «…», считает омбудсмен." kept the bare office.
        ("Москалькова сообщила, что лично выезжала в СУ СК.", ("Татьяна Москалькова", "омбудсмен")),
        ("Нурди Нухажиев сообщил, что выезжал в СУ СК.", ("омбудсмен", "")),
    ],
)
def test_the_ombudsman_is_russias_only_where_the_article_names_her(opening, expected):
    text = (
        f"Заголовок\n\n{opening} Свидетелей не нашли «в результате недостаточной активности "
        "следователя», считает омбудсмен.\n"
    )
    assert _speakers(text, date(2017, 11, 1)) == [expected]
