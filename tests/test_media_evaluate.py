"""`refuge media evaluate`: an organisation measures extraction on its own annotated articles.

The articles here are written for the test (a set outside the repository's development set);
the last test runs the command on that development set and checks it keeps its held-out part
unread.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from refuge.media import evaluation
from refuge.media.evaluation import HELD_OUT, part_of
from refuge.media.extract import extract

pytestmark = pytest.mark.once

DEVSET_ANNOTATIONS = Path(__file__).resolve().parent / "data" / "media_devset.json"

ENGLISH = """Chechen official denies reports

"This is a lie and a provocation," said Alvi Karimov, the spokesman for the Chechen leader.

At least 40 people have been detained since December, the Russian LGBT Network said.

"We are receiving new messages every day," said Igor Kochetkov of the Network.
"""
RUSSIAN = """Кадыров ответил правозащитникам

«Это ложь и провокация», — заявил Рамзан Кадыров.

По данным «Мемориала», задержаны не менее 27 человек.
"""


def _quote(text: str, article: str, speakers: list[str]) -> dict[str, object]:
    return {"text": text, "start": article.index(text), "speaker": speakers}


def _figure(text: str, article: str, value: int, qualifier: str, counted: str) -> dict[str, object]:
    return {
        "text": text,
        "start": article.index(text),
        "value": value,
        "qualifier": qualifier,
        "counted": counted,
    }


@pytest.fixture
def annotated(tmp_path: Path) -> Path:
    """Two articles and their annotations, with one wrong speaker and one missed figure built in.

    The annotator accepts Karimov and Kadyrov as the extractor names them, gives the second
    English quotation to someone the extractor does not name, and counts the Russian 27 as
    killed where the extractor reads detained.
    """
    folder = tmp_path / "annotated"
    folder.mkdir()
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    annotations = {
        "articles": {
            "en.txt": {
                "language": "en",
                "date": "2017-04-03",
                "quotes": [
                    _quote(
                        "This is a lie and a provocation,", ENGLISH, ["Alvi Karimov", "Karimov"]
                    ),
                    _quote("We are receiving new messages every day,", ENGLISH, ["Tanya Lokshina"]),
                ],
                "figures": [
                    _figure(
                        "At least 40 people have been detained",
                        ENGLISH,
                        40,
                        "at least",
                        "people detained",
                    )
                ],
            },
            "ru.txt": {
                "language": "ru",
                "quotes": [_quote("Это ложь и провокация", RUSSIAN, ["Рамзан Кадыров", "Кадыров"])],
                "figures": [
                    _figure("не менее 27 человек", RUSSIAN, 27, "at least", "people killed")
                ],
            },
        }
    }
    path = tmp_path / "annotated.json"
    path.write_text(json.dumps(annotations, ensure_ascii=False), encoding="utf-8")
    return path


def test_evaluate_prints_each_measure_for_the_set_and_each_language(annotated, capsys) -> None:
    call_command("media", "evaluate", str(annotated))

    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()[1:]}
    # articles, quotations, recall, precision, speakers right, figures, recall, precision
    assert rows == {
        "all": ["2", "3", "1.00", "1.00", "0.67", "2", "0.50", "0.50"],
        "en": ["1", "2", "1.00", "1.00", "0.50", "1", "1.00", "1.00"],
        "ru": ["1", "1", "1.00", "1.00", "1.00", "1", "0.00", "0.00"],
    }


def test_evaluate_lists_what_it_missed_when_asked(annotated, capsys) -> None:
    call_command("media", "evaluate", str(annotated), "--misses")

    out = capsys.readouterr().out
    missed, extra = out.split("Missed (2):\n")[1].split("Found but not in the annotations (1):\n")
    assert missed.splitlines() == [
        "  en.txt: speaker 'Igor Kochetkov' for 'We are receiving new messages every day,'",
        "  ru.txt: figure missed: не менее 27 человек",
    ]
    # What lowers precision: the extractor's reading of the figure the annotation counts
    # otherwise.
    assert extra.splitlines() == [
        "  ru.txt: figure not annotated: не менее 27 человек (at least 27 people detained)"
    ]


def test_evaluate_json_gives_the_measures_by_language(annotated, capsys) -> None:
    call_command("media", "evaluate", str(annotated), "--json")

    results = json.loads(capsys.readouterr().out)
    assert set(results) == {"all", "en", "ru"}
    assert results["all"]["quotes"] == {"gold": 3, "predicted": 3, "precision": 1.0, "recall": 1.0}
    assert results["en"]["speaker_accuracy"] == 0.5
    assert results["ru"]["figures"]["recall"] == 0.0


def test_evaluate_extracts_each_article_once(annotated, monkeypatch, capsys) -> None:
    # The set and its languages are measured in one pass: an organisation's hundreds of
    # articles cost one extraction each, not one per table row.
    extracted: list[str] = []

    def counting(article):
        extracted.append(article.source)
        return extract(article)

    monkeypatch.setattr(evaluation, "extract", counting)
    call_command("media", "evaluate", str(annotated))

    assert sorted(extracted) == ["en.txt", "ru.txt"]


def test_evaluate_reads_the_articles_from_the_folder_given(annotated, tmp_path, capsys) -> None:
    elsewhere = tmp_path / "elsewhere"
    (tmp_path / "annotated").rename(elsewhere)

    with pytest.raises(CommandError, match=r"en\.txt: cannot read the file"):
        call_command("media", "evaluate", str(annotated))
    call_command("media", "evaluate", str(annotated), "--articles", str(elsewhere))

    assert capsys.readouterr().out.splitlines()[1].split()[:3] == ["all", "2", "3"]


def _annotations_with(annotated: Path, change) -> Path:
    data = json.loads(annotated.read_text(encoding="utf-8"))
    change(data["articles"])
    annotated.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return annotated


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda a: a["en.txt"]["quotes"][0].update(start=3),
            r"en\.txt: the quotation at offset 3 reads 'chen official denies reports.*' in the "
            r"article, not 'This is a lie",
        ),
        (
            lambda a: a["ru.txt"]["figures"][0].update(value="27"),
            r"ru\.txt: figure 'не менее 27 человек': 'value' must be int",
        ),
        (
            lambda a: a["en.txt"]["quotes"][1].update(speaker="Kochetkov"),
            r"en\.txt: quotation 'We are receiving.*': 'speaker' must be list",
        ),
        (
            lambda a: a["en.txt"]["quotes"][1].pop("speaker"),
            r"en\.txt: quotation 'We are receiving.*': 'speaker' is missing",
        ),
        (
            lambda a: a["ru.txt"]["figures"][0].update(qualifier="over"),
            r"ru\.txt: figure 'не менее 27 человек': 'qualifier' must be one of '', 'about'",
        ),
        (
            lambda a: a["ru.txt"]["figures"][0].update(counted="people evacuted"),
            r"ru\.txt: figure 'не менее 27 человек': 'counted' must be a noun \(men, women",
        ),
        (lambda a: a["en.txt"].update(language="de"), r"en\.txt: 'language' must be one of en, ru"),
        (lambda a: a["en.txt"].update(date="3 April 2017"), r"'date' must be YYYY-MM-DD"),
        (lambda a: a.update({"../outside.txt": {}}), r"must be inside"),
    ],
    ids=[
        "offset",
        "value",
        "speaker",
        "missing",
        "qualifier",
        "counted",
        "language",
        "date",
        "outside",
    ],
)
def test_evaluate_says_which_annotation_is_wrong(annotated, change, message, capsys) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("media", "evaluate", str(_annotations_with(annotated, change)))

    assert capsys.readouterr().out == ""


def test_evaluate_refuses_a_file_that_is_not_annotations(tmp_path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"articles": [', encoding="utf-8")
    with pytest.raises(CommandError, match="not a JSON file in UTF-8"):
        call_command("media", "evaluate", str(broken))
    broken.write_text('{"quotes": []}', encoding="utf-8")
    with pytest.raises(CommandError, match="expected an object with an 'articles' object"):
        call_command("media", "evaluate", str(broken))
    with pytest.raises(CommandError, match="cannot read the file"):
        call_command("media", "evaluate", str(tmp_path / "absent.json"))


def test_evaluate_keeps_the_development_sets_held_out_misses_unread(capsys) -> None:
    call_command("media", "evaluate", str(DEVSET_ANNOTATIONS), "--misses")

    out = capsys.readouterr().out
    entries = json.loads(DEVSET_ANNOTATIONS.read_text(encoding="utf-8"))["articles"]
    held_out = {name for name, entry in entries.items() if part_of(entry) == HELD_OUT}
    assert held_out and "held-out part stays unread" in out
    assert not [name for name in held_out if name in out]


def _speakers_right(tmp_path: Path, capsys, article: str, quoted: str, accepted) -> str:
    """The speaker accuracy `evaluate` prints for one article with one annotated quotation."""
    language = "ru" if "«" in article else "en"
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(article, encoding="utf-8")
    annotations = tmp_path / "annotations.json"
    entry = {"language": language, "quotes": [_quote(quoted, article, accepted)]}
    annotations.write_text(json.dumps({"articles": {"a.txt": entry}}), encoding="utf-8")
    call_command("media", "evaluate", str(annotations), "--articles", str(folder))
    return capsys.readouterr().out.splitlines()[1].split()[5]


@pytest.mark.parametrize(("accepted", "right"), [([], "1.00"), (["Tanya Lokshina"], "0.00")])
def test_a_quotation_no_one_can_be_told_said_is_right_with_no_speaker(
    tmp_path, capsys, accepted, right
) -> None:
    article = "Reports from Grozny\n\n“This is a lie and a provocation, and nothing else.”\n"
    quoted = "This is a lie and a provocation, and nothing else."
    assert _speakers_right(tmp_path, capsys, article, quoted, accepted) == right


@pytest.mark.parametrize(("accepted", "right"), [(["Мемориал"], "1.00"), (["Amnesty"], "0.00")])
def test_a_body_is_right_under_its_canonical_name(tmp_path, capsys, accepted, right) -> None:
    article = "Правозащитники ответили\n\n«Это провокация и ложь», — заявили в «Мемориале».\n"
    quoted = "Это провокация и ложь"
    assert _speakers_right(tmp_path, capsys, article, quoted, accepted) == right
