"""Patterns looked for once per alias or stem are compiled once per process, not per article.

Written inline in a loop, they went through re's own cache (512 patterns, the oldest dropped),
overflowed it with the rest of an extraction, and articles in turn compiled most patterns
again. The readings they make are the same as before.
"""

from __future__ import annotations

import re

import pytest

from refuge.media.articles import Article, parse_article
from refuge.media.extract import extract
from refuge.media.extract.org_aliases import ORG_ALIASES
from refuge.media.figure_words import COUNTED_STEMS_RU
from tests.media_helpers import counts, quoted

RUSSIAN = (
    "Правозащитники сообщили о новых задержаниях в Чечне.\n\n"
    "«Мы получили жалобы от родственников задержанных», — сказал Игорь Каляпин. "
    "По его словам, в Грозном задержали 12 жителей, а ещё двух мужчин отпустили.\n\n"
    "Как сообщил «Мемориал», за неделю из республики уехали около 30 человек. "
    "«Мы не можем молчать», — заявила Елена Милашина, журналист «Новой газеты»."
)
ENGLISH = (
    "Rights groups reported new detentions in Chechnya.\n\n"
    "“We have received complaints from the relatives of those detained,” said Tanya "
    "Lokshina of Human Rights Watch. At least 27 people were detained last week, and five "
    "men were released.\n\n"
    "“The detentions must stop,” Amnesty International said. More than 40 people have fled "
    "the region, according to the Russian LGBT Network."
)


def _article(text: str, source: str) -> Article:
    return parse_article(text.encode(), source=source)


def test_no_pattern_per_alias_or_stem_goes_through_res_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = [_article(RUSSIAN, "ru.txt"), _article(ENGLISH, "en.txt")]
    for article in articles:
        extract(article)  # the modules load, and compile their patterns, once per process
    looked_up: set[str] = set()
    look_up = vars(re)["_compile"]  # what re.search and the rest ask their cache through

    def noting(pattern: object, flags: int) -> object:
        if isinstance(pattern, str):
            looked_up.add(pattern)
        return look_up(pattern, flags)

    monkeypatch.setattr(re, "_compile", noting)
    for article in articles:
        extract(article)
    per_alias = {
        pattern
        for pattern in looked_up
        if pattern.endswith(r"(?:\s+(?:said|says))?")
        or any(pattern == rf"(?<!\w){stem}" for stem, _noun in COUNTED_STEMS_RU)
        or any(pattern == rf"(?<!\w){re.escape(alias)}(?!\w)" for alias, _name in ORG_ALIASES)
    }
    assert per_alias == set()


def test_an_organisation_alone_as_the_speaker() -> None:
    assert quoted("“The detentions must stop,” Human Rights Watch said.") == [
        ("The detentions must stop,", "Human Rights Watch")
    ]


def test_a_russian_count_by_the_stem_of_its_noun() -> None:
    assert (12, "", "people detained") in counts(RUSSIAN)


def test_the_one_body_of_a_sentence_without_a_speech_verb() -> None:
    text = (
        "На сайте Amnesty International опубликовано обращение с требованием «провести "
        "независимое расследование задержаний в Чечне»."
    )
    assert quoted(text) == [
        ("провести независимое расследование задержаний в Чечне", "Amnesty International")
    ]
