"""The same statement in two languages: one ledger entry, the translation marked.

Through the public surface: `refuge media ingest`, then `refuge media ledger --json` and the
analysts' page. The articles are the development set's (tests/data/media_devset, rules part)
and the case articles, with constructed ones for what must not join.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.media.evaluation import RULES, part_of
from refuge.media.models import MediaArticle
from tests.conftest import signed_in_client

DATA = Path(__file__).resolve().parent / "data"
DEVSET = json.loads((DATA / "media_devset.json").read_text(encoding="utf-8"))["articles"]
PAIRS = json.loads((DATA / "media_translations.json").read_text(encoding="utf-8"))["pairs"]

pytestmark = pytest.mark.django_db


def _copy(folder: Path, name: str) -> None:
    """Copy a development-set article with its date marker (the ledger needs the date)."""
    source = DATA / "media_devset" / name
    folder.joinpath(name).write_text(
        f" date {DEVSET[name]['date']} " + source.read_text(encoding="utf-8"), encoding="utf-8"
    )


def _ledger(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    call_command("media", "ingest", str(folder))
    capsys.readouterr()
    call_command("media", "ledger", "--json")
    return json.loads(capsys.readouterr().out)


def _sources() -> dict[str, str]:
    return {str(a.pk): a.source for a in MediaArticle.objects.all()}


def _joined(ledger: dict, *names: str) -> list[dict]:
    """Return the statements that quote every one of the named articles."""
    sources = _sources()
    return [
        s
        for s in ledger["statements"]
        if set(names) <= {sources[q["article"]] for q in s["quotes"]}
    ]


@pytest.fixture
def kadyrov(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    # Kadyrov to HBO, July 2017: a Russian report of the interview and an English one.
    for name in ("ru-pravda-2017-07-15.txt", "en-nydailynews-2017-07-14.txt"):
        _copy(tmp_path, name)
    return _ledger(tmp_path, capsys)


def test_kadyrov_in_russian_and_in_english_is_one_statement(kadyrov: dict) -> None:
    (statement,) = _joined(kadyrov, "ru-pravda-2017-07-15.txt", "en-nydailynews-2017-07-14.txt")
    sources = _sources()
    russian = [q for q in statement["quotes"] if sources[q["article"]].startswith("ru-")]
    english = [q for q in statement["quotes"] if sources[q["article"]].startswith("en-")]
    assert {q["language"] for q in russian} == {"ru"} and {q["language"] for q in english} == {"en"}
    # The speaker's name is Cyrillic in the Russian report: the Russian words are the original.
    assert all(q["translation_of"] is None for q in russian)
    originals = {(q["article"], q["start"]) for q in russian}
    assert all(
        (q["translation_of"]["article"], q["translation_of"]["start"]) in originals for q in english
    )
    canada = next(q for q in english if "Canada" in q["text"])
    original = next(q for q in russian if q["start"] == canada["translation_of"]["start"])
    assert "Канаду" in original["text"]
    # One name in two scripts is not a discrepancy.
    assert all(d["kind"] != "speaker name" for d in statement["discrepancies"])


def test_each_quotation_keeps_its_documented_fields(kadyrov: dict) -> None:
    for statement in kadyrov["statements"]:
        for quote in statement["quotes"]:
            assert set(quote) >= {
                "article",
                "text",
                "speaker",
                "speaker_role",
                "given_to",
                "start",
                "end",
                "language",
                "translation_of",
            }


def test_the_page_marks_the_translation_in_both_languages(kadyrov: dict, persona_factory) -> None:
    analyst = signed_in_client(persona_factory("dana", Role.ANALYST))
    pravda = MediaArticle.objects.get(source="ru-pravda-2017-07-15.txt")
    page = analyst.get(reverse("media:ledger")).content.decode()
    link = reverse("media:article", args=[pravda.pk]) + "#at-"
    assert f'<a class="translation" href="{link}' in page and ">translation</a>" in page
    analyst.post(reverse("set_language"), {"language": "ru", "next": "/"})
    page = analyst.get(reverse("media:ledger")).content.decode()
    assert ">перевод</a>" in page


def test_the_karimov_denial_joins_its_russian_original_and_keeps_its_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for number in (1, 2, 3, 5):
        name = f"article-{number}.txt"
        tmp_path.joinpath(name).write_bytes((DATA / "media_case" / name).read_bytes())
    _copy(tmp_path, "ru-rbc-karimov-2017-04-01.txt")
    ledger = _ledger(tmp_path, capsys)
    sources = _sources()
    karimov = [
        s
        for s in ledger["statements"]
        if "ru-rbc-karimov-2017-04-01.txt" in {sources[q["article"]] for q in s["quotes"]}
    ]
    assert len(karimov) == 1
    assert {sources[q["article"]] for q in karimov[0]["quotes"]} == {
        "article-1.txt",
        "article-2.txt",
        "article-3.txt",
        "article-5.txt",
        "ru-rbc-karimov-2017-04-01.txt",
    }
    flags = {d["kind"]: set(d["values"]) for d in karimov[0]["discrepancies"]}
    # Альви Каримов is Alvi Karimov: the only name discrepancy is still Ali / Alvi.
    assert flags["speaker name"] == {"Ali Karimov", "Alvi Karimov"}


RUSSIAN = (
    " date {date} Кадыров ответил на вопрос HBO\n\n"
    "Глава Чечни Рамзан Кадыров ответил на вопрос журналиста.\n\n"
    "«Это ерунда. У нас таких людей нет. Если есть — заберите их в Канаду, хвала Аллаху, "
    "подальше от нас, чтобы очистить нашу кровь», — сказал Кадыров.\n"
)
ENGLISH = (
    " date {date} {title}\n\n"
    "{speaker} answered a question from a reporter.\n\n"
    "“This is nonsense. We don't have such people. If there are any, take them to Canada, "
    "praise be to God, far away from us, to purify our blood,” {surname} said.\n"
)


def _pair(
    folder: Path, capsys: pytest.CaptureFixture[str], *, speaker: str, english_date: str
) -> dict:
    folder.joinpath("ru.txt").write_text(RUSSIAN.format(date="2017-07-15"), encoding="utf-8")
    folder.joinpath("en.txt").write_text(
        ENGLISH.format(
            date=english_date,
            title="Chechnya answers HBO",
            speaker=speaker,
            surname=speaker.split()[-1],
        ),
        encoding="utf-8",
    )
    return _ledger(folder, capsys)


def test_a_constructed_translation_joins(tmp_path: Path, capsys) -> None:
    ledger = _pair(tmp_path, capsys, speaker="Ramzan Kadyrov", english_date="2017-07-14")
    assert len(_joined(ledger, "ru.txt", "en.txt")) == 1


def test_the_same_words_from_another_speaker_do_not_join(tmp_path: Path, capsys) -> None:
    ledger = _pair(tmp_path, capsys, speaker="Dmitry Peskov", english_date="2017-07-14")
    assert _joined(ledger, "ru.txt", "en.txt") == []


def test_the_same_words_said_years_apart_do_not_join(tmp_path: Path, capsys) -> None:
    ledger = _pair(tmp_path, capsys, speaker="Ramzan Kadyrov", english_date="2019-01-14")
    assert _joined(ledger, "ru.txt", "en.txt") == []


def test_another_statement_by_the_same_speaker_does_not_join(tmp_path: Path, capsys) -> None:
    # Both speak of the topic (gay men, Chechnya, detentions, torture), but not the same words.
    tmp_path.joinpath("ru.txt").write_text(
        " date 2019-01-14 Кочетков о новой волне\n\n"
        "«Геев в Чечне по-прежнему задерживают и пытают, но мы вывезли тридцать человек "
        "в безопасные регионы», — сказал глава Российской ЛГБТ-сети Игорь Кочетков.\n",
        encoding="utf-8",
    )
    tmp_path.joinpath("en.txt").write_text(
        " date 2019-01-15 Kochetkov on the new wave\n\n"
        "“Gay men in Chechnya are still detained and tortured, and police tell their families "
        "to kill them,” said Igor Kochetkov, head of the Russian LGBT Network.\n",
        encoding="utf-8",
    )
    ledger = _ledger(tmp_path, capsys)
    assert _joined(ledger, "ru.txt", "en.txt") == []


def test_the_annotated_pairs_point_at_annotated_quotations() -> None:
    case = json.loads((DATA / "media_annotations.json").read_text(encoding="utf-8"))["articles"]
    gold = {f"media_devset/{n}": e for n, e in DEVSET.items()} | {
        f"media_case/{n}": e for n, e in case.items()
    }
    assert len(PAIRS) >= 40
    for pair in PAIRS:
        for side in ("en", "ru"):
            entry = gold[pair[side]["article"]]
            assert entry.get("language", "en") == side
            assert any(q["start"] == pair[side]["start"] for q in entry["quotes"]), pair
    rules = [
        p
        for p in PAIRS
        if all(
            p[s]["article"].startswith("media_case/")
            or part_of({"url": gold[p[s]["article"]]["url"]} | gold[p[s]["article"]]) == RULES
            for s in ("en", "ru")
        )
    ]
    assert 0 < len(rules) < len(PAIRS), "pairs on both sides of the split"
