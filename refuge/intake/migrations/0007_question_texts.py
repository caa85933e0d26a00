"""The questionnaire's wording moves from label_en/label_ru columns to one row per language."""

import django.db.models.deletion
from django.db import migrations, models

LANGUAGES = ("en", "ru")
FIELDS = ("label", "help", "choices")


def columns_to_texts(apps, schema_editor):
    Question = apps.get_model("intake", "Question")
    QuestionText = apps.get_model("intake", "QuestionText")
    for question in Question.objects.all():
        for language in LANGUAGES:
            values = {name: getattr(question, f"{name}_{language}") or "" for name in FIELDS}
            if values["label"]:
                QuestionText.objects.create(question=question, language=language, **values)


def texts_to_columns(apps, schema_editor):
    Question = apps.get_model("intake", "Question")
    QuestionText = apps.get_model("intake", "QuestionText")
    for question in Question.objects.all():
        texts = {t.language: t for t in QuestionText.objects.filter(question=question)}
        for language in LANGUAGES:
            text = texts.get(language) or texts.get("en")
            for name in FIELDS:
                setattr(question, f"{name}_{language}", getattr(text, name) if text else "")
        question.save()


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0006_attachment_original"),
    ]

    operations = [
        migrations.CreateModel(
            name="QuestionLanguage",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("code", models.CharField(max_length=16, unique=True)),
                ("name", models.CharField(max_length=64)),
            ],
            options={"ordering": ["code"]},
        ),
        migrations.CreateModel(
            name="QuestionText",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=16)),
                ("label", models.CharField(max_length=300)),
                ("help", models.CharField(blank=True, max_length=500)),
                ("choices", models.TextField(blank=True)),
                (
                    "question",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="texts",
                        to="intake.question",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("question", "language"), name="one_text_per_language"
                    )
                ],
            },
        ),
        # Reversing re-adds the columns empty (with a default) before the texts fill them.
        migrations.AlterField("question", "label_en", models.CharField(max_length=300, default="")),
        migrations.AlterField("question", "label_ru", models.CharField(max_length=300, default="")),
        migrations.RunPython(columns_to_texts, texts_to_columns),
        migrations.RemoveField(model_name="question", name="choices_en"),
        migrations.RemoveField(model_name="question", name="choices_ru"),
        migrations.RemoveField(model_name="question", name="help_en"),
        migrations.RemoveField(model_name="question", name="help_ru"),
        migrations.RemoveField(model_name="question", name="label_en"),
        migrations.RemoveField(model_name="question", name="label_ru"),
    ]
