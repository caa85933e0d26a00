"""What a review of the eighth media round found: readings that took words or counts away from
text the code before read right (issue 16). Each case failed before its fix.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts, speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "text",
    [
        "Igor Kalyapin spoke to Radio Liberty last week about the abductions in Chechnya.\n\n"
        "Why do the authorities stay silent about what is happening?\n\n"
        "The answer lies in the structure of power in Chechnya. Nobody can speak openly.\n\n"
        "Human rights groups have documented dozens of cases since 2017.\n",
        "В интервью телеканалу «Дождь» Игорь Каляпин рассказал о похищениях.\n\n"
        "Почему власти молчат о том, что происходит в республике?\n\n"
        "Ответ кроется в устройстве власти в Чечне. Открыто там не говорит никто.\n",
        # Capitalised words before a colon that are a sentence's opening, not a label.
        "The Kremlin again denied the reports.\n\n"
        "In Moscow, Peskov told reporters: The Kremlin has no information about detentions.\n\n"
        "In Grozny, Kadyrov wrote on Telegram: There are no such people in the republic.\n",
    ],
)
def test_a_news_story_is_no_interview(text: str) -> None:
    assert speakers(text) == []


def test_a_witness_who_answers_is_no_host_for_saying_his_name() -> None:
    text = (
        "Корреспондент: Расскажите, что с вами произошло?\n\n"
        "Ислам: Меня зовут Ислам, мне 25 лет. Меня задержали на блокпосту.\n\n"
        "Корреспондент: Сколько вас там держали?\n\n"
        "Ислам: Двенадцать дней, и всё это время били.\n"
    )
    assert speakers(text) == ["Ислам", "Ислам"]
    # The host who opens the programme is still the host.
    opened = (
        "Ведущая: Добрый вечер, в эфире программа «Разбор полёта», у нас в гостях Олег Орлов.\n\n"
        "Олег Орлов: Здравствуйте. Ситуация в Чечне очень тяжёлая.\n"
    )
    assert speakers(opened) == ["Олег Орлов"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Игорь Каляпин и Олег Орлов приехали в Грозный в понедельник утром.\n\n"
            "«Никаких задержаний в республике не было», — заявили полицейские.\n",
            "полицейские",
        ),
        (
            "Salekh Magamadov and Ismail Isaev were abducted in Nizhny Novgorod.\n\n"
            '"The court has ignored every piece of evidence we submitted," the lawyers said.\n',
            "the lawyers",
        ),
    ],
)
def test_someone_new_in_the_plural_is_not_the_pair_named_before(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_a_pair_far_back_is_out_of_view() -> None:
    filler = "The hearing was postponed again, and the families waited outside the court. " * 10
    text = (
        "Salekh Magamadov and Ismail Isaev were abducted in Nizhny Novgorod.\n\n"
        f"{filler}\n\n"
        '"We will appeal," the two men said.\n'
    )
    assert "Magamadov" not in speakers(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lawyers said that five men detained two weeks ago in Grozny are still held.",
            {(5, "", "men detained")},
        ),
        ("Three women abducted 10 days ago have not been seen since.", {(3, "", "women detained")}),
        ("Two international bodies, the Council of Europe and the OSCE, demanded a probe.", set()),
        ("The bodies of five men were found near Grozny.", {(5, "", "men killed")}),
    ],
)
def test_a_time_is_no_victim_and_a_body_of_people_is_no_corpse(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По данным МВД, двое погибли, остальные пятеро задержаны.",
            {(2, "", "people killed"), (5, "", "people detained")},
        ),
        ("The remaining 20 fled to Georgia.", {(20, "", "people left")}),
        # No event of their own: the three were counted already.
        (
            "Six men were abducted. The fate and whereabouts of the other three remain unknown.",
            {(6, "", "men detained")},
        ),
    ],
)
def test_the_others_count_again_for_an_event_of_their_own(text: str, expected: set) -> None:
    assert counts(text) == expected
