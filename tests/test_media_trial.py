"""What a new user trying the media monitor ran into (2026-12-02), each through the commands.

A mistyped date gave a traceback; re-ingesting a file dropped the date and outlet it was
given; a name in two scripts, "about" against "около" and a translation's own wording were
flagged as discrepancies the docs say they are not; the text output cut the end of a range.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from refuge.cli import main
from refuge.media.evaluation import RULES, part_of
from refuge.media.models import MediaArticle

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parent / "data"
ARTICLE = DATA / "media_case" / "article-1.txt"


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("media", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_a_mistyped_date_is_one_line_of_usage_not_a_traceback(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["refuge", "media", "extract", str(ARTICLE), "--date", "2017-13-01"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "argument --date: takes YYYY-MM-DD, not '2017-13-01'" in error
    assert "Traceback" not in error
    with pytest.raises(CommandError, match="takes YYYY-MM-DD"):
        _run("ingest", str(ARTICLE), "--date", "05/04/2017")


def test_a_date_given_once_outlasts_the_pages_own_when_ingested_again(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-03-05">'
        '<meta property="og:site_name" content="Site A"></head><body><article><p>Police '
        "detained at least 40 men in Grozny, activists said on Monday, and the families were "
        "told nothing about where they were held.</p></article></body></html>"
    )
    _run("ingest", str(page), "--date", "2017-04-05", "--outlet", "Novaya Gazeta")
    _run("ingest", str(page))
    article = MediaArticle.objects.get()
    assert (str(article.published), article.outlet) == ("2017-04-05", "Novaya Gazeta")


def test_ingesting_a_file_again_keeps_the_date_and_outlet_it_was_given() -> None:
    first = _run("ingest", str(ARTICLE), "--date", "2017-04-05", "--outlet", "Washington Blade")
    article = MediaArticle.objects.get()
    assert f"added as /media/articles/{article.pk}/ (" in first
    again = _run("ingest", str(ARTICLE))
    assert f"already there, read again as /media/articles/{article.pk}/" in again
    article.refresh_from_db()
    assert (str(article.published), article.outlet) == ("2017-04-05", "Washington Blade")
    _run("ingest", str(ARTICLE), "--date", "2017-04-06")  # a new date is taken
    article.refresh_from_db()
    assert str(article.published) == "2017-04-06"


def test_a_batch_where_nothing_could_be_read_says_so(tmp_path: Path) -> None:
    tmp_path.joinpath("empty.txt").write_text("")
    with pytest.raises(CommandError) as failed:
        _run("ingest", str(tmp_path))
    assert str(failed.value) == "1 file could not be read (see above)."


def test_an_empty_ledger_says_how_to_fill_it() -> None:
    assert _run("ledger") == "No articles yet: add some with `refuge media ingest PATH…`.\n"


def test_one_statement_in_two_languages_is_flagged_for_nothing(tmp_path: Path) -> None:
    tmp_path.joinpath("en.txt").write_text(
        " date 2022-02-25 Detentions in Moscow\n\nThe interior ministry put the number lower. "
        '"About 800 people were detained for violating public order," ministry spokeswoman '
        "Anna Smirnova told the state news agency TASS.\n"
    )
    tmp_path.joinpath("ru.txt").write_text(
        " date 2022-02-25 Задержания в Москве\n\nВ МВД назвали меньшую цифру. «За нарушение "
        "общественного порядка задержаны около 800 человек», — заявила ТАСС официальный "
        "представитель ведомства Анна Смирнова.\n"
    )
    _run("ingest", str(tmp_path))
    ledger = json.loads(_run("ledger", "--json"))
    (statement,) = ledger["statements"]
    assert {q["speaker"] for q in statement["quotes"]} == {"Anna Smirnova", "Анна Смирнова"}
    assert statement["discrepancies"] == []
    (figure,) = ledger["figures"]
    assert {m["qualifier"] for m in figure["mentions"]} == {"about", "around"}
    assert figure["discrepancies"] == []


def test_extract_prints_a_range_whole_and_marks_a_cut_quotation(tmp_path: Path) -> None:
    path = tmp_path.joinpath("range.txt")
    path.write_text(
        "Between 30 and 40 people were evacuated, activists said. “We will keep working until "
        "every one of them is safe, whatever the authorities say,” said Anna Smirnova.\n"
    )
    output = _run("extract", str(path))
    assert "  between 30–40 people evacuated" in output
    assert (
        "“We will keep working until every one of them is safe, whatever the au…” — Anna Smirnova"
        in output
    )


@pytest.mark.parametrize("declared", ["undefined", "utf-16", "raw_unicode_escape", "nonsense"])
def test_an_encoding_no_news_page_is_saved_in_is_refused_cleanly(tmp_path, declared) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        f'<html><head><meta charset="{declared}"></head><body><p>'.encode()
        + "Полиция задержала 1700 человек.".encode("windows-1251")
        + b"</p></body></html>"
    )
    with pytest.raises(CommandError, match="not UTF-8 text"):
        _run("extract", str(path))


def test_a_saved_page_in_the_charset_it_declares_is_read(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>Задержания в Москве</title></head><body><article><p>В четверг полиция задержала "
        "не менее 1700 человек, сообщили правозащитники. «Люди вышли, потому что не могли "
        "молчать», — сказала Анна Смирнова.</p></article></body></html>"
    )
    path = tmp_path / "cp1251.html"
    path.write_bytes(page.encode("windows-1251"))
    extracted = json.loads(_run("extract", str(path), "--json"))
    assert [q["speaker"] for q in extracted["quotes"]] == ["Анна Смирнова"]
    assert [(f["value"], f["qualifier"]) for f in extracted["figures"]] == [(1700, "at least")]
    # Text that says nothing of its encoding is refused, with how to convert it.
    plain = tmp_path / "cp1251.txt"
    plain.write_bytes("Полиция задержала 1700 человек.".encode("windows-1251"))
    with pytest.raises(CommandError, match=r"not UTF-8 text: .*`iconv -f windows-1251"):
        _run("extract", str(plain))


@pytest.mark.once
def test_a_copy_of_the_own_annotations_read_with_its_articles_hides_held_out_too(
    tmp_path: Path,
) -> None:
    """The JSON lists the rules part's misses and extras only, as `--misses` does for the file
    itself (tests/test_media_evaluate.py), also for a copy read with the set's articles."""
    copy = tmp_path / "copy.json"
    copy.write_text((DATA / "media_devset.json").read_text())
    articles = str(DATA / "media_devset")
    results = json.loads(_run("evaluate", str(copy), "--articles", articles, "--json"))
    entries = json.loads(copy.read_text())["articles"]
    listed = [line for r in results.values() for line in (*r["misses"], *r["extras"])]
    assert listed and all(part_of(entries[line.split(":", 1)[0]]) == RULES for line in listed)
    assert results["all"]["articles"] == len(entries)  # the measures cover the whole set


def test_figures_about_and_around_one_number_are_not_flagged_and_a_flag_quotes_them(
    tmp_path: Path,
) -> None:
    for name, said in (("a.txt", "about 40"), ("b.txt", "around 40"), ("c.txt", "at least 40")):
        tmp_path.joinpath(name).write_text(
            f" date 2018-05-0{len(name)} Detentions\n\nPolice detained {said} men in Grozny.\n"
        )
    _run("ingest", str(tmp_path))
    (figure,) = json.loads(_run("ledger", "--json"))["figures"]
    (wording,) = [d for d in figure["discrepancies"] if d["kind"] == "wording"]
    assert wording["values"] == ["about 40", "at least 40"]
