from django.db import migrations, models


def fingerprint_existing(apps, schema_editor):
    """Replace each stored SHA-256 by its keyed hash (the plain hash leaves the database)."""
    from refuge import crypto
    from refuge.keys.server import server_subkey

    key = server_subkey("evidence-hash")
    Evidence = apps.get_model("record", "Evidence")
    for pk, sha256 in Evidence.objects.values_list("pk", "sha256"):
        Evidence.objects.filter(pk=pk).update(
            fingerprint=crypto.keyed_hash(key, bytes.fromhex(sha256)).hex()
        )


class Migration(migrations.Migration):
    dependencies = [
        ("record", "0007_audit_stamp"),
    ]

    operations = [
        migrations.AddField(
            model_name="evidence",
            name="fingerprint",
            field=models.CharField(default="", max_length=64),
            preserve_default=False,
        ),
        migrations.RunPython(fingerprint_existing, migrations.RunPython.noop),
        migrations.RemoveField(model_name="evidence", name="sha256"),
        migrations.AlterField(
            model_name="evidence",
            name="fingerprint",
            field=models.CharField(db_index=True, max_length=64),
        ),
        migrations.AddField(
            model_name="custodyentry",
            name="sealed_details",
            field=models.BinaryField(blank=True, null=True),
        ),
    ]
