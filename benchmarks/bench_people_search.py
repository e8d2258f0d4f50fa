"""How people search and `seed_demo` grow from 10,000 to 100,000 people (issue 22).

Usage: .venv/bin/python benchmarks/bench_people_search.py [--sizes 10000,100000] [--runs 30] [--keep DIR]
                                                          [--databases sqlite,postgresql]
       BENCH_DATABASE_URL=postgres://... adds PostgreSQL (a new database per size on that server)

For each size: a fresh database (a temporary SQLite file; with BENCH_DATABASE_URL also a new PostgreSQL database),
`migrate`, then `seed_demo --size N`, timed (wall clock and the command's own CPU). Then, in one Django process on
that database, the demo mentee's `profiles.search.find` (what `GET /api/profiles` runs: visibility, the capped count
and one page of 20 by name, with the page's profiles read) for each query, `--runs` times after a warm-up: median and
p95 CPU (time.process_time, so other work on a shared machine inflates it less than wall time), and the growth from
the first size to the last. `--keep DIR` keeps the SQLite files there and reuses them on the next run.
"""

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
QUERIES = ["", "a", "data", "data sql", "mei tanaka", "zzz"]
TARGET_MS, GROWTH = 5.0, 2.0

MEASURE = """import json, statistics, sys, time
import django
django.setup()
from mentorhub.accounts.models import User
from mentorhub.profiles import search
from mentorhub.profiles.models import Profile
viewer = User.objects.get(email="mentee@example.com")
out = {}
for q in json.loads(sys.argv[1]):
    def once():
        profiles = Profile.objects.visible_to(viewer).select_related("user")
        found = search.find(profiles, q)
        return found, found.items[-1] if found.items else None
    found, last = once()
    second = search.find(Profile.objects.visible_to(viewer), q, after=(last.name, last.pk)) if last else None
    times = []
    for _ in range(int(sys.argv[2])):
        started = time.process_time()
        once()
        times.append((time.process_time() - started) * 1000)
    times.sort()
    out[q] = {"median": statistics.median(times), "p95": times[int(0.95 * (len(times) - 1))], "count": found.count,
              "exact": found.count_is_exact, "second_page": len(second.items) if second else 0}
print("RESULT " + json.dumps(out))
"""


def environment(db_env: dict) -> dict:
    return {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SQLITE_PATH")},
        **db_env,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "mentorhub.settings",
        "MENTORHUB_DEBUG": "0",
        "MENTORHUB_DEMO": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "LOG_LEVEL": "ERROR",
    }


def children_cpu() -> float:
    usage = os.times()
    return usage.children_user + usage.children_system


def seed(env: dict, size: int) -> str:
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env, check=True, capture_output=True)
    started, cpu = time.perf_counter(), children_cpu()
    subprocess.run([PYTHON, "manage.py", "seed_demo", "--size", str(size)], cwd=ROOT, env=env, check=True,
                   capture_output=True)  # fmt: skip
    return f"seed_demo --size {size}: {time.perf_counter() - started:.1f} s wall, {children_cpu() - cpu:.1f} s CPU"


def measure(env: dict, runs: int) -> dict:
    done = subprocess.run([PYTHON, "-c", MEASURE, json.dumps(QUERIES), str(runs)], cwd=ROOT, env=env,
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode:
        sys.exit(f"measuring failed:\n{done.stderr}")
    return json.loads(done.stdout.split("RESULT ", 1)[1])


def databases(size: int, wanted: list[str], keep: Path | None, tmp: Path):
    if "sqlite" in wanted:
        path = (keep or tmp) / f"people-{size}.sqlite3"
        yield "sqlite", {"SQLITE_PATH": str(path)}, not path.exists()
    server = os.environ.get("BENCH_DATABASE_URL")
    if server and "postgresql" in wanted:
        import psycopg

        name = f"bench_people_{size}_{secrets.token_hex(4)}"
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        try:
            yield "postgresql", {"DATABASE_URL": server.rsplit("/", 1)[0] + f"/{name}"}, True
        finally:
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--databases", default="sqlite,postgresql", help="postgresql needs BENCH_DATABASE_URL")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the SQLite databases in this folder")
    args, _ = parser.parse_known_args()  # `./run bench` passes its arguments to every benchmark
    sizes = [int(s) for s in args.sizes.split(",")]
    figures = {}
    with tempfile.TemporaryDirectory(prefix="bench-people-") as tmp:
        for size in sizes:
            for label, db_env, fresh in databases(size, args.databases.split(","), args.keep, Path(tmp)):
                env = environment(db_env)
                print(f"== {label}, {size:,} people: " + (seed(env, size) if fresh else "(kept database)"), flush=True)
                for q, f in measure(env, args.runs).items():
                    figures[label, size, q] = f
                    counted = f"{f['count']:>5}{'' if f['exact'] else '+'}"
                    print(f"  q={q!r:13} {counted:>6} found  CPU median {f['median']:5.1f} ms, p95 {f['p95']:5.1f} ms"
                          f" (target {TARGET_MS:g})  next page {f['second_page']}", flush=True)  # fmt: skip
    first, last = sizes[0], sizes[-1]
    for label in sorted({key[0] for key in figures}):
        for q in QUERIES:
            if (label, first, q) in figures and (label, last, q) in figures:
                growth = figures[label, last, q]["median"] / max(figures[label, first, q]["median"], 0.01)
                print(f"{label:10} q={q!r:13} {last:,} / {first:,} people: {growth:4.2f} times (target < {GROWTH:g})")


if __name__ == "__main__":
    main()
