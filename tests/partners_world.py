"""Set up and inspect one of the two instances the referral test runs.

Run inside the instance's environment (its settings and database):
    python -m tests.partners_world create        → JSON: the case id (on the referring side)
    python -m tests.partners_world show CASE     → JSON: the case decrypted, as Cora reads it
    python -m tests.partners_world referral CASE → JSON: the status of the case's referrals
    python -m tests.partners_world tamper NAME   → swap the partner's signing key in the database
"""

from __future__ import annotations

import json
import sys
from typing import Any

import django

# Strings that must never leave the referring instance: only the summary, needs and checklist
# are consented to.
ACCOUNT = "SECRET-ACCOUNT Ruslan was detained in Argun"
CONTACT = "SECRET-CONTACT telegram @ruslan_argun"
THREAD = "SECRET-THREAD I am hiding at my aunt's"
NOTE = "SECRET-NOTE the coordinator's own doubts"


def create(*, with_case: bool) -> dict[str, Any]:
    from refuge.accounts.models import Role
    from refuge.accounts.services import staff_keypair_unlock
    from refuge.cases import services as cases
    from refuge.cases.defaults import install_default_stages
    from refuge.cases.models import Consent, Stage
    from refuge.intake.models import Report
    from refuge.intake.services import report_open_for_staff, report_submit, reporter_message_add
    from tests.factories import create_persona

    if not Stage.objects.exists():
        install_default_stages(Stage)
    cora = create_persona("cora", Role.COORDINATOR, rota=True)
    if not with_case:
        return {}
    report_submit(
        account=ACCOUNT,
        answers=[{"key": "contact", "question": "Contact", "answer": CONTACT}],
        files=[],
        language="en",
    )
    report = Report.objects.get()
    keypair = staff_keypair_unlock(user=cora.user, password=cora.password)
    assert keypair is not None
    opened_report = report_open_for_staff(report=report, user=cora.user, keypair=keypair)
    reporter_message_add(opened=opened_report, body=THREAD, files=[])
    opened = cases.case_open_from_report(actor=cora.user, report=opened_report, language="en")
    cases.note_add(actor=cora.user, opened=opened, body=NOTE)
    cases.consent_record(
        actor=cora.user, opened=opened, kind=Consent.Kind.PARTNERS, granted=True, details=""
    )
    return {"case": str(opened.case.pk)}


def show(case_id: str) -> dict[str, Any]:
    from refuge.accounts.models import User
    from refuge.accounts.services import staff_keypair_unlock
    from refuge.cases.models import Case
    from refuge.cases.selectors import case_decrypt
    from refuge.cases.services import case_open_for_staff
    from tests.factories import STRONG_PASSWORD

    cora = User.objects.get(username="cora")
    keypair = staff_keypair_unlock(user=cora, password=STRONG_PASSWORD)
    assert keypair is not None
    view = case_decrypt(
        opened=case_open_for_staff(case=Case.objects.get(pk=case_id), user=cora, keypair=keypair)
    )
    return {
        "urgency": view.case.urgency,
        "reports": [
            {
                "account": report.account,
                "answers": report.answers,
                "messages": [m.body for m in report.messages],
            }
            for _report, report in view.reports
        ],
        "checklist": [item.text for item in view.checklist],
        "notes": [note.body for note in view.notes],
    }


def referral(case_id: str) -> list[dict[str, str]]:
    from refuge.partners.models import Referral

    return [
        {"id": str(r.pk), "status": r.status, "partner": r.partner.name}
        for r in Referral.objects.filter(case_id=case_id).select_related("partner")
    ]


def tamper(name: str) -> None:
    from refuge.partners.models import Partner

    Partner.objects.filter(name=name).update(signing_public=b"\x01" * 32)


if __name__ == "__main__":
    django.setup()
    command = sys.argv[1]
    if command == "create":
        print(json.dumps(create(with_case=sys.argv[2:] == ["--case"])))
    elif command == "show":
        print(json.dumps(show(sys.argv[2])))
    elif command == "referral":
        print(json.dumps(referral(sys.argv[2])))
    else:
        tamper(sys.argv[2])
