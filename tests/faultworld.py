"""Set up, and check the consistency of, a served instance that the fault tests kill.

Run inside the served instance's environment (its settings and database):
    python -m tests.faultworld create   → JSON with the personas' passwords and ids
    python -m tests.faultworld check    → JSON with every broken invariant found (none: [])
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import django


def create() -> dict[str, Any]:
    from refuge.accounts.models import Role
    from refuge.accounts.services import staff_keypair_unlock
    from refuge.cases.services import case_open_from_report
    from refuge.intake.models import Report
    from refuge.intake.services import report_open_for_staff, report_submit
    from tests.conftest import create_persona

    cora = create_persona("cora", Role.COORDINATOR, rota=True)
    bob = create_persona("bob", Role.CASEWORKER, rota=True)
    erin = create_persona("erin", Role.CASEWORKER)
    report_submit(account="The first report.", answers=[], files=[], language="en")
    report = Report.objects.get()
    keypair = staff_keypair_unlock(user=cora.user, password=cora.password)
    assert keypair is not None
    opened = report_open_for_staff(report=report, user=cora.user, keypair=keypair)
    case = case_open_from_report(actor=cora.user, report=opened, language="en").case
    return {
        "password": cora.password,
        "totp": {p.user.username: p.totp_secret for p in (cora, bob, erin)},
        "users": {p.user.username: p.user.pk for p in (cora, bob, erin)},
        "case": str(case.pk),
    }


def check(password: str) -> dict[str, Any]:
    """Return every broken invariant, and counts to report."""
    from refuge import crypto
    from refuge.accounts.models import User
    from refuge.accounts.services import staff_keypair_unlock
    from refuge.audit.selectors import audit_chain_verify
    from refuge.cases.models import Assignment, Case, CaseKey
    from refuge.core.filestore import blob_read
    from refuge.core.sweep import referenced_blobs
    from refuge.intake.models import Attachment, Report, SealedReportKey
    from refuge.keys import custody

    problems: list[str] = []
    for report in Report.objects.all():
        holders = list(
            SealedReportKey.objects.filter(report=report).values_list("holder", flat=True)
        )
        if not report.content or holders.count(SealedReportKey.Holder.RECEIPT) != 1:
            problems.append(f"report {report.pk}: no content or no receipt key")
        team_copies = holders.count(SealedReportKey.Holder.TEAM)
        if team_copies != (1 if report.case_id is None else 0):
            problems.append(f"report {report.pk}: sealed to {holders}, case {report.case_id}")
        if holders.count(SealedReportKey.Holder.RECOVERY) != 1:
            problems.append(f"report {report.pk}: no recovery copy")
    for attachment in Attachment.objects.all():
        try:
            if len(blob_read(attachment.blob_name)) != attachment.ciphertext_size:
                problems.append(f"attachment {attachment.pk}: blob has the wrong size")
        except FileNotFoundError:
            problems.append(f"attachment {attachment.pk}: blob missing")

    keys: dict[str, bytes] = {}
    for user in User.objects.filter(username__in=["cora", "bob", "erin"]):
        keypair = staff_keypair_unlock(user=user, password=password)
        assert keypair is not None
        for held in CaseKey.objects.filter(user=user):
            keys[f"{held.case_id}:{user.username}"] = crypto.unseal(keypair, bytes(held.sealed))
        if user.username == "cora":
            for held in CaseKey.objects.filter(holder=CaseKey.Holder.TEAM).select_related(
                "team_key"
            ):
                keys[f"{held.case_id}:cora"] = custody.open_team_sealed(
                    user=user, keypair=keypair, team_key=held.team_key, sealed=held.sealed
                )
    for case in Case.objects.all():
        coordinator = keys.get(f"{case.pk}:cora")
        if coordinator is None:
            problems.append(f"case {case.pk}: the coordinator lost the key")
        for user in User.objects.filter(role="caseworker"):
            assigned = Assignment.objects.filter(case=case, user=user).exists()
            key = keys.get(f"{case.pk}:{user.username}")
            if assigned != (key is not None):
                problems.append(
                    f"case {case.pk}: {user.username} assigned={assigned}, key={key is not None}"
                )
            if key is not None and key != coordinator:
                problems.append(f"case {case.pk}: {user.username} holds a different key")

    verified = audit_chain_verify()
    if not verified.ok:
        problems.append(f"audit chain: {verified}")
    from django.conf import settings

    store = Path(settings.REFUGE_FILE_STORE)
    on_disk = {p.name for p in store.glob("*/*")} if store.exists() else set()
    return {
        "problems": problems,
        "reports": Report.objects.count(),
        "attachments": Attachment.objects.count(),
        "orphan_blobs": len(on_disk - referenced_blobs()),
        "assigned": list(Assignment.objects.values_list("user__username", flat=True)),
    }


if __name__ == "__main__":
    django.setup()
    if sys.argv[1] == "create":
        print(json.dumps(create()))
    else:
        print(json.dumps(check(sys.argv[2])))
