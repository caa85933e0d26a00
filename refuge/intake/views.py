"""The hotline's reporter pages (public, no JavaScript) and the staff inbox."""

from __future__ import annotations

import uuid
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from refuge import crypto
from refuge.accounts.decorators import reauth_redirect, role_required
from refuge.accounts.models import Role
from refuge.accounts.session import staff_user, unlocked_keypair
from refuge.intake import access, questionnaire, selectors, services
from refuge.intake.answers import neutral_name
from refuge.intake.forms import (
    QuestionForm,
    QuestionLanguageForm,
    ReceiptForm,
    ReporterMessageForm,
    ReportForm,
    StaffReplyForm,
)
from refuge.intake.models import Attachment, Question
from refuge.intake.recording import may_record
from refuge.intake.reporter_session import (
    cookie_name,
    flash_pop,
    flash_put,
    forget,
    report_unlock,
    reporter_session_end,
    reporter_view,
    unlocked_report,
)
from refuge.intake.similarity import similar_reports

# --- Reporter side: public, anonymous, POST-only for anything that carries the receipt ---


def _incoming_files(request: HttpRequest) -> list[services.IncomingFile]:
    return [
        services.IncomingFile(name=upload.name or "file", data=upload.read())
        for upload in request.FILES.getlist("attachments")
    ]


def _upload_too_large(request: HttpRequest) -> str | None:
    if getattr(request, "refuge_upload_too_large", False):
        limit_mb = settings.REFUGE_UPLOAD_MAX_BYTES // (1024 * 1024)
        return _(
            "The files together are larger than %(limit)d MB, so none was sent. Your text is "
            "kept below: choose fewer or smaller files and send again."
        ) % {"limit": limit_mb}
    return None


def _cleaning_notices(cleaned: list) -> list[str]:
    return [
        _(
            "We could not remove hidden information (metadata) from “%(name)s”; it was kept "
            "as you sent it."
        )
        % {"name": item.filename}
        for item in cleaned
        if not item.metadata_removed
    ]


def _files_arrived(cleaned: list) -> list[str]:
    """Say how many files arrived, and whether their hidden information was removed."""
    if not cleaned:
        return []
    count = len(cleaned)
    if all(item.metadata_removed for item in cleaned):
        return [
            ngettext(
                "%(count)d file arrived. Hidden information (metadata) was removed from it.",
                "%(count)d files arrived. Hidden information (metadata) was removed from all "
                "of them.",
                count,
            )
            % {"count": count}
        ]
    arrived = ngettext("%(count)d file arrived.", "%(count)d files arrived.", count) % {
        "count": count
    }
    return [arrived, *_cleaning_notices(cleaned)]


@login_not_required
@require_GET
def landing(request: HttpRequest) -> HttpResponse:
    return render(request, "intake/landing.html")


def _form_data(request: HttpRequest) -> dict[str, str]:
    """Return the text fields of a POST, to put back into the form after a redirect."""
    return {key: str(value) for key, value in request.POST.items() if key != "csrfmiddlewaretoken"}


@login_not_required
@reporter_view
@sensitive_post_parameters()
@sensitive_variables()
@require_http_methods(["GET", "POST"])
def report_new(request: HttpRequest) -> HttpResponse:
    questions = list(selectors.question_list_active())
    if request.method == "GET":
        kept = flash_pop(request)
        form = ReportForm(kept["form"] if kept else None, questions=questions)
        if kept:
            form.is_valid()
            for error in kept["errors"]:
                form.add_error(None, error)
        return render(request, "intake/report_new.html", {"form": form})

    form = ReportForm(request.POST, questions=questions)
    errors = [message] if (message := _upload_too_large(request)) else []
    if not errors and form.is_valid():
        try:
            holding = unlocked_report(request)
            _report, receipt, cleaned = services.report_submit(
                account=form.cleaned_data["account"],
                answers=form.answers(),
                files=_incoming_files(request),
                language=get_language() or "en",
                previous_report_id=holding[0] if holding else None,
                keep_originals=request.POST.get("keep_original") == "1",
            )
        except services.IntakeError as exc:
            errors.append(str(exc))
        else:
            flash_put(
                request,
                {
                    "receipt": receipt,
                    "notices": _cleaning_notices(cleaned),
                    "files": len(cleaned),
                    "cleaned": sum(1 for item in cleaned if item.metadata_removed),
                },
            )
            return redirect("intake:sent", permanent=False)
    if request.FILES or errors:
        errors.append(_("Choose your files again before sending."))
    flash_put(request, {"form": _form_data(request), "errors": errors})
    return redirect("intake:new")


@login_not_required
@reporter_view
@require_GET
def report_sent(request: HttpRequest) -> HttpResponse:
    """Show the receipt once; a reload finds nothing."""
    shown = flash_pop(request)
    if not shown or "receipt" not in shown:
        return redirect("intake:landing")
    files, cleaned = shown.get("files", 0), shown.get("cleaned", 0)
    return render(
        request,
        "intake/receipt.html",
        {
            "receipt": shown["receipt"],
            "notices": shown["notices"],
            "files": files,
            "all_cleaned": files > 0 and cleaned == files,
        },
    )


@login_not_required
@reporter_view
@sensitive_post_parameters()
@sensitive_variables()
@require_http_methods(["GET", "POST"])
def report_return(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        kept = flash_pop(request)
        return render(
            request,
            "intake/return.html",
            {"form": ReceiptForm(), "error": kept.get("error") if kept else None},
        )
    form = ReceiptForm(request.POST)
    try:
        if not form.is_valid():
            raise services.ReceiptRefusedError(_("Type the digits of your receipt."))
        opened = services.report_open_with_receipt(receipt=form.cleaned_data["receipt"])
    except services.ReceiptRefusedError as exc:
        flash_put(request, {"error": str(exc)})
        return redirect("intake:return")
    report_unlock(request, report_id=opened.report.pk, key=opened.key)
    return redirect("intake:thread")


def _opened_by_reporter(request: HttpRequest) -> services.OpenedReport | None:
    unlocked = unlocked_report(request)
    if unlocked is None:
        return None
    return services.report_open_unlocked(report_id=unlocked[0], key=unlocked[1])


@login_not_required
@reporter_view
@sensitive_post_parameters()
@sensitive_variables()
@require_http_methods(["GET", "POST"])
def report_thread(request: HttpRequest) -> HttpResponse:
    opened = _opened_by_reporter(request)
    if opened is None:
        flash_put(request, {"error": _("Please type your receipt again.")})
        return redirect("intake:return")
    if request.method == "POST":
        errors = [message] if (message := _upload_too_large(request)) else []
        form = ReporterMessageForm(request.POST)
        if not errors and form.is_valid():
            try:
                cleaned = services.reporter_message_add(
                    opened=opened,
                    body=form.cleaned_data["body"],
                    files=_incoming_files(request),
                    keep_originals=request.POST.get("keep_original") == "1",
                )
            except services.IntakeError as exc:
                errors.append(str(exc))
            else:
                notices = [_("Your message was sent."), *_files_arrived(cleaned)]
                flash_put(request, {"notices": notices})
                return redirect("intake:thread")
        flash_put(request, {"form": _form_data(request), "errors": errors})
        return redirect("intake:thread")
    kept = flash_pop(request) or {}
    form = ReporterMessageForm(kept.get("form"))
    if kept.get("form") is not None:
        form.is_valid()
    for error in kept.get("errors", []):
        form.add_error(None, error)
    return render(
        request,
        "intake/thread.html",
        {
            "view": selectors.report_decrypt(opened=opened),
            "form": form,
            "notices": kept.get("notices", []),
        },
    )


@login_not_required
@reporter_view
@require_POST
def report_leave(request: HttpRequest) -> HttpResponse:
    """Forget the opened report in this browser now."""
    forget(request)
    return redirect("intake:landing")


@login_not_required
@require_GET
def report_exit(request: HttpRequest) -> HttpResponse:
    """Quick exit: close what this browser holds of the hotline, then go to the cover site.

    A plain link, so it works without JavaScript. The session row is deleted (an opened report
    is locked again), every cookie is deleted, and Clear-Site-Data asks the browser to drop its
    cache and cookies for this origin; Back then finds no-store pages that ask for the receipt.
    """
    response = HttpResponseRedirect(settings.REFUGE_QUICK_EXIT_URL)
    if request.user.is_authenticated:
        # A signed-in staff member keeps their staff session (they sign out themselves); only
        # the reporter state goes.
        forget(request)
        response.delete_cookie(cookie_name(), samesite="Strict")
        return response
    reporter_session_end(request)
    cookies = (
        cookie_name(),
        settings.SESSION_COOKIE_NAME,
        settings.CSRF_COOKIE_NAME,
        settings.LANGUAGE_COOKIE_NAME,
    )
    for name in cookies:
        response.delete_cookie(name, samesite="Strict")
    response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    return response


# --- Staff inbox ---


INBOX_PAGE = 50
inbox_roles = role_required(*access.INBOX_ROLES)


@inbox_roles
@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    user = staff_user(request)
    sort = request.GET.get("sort", "urgent")
    if sort not in selectors.INBOX_SORTS:
        sort = "urgent"
    page = Paginator(selectors.report_list_for_staff(user=user, sort=sort), INBOX_PAGE).get_page(
        request.GET.get("page")
    )
    keypair = unlocked_keypair(request)
    return render(
        request,
        "intake/inbox.html",
        {
            "page": page,
            "rows": selectors.inbox_rows(
                reports=list(page.object_list), user=user, keypair=keypair
            ),
            "locked": keypair is None,
            "sort": sort,
            "may_record": may_record(user),
        },
    )


def _open_for_staff(
    request: HttpRequest, report_id: uuid.UUID
) -> tuple[services.OpenedReport, crypto.KeyPair] | HttpResponse:
    user = staff_user(request)
    report = access.access_report(user=user, report_id=report_id)
    keypair = unlocked_keypair(request)
    if keypair is None:
        # The browser half of the unlocked key is gone: ask for the password to unlock again.
        return reauth_redirect(request.path)
    try:
        opened = services.report_open_for_staff(report=report, user=user, keypair=keypair)
    except services.IntakeError:
        raise Http404 from None  # the key does not reach them after all (an altered row)
    return opened, keypair


@inbox_roles
@require_GET
def report_detail(request: HttpRequest, report_id: uuid.UUID) -> HttpResponse:
    unlocked = _open_for_staff(request, report_id)
    if isinstance(unlocked, HttpResponse):
        return unlocked
    opened, keypair = unlocked
    view = selectors.report_decrypt(opened=opened)
    services.report_mark_read(opened=opened, actor=staff_user(request), answers=view.answers)
    return render(
        request,
        "intake/report_detail.html",
        {
            "view": view,
            "form": StaffReplyForm(),
            "suggestions": similar_reports(
                user=staff_user(request), keypair=keypair, opened=opened, account=view.account
            ),
        },
    )


@inbox_roles
@require_POST
def report_reply(request: HttpRequest, report_id: uuid.UUID) -> HttpResponse:
    unlocked = _open_for_staff(request, report_id)
    if isinstance(unlocked, HttpResponse):
        return unlocked
    opened = unlocked[0]
    form = StaffReplyForm(request.POST)
    too_large = _upload_too_large(request)
    if too_large:
        form.add_error(None, too_large)
    elif form.is_valid():
        try:
            cleaned = services.staff_reply(
                opened=opened,
                actor=staff_user(request),
                body=form.cleaned_data["body"],
                files=_incoming_files(request),
            )
        except services.IntakeError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Your reply was sent."))
            for notice in _cleaning_notices(cleaned):
                messages.warning(request, notice)
            return redirect("intake:report_detail", report_id=report_id)
    return render(
        request,
        "intake/report_detail.html",
        {"view": selectors.report_decrypt(opened=opened), "form": form},
    )


@inbox_roles
@require_GET
def attachment(
    request: HttpRequest, report_id: uuid.UUID, attachment_id: uuid.UUID
) -> HttpResponse:
    item = access.access_attachment(
        user=staff_user(request), report_id=report_id, attachment_id=attachment_id
    )
    unlocked = _open_for_staff(request, report_id)
    if isinstance(unlocked, HttpResponse):
        return unlocked
    opened = unlocked[0]
    return attachment_download(request, opened, item)


def attachment_download(
    request: HttpRequest, opened: services.OpenedReport, item: Attachment
) -> HttpResponse:
    """Send a decrypted attachment as a download (audited), never rendered in Refuge's origin."""
    details = selectors.attachment_details(opened=opened, attachment=item)
    data = selectors.attachment_plaintext(opened=opened, attachment=item)
    services.attachment_download_record(attachment=item, actor=staff_user(request))
    response = HttpResponse(data, content_type="application/octet-stream")
    # Saved under a neutral name: the sender's own file name may carry a date and a place.
    name = neutral_name(item.id, details["content_type"], details["filename"])
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response


# --- The questionnaire (administrators) ---

admin_only = role_required(Role.ADMINISTRATOR)


@admin_only
@require_GET
def question_list(request: HttpRequest) -> HttpResponse:
    return render(request, "intake/questions.html", {"questions": selectors.question_list()})


@admin_only
@require_http_methods(["GET", "POST"])
def question_edit(request: HttpRequest, question_id: int | None = None) -> HttpResponse:
    instance = Question.objects.filter(pk=question_id).first() if question_id else None
    if question_id and instance is None:
        return render(request, "core/error.html", {"status": 404}, status=404)
    form = QuestionForm(
        request.POST or None, instance=instance, languages=selectors.questionnaire_languages()
    )
    if request.method == "POST" and form.is_valid():
        questionnaire.question_save(
            actor=staff_user(request),
            question=form.save(commit=False),
            created=instance is None,
            texts=form.texts(),
        )
        messages.success(request, _("The questionnaire was saved."))
        return redirect("intake:questions")
    return render(request, "intake/question_edit.html", {"form": form, "question": instance})


@admin_only
@require_http_methods(["GET", "POST"])
def question_languages(request: HttpRequest) -> HttpResponse:
    """List the questionnaire's languages; add one (e.g. Chechen)."""
    form = QuestionLanguageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        questionnaire.question_language_add(
            actor=staff_user(request), language=form.save(commit=False)
        )
        messages.success(request, _("The language was added: write the questions in it now."))
        return redirect("intake:question_languages")
    return render(
        request,
        "intake/question_languages.html",
        {
            "form": form,
            "languages": selectors.questionnaire_languages(),
            "interface": {code for code, _name in settings.LANGUAGES},
        },
    )
