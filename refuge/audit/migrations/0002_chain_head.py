from django.db import migrations


def create_head(apps, schema_editor):
    # The head names the last entry already written, so the next entry continues the chain.
    AuditEntry = apps.get_model("audit", "AuditEntry")
    AuditHead = apps.get_model("audit", "AuditHead")
    last = AuditEntry.objects.order_by("-seq").first()
    AuditHead.objects.get_or_create(
        pk=1,
        defaults={
            "seq": last.seq if last else 0,
            "entry_hash": last.entry_hash if last else "0" * 64,
        },
    )


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [migrations.RunPython(create_head, migrations.RunPython.noop)]
