"""Analysts review what the extractor read: who said a quotation, what a figure counts.

The extractor is wrong about one speaker in five on articles it has not seen (docs/media.md),
so the ledger must let a person correct it, keep the correction when the article is read
again, and say which readings a person checked. Dana (analyst) and Cora (coordinator) review;
Bob (caseworker) may read the ledger but not change it.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.audit.models import AuditEntry
from refuge.media import selectors
from refuge.media.models import ExtractionReview, MediaArticle
from refuge.media.services import article_ingest
from tests.conftest import signed_in_client
from tests.media_helpers import stored_article

pytestmark = pytest.mark.django_db

CASE = Path(__file__).resolve().parent / "data" / "media_case"
# Article 5's quotations and figures, as the extractor reads them (asserted below).
DENIAL = (2430, 2509)  # "You cannot detain and persecute people who simply do not exist"
MESSAGES = (630, 654)  # "about 30 unique messages"
PRISONERS = (492, 534)  # "anywhere from 15 to 30 prisoners were held"


@pytest.fixture
def article() -> MediaArticle:
    stored, _created = article_ingest(path=CASE / "article-5.txt")
    return stored


@pytest.fixture
def dana(persona_factory):
    return signed_in_client(persona_factory("dana", Role.ANALYST))


def _review(client, article: MediaArticle, kind: str, span: tuple[int, int], **fields):
    data = {"kind": kind, "start": span[0], "end": span[1], "action": "save", **fields}
    return client.post(reverse("media:review", args=[article.pk]), data, follow=True)


def _item(page: str, kind: str, span: tuple[int, int], suffix: str = "") -> str:
    """The part of the article page about one quotation or figure ("-kept": a review whose
    words the extraction no longer finds)."""
    start = page.index(f'id="review-{kind}-{span[0]}-{span[1]}{suffix}"')
    return page[start : page.index("</article>", start)]


def _statement_of(quote_start: int, article: MediaArticle) -> dict:
    ledger = selectors.ledger_build()
    return next(
        s
        for s in ledger["statements"]
        for q in s["quotes"]
        if q["article"] == str(article.pk) and q["start"] == quote_start
    )


def test_the_extractor_reads_article_five_as_these_tests_expect(article) -> None:
    quotes = {(q["start"], q["end"]): q for q in article.extraction["quotes"]}
    assert quotes[DENIAL]["speaker"].startswith("A spokesperson for Chechnya")
    figures = {(f["start"], f["end"]): f for f in article.extraction["figures"]}
    assert figures[MESSAGES]["counted"] == "messages received"
    assert figures[PRISONERS]["counted"] == "people detained"


def test_an_analyst_names_the_speaker_and_the_ledger_uses_it_marked_reviewed(article, dana) -> None:
    page = _review(
        dana,
        article,
        "quote",
        DENIAL,
        speaker="Alvi Karimov",
        speaker_role="spokesman for Ramzan Kadyrov",
        affiliation="",
    ).content.decode()
    assert "Saved: the ledger uses your reading." in page
    assert "Reviewed: Alvi Karimov, spokesman for Ramzan Kadyrov" in page
    assert "by dana" in page

    statement = _statement_of(DENIAL[0], article)
    assert statement["speaker"] == "Alvi Karimov"
    assert [q["reviewed"] for q in statement["quotes"]] == [True]
    others = [q for s in selectors.ledger_build()["statements"] for q in s["quotes"]]
    assert sum(q["reviewed"] for q in others) == 1

    ledger = dana.get(reverse("media:ledger"), {"speaker": "Alvi Karimov"}).content.decode()
    assert "1 statement" in ledger and '<span class="ok">reviewed</span>' in ledger


def test_a_review_is_audited_without_the_names_it_gives(article, dana) -> None:
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov")
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov", speaker_role="spokesman")
    first, again = AuditEntry.objects.filter(action="media.item_reviewed").order_by("seq")
    assert first.actor_label == "dana" and first.target_id == str(article.pk)
    assert first.details == {
        "kind": "quote",
        "start": DENIAL[0],
        "end": DENIAL[1],
        "dismissed": False,
        "again": False,
    }
    assert again.details["again"] is True
    assert "Karimov" not in str(first.details) + str(again.details)
    assert ExtractionReview.objects.count() == 1


def test_a_review_outlives_reading_the_article_again(article, dana) -> None:
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov")
    again, created = article_ingest(path=CASE / "article-5.txt")
    assert again.pk == article.pk and not created
    assert _statement_of(DENIAL[0], article)["speaker"] == "Alvi Karimov"


def test_not_a_statement_leaves_the_ledger_and_withdrawing_brings_it_back(article, dana) -> None:
    dismissed = _review(dana, article, "quote", DENIAL, action="dismiss").content.decode()
    assert "Reviewed: not a statement; the ledger leaves it out." in dismissed
    assert "Saved: the ledger leaves these words out." in dismissed
    quoted = {q["start"] for s in selectors.ledger_build()["statements"] for q in s["quotes"]}
    assert DENIAL[0] not in quoted and len(quoted) == len(article.extraction["quotes"]) - 1

    back = _review(dana, article, "quote", DENIAL, action="withdraw").content.decode()
    assert "The extractor&#x27;s reading counts again." in back
    statement = _statement_of(DENIAL[0], article)
    assert statement["speaker"].startswith("A spokesperson for Chechnya")
    assert not ExtractionReview.objects.exists()
    assert AuditEntry.objects.filter(action="media.review_withdrawn").count() == 1


def test_a_figure_is_read_again_and_one_that_counts_nothing_is_left_out(article, dana) -> None:
    page = _review(
        dana,
        article,
        "figure",
        PRISONERS,
        value=15,
        high=30,
        qualifier="between",
        counted="men detained",
    ).content.decode()
    assert "Reviewed: 15–30, men detained" in page
    _review(dana, article, "figure", MESSAGES, action="dismiss")

    figures = selectors.ledger_build()["figures"]
    mentions = {m["start"]: (f, m) for f in figures for m in f["mentions"]}
    assert MESSAGES[0] not in mentions
    figure, mention = mentions[PRISONERS[0]]
    assert figure["counted"] == "men detained" and mention["reviewed"] is True
    ledger = dana.get(reverse("media:ledger")).content.decode()
    assert "messages received" not in ledger.lower()


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"value": "", "counted": "men detained"}, "Number: Give the number."),
        ({"value": -4, "counted": "men detained"}, "Number: Ensure this value is greater"),
        (
            {"value": 30, "high": 15, "qualifier": "between", "counted": "men detained"},
            "Up to (for a range): A range ends at or above its first number.",
        ),
        (
            {"value": 30, "qualifier": "between", "counted": "men detained"},
            "Up to (for a range): “Between” needs the number the range goes up to.",
        ),
        ({"value": 30, "counted": ""}, "What it counts: Say what the number counts."),
        ({"value": 30, "counted": "cats adopted"}, "What it counts: Select a valid choice."),
        ({"value": 30, "counted": "messages detained"}, "What it counts: Select a valid"),
        ({"value": 30, "counted": "men detained", "qualifier": "roughly"}, "Qualifier: Select"),
    ],
)
def test_a_figure_reading_that_makes_no_sense_comes_back_as_typed_and_nothing_is_saved(
    article, dana, fields, error
) -> None:
    response = _review(dana, article, "figure", PRISONERS, **fields)
    assert response.status_code == 400
    page = response.content.decode()
    item = _item(page, "figure", PRISONERS)
    assert error in item
    for name in ("value", "high"):
        if fields.get(name) not in (None, ""):
            assert (
                f'name="{name}" type="number" min="0" required value="{fields[name]}"' in item
                or (f'name="{name}" type="number" min="0" value="{fields[name]}"' in item)
            )
    assert page.count('class="errorlist"') == 1, "the errors stand beside that figure only"
    assert not ExtractionReview.objects.exists()
    assert not AuditEntry.objects.filter(action="media.item_reviewed").exists()


def test_a_speaker_longer_than_the_field_comes_back_with_what_was_typed(article, dana) -> None:
    typed = "K" * 201
    response = _review(dana, article, "quote", DENIAL, speaker=typed, speaker_role="envoy")
    assert response.status_code == 400
    item = _item(response.content.decode(), "quote", DENIAL)
    assert "Speaker: Ensure this value has at most 200 characters" in item
    assert f'value="{typed}"' in item and 'value="envoy"' in item
    assert not ExtractionReview.objects.exists()


def test_dismissing_ignores_the_reading_fields(article, dana) -> None:
    page = _review(
        dana, article, "figure", MESSAGES, action="dismiss", value="-1", counted="nonsense"
    ).content.decode()
    assert "Reviewed: counts nothing; the ledger leaves it out." in page
    assert ExtractionReview.objects.get().reading == {"dismissed": True}


def test_without_a_kind_nothing_is_saved_and_the_page_says_so(article, dana) -> None:
    page = dana.post(
        reverse("media:review", args=[article.pk]),
        {"start": DENIAL[0], "end": DENIAL[1], "speaker": "X"},
        follow=True,
    ).content.decode()
    assert "Choose a quotation or figure." in page
    assert not ExtractionReview.objects.exists()


def test_words_that_are_no_quotation_of_the_article_are_refused_with_what_was_typed(
    article, dana
) -> None:
    for kind, span in (("quote", (0, 10)), ("figure", DENIAL), ("quote", MESSAGES)):
        response = _review(
            dana, article, kind, span, speaker="Typed Name", value=1, counted="men detained"
        )
        assert response.status_code == 409
        page = response.content.decode()
        assert "Not saved: these words are no longer a quotation or figure" in page
        assert "What you typed:" in page and ("Typed Name" in page or "Number: 1" in page)
    missing = dana.post(
        reverse("media:review", args=[article.pk + 99]),
        {"kind": "quote", "start": DENIAL[0], "end": DENIAL[1]},
    )
    assert missing.status_code == 404
    withdrawn = _review(dana, article, "quote", DENIAL, action="withdraw")
    assert withdrawn.status_code == 409
    assert "There is no review of these words to withdraw" in withdrawn.content.decode()
    assert not ExtractionReview.objects.exists()
    reviews = ("media.item_reviewed", "media.review_withdrawn")
    assert not AuditEntry.objects.filter(action__in=reviews).exists()


def test_a_caseworker_reads_the_reviews_but_cannot_review(article, dana, persona_factory) -> None:
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov")
    bob = signed_in_client(persona_factory("bob", Role.CASEWORKER))
    page = bob.get(reverse("media:article", args=[article.pk])).content.decode()
    assert "Reviewed: Alvi Karimov" in page
    assert reverse("media:review", args=[article.pk]) not in page
    refused = bob.post(
        reverse("media:review", args=[article.pk]),
        {"kind": "quote", "start": DENIAL[0], "end": DENIAL[1], "speaker": "Someone"},
    )
    assert refused.status_code == 403
    assert ExtractionReview.objects.get().reading["speaker"] == "Alvi Karimov"


def test_a_coordinator_reviews_in_russian(article, persona_factory) -> None:
    cora = signed_in_client(persona_factory("cora", Role.COORDINATOR))
    cora.post(reverse("set_language"), {"language": "ru"})
    page = _review(
        cora, article, "figure", MESSAGES, value=30, qualifier="about", counted="messages received"
    ).content.decode()
    assert "Сохранено" in page
    assert "Проверено: примерно 30, сообщения — получены" in page
    ranged = _review(
        cora,
        article,
        "figure",
        PRISONERS,
        value=15,
        high=30,
        qualifier="between",
        counted="men detained",
    ).content.decode()
    assert "Проверено: 15–30, мужчины — задержаны" in ranged


def test_a_review_of_words_a_newer_extraction_no_longer_finds_is_kept_and_shown(
    article, dana
) -> None:
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov")
    # A newer extractor splits the article differently: the denial is no quotation of it now.
    article.extraction["quotes"] = [
        q for q in article.extraction["quotes"] if q["start"] != DENIAL[0]
    ]
    article.save(update_fields=["extraction"])
    page = dana.get(reverse("media:article", args=[article.pk])).content.decode()
    assert "Reviews of words no longer found" in page
    unmatched = _item(page, "quote", DENIAL, "-kept")
    assert "“You cannot detain" in unmatched and "Alvi Karimov" in unmatched
    assert 'name="speaker"' not in unmatched and "Withdraw this review" in unmatched
    speakers = {s["speaker"] for s in selectors.ledger_build()["statements"]}
    assert "Alvi Karimov" not in speakers
    # It can be withdrawn, not changed: the words it was about are no quotation now.
    changed = _review(dana, article, "quote", DENIAL, speaker="Someone else")
    assert changed.status_code == 409 and "What you typed: Speaker: Someone else" in (
        changed.content.decode()
    )
    _review(dana, article, "quote", DENIAL, action="withdraw")
    assert not ExtractionReview.objects.exists()


def test_a_review_is_not_applied_to_other_words_at_its_offsets(article, dana) -> None:
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov")
    # A newer reader lays the text out anew: other words now stand at the same offsets.
    article.text = "x" + article.text[:-1]
    article.save(update_fields=["text"])
    speakers = {s["speaker"] for s in selectors.ledger_build()["statements"]}
    assert "Alvi Karimov" not in speakers
    page = dana.get(reverse("media:article", args=[article.pk])).content.decode()
    assert "Reviews of words no longer found" in page
    assert 'id="review-quote-2430-2509"' in page and 'id="review-quote-2430-2509-kept"' in page
    assert len(set(re.findall(r'id="([^"]+)"', page))) == len(re.findall(r'id="([^"]+)"', page))
    # The kept review is not overwritten by a review of the words now at its offsets.
    response = _review(dana, article, "quote", DENIAL, speaker="Someone")
    assert response.status_code == 409
    page = response.content.decode()
    assert "a review of other words at this place is kept below" in page
    assert page.count('class="errorlist"') == 1
    assert 'value="Someone"' in _item(page, "quote", DENIAL)
    assert ExtractionReview.objects.get().reading["speaker"] == "Alvi Karimov"
    _review(dana, article, "quote", DENIAL, action="withdraw")
    again = _review(dana, article, "quote", DENIAL, action="withdraw")  # a second click
    assert again.status_code == 409
    item = _item(again.content.decode(), "quote", DENIAL)
    assert "There is no review of these words to withdraw" in item
    assert 'name="speaker" maxlength="200" value="' in item
    assert 'name="speaker" maxlength="200" value=""' not in item, "the reading stays"
    assert _review(dana, article, "quote", DENIAL, speaker="Someone").status_code == 200


def test_a_stored_reading_with_a_field_it_does_not_know_is_read_without_it(article, dana) -> None:
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov")
    review = ExtractionReview.objects.get()
    review.reading |= {"confidence": "high"}
    review.save()
    assert _statement_of(DENIAL[0], article)["speaker"] == "Alvi Karimov"
    assert dana.get(reverse("media:ledger")).status_code == 200


def test_a_quotation_and_a_figure_at_one_offset_are_reviewed_apart(tmp_path, dana) -> None:
    stored = stored_article(
        tmp_path,
        "number-first.txt",
        "Headline\n\ndate 2017-04-20\n\n"
        "“30 men were detained in Argun last week,” said Ivan Petrov, a lawyer.\n",
    )
    (quote,) = stored.extraction["quotes"]
    (figure,) = stored.extraction["figures"]
    assert quote["start"] == figure["start"], "the test needs a quotation opening on its number"
    page = dana.get(reverse("media:article", args=[stored.pk])).content.decode()
    ids = re.findall(r'id="([^"]+)"', page)
    assert len(ids) == len(set(ids)) and f'id="at-{quote["start"]}"' in page
    _review(dana, stored, "quote", (quote["start"], quote["end"]), speaker="Ivan Petrov")
    ledger = selectors.ledger_build()
    assert [q["reviewed"] for s in ledger["statements"] for q in s["quotes"]] == [True]
    assert [m["reviewed"] for f in ledger["figures"] for m in f["mentions"]] == [False]


def test_the_page_title_is_the_article_title_alone(article, dana) -> None:
    page = dana.get(reverse("media:article", args=[article.pk])).content.decode()
    title = page[page.index("<title>") : page.index("</title>")]
    assert "<" not in title[len("<title>") :] and title.endswith("· Refuge")
    assert page.count('id="review"') == 1


def test_a_quotation_over_several_paragraphs_is_reviewed_as_one(tmp_path, dana) -> None:
    text = (
        "Headline\n\ndate 2017-04-20\n\n"
        "Ivan Petrov, a lawyer, described the case.\n\n"
        "“The men were held for weeks.\n\n"
        "“Nobody told their families where they were,” he said.\n\n"
        "“We have counted 12 cases,” Anna Smirnova of the Network said.\n"
    )
    stored = stored_article(tmp_path, "several.txt", text)
    quotes = stored.extraction["quotes"]
    first = next(q for q in quotes if q["text"].startswith("The men"))
    continued = [q for q in quotes if q["part_of"] is not None]
    assert continued, "the test needs a quotation that runs over two paragraphs"
    items = selectors.article_review_items(stored)["quotes"]
    assert len(items) == len(quotes) - len(continued)

    _review(dana, stored, "quote", (first["start"], first["end"]), speaker="Pavel Orlov")
    statement = _statement_of(first["start"], stored)
    assert statement["speaker"] == "Pavel Orlov"
    assert all(q["reviewed"] for q in statement["quotes"])
    assert {q["speaker"] for q in statement["quotes"]} == {"Pavel Orlov"}

    _review(dana, stored, "quote", (first["start"], first["end"]), action="dismiss")
    left = [q for s in selectors.ledger_build()["statements"] for q in s["quotes"]]
    assert [q["text"][:7] for q in left] == ["We have"]
    assert left[0]["speaker"] == "Anna Smirnova"


def test_the_command_line_ledger_gives_the_reviewed_reading(article, dana) -> None:
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov")
    out = io.StringIO()
    call_command("media", "ledger", stdout=out)
    expected = f"Alvi Karimov — 1 quotation in article {article.pk}, 1 reviewed"
    assert expected in out.getvalue()
    out = io.StringIO()
    call_command("media", "ledger", "--json", stdout=out)
    quotes = [q for s in json.loads(out.getvalue())["statements"] for q in s["quotes"]]
    assert [q["speaker"] for q in quotes if q["reviewed"]] == ["Alvi Karimov"]


def test_an_analyst_lists_only_what_no_one_has_reviewed(article, dana) -> None:
    def shown(**query) -> str:
        return dana.get(reverse("media:ledger"), query).content.decode()

    denial, prisoners = "who simply do not exist", "anywhere from 15 to 30"
    assert denial in shown(unreviewed="1") and prisoners in shown(unreviewed="1")
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov")
    _review(dana, article, "figure", PRISONERS, value=15, high=30, counted="people detained")
    todo = shown(unreviewed="1")
    assert denial not in todo and prisoners not in todo
    assert '<input type="checkbox" name="unreviewed" value="1" checked>' in todo
    everything = shown()
    assert denial in everything and prisoners in everything

    out = io.StringIO()
    call_command("media", "ledger", "--unreviewed", "--json", stdout=out)
    listed = json.loads(out.getvalue())
    assert all(not all(q["reviewed"] for q in s["quotes"]) for s in listed["statements"])
    assert not any(q["start"] == DENIAL[0] for s in listed["statements"] for q in s["quotes"])
    assert listed["reviews"]["speakers"] == 1  # the measure still counts every review


POPLEVSKAIA = (613, 669)  # "We have received about 30 unique messages since April 1"
HUNDRED = (1634, 1650)  # "at least 100 men"


def test_the_ledger_counts_how_often_reviews_found_the_extractor_right(article, dana) -> None:
    assert selectors.ledger_build()["reviews"] == dict.fromkeys(selectors.REVIEW_COUNTS, 0)
    page = dana.get(reverse("media:ledger")).content.decode()
    assert "How often the extractor was right" not in page

    _review(dana, article, "quote", POPLEVSKAIA, speaker="natalia poplevskaia")  # confirmed
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov")  # corrected
    _review(dana, article, "quote", (825, 927), action="dismiss")
    _review(
        dana, article, "figure", HUNDRED, value=100, qualifier="at least", counted="men detained"
    )
    _review(
        dana,
        article,
        "figure",
        PRISONERS,
        value=15,
        high=30,
        qualifier="between",
        counted="men detained",
    )  # what it counts corrected
    _review(dana, article, "figure", MESSAGES, action="dismiss")
    assert selectors.ledger_build()["reviews"] == {
        "speakers": 2,
        "speakers_right": 1,
        "quotes_dismissed": 1,
        "figures": 2,
        "figures_right": 1,
        "figures_dismissed": 1,
    }
    page = dana.get(reverse("media:ledger")).content.decode()
    table = page[page.index("How often the extractor was right") : page.index("</details>")]
    assert "<td>2</td><td>1</td><td>1</td>" in table.replace("\n", "")
    out = io.StringIO()
    call_command("media", "ledger", stdout=out)
    assert (
        "Reviewed by analysts: the extractor named 1 of 2 speakers right (1 quotations dismissed)"
        " and read 1 of 2 figures right (1 dismissed)" in out.getvalue()
    )


def test_offsets_that_are_not_numbers_are_refused_with_a_message(article, dana) -> None:
    response = _review(dana, article, "quote", ("first", "last"), speaker="X")
    assert response.status_code == 400
    assert "Enter a whole number." in response.content.decode()
    assert not ExtractionReview.objects.exists()


def test_a_range_read_with_the_wrong_end_is_not_counted_right(article, dana) -> None:
    _review(
        dana,
        article,
        "figure",
        PRISONERS,
        value=15,
        high=999,
        qualifier="between",
        counted="people detained",
    )
    reviews = selectors.ledger_build()["reviews"]
    assert (reviews["figures"], reviews["figures_right"]) == (1, 0)


def test_a_figure_inside_a_quotation_is_marked_inside_it_and_every_link_has_its_mark(
    article, dana
) -> None:
    page = dana.get(reverse("media:article", args=[article.pk])).content.decode()
    quote = page.index(f'<mark id="at-{POPLEVSKAIA[0]}" class="quote">')
    figure = page.index(
        f'<mark id="at-{MESSAGES[0]}" class="figure">about 30 unique messages</mark>'
    )
    assert quote < figure and "</mark>" not in page[quote:figure], "the quotation is still open"
    assert page.count("<mark") == page.count("</mark>")
    links = set(re.findall(r'href="#(at-\d+)"', page))
    assert links <= set(re.findall(r'<mark id="(at-\d+)"', page))
    ledger = dana.get(reverse("media:ledger")).content.decode()
    linked = set(re.findall(rf"/media/articles/{article.pk}/#(at-\d+)", ledger))
    assert linked and linked <= set(re.findall(r'<mark id="(at-\d+)"', page))


def test_each_review_form_is_named_by_its_words(article, dana) -> None:
    item = _item(
        dana.get(reverse("media:article", args=[article.pk])).content.decode(), "quote", DENIAL
    )
    assert f'aria-labelledby="review-quote-{DENIAL[0]}-{DENIAL[1]}-words"' in item
    assert f'id="review-quote-{DENIAL[0]}-{DENIAL[1]}-words"' in item


def test_the_service_refuses_a_name_longer_than_the_page_allows(article, persona_factory) -> None:
    from refuge.media.services import ReviewError, quote_review

    dana = persona_factory("dana", Role.ANALYST)
    with pytest.raises(ReviewError) as refused:
        quote_review(
            actor=dana.user, article=article, start=DENIAL[0], end=DENIAL[1], speaker="K" * 201
        )
    assert refused.value.reason == "invalid"
    assert not ExtractionReview.objects.exists()


@pytest.mark.parametrize(
    ("quotes", "figures", "shown"),
    [
        ([(2, 8)], [(4, 6)], "ab[q:cd[f:ef]gh]ij"),
        ([(2, 6)], [(4, 8)], "ab[q:cd[f:ef]]ghij"),  # a figure running out of the quotation
        ([], [(2, 6), (4, 8)], "ab[f:cdef]ghij"),  # a figure inside another is not marked
        ([(2, 8), (3, 5)], [], "ab[q:cdefgh]ij"),  # nor a quotation inside a quotation
        ([(0, 2), (2, 4)], [(2, 3)], "[q:ab][q:[f-:c]d]efghij"),
        ([(2, 4)], [(6, 8)], "ab[q:cd]ef[f:gh]ij"),
        ([(2, 8)], [(2, 4)], "ab[q:[f-:cd]efgh]ij"),  # opening its quotation: no id of its own
        ([], [(2, 4), (4, 6)], "ab[f:cd][f:ef]ghij"),
    ],
)
def test_the_article_marks_nest_figures_in_quotations(quotes, figures, shown) -> None:
    article = MediaArticle(
        text="abcdefghij",
        extraction={
            "quotes": [{"start": s, "end": e} for s, e in quotes],
            "figures": [{"start": s, "end": e} for s, e in figures],
        },
    )
    pieces = selectors.article_segments(article)

    def shown_as(piece: str, kind: str, value: str) -> str:
        if piece == "text":
            return value
        return f"[{kind[0]}{'' if value else '-'}:" if piece == "open" else "]"

    assert "".join(shown_as(*piece) for piece in pieces) == shown
    assert "".join(value for piece, _kind, value in pieces if piece == "text") == article.text


def test_a_page_shown_before_the_article_was_read_again_cannot_review_new_words(
    article, dana
) -> None:
    shown = dana.get(reverse("media:article", args=[article.pk])).content.decode()
    seen = re.search(r'name="seen" value="([0-9a-f]+)"', _item(shown, "quote", DENIAL)).group(1)
    article.text = "x" + article.text[:-1]  # read again: other words at the same offsets
    article.save(update_fields=["text"])
    response = _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov", seen=seen)
    assert response.status_code == 409
    assert "Not saved: these words are no longer" in response.content.decode()
    assert not ExtractionReview.objects.exists()
    fresh = dana.get(reverse("media:article", args=[article.pk])).content.decode()
    now = re.search(r'name="seen" value="([0-9a-f]+)"', _item(fresh, "quote", DENIAL)).group(1)
    assert now != seen
    assert _review(dana, article, "quote", DENIAL, speaker="X", seen=now).status_code == 200


def test_a_range_the_extractor_read_without_between_can_be_confirmed_as_it_is(
    tmp_path, dana
) -> None:
    text = "Headline\n\ndate 2017-04-20\n\nAbout 20 to 30 men were detained in Argun.\n"
    stored = stored_article(tmp_path, "about.txt", text)
    (figure,) = stored.extraction["figures"]
    assert (figure["value"], figure["high"], figure["qualifier"]) == (20, 30, "about")
    page = dana.get(reverse("media:article", args=[stored.pk])).content.decode()
    item = _item(page, "figure", (figure["start"], figure["end"]))
    seen = re.search(r'name="seen" value="([0-9a-f]+)"', item).group(1)
    saved = _review(
        dana,
        stored,
        "figure",
        (figure["start"], figure["end"]),
        value=20,
        high=30,
        qualifier="about",
        counted=figure["counted"],
        seen=seen,
    )
    assert "Reviewed: about 20–30, men detained" in saved.content.decode()
    assert selectors.ledger_build()["reviews"]["figures_right"] == 1


def test_the_ledger_shows_a_reviewed_range_with_its_end(article, dana) -> None:
    _review(
        dana,
        article,
        "figure",
        PRISONERS,
        value=15,
        high=90,
        qualifier="between",
        counted="people detained",
    )
    mention = next(
        m
        for f in selectors.ledger_build()["figures"]
        for m in f["mentions"]
        if m["start"] == PRISONERS[0]
    )
    assert (mention["value"], mention["high"], mention["reviewed"]) == (15, 90, True)
    out = io.StringIO()
    call_command("media", "ledger", stdout=out)
    assert "between 15–90" in out.getvalue() and "1 reviewed)" in out.getvalue()


def test_a_review_does_not_spread_to_paragraphs_a_newer_extraction_joins_on(tmp_path, dana) -> None:
    stored = stored_article(
        tmp_path,
        "two.txt",
        "Headline\n\ndate 2017-04-20\n\n"
        "“The men were held for weeks,” Ivan Petrov, a lawyer, said.\n\n"
        "“We have counted 12 cases,” Anna Smirnova of the Network said.\n",
    )
    petrov, smirnova = stored.extraction["quotes"]
    assert (petrov["part_of"], smirnova["part_of"]) == (None, None)
    _review(dana, stored, "quote", (petrov["start"], petrov["end"]), speaker="Ivan Petrov")
    # A newer extractor reads Smirnova's words as Petrov's quotation going on.
    smirnova["part_of"] = 0
    stored.save(update_fields=["extraction"])
    statements = selectors.ledger_build()["statements"]
    assert not any(q["reviewed"] for s in statements for q in s["quotes"])
    page = dana.get(reverse("media:article", args=[stored.pk])).content.decode()
    assert "Reviews of words no longer found" in page


def test_the_name_an_analyst_gives_heads_the_statement(article, dana) -> None:
    for name in ("article-1.txt", "article-2.txt", "article-3.txt"):
        article_ingest(path=CASE / name)
    assert _statement_of(DENIAL[0], article)["speaker"] == "Ali Karimov"  # first alphabetically
    _review(dana, article, "quote", DENIAL, speaker="Alvi Karimov")
    statement = _statement_of(DENIAL[0], article)
    assert statement["speaker"] == "Alvi Karimov"
    assert len(statement["articles"]) == 4  # the grouping itself is the extractor's, as before


def test_each_figure_mention_on_the_ledger_page_shows_its_reading(article, dana) -> None:
    ledger = reverse("media:ledger")
    assert "(about 30, messages received)" in dana.get(ledger).content.decode()
    _review(
        dana,
        article,
        "figure",
        MESSAGES,
        value=31,
        qualifier="more than",
        counted="messages received",
    )
    page = dana.get(ledger).content.decode()
    assert "(more than 31, messages received)" in page
    assert "(about 30, messages received)" not in page
