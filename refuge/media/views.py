from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from refuge.accounts.decorators import role_required
from refuge.accounts.models import Role
from refuge.accounts.session import staff_user
from refuge.media import labels, selectors, services
from refuge.media.articles import MAX_ARTICLE_BYTES, ArticleError
from refuge.media.forms import (
    ArticleUploadForm,
    FigureReviewForm,
    QuoteReviewForm,
    ReviewForm,
)
from refuge.media.models import EARLIEST_YEAR, ExtractionReview, MediaArticle

STATEMENTS_PER_PAGE = 20
FIGURES_PER_PAGE = 20
# Who adds articles and reviews what the extractor read in them.
EDITOR_ROLES = (Role.ANALYST, Role.COORDINATOR)


def _upload_limit() -> int:
    return min(MAX_ARTICLE_BYTES, settings.REFUGE_UPLOAD_MAX_BYTES)


def _page(items: list[Any], request: HttpRequest, param: str, per_page: int) -> tuple[Page, str]:
    """Return one page of ``items`` and the query string that keeps the other parameters."""
    page = Paginator(items, per_page).get_page(request.GET.get(param))
    kept = [(k, v) for k, v in request.GET.items() if k != param and v]
    return page, urlencode(kept)


@require_GET
def ledger(request: HttpRequest) -> HttpResponse:
    """The claims ledger: statements and figures, filtered by speaker, article and what is
    still to review, in pages."""
    articles = {str(a.pk): a for a in selectors.article_list()}
    unreviewed = request.GET.get("unreviewed") == "1"
    built = selectors.ledger_build()
    if unreviewed:
        built = selectors.still_to_review(built)
    unattributed = _("unattributed")
    statements = built["statements"]
    for statement in statements:
        if statement["speaker"] == "unattributed":
            statement["speaker"] = unattributed
    speakers = sorted({s["speaker"] for s in statements}, key=str.casefold)
    speaker = request.GET.get("speaker", "")
    article = request.GET.get("article", "")
    if article not in articles:
        article = ""
    if speaker:
        statements = [s for s in statements if s["speaker"] == speaker]
    figures = built["figures"]
    if article:
        statements = [s for s in statements if article in s["articles"]]
        figures = [f for f in figures if any(m["article"] == article for m in f["mentions"])]
    statement_page, statement_query = _page(statements, request, "page", STATEMENTS_PER_PAGE)
    figure_page, figure_query = _page(figures, request, "figures", FIGURES_PER_PAGE)
    for item in [*statement_page.object_list, *figure_page.object_list]:
        item["shown_discrepancies"] = labels.discrepancies_shown(item["discrepancies"])
    for figure in figure_page.object_list:
        figure["shown_counted"] = labels.counted_label(figure["counted"])
        figure["shown_place"] = labels.place_label(figure["place"])
        for mention in figure["mentions"]:  # the reading beside the words: a review shows
            mention["shown"] = labels.figure_shown(mention)
    may_upload = getattr(request.user, "role", None) in EDITOR_ROLES
    limit = _upload_limit() // 2**20
    return render(
        request,
        "media/ledger.html",
        {
            "articles": articles,
            "speakers": speakers,
            "speaker": speaker,
            "article": article,
            "unreviewed": unreviewed,
            "statement_count": len(statements),
            "statement_page": statement_page,
            "statement_query": statement_query,
            "figure_page": figure_page,
            "figure_query": figure_query,
            "form": ArticleUploadForm(max_megabytes=limit) if may_upload else None,
            "reviews": built["reviews"],
            "reviewed_any": any(built["reviews"].values()),
        },
    )


@role_required(*EDITOR_ROLES)
@require_POST
def upload(request: HttpRequest) -> HttpResponse:
    """Add articles to the ledger from files, through the same service as `refuge media ingest`."""
    limit = _upload_limit()
    form = ArticleUploadForm(request.POST, request.FILES, max_megabytes=limit // 2**20)
    if getattr(request, "refuge_upload_too_large", False):
        messages.error(
            request, _("The files are too large: at most %(mb)d MB.") % {"mb": limit // 2**20}
        )
        return redirect("media:ledger")
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect("media:ledger")
    added = again = 0
    for upload in form.cleaned_data["articles"]:
        name = (upload.name or "article")[:255]
        if upload.size > limit:
            messages.error(
                request,
                _("%(name)s: %(reason)s")
                % {
                    "name": name,
                    "reason": _("the file is larger than %(mb)d MB") % {"mb": limit // 2**20},
                },
            )
            continue
        try:
            _stored, created = services.article_upload(
                data=upload.read(),
                filename=name,
                published=form.cleaned_data["published"],
                outlet=form.cleaned_data["outlet"],
                actor=staff_user(request),
            )
        except ArticleError as error:
            messages.error(
                request,
                _("%(name)s: %(reason)s")
                % {
                    "name": name,
                    "reason": labels.article_error_text(error, limit_mb=limit // 2**20),
                },
            )
            continue
        if created:
            added += 1
        else:
            again += 1
    if added:
        messages.success(
            request,
            ngettext(
                "%(n)d article added to the ledger.", "%(n)d articles added to the ledger.", added
            )
            % {"n": added},
        )
    if again:
        messages.info(
            request,
            ngettext(
                "%(n)d article was already in the ledger; it was read again.",
                "%(n)d articles were already in the ledger; they were read again.",
                again,
            )
            % {"n": again},
        )
    return redirect("media:ledger")


@require_GET
def article(request: HttpRequest, article_id: int) -> HttpResponse:
    return _article_page(request, selectors.article_get(article_id=article_id))


def _article_page(
    request: HttpRequest,
    item: MediaArticle,
    refused: ReviewForm | None = None,
    kind: str = "",
    status: int = 400,
) -> HttpResponse:
    """The article with its quotations and figures marked, and below it each one's reading,
    reviewed or extracted; a review the server refused comes back as it was typed, with its
    errors above its form, and nothing saved."""
    items = selectors.article_review_items(item)
    refused_at = None
    if refused is not None:
        refused_at = (kind, refused.cleaned_data.get("start"), refused.cleaned_data.get("end"))
    # A kept review (no words extracted there now) can only be withdrawn: nothing else is its.
    withdrawing = refused is not None and refused.cleaned_data.get("action") == "withdraw"
    placed = False
    for entry in [*items["quotes"], *items["figures"], *items["unmatched"]]:
        stored = _reading(entry)
        entry["reading"], entry["errors"] = stored, []
        entry["dom_id"] = f"review-{entry['kind']}-{entry['start']}-{entry['end']}" + (
            "" if entry["extracted"] else "-kept"
        )
        if (
            refused
            and not placed
            and refused_at == (entry["kind"], entry["start"], entry["end"])
            and (entry["extracted"] is not None or withdrawing)
        ):
            if refused.saves():  # only a save sent a reading to show again
                entry["reading"] = {name: refused.data.get(name, "") for name in refused.READING}
            entry["errors"], placed = refused.error_lines(), True
        if entry["kind"] == ExtractionReview.Kind.FIGURE:
            extracted = entry["extracted"] or {}
            shown = labels.figure_shown
            entry["extracted_shown"] = shown(extracted, in_full=True) if extracted else ""
            if entry["review"] is not None and not entry["review"].reading.get("dismissed"):
                entry["reviewed_shown"] = shown(stored, in_full=True)
            entry["counted_choices"] = labels.counted_choices(current=extracted.get("counted", ""))
    if refused is not None and not placed:  # no such words on the page (any more)
        for line in refused.error_lines():
            messages.error(request, line)
        typed = [
            f"{refused.fields[name].label}: {refused.data[name]}"
            for name in refused.READING
            if refused.data.get(name) and name in refused.fields
        ]
        if typed:
            messages.info(request, _("What you typed: %(typed)s") % {"typed": "; ".join(typed)})
    return render(
        request,
        "media/article.html",
        {
            "article": item,
            "segments": selectors.article_segments(item),
            "items": items,
            "may_review": getattr(request.user, "role", None) in EDITOR_ROLES,
            "qualifiers": labels.QUALIFIERS.items(),
            "places": labels.place_choices(),
            "earliest_year": EARLIEST_YEAR,
        },
        status=status if refused is not None else 200,
    )


def _reading(entry: dict[str, Any]) -> dict[str, Any]:
    """The reading the page offers to save for one quotation or figure: the review's, else the
    extractor's."""
    review = entry["review"]
    extracted = dict(entry["extracted"] or {})
    if review is not None and not review.reading.get("dismissed"):
        # A figure reviewed before figures had a place keeps the one read, as the ledger does.
        return {"place": extracted.get("place", ""), **review.reading}
    return extracted


def _review_refusal(error: services.ReviewError) -> str:
    """Why a review was not saved, in the reader's language."""
    if error.reason == "kept":
        return _(
            "Not saved: a review of other words at this place is kept below, under “Reviews of "
            "words no longer found”. Withdraw it first."
        )
    if error.reason == "invalid":
        return _("Not saved: the ledger cannot use this reading.")
    if error.reason == "no review":
        return _("There is no review of these words to withdraw; nothing was changed.")
    return _(
        "Not saved: these words are no longer a quotation or figure of this article; it may "
        "have been read again since the page was shown."
    )


@role_required(*EDITOR_ROLES)
@require_POST
def review(request: HttpRequest, article_id: int) -> HttpResponse:
    """Save, dismiss or withdraw an analyst's reading of one quotation or figure."""
    item = selectors.article_get(article_id=article_id)
    kind = request.POST.get("kind", "")
    form: ReviewForm
    if kind == ExtractionReview.Kind.QUOTE:
        form = QuoteReviewForm(request.POST)
    elif kind == ExtractionReview.Kind.FIGURE:
        counted_now = selectors.figure_counted_at(
            item, request.POST.get("start", ""), request.POST.get("end", "")
        )
        form = FigureReviewForm(
            request.POST, counted_now=counted_now, latest_year=item.latest_year()
        )
    else:
        messages.error(request, _("Choose a quotation or figure."))
        return redirect(reverse("media:article", args=[item.pk]) + "#review")
    if not form.is_valid():
        return _article_page(request, item, refused=form, kind=kind)
    data, actor = form.cleaned_data, staff_user(request)
    where = {"actor": actor, "article": item, "start": data["start"], "end": data["end"]}
    seen = data["seen"] or None
    try:
        if data["action"] == "withdraw":
            services.review_withdraw(**where, kind=kind)
        elif data["action"] == "dismiss":
            dismiss = services.quote_review if kind == "quote" else services.figure_review
            dismiss(**where, dismissed=True, seen=seen)
        elif kind == ExtractionReview.Kind.QUOTE:
            services.quote_review(
                **where,
                speaker=data["speaker"],
                speaker_role=data["speaker_role"],
                affiliation=data["affiliation"],
                seen=seen,
            )
        else:
            services.figure_review(
                **where,
                value=data["value"],
                high=data["high"],
                qualifier=data["qualifier"],
                counted=data["counted"],
                place=data["place"],
                year=data["year"],
                seen=seen,
            )
    except services.ReviewError as error:
        form.add_error(None, _review_refusal(error))
        return _article_page(request, item, refused=form, kind=kind, status=409)
    done = {
        "withdraw": _("The extractor's reading counts again."),
        "dismiss": _("Saved: the ledger leaves these words out."),
    }
    messages.success(request, done.get(data["action"], _("Saved: the ledger uses your reading.")))
    anchor = f"#review-{kind}-{data['start']}-{data['end']}"
    return redirect(reverse("media:article", args=[item.pk]) + anchor)


@role_required(*EDITOR_ROLES)
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, article_id: int) -> HttpResponse:
    """Ask, then delete an article stored by mistake; refused while the record cites it."""
    item = selectors.article_get(article_id=article_id)
    if request.method == "GET":
        acts, evidence = selectors.article_citations(item)
    else:
        try:
            services.article_delete(actor=staff_user(request), article=item)
        except services.ArticleCitedError as cited:
            acts, evidence = cited.acts, cited.evidence  # the page says what cites it
        else:
            messages.success(
                request, _("Deleted: %(title)s.") % {"title": item.title or item.source}
            )
            return redirect("media:ledger")
    return render(
        request,
        "media/delete.html",
        {"article": item, "acts": acts, "evidence": evidence},
        status=409 if request.method == "POST" else 200,
    )
