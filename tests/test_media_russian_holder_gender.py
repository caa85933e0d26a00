"""Russian "он" after a spokesman named after his verb: "…, заявил пресс-секретарь главы
республики Рамзана Кадырова Альви Каримов". The dictionary reads "Альви" as a woman's name;
the verb before the holder ("заявил") says he is a man, so a later "Он подчеркнул" is his,
never the leader whose role he holds, named again in the genitive since."""

import pytest

from tests.media_helpers import speakers

pytestmark = pytest.mark.once

CLAIM = "Сообщения о задержаниях являются ложью"
LATER = "«которых беспокоит, что народ крепнет и возрождается»"


@pytest.mark.parametrize(
    "text",
    [
        f"{CLAIM}, заявил пресс-секретарь главы республики Рамзана Кадырова Альви Каримов.\n\n"
        "«Если бы задержали кого-то, об этом было бы известно всем», — написал представитель "
        "Кадырова в своём Instagram.\n\n"
        f"Он подчеркнул, что такие сообщения распространяют люди, {LATER}.",
        f"{CLAIM}, сообщил пресс-секретарь главы Чечни Рамзана Кадырова Альви Каримов.\n\n"
        "«Если бы задержали кого-то, об этом было бы известно всем», — написал пресс-секретарь "
        "Кадырова в Telegram.\n\n"
        f"Он добавил, что подобные слухи распускают люди, {LATER}.",
    ],
)
def test_he_goes_on_with_the_holder_named_after_his_verb(text):
    assert set(speakers(text)) == {"Альви Каримов"}


def test_she_goes_on_with_a_woman_named_after_her_verb():
    # A control: the verb before the holder agrees with her, as her spelling already says.
    text = (
        f"{CLAIM}, заявила правозащитница Айшат Ахмадова.\n\n"
        f"Она подчеркнула, что такие сообщения распространяют люди, {LATER}."
    )
    assert speakers(text) == ["Айшат Ахмадова"]
