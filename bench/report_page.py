"""The staff report page with thousands of reports in the inbox, through Django's whole stack.

    python -m bench.report_page [--reports 2000] [--requests 200]

Runs in-process (the test client: middleware, session, key unwrapping, decryption, template)
against a fresh SQLite file, or PostgreSQL when REFUGE_DATABASE_URL is set. Reports are
submitted through the hotline service with real encryption. Measures a report's first view
(it compares that report with the inbox once, refuge/intake/similarity.py) apart from later
views, which is what a caseworker going back and forth sees.
"""

from __future__ import annotations

import argparse
import random
import time

from bench.common import django_in_process, machine, percentile, staff_client, write_section

WORDS = [
    "detained",
    "police",
    "Argun",
    "Grozny",
    "phone",
    "taken",
    "brother",
    "men",
    "three",
    "days",
    "held",
    "basement",
    "beaten",
    "released",
    "friend",
    "evacuated",
    "afraid",
    "family",
    "cousin",
    "name",
    "list",
    "station",
    "car",
    "night",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    database = django_in_process("refuge-bench-report-")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from refuge.accounts import services as accounts
    from refuge.accounts.models import Role, User
    from refuge.intake import services as intake
    from refuge.keys import custody

    password = "bench passphrase 1"  # noqa: S105
    bob, _ = accounts.user_create(actor=None, username="bob", role=Role.COORDINATOR)
    accounts.user_change_password(user=bob, new_password=password)
    keypair = accounts.staff_keypair_unlock_or_create(user=bob, password=password)
    custody.teams_found(founder=User.objects.get(pk=bob.pk))
    rng = random.Random(1)
    started = time.perf_counter()
    reports = []
    for _ in range(args.reports):
        account = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120)))
        report, _receipt, _files = intake.report_submit(
            account=account, answers=[], files=[], language="ru"
        )
        reports.append(report.pk)
    print(f"{database}: submitted {args.reports} reports in {time.perf_counter() - started:.0f} s")

    client = staff_client(User.objects.get(pk=bob.pk), keypair)

    def view(pk: object) -> tuple[float, int]:
        with CaptureQueriesContext(connection) as captured:
            begun = time.perf_counter()
            response = client.get(f"/inbox/{pk}/")
            elapsed = (time.perf_counter() - begun) * 1000
        assert response.status_code == 200, response.status_code
        return elapsed, len(captured.captured_queries)

    viewed = rng.sample(reports, min(len(reports), 40))
    first = [view(pk) for pk in viewed]
    later = [view(rng.choice(viewed)) for _ in range(args.requests)]
    first_ms = [ms for ms, _ in first]
    later_ms = [ms for ms, _ in later]
    queries = sorted({q for _, q in later})
    row = (
        f"| {args.reports:,} | {percentile(first_ms, 50):.0f} | {percentile(first_ms, 95):.0f} "
        f"| {percentile(later_ms, 50):.1f} | {percentile(later_ms, 95):.1f} "
        f"| {', '.join(map(str, queries))} |"
    )
    print(f"{database}: {row}")
    write_section(
        f"report-page-{database.lower()}",
        f"### Staff report page with {args.reports:,} inbox reports — {database}\n\n"
        f"{machine()}. `python -m bench.report_page`: the first view of {len(viewed)} reports "
        f"(each compared once with the inbox, then kept encrypted), then "
        f"{args.requests} later views, through Django's whole stack (test client, in-process). "
        "Goal: p50 under 100 ms.\n\n"
        "| inbox reports | first view p50 ms | first view p95 ms | later p50 ms | later p95 ms "
        "| queries per later view |\n|---|---|---|---|---|---|\n" + row,
    )


if __name__ == "__main__":
    main()
