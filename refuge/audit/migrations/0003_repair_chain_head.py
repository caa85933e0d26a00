"""Point the chain head at the last entry.

0002 used to create the head at sequence 0 even when entries already existed, so on such a
database every later audit write collided with entry 1 and failed. 0002 now starts the head at
the last entry; this repairs databases that ran the old 0002.
"""

from django.db import migrations


def repair_head(apps, schema_editor):
    AuditEntry = apps.get_model("audit", "AuditEntry")
    AuditHead = apps.get_model("audit", "AuditHead")
    last = AuditEntry.objects.order_by("-seq").first()
    head = AuditHead.objects.filter(pk=1).first()
    if last is None or head is None or head.seq >= last.seq:
        return
    AuditHead.objects.filter(pk=1).update(seq=last.seq, entry_hash=last.entry_hash)


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_chain_head")]

    operations = [migrations.RunPython(repair_head, migrations.RunPython.noop)]
