"""Stage names and checklists move from name_en/name_ru columns to per-language ``texts``."""

from django.db import migrations, models

LANGUAGES = ("en", "ru")


def columns_to_texts(apps, schema_editor):
    Stage = apps.get_model("cases", "Stage")
    for stage in Stage.objects.all():
        stage.texts = {
            language: {
                "name": getattr(stage, f"name_{language}") or "",
                "checklist": getattr(stage, f"checklist_{language}") or "",
            }
            for language in LANGUAGES
            if getattr(stage, f"name_{language}")
        }
        stage.save(update_fields=["texts"])


def texts_to_columns(apps, schema_editor):
    Stage = apps.get_model("cases", "Stage")
    for stage in Stage.objects.all():
        texts = stage.texts or {}
        for language in LANGUAGES:
            text = texts.get(language) or texts.get("en") or {}
            setattr(stage, f"name_{language}", text.get("name", "") or stage.key)
            setattr(stage, f"checklist_{language}", text.get("checklist", ""))
        stage.save()


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0005_flag_codes"),
    ]

    operations = [
        migrations.AddField(model_name="stage", name="texts", field=models.JSONField(default=dict)),
        # Reversing re-adds the columns empty (with a default) before the texts fill them.
        migrations.AlterField("stage", "name_en", models.CharField(max_length=100, default="")),
        migrations.AlterField("stage", "name_ru", models.CharField(max_length=100, default="")),
        migrations.RunPython(columns_to_texts, texts_to_columns),
        migrations.RemoveField(model_name="stage", name="checklist_en"),
        migrations.RemoveField(model_name="stage", name="checklist_ru"),
        migrations.RemoveField(model_name="stage", name="name_en"),
        migrations.RemoveField(model_name="stage", name="name_ru"),
    ]
