"""Hotline inbox render time with thousands of reports, through Django's full request stack.

    python -m bench.inbox [--reports 2775] [--requests 100]

Runs in-process (the test client: middleware, session, queries, template) against a fresh
SQLite file, or PostgreSQL when REFUGE_DATABASE_URL is set. Reports are submitted through
``report_submit`` (sealed to the intake team, as on the hotline; a cheap receipt KDF to keep
the set-up short). The coordinator's key is unlocked in the session, so every row of the page
is decrypted in memory for its excerpt, language and relationship: the worst case. The 2,775
default is the size at which the unpaged inbox took 549 ms (p50) in the soak of 2026-11-30.
"""

from __future__ import annotations

import argparse
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

QUERIES = [{}, {"sort": "newest"}, {"page": "2"}, {"sort": "newest", "page": "20"}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=2775)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    database = django_in_process("refuge-bench-inbox-")
    from refuge.accounts import services as accounts
    from refuge.accounts.models import Role, User
    from refuge.intake.models import Question
    from refuge.intake.services import report_submit
    from refuge.keys import custody

    password = "bench passphrase 1"  # noqa: S105
    coordinator, _ = accounts.user_create(actor=None, username="cora", role=Role.COORDINATOR)
    accounts.user_change_password(user=coordinator, new_password=password)
    custody.teams_found(founder=coordinator)
    questions = list(Question.objects.filter(active=True).prefetch_related("texts"))
    safe = ["Yes", "No, I am in danger", "I am not sure"]
    rng = random.Random(1)
    started = time.perf_counter()
    for n in range(args.reports):
        answers = [
            {
                "key": q.key,
                "question": q.label,
                "answer": rng.choice(safe) if q.key == "safe_now" else f"answer {n}",
            }
            for q in questions
        ]
        report_submit(
            account=f"Report {n}: detained at a checkpoint, phone taken. " * 4,
            answers=answers,
            files=[],
            language=rng.choice(["ru", "en"]),
        )
    print(f"{database}: submitted {args.reports} reports in {time.perf_counter() - started:.1f} s")

    keypair = accounts.staff_keypair_unlock(user=coordinator, password=password)
    assert keypair is not None
    client = staff_client(User.objects.get(pk=coordinator.pk), keypair)
    for query in QUERIES:  # warm-up, and a check that the rows were decrypted
        response = client.get("/inbox/", query)
        assert response.status_code == 200
        assert b"phone taken" in response.content
    timings = timed_gets(client, "/inbox/", QUERIES, args.requests)
    p50, p95, p99 = (percentile(timings, q) for q in (50, 95, 99))
    print(f"{database}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms")
    write_section(
        f"inbox-{database.lower()}",
        f"### Hotline inbox with {args.reports:,} reports — {database}\n\n{machine()}. "
        f"`python -m bench.inbox`: {args.requests} requests through Django's whole stack "
        "(test client, in-process), cycling through "
        + "; ".join(str(q) if q else "no query" for q in QUERIES)
        + ". 50 rows a page, each decrypted in memory (excerpt, language, who is reporting) "
        "with the coordinator's unlocked key; most urgent first by default. Before paging, "
        "the whole inbox at this size took 549 ms (p50, soak of 2026-11-30). Load average "
        f"during the run: {os.getloadavg()[0]:.1f} (the machine is shared)."
        f"\n\n| p50 ms | p95 ms | p99 ms | goal |\n"
        f"|---|---|---|---|\n| {p50:.1f} | {p95:.1f} | {p99:.1f} | p95 < 200 ms |",
    )


if __name__ == "__main__":
    main()
