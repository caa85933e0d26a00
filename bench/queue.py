"""Triage queue render time with 10,000 cases, through Django's full request stack.

    python -m bench.queue [--cases 10000] [--requests 200]

Runs in-process (the test client: middleware, session, queries, template) against a fresh
SQLite file, or PostgreSQL when REFUGE_DATABASE_URL is set. The coordinator holds the key of
every case, the worst case for the queue's access filter.
"""

from __future__ import annotations

import argparse
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

FILTERS = [
    {},
    {"urgency": "immediate"},
    {"flag": "detained", "sort": "newest"},
    {"region": "chechnya", "assigned": "no"},
    {"stage": "safety", "page": "5"},
    {"status": "all", "sort": "stage"},
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    database = django_in_process("refuge-bench-queue-")
    from django.utils import timezone

    from refuge import crypto
    from refuge.accounts import services as accounts
    from refuge.accounts.models import Role, User
    from refuge.cases.models import REGIONS, RISK_FLAGS, Assignment, Case, CaseKey, Stage, Urgency
    from refuge.keys import custody

    coordinator, _ = accounts.user_create(actor=None, username="cora", role=Role.COORDINATOR)
    worker, _ = accounts.user_create(actor=None, username="bob", role=Role.CASEWORKER)
    accounts.user_change_password(user=coordinator, new_password="bench passphrase 1")
    rng = random.Random(1)
    stages = list(Stage.objects.all())
    started = time.perf_counter()
    cases = [
        Case(
            opened_at=timezone.now() - timezone.timedelta(minutes=i),
            urgency=(urgency := rng.choice(Urgency.values)),
            urgency_rank={"immediate": 0, "high": 1, "normal": 2}[urgency],
            risk_flags=sorted(rng.sample([f for f, _ in RISK_FLAGS], rng.randint(0, 3))),
            language=rng.choice(["ru", "en"]),
            region=rng.choice([r for r, _ in REGIONS]),
            stage=rng.choice(stages),
            status=rng.choice(["open"] * 4 + ["closed"]),
        )
        for i in range(args.cases)
    ]
    Case.objects.bulk_create(cases, batch_size=1000)
    custody.teams_found(founder=coordinator)
    team_key = custody.team_key_current("coordinators")
    sealed = crypto.seal(bytes(team_key.public_key), crypto.random_key())
    CaseKey.objects.bulk_create(
        [CaseKey(case=c, holder="team", team_key=team_key, sealed=sealed) for c in cases],
        batch_size=1000,
    )
    Assignment.objects.bulk_create(
        [Assignment(case=c, user=worker, assigned_at=timezone.now()) for c in cases[::3]],
        batch_size=1000,
    )
    print(f"{database}: created {args.cases} cases in {time.perf_counter() - started:.1f} s")

    client = staff_client(User.objects.get(pk=coordinator.pk))
    for query in FILTERS:  # warm-up
        assert client.get("/cases/", query).status_code == 200
    timings = timed_gets(client, "/cases/", FILTERS, args.requests)
    p50, p95, p99 = (percentile(timings, q) for q in (50, 95, 99))
    print(f"{database}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms")
    write_section(
        f"queue-{database.lower()}",
        f"### Triage queue with {args.cases:,} cases — {database}\n\n{machine()}. "
        f"`python -m bench.queue`: {args.requests} requests through Django's whole stack "
        "(test client, in-process), cycling through these filters: "
        + "; ".join(str(f) or "none" for f in FILTERS)
        + f". The coordinator holds every case's key.\n\n| p50 ms | p95 ms | p99 ms | goal |\n"
        f"|---|---|---|---|\n| {p50:.1f} | {p95:.1f} | {p99:.1f} | p95 < 200 ms |",
    )


if __name__ == "__main__":
    main()
