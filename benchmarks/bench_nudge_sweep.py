"""How long a nudge sweep takes over many relationships with few due nudges, and how it grows.

Usage: .venv/bin/python benchmarks/bench_nudge_sweep.py [--relationships 100000] [--due 1000]
Builds a throwaway SQLite database (or uses BENCH_DATABASE_URL for PostgreSQL), fills it with relationships and
two future nudges each (pulse and audit), makes `--due` of them due, and times one sweep: claiming the due rows and
enqueueing their delivery tasks in the real database task queue. Delivery itself is the worker's job, not timed.
"""

import argparse
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(tmp: str) -> None:
    os.environ["MENTORHUB_DEBUG"] = "1"
    if os.environ.get("BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["SQLITE_PATH"] = str(Path(tmp) / "bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "mentorhub.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if os.environ.get("BENCH_DATABASE_URL"):
        call_command("flush", "--noinput", verbosity=0)


def fill(relationships: int) -> None:
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from mentorhub.accounts.models import User
    from mentorhub.nudges.models import Nudge
    from mentorhub.profiles.models import Profile
    from mentorhub.relationships.models import Relationship

    mentors = max(1, int(relationships**0.5) // 2)
    mentees = -(-relationships // mentors)
    password = make_password("x")
    users = User.objects.bulk_create(
        [User(email=f"u{i}@bench.test", password=password) for i in range(mentors + mentees)], batch_size=2000
    )
    Profile.objects.bulk_create([Profile(user=u, name=u.email) for u in users], batch_size=2000)
    mentor_users, mentee_users = users[:mentors], users[mentors:]
    pairs = [(mentee_users[i // mentors], mentor_users[i % mentors]) for i in range(relationships)]
    rels = Relationship.objects.bulk_create([Relationship(mentee=a, mentor=b) for a, b in pairs], batch_size=5000)
    later = timezone.now() + timedelta(days=30)
    Nudge.objects.bulk_create(
        [
            Nudge(
                person_id=r.mentee_id,
                key=f"rel:{r.pk}:{kind}",
                rule=kind,
                category="check_ins",
                title=kind,
                due_at=later + timedelta(minutes=i % 1000),
            )
            for i, r in enumerate(rels)
            for kind in ("pulse", "audit")
        ],
        batch_size=5000,
    )


def make_due(count: int) -> None:
    from django.utils import timezone

    from mentorhub.nudges.models import Nudge

    ids = list(
        Nudge.objects.filter(delivered_at__isnull=True, claimed_at__isnull=True).values_list("pk", flat=True)[:count]
    )
    Nudge.objects.filter(pk__in=ids).update(due_at=timezone.now() - timedelta(minutes=1))


def timed_sweep() -> tuple[int, float]:
    from mentorhub.nudges.services import sweep

    start = time.perf_counter()
    claimed = sweep()
    return claimed, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--relationships", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.db import connection

        start = time.perf_counter()
        fill(args.relationships)
        print(f"database: {connection.vendor}; filled {args.relationships} relationships, "
              f"{2 * args.relationships} future nudges in {time.perf_counter() - start:.1f} s")  # fmt: skip
        results = []
        for due in (args.due // 10, args.due, args.due * 4):
            make_due(due)
            claimed, seconds = timed_sweep()
            results.append((due, claimed, seconds))
            print(f"sweep with {due:>5} due: claimed {claimed:>5} and enqueued delivery in {seconds * 1000:7.1f} ms")
        main_due = next(r for r in results if r[0] == args.due)
        print(f"target: {args.due} due over {args.relationships} relationships in < 2 s -> "
              f"{main_due[2]:.3f} s ({main_due[2] / 2:.1%} of the budget)")  # fmt: skip
        small, big = results[0], results[-1]
        print(f"growth: {big[0] / small[0]:.0f}x the due rows took {big[2] / small[2]:.1f}x the time")


if __name__ == "__main__":
    main()
