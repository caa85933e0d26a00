from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
import sys
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET


@login_not_required
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    """Answer 200 "ok" when the database answers; for monitoring, no login, no details."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        return HttpResponse("unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


def _error(request: HttpRequest, status: int, **context: object) -> HttpResponse:
    # Reporters are sent back to the hotline's start, never to the staff sign-in page.
    reporter = request.path.startswith(reverse("intake:landing"))
    start = reverse("intake:landing") if reporter else "/"
    context = {"status": status, "start": start, **context}
    if status >= 500:
        # Without the request: its context processors read the session and the user from the
        # database, which may be what failed. A demo still says it is one.
        context["refuge_demo"] = settings.REFUGE_DEMO
        return HttpResponse(render_to_string("core/error.html", context), status=status)
    return render(request, "core/error.html", context, status=status)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return _error(request, 403, csrf=True)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    # Django reports a session it could not save as a 400 (SessionInterrupted), even when the
    # database was what failed.
    return _unavailable(request, exception) or _error(request, 400)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _error(request, 403)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _error(request, 404)


NEARLY_FULL_BYTES = 4 * 1024 * 1024


def _causes(failure: BaseException | None) -> list[BaseException]:
    chain: list[BaseException] = []
    while failure is not None and failure not in chain:
        chain.append(failure)
        failure = failure.__cause__ or failure.__context__
    return chain


def _local_storage_nearly_full() -> bool:
    """SQLite on a full disk often says only "disk I/O error": look at the free space."""
    places = [Path(settings.REFUGE_FILE_STORE)]
    database = settings.DATABASES["default"]
    if str(database["ENGINE"]).endswith("sqlite3"):
        places.append(Path(str(database["NAME"])).parent)
    for place in places:
        with contextlib.suppress(OSError):
            if shutil.disk_usage(place).free < NEARLY_FULL_BYTES:
                return True
    return False


def storage_is_full(failure: BaseException | None) -> bool:
    """The disk (file store or database) is full: OSError ENOSPC, SQLITE_FULL, PG 53100."""
    causes = _causes(failure)
    storage_failed = any(isinstance(cause, (OSError, DatabaseError)) for cause in causes)
    if storage_failed and _local_storage_nearly_full():
        return True
    for cause in causes:
        if isinstance(cause, OSError) and cause.errno in {errno.ENOSPC, errno.EDQUOT}:
            return True
        if getattr(cause, "sqlstate", None) == "53100":
            return True
        if isinstance(cause, sqlite3.OperationalError) and "is full" in str(cause):
            return True
    return False


def _unavailable(request: HttpRequest, failure: BaseException | None) -> HttpResponse | None:
    """A 503 that says so when the disk is full or the database does not answer, else None.

    Every write is one transaction (and files are removed when it fails), so in each case
    nothing was stored half-way.
    """
    if storage_is_full(failure):
        response = _error(request, 503, storage_full=True)
    elif any(isinstance(c, (OperationalError, InterfaceError)) for c in _causes(failure)):
        response = _error(request, 503, unavailable=True)
    else:
        return None
    response["Retry-After"] = "30"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    return _unavailable(request, sys.exc_info()[1]) or _error(request, 500)
