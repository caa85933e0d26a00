from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from refuge.media import selectors


@require_GET
def ledger(request: HttpRequest) -> HttpResponse:
    """The claims ledger: every statement and figure, linked to the articles behind it."""
    articles = {str(a.pk): a for a in selectors.article_list()}
    return render(
        request,
        "media/ledger.html",
        {"ledger": selectors.ledger_build(), "articles": articles},
    )


@require_GET
def article(request: HttpRequest, article_id: int) -> HttpResponse:
    item = selectors.article_get(article_id=article_id)
    return render(
        request,
        "media/article.html",
        {"article": item, "segments": selectors.article_segments(item)},
    )
