"""Search time for a caseworker holding 1,000 cases, through Django's full request stack.

    python -m bench.search [--cases 1000] [--requests 30]

Search keeps no index (refuge/site/selectors.py): each request opens every case the person
holds, decrypts its report and note in memory and matches. Runs in-process (the test client:
middleware, session, the unlocked key, queries, template) against a fresh SQLite file, or
PostgreSQL when REFUGE_DATABASE_URL is set. The goal is at most 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time

from bench.common import (
    django_in_process,
    machine,
    percentile,
    staff_client,
    timed_gets,
    write_section,
)

PLACES = ["Grozny", "Argun", "Gudermes", "Shali", "Urus-Martan", "Makhachkala", "Nazran"]
NAMES = ["Alvi", "Ruslan", "Magomed", "Islam", "Adam", "Zelimkhan", "Rustam", "Ibragim"]
QUERIES = ["argun", "ruslan lada", "nothing-matches-this", "detained phone", "Грозный"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=1_000)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    database = django_in_process("refuge-bench-search-")
    from django.utils import timezone

    from refuge import crypto
    from refuge.accounts import services as accounts
    from refuge.accounts.models import Role, User
    from refuge.cases.models import REGIONS, Assignment, Case, CaseKey, Note, Stage
    from refuge.cases.services import envelope_context as case_context
    from refuge.intake.envelopes import envelope_context as report_context
    from refuge.intake.models import Report

    worker, _ = accounts.user_create(actor=None, username="bob", role=Role.CASEWORKER)
    accounts.user_change_password(user=worker, new_password="bench passphrase 1")
    worker = User.objects.get(pk=worker.pk)
    keypair = accounts.staff_keypair_unlock(user=worker, password="bench passphrase 1")
    assert keypair is not None
    staff_key = worker.staff_key  # type: ignore[attr-defined]
    rng = random.Random(1)
    stages = list(Stage.objects.all())
    started = time.perf_counter()
    now = timezone.now()
    cases = Case.objects.bulk_create(
        [
            Case(
                opened_at=now - timezone.timedelta(minutes=i),
                region=rng.choice([r for r, _ in REGIONS]),
                stage=rng.choice(stages),
            )
            for i in range(args.cases)
        ],
        batch_size=500,
    )
    case_keys = {case.pk: crypto.random_key() for case in cases}
    CaseKey.objects.bulk_create(
        [
            CaseKey(
                case=case,
                holder="staff",
                user=worker,
                staff_key=staff_key,
                sealed=crypto.seal(keypair.public_key, case_keys[case.pk]),
            )
            for case in cases
        ],
        batch_size=500,
    )
    Assignment.objects.bulk_create(
        [Assignment(case=case, user=worker, assigned_at=now) for case in cases], batch_size=500
    )
    reports = []
    for i, case in enumerate(cases):
        report = Report(
            submitted_at=now,
            last_reporter_activity_at=now,
            case=case,
            receipt_tag=f"bench-{i}",
            receipt_salt=b"",
        )
        report_key = crypto.random_key()
        account = (
            f"{rng.choice(NAMES)} was detained in {rng.choice(PLACES)} on the {i % 28 + 1}th; "
            "they took his phone and his passport. His brother drives a white car. " * 3
        )
        content = {
            "account": account,
            "answers": [
                {"key": "where", "question": "Where?", "answer": rng.choice(PLACES)},
                {"key": "safe", "question": "Are you safe now?", "answer": "no"},
            ],
            "language": "en",
        }
        report.content = crypto.encrypt(
            report_key,
            json.dumps(content).encode(),
            associated_data=report_context("report", report.id),
        )
        report.case_wrapped_key = crypto.encrypt(
            case_keys[case.pk],
            report_key,
            associated_data=case_context("report-key", report.pk, case),
        )
        reports.append(report)
    Report.objects.bulk_create(reports, batch_size=500)
    notes = Note.objects.bulk_create(
        [
            Note(case=case, author=worker, stage=case.stage, created_at=now, body=b"")
            for case in cases
        ],
        batch_size=500,
    )
    for note in notes:
        text = f"Called {rng.choice(NAMES)}; meets at the station in {rng.choice(PLACES)}."
        note.body = crypto.encrypt(
            case_keys[note.case_id],
            text.encode(),
            associated_data=case_context("note", note.pk, note.case),
        )
    Note.objects.bulk_update(notes, ["body"], batch_size=500)
    print(f"{database}: created {args.cases} cases in {time.perf_counter() - started:.1f} s")

    client = staff_client(worker, keypair)
    for query in QUERIES:  # warm-up
        response = client.get("/search/", {"q": query})
        assert response.status_code == 200, response.status_code
    found = client.get("/search/", {"q": "argun"}).content.decode()
    assert "/cases/" in found, "the search found nothing: the bench data is wrong"
    timings = timed_gets(client, "/search/", [{"q": q} for q in QUERIES], args.requests)
    p50, p95, worst = percentile(timings, 50), percentile(timings, 95), max(timings)
    print(f"{database}: p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {worst:.0f} ms")
    write_section(
        f"search-{database.lower()}",
        f"### Search over {args.cases:,} cases held by one caseworker — {database}\n\n"
        f"{machine()}; load average {os.getloadavg()[0]:.1f} during the run (a shared "
        f"machine). `python -m bench.search`: {args.requests} requests to `/search/?q=` "
        "through Django's whole stack (test client, in-process), cycling through "
        + ", ".join(f"`{q}`" for q in QUERIES)
        + ". No index: each request unseals every case key, decrypts each case's report and "
        "note in memory and matches.\n\n| p50 ms | p95 ms | max ms | goal |\n"
        f"|---|---|---|---|\n| {p50:.0f} | {p95:.0f} | {worst:.0f} | ≤ 1,000 ms |",
    )


if __name__ == "__main__":
    main()
