"""Case flags are codes, shown in the reader's language; an English sentence was stored before."""

from django.db import migrations

OLD = "A revoked receipt was used to try to open this case's report."


def to_codes(apps, schema_editor):
    apps.get_model("cases", "Case").objects.filter(flag=OLD).update(flag="revoked_receipt_tried")


def to_sentences(apps, schema_editor):
    apps.get_model("cases", "Case").objects.filter(flag="revoked_receipt_tried").update(flag=OLD)


class Migration(migrations.Migration):
    dependencies = [("cases", "0004_checklist_due_sealed")]

    operations = [migrations.RunPython(to_codes, to_sentences)]
