from django.db import migrations

from refuge.intake.defaults import install_default_questions


def create_questions(apps, schema_editor):
    install_default_questions(apps.get_model("intake", "Question"))


class Migration(migrations.Migration):
    dependencies = [("intake", "0001_initial")]

    operations = [migrations.RunPython(create_questions, migrations.RunPython.noop)]
