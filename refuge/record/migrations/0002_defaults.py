from django.db import migrations

from refuge.record.defaults import install_defaults


def create(apps, schema_editor):
    install_defaults(apps.get_model("record", "ActType"), apps.get_model("record", "Place"))


class Migration(migrations.Migration):
    dependencies = [("record", "0001_initial")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
