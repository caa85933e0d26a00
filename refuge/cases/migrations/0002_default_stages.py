from django.db import migrations

from refuge.cases.defaults import install_default_stages


def create_stages(apps, schema_editor):
    install_default_stages(apps.get_model("cases", "Stage"))


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]

    operations = [migrations.RunPython(create_stages, migrations.RunPython.noop)]
