"""A speaker's label never keeps half a pair of quotation marks (wording.close_marks).

Where a label was cut at the closing mark of the name it ends with, the ledger showed
"Представители «Российской ЛГБТ-сети" and could not group it with the name written whole.
"""

from __future__ import annotations

import pytest

from refuge.media.articles import parse_article
from refuge.media.extract import Quote, extract
from refuge.media.extract.wording import close_marks
from tests.media_helpers import speakers

pytestmark = pytest.mark.once


def test_a_name_cut_at_its_closing_mark_is_closed() -> None:
    text = (
        "Представители «Российской ЛГБТ-сети» заявили: «Мы получили более ста обращений от "
        "жителей Чечни, и многие из них боятся за свою жизнь»."
    )
    assert speakers(text) == ["Представители «Российской ЛГБТ-сети»"]


def test_marks_are_balanced_in_the_speaker_role_and_organisation_alike() -> None:
    article = parse_article(
        "«Задержанных пытали током и держали без еды неделями», — рассказал юрист "
        "правозащитной организации «Комитет против пыток» Иван Иванов.".encode(),
        source="ru.txt",
    )
    for quote in extract(article).quotes:
        for label in (quote.speaker, quote.speaker_role, quote.affiliation):
            assert label.count("«") == label.count("»"), label


@pytest.mark.parametrize(
    ("label", "closed"),
    [
        ("юрист организации «Комитет против пыток", "юрист организации «Комитет против пыток»"),
        ("Human Rights Watch”", "Human Rights Watch"),
        ("«Мемориал» и «Новая газета", "«Мемориал» и «Новая газета»"),
        ("the “Russian LGBT Network”", "the “Russian LGBT Network”"),
        # Russian inner quotation marks „…“: "“" closes them, and opens nothing.
        ("юрист „Мемориала", "юрист „Мемориала“"),
        ("сотрудник „Новой газеты“", "сотрудник „Новой газеты“"),
        (
            "представитель «Комитета „Гражданское содействие“»",
            "представитель «Комитета „Гражданское содействие“»",
        ),
        ("представитель «Комитета „Гражданское", "представитель «Комитета „Гражданское“»"),
    ],
)
def test_close_marks_closes_what_opens_and_drops_what_never_opened(label, closed) -> None:
    quote = Quote(text="…", start=0, end=1, speaker=label, speaker_role=label, affiliation=label)
    close_marks([quote])
    assert (quote.speaker, quote.speaker_role, quote.affiliation) == (closed, closed, closed)
