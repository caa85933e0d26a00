"""Russian bodies in the cases a sentence puts them in ("В «Мемориале» считают", "В Комитете
против пыток заявили") are the bodies a later "— отметили в организации" or "— отметили там"
means, as their nominative already was."""

import pytest

from tests.media_helpers import quoted

pytestmark = pytest.mark.once

OPENING = "В Чечне задержали десятки мужчин.\n\n"


@pytest.mark.parametrize(
    ("sentence", "where", "speaker"),
    [
        ("В «Мемориале» считают, что задержания продолжаются.", "в организации", "Memorial"),
        (
            "В Комитете против пыток заявили, что дело не расследуется.",
            "в комитете",
            "Committee Against Torture",
        ),
        ("Сотрудники «Мемориала» опросили свидетелей.", "в организации", "Memorial"),
        ("В Совете Европы потребовали расследования.", "в организации", "Council of Europe"),
        ("С Российской ЛГБТ-сетью связались сто человек.", "в организации", "Russian LGBT Network"),
        # "There": the body just named, or no one.
        ("В Кремле считают, что проверка не нужна.", "там", "Kremlin"),
        ("Правозащитники побывали в Аргуне.", "там", ""),
        # The nominative, as before.
        ("«Мемориал» выпустил доклад.", "в организации", "Memorial"),
    ],
)
def test_a_body_in_another_case(sentence, where, speaker):
    text = f"{OPENING}{sentence} «Это системная кампания против людей», — отметили {where}.\n"
    assert [s for _, s in quoted(text)] == [speaker]
