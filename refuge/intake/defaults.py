"""The questionnaire a new organisation starts with (administrators edit it afterwards)."""

from __future__ import annotations

from typing import Any

DEFAULT_QUESTIONS: list[dict[str, Any]] = [
    # "What happened?" is the form's own first field (ReportForm.account), not a question: asked
    # once. Databases from before keep a "what" question, switched off by migration 0008.
    dict(
        key="relationship",
        kind="choice",
        label_en="Who is writing?",
        label_ru="Кто пишет?",
        help_en="Optional. It helps us to know whom we are talking to.",
        help_ru="Необязательно. Так мы понимаем, с кем говорим.",
        # In the order of answers.Relationship: self, relative, friend, witness, other.
        choices_en=(
            "It happened to me\nA relative of theirs\nA friend or partner of theirs\n"
            "I saw it (a witness)\nSomeone else"
        ),
        choices_ru=(
            "Это случилось со мной\nРодственник или родственница\nДруг, подруга или партнёр\n"
            "Я видел(а) это (свидетель)\nДругое"
        ),
    ),
    dict(
        key="when",
        kind="short",
        label_en="When did it happen?",
        label_ru="Когда это произошло?",
        help_en="A date, or roughly: “early April”, “last week”.",
        help_ru="Дата или примерно: «в начале апреля», «на прошлой неделе».",
    ),
    dict(
        key="where",
        kind="short",
        label_en="Where did it happen?",
        label_ru="Где это произошло?",
        help_en="Town or district; the place, if you know it.",
        help_ru="Город или район; место, если знаете.",
    ),
    dict(
        key="safe_now",
        kind="choice",
        label_en="Are you safe now?",
        label_ru="Вы сейчас в безопасности?",
        choices_en="Yes\nNo, I am in danger\nI am not sure",
        choices_ru="Да\nНет, мне угрожает опасность\nНе уверен(а)",
        required=True,
    ),
    dict(
        key="contact",
        kind="long",
        label_en="How, if at all, may we contact you?",
        label_ru="Как с вами можно связаться, если можно?",
        help_en="Leave empty to be contacted only through this site with your receipt.",
        help_ru="Оставьте пустым, если связь только через этот сайт по вашей квитанции.",
    ),
]


TEXT_FIELDS = ("label", "help", "choices")


def install_default_questions(question_model: Any) -> None:
    """Create the default questions that are missing (``question_model`` may be historical:
    before migration 0005 the wording was in label_en/label_ru columns, since then in
    QuestionText rows)."""
    columns = {field.name for field in question_model._meta.get_fields()}
    for position, fields in enumerate(DEFAULT_QUESTIONS, start=1):
        if "label_en" in columns:
            question_model.objects.get_or_create(
                key=fields["key"], defaults={**fields, "position": position}
            )
            continue
        plain = {k: v for k, v in fields.items() if not k.endswith(("_en", "_ru"))}
        question, created = question_model.objects.get_or_create(
            key=fields["key"], defaults={**plain, "position": position}
        )
        if not created:
            continue
        text_model = question_model._meta.get_field("texts").related_model
        for language in ("en", "ru"):
            text_model.objects.create(
                question=question,
                language=language,
                **{name: fields.get(f"{name}_{language}", "") for name in TEXT_FIELDS},
            )
