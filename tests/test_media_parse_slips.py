"""Where a parser's slip decides, a reading that cannot be true gives way (the forty-seventh
session, 2026-12-07; docs/media-rules.md, "Where the parse slips").

A speaking participle hung on a reported clause whose subject is a thing ("X argued that
feuds do not …, arguing “…”") is the reporter's, and so are words quoted in a passive clause
a sentence tells ("X broke the news that 100 men had been detained “…”"); a Russian count
right after its event's verb counts what the verb says when the parse hung the number
elsewhere; an amount's noun says what it counts however long the clauses between it and its
verb.
"""

from __future__ import annotations

import pytest

from tests.media_helpers import counts, speakers

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kadyrov also argued that blood feuds do not imply murder, arguing that they "
            "emerged “to stop the killing.”\n",
            ["Kadyrov"],
        ),
        (
            "Peskov said the reports were not true, adding that the claims were “pure fiction "
            "invented by foreign agents.”\n",
            ["Peskov"],
        ),
        (
            "Kadyrov said the republic has no such people, insisting that the stories “were "
            "invented in Moscow.”\n",
            ["Kadyrov"],
        ),
        # A reported clause whose subject can speak keeps it, and so does the speech verb's
        # own subject, whatever it is.
        (
            "Lokshina said the men were released, telling reporters they had been “beaten "
            "for days.”\n",
            ["Lokshina"],
        ),
        # Review: people of any kind are no thing ("the guards", "the crowd").
        (
            "The woman said the guards beat her for hours, calling her “a disgrace to the "
            "nation.”\n",
            ["the guards"],
        ),
        (
            "Lokshina said the crowd gathered outside the court, chanting “Freedom for Titiev.”\n",
            ["the crowd"],
        ),
        (
            "The anonymous man explained that after opening up about his sexuality, his "
            "teacher responded: “As a Chechen and as a man I do not want to see you here.”\n",
            ["his teacher"],
        ),
    ],
)
def test_a_thing_speaks_no_participle(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian opposition newspaper Novaya Gazeta broke the news earlier this month that "
            "more than 100 gay men have been detained in Chechnya “in connection with their "
            "non-traditional sexual orientation”.\n",
            ["Novaya Gazeta"],
        ),
        # A passive no one tells, or that is itself the sentence, gives the words to no one.
        (
            "The clashes ended in what was widely described as “an organised pogrom against "
            "the residents”.\n",
            [""],
        ),
        # Review: what someone learned is not what they tell.
        (
            "The activists learned that their protest had been declared “an illegal gathering.”\n",
            [""],
        ),
        (
            "The men have been detained “in connection with their non-traditional sexual "
            "orientation”.\n",
            [""],
        ),
        # A nationality before what a body is, as any other word of the description.
        (
            "Russian opposition newspaper Novaya Gazeta wrote: “The police detained more men "
            "this week.”\n",
            ["Novaya Gazeta"],
        ),
    ],
)
def test_a_passive_told_is_the_tellers(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Массовые задержания 9 июня происходили в двух крупнейших городах страны, а также "
            "в Шымкенте, где, по последним данным, было задержано около 20 человек.",
            {(20, "around", "people detained")},
        ),
        (
            "Число задержанных на всероссийской акции «Он нам не царь», которую оппозиционер "
            "Алексей Навальный организовал в преддверии инаугурации избранного президента РФ "
            "Владимира Путина, выросло до 150 человек.",
            {(150, "", "people detained")},
        ),
        # What people received is not what befell them; an amount whose own words say nothing
        # takes the clauses before it.
        ("По данным телеграм-канала «112», в столице повестки получили 55 протестующих.", set()),
        # Review: after an active verb the count may be who did it.
        (
            "Массовые задержания 9 июня происходили в двух крупнейших городах страны, а также "
            "в Шымкенте, где, по последним данным, людей задерживали около 40 сотрудников ОМОН.",
            set(),
        ),
        (
            "В январе к проекту обратилось только 28 военнослужащих, которые желали стать "
            "дезертирами, а уже в январе 2024 года это количество возросло до 284 солдат.",
            {(28, "", "people asked for help"), (284, "", "people asked for help")},
        ),
    ],
)
def test_a_russian_count_after_its_verb(sentence: str, expected: set[tuple[int, str, str]]) -> None:
    assert counts(f"Заголовок\n\n{sentence}\n") == expected
