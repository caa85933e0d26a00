"""The inbox: a danger level per report; the questionnaire asks who is writing, and no longer
asks "What happened?" twice (the form's first field already does)."""

from django.db import migrations, models

RELATIONSHIP = {
    "en": (
        "Who is writing?",
        "Optional. It helps us to know whom we are talking to.",
        "It happened to me\nA relative of theirs\nA friend or partner of theirs\n"
        "I saw it (a witness)\nSomeone else",
    ),
    "ru": (
        "Кто пишет?",
        "Необязательно. Так мы понимаем, с кем говорим.",
        "Это случилось со мной\nРодственник или родственница\nДруг, подруга или партнёр\n"
        "Я видел(а) это (свидетель)\nДругое",
    ),
}


def questionnaire_forward(apps, schema_editor):
    Question = apps.get_model("intake", "Question")
    QuestionText = apps.get_model("intake", "QuestionText")
    Question.objects.filter(key="what").update(active=False)
    if not Question.objects.exists() or Question.objects.filter(key="relationship").exists():
        return  # a database before setup gets the defaults from setup; an edited one stays
    question = Question.objects.create(key="relationship", kind="choice", position=1)
    for language, (label, help_text, choices) in RELATIONSHIP.items():
        QuestionText.objects.create(
            question=question, language=language, label=label, help=help_text, choices=choices
        )


def questionnaire_backward(apps, schema_editor):
    Question = apps.get_model("intake", "Question")
    Question.objects.filter(key="what").update(active=True)


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0007_question_texts"),
    ]

    operations = [
        migrations.AddField(
            model_name="report",
            name="danger",
            field=models.PositiveSmallIntegerField(blank=True, null=True),
        ),
        migrations.AddIndex(
            model_name="report",
            index=models.Index(
                fields=["case", "danger", "last_reporter_activity_at"], name="inbox_order"
            ),
        ),
        migrations.RunPython(questionnaire_forward, questionnaire_backward),
    ]
