"""Writes for the questionnaire administrators edit: questions, their wording per language."""

from __future__ import annotations

from django.db import transaction

from refuge.accounts.models import User
from refuge.audit.services import audit_record
from refuge.intake.envelopes import attachment_context, envelope_context, message_context  # noqa: F401  (re-exported)
from refuge.intake.models import (
    Question,
    QuestionLanguage,
    QuestionText,
)


@transaction.atomic
def question_save(
    *,
    actor: User,
    question: Question,
    created: bool,
    texts: dict[str, dict[str, str]] | None = None,
) -> Question:
    """Save a questionnaire question edited by an administrator, with its wording in each
    language (``texts``: language → label, help, choices; an empty label removes it)."""
    question.save()
    for language, text in (texts or {}).items():
        if text["label"]:
            QuestionText.objects.update_or_create(
                question=question, language=language, defaults=text
            )
        else:
            QuestionText.objects.filter(question=question, language=language).delete()
    audit_record(
        actor=actor,
        action="question.created" if created else "question.changed",
        target=question,
        details={
            "key": question.key,
            "active": question.active,
            "languages": sorted(code for code, text in (texts or {}).items() if text["label"]),
        },
    )
    return question


@transaction.atomic
def question_language_add(*, actor: User, language: QuestionLanguage) -> QuestionLanguage:
    """Add a language the questionnaire can be written in (e.g. Chechen)."""
    language.save()
    audit_record(
        actor=actor,
        action="question.language_added",
        target=language,
        details={"code": language.code},
    )
    return language
