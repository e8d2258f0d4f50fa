"""Server CPU per request and one-client latency of the main pages and API lists, at 10,000 people (issue 22).

Usage: .venv/bin/python benchmarks/bench_pages.py [--size 10000] [--requests 100] [--workers 2]
                                                   [--databases sqlite,postgresql] [--only REGEX] [--redis]
                                                   [--profile DIR | --no-profile] [--scale-to 100000|0]

For each database, in a throwaway database of its own (as bench_directory_http.py: a temporary SQLite file; a new
database on BENCH_DATABASE_URL's server or on the development cluster): migrate, `seed_demo --size N`, start
gunicorn with production settings (sync workers, one per core), log in as the demo mentee, mentor and coordinator,
then request each URL N times, one request at a time. CPU per request is the change in utime + stime of gunicorn's
processes (/proc/<pid>/stat) over those requests, divided by N: unlike latency, other work on the machine does not
inflate it. PostgreSQL's own CPU is not in it. Each figure is printed beside its target.

--scale-to N (default 100,000; 0 skips it) measures every URL again on a database of N people (seed_demo --size N,
1-2 minutes of CPU each) and prints how much each row grew from --size (issue 22: within 1.5x at 100,000).

--redis starts a redis-server of its own and sets REDIS_URL (shared cache and sessions in Redis).

At --size, one request of each URL also runs under cProfile in a Django process on the same database (after a
warm-up request, so one-off work is left out), and the summary ends with where each URL over its CPU target spends
it: before the view (middleware), ORM building, SQL, templates, form fields. --profile DIR keeps the profiles
(DIR/<database>.<url>.prof, and a .txt with the request's SQL and its top functions); --no-profile skips them.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from bench_directory_http import (
    ROOT,
    SETTINGS_SHIM,
    Postgres,
    cookies_of,
    free_port,
    log_in,
    postgres_server,
    prepare,
    request,
    server_cpu_seconds,
    server_env,
    start_gunicorn,
    stop,
)

MENTEE, MENTOR, COORDINATOR = "mentee@example.com", "mentor@example.com", "coordinator@example.com"
PAGE, DIRECTORY, API, SEARCH = (12.0, 25.0), (10.0, 25.0), (5.0, 25.0), (5.0, 20.0)
GROWTH_TARGET = 1.5  # from 10,000 to 100,000 people

# (what, who asks, path, (CPU ms, p95 ms) targets). "{relationship}" and "{meeting}" are the demo mentor's, read
# from their own lists, so the benchmark follows whatever ids seed_demo gave them.
URLS = [
    ("Home (mentee)", MENTEE, "/", PAGE),
    ("Home (mentor)", MENTOR, "/", PAGE),
    ("Home (coordinator)", COORDINATOR, "/", PAGE),
    ("relationship page", MENTOR, "/relationships/{relationship}/", PAGE),
    ("meeting page", MENTOR, "/meetings/{meeting}/", PAGE),
    ("directory page", MENTEE, "/mentors/", DIRECTORY),
    ("directory search", MENTEE, "/mentors/?q=data", DIRECTORY),
    ("API profiles", MENTEE, "/api/profiles?limit=20", API),
    ("API profiles ?q=a", MENTEE, "/api/profiles?q=a&limit=20", SEARCH),
    ("API profiles ?q=data", MENTEE, "/api/profiles?q=data&limit=20", SEARCH),
    ("API suggestions", MENTEE, "/api/mentors/suggestions?limit=10", API),
    ("API mentors", MENTEE, "/api/mentors?limit=20", API),
    ("API meetings", MENTOR, "/api/meetings", API),
    ("API contacts", MENTEE, "/api/network/contacts", API),
    ("API contacts ?q=a", MENTEE, "/api/network/contacts?q=a", SEARCH),
    ("API programs", MENTEE, "/api/programs", API),
    ("conversation page", MENTOR, "/conversations/{conversation}/", PAGE),
    # What an open, idle tab costs: its poll when nothing is new (issue 15; docs/conversations.md).
    ("conversation poll, idle", MENTOR, "/conversations/{conversation}/new/?after=2000000000", API),
    ("API conversations", MENTOR, "/api/conversations", API),
]

PROFILE_SCRIPT = """import cProfile, io, json, pstats, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from mentorhub.accounts.models import User

out, urls = sys.argv[1], json.loads(sys.argv[2])
clients, where = {}, {}
for name, email, path in urls:
    if email not in clients:
        clients[email] = Client(HTTP_HOST="127.0.0.1")
        clients[email].force_login(User.objects.get(email=email))
    client = clients[email]
    assert client.get(path).status_code in (200, 204), path  # 204: an idle conversation poll
    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        profiler.enable()
        client.get(path)
        profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(40)
    profiler.dump_stats(f"{out}.{name}.prof")
    where[name] = {"queries": len(queries), **shares(stats.stats)}
    with open(f"{out}.{name}.txt", "w") as f:
        f.write(f"{path}: {json.dumps(where[name])}\\n")
        f.write("\\n".join(q["sql"][:300] for q in queries.captured_queries) + "\\n\\n")
        f.write(text.getvalue())
with open(f"{out}.where.json", "w") as f:
    json.dump(where, f)
"""

# Where one request's CPU goes, as shares of the profiled request (cProfile slows every call by a similar factor, so
# shares hold better than its milliseconds). A function's cumulative time counts once however deep it recurses.
# "before the view" is middleware: session, person and profile, language, time zone. Templates include the queries
# a template runs and the form fields it renders; "ORM building" is Django turning querysets into SQL, "SQL" the
# database driver's own time.
SHARES = """
PARTS = {
    "templates": ("django/template/backends/django.py", "render"),
    "form fields": ("django/forms/renderers.py", "render"),
    "ORM building": ("django/db/models/sql/compiler.py", "as_sql"),
    "SQL": ("django/db/backends/utils.py", "_execute"),
    "view": ("django/core/handlers/base.py", "_get_response"),
}


def shares(stats):
    whole = max(entry[3] for entry in stats.values())
    part = {
        label: max((entry[3] for (file, _, function), entry in stats.items() if file.endswith(suffix)
                    and function == function_name), default=0.0)
        for label, (suffix, function_name) in PARTS.items()
    }
    part["before the view"] = whole - part.pop("view")
    return {label: round(100 * seconds / whole) for label, seconds in part.items()}
"""
WHERE = ["before the view", "ORM building", "SQL", "templates", "form fields"]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def first_id(port: int, cookie: str, path: str, pattern: str) -> str:
    _, body = request(port, "GET", path, headers={"Cookie": cookie})
    found = re.search(pattern, body.decode())
    if not found:
        raise SystemExit(f"no link matching {pattern} on {path}: did seed_demo change?")
    return found.group(1)


def conversation_of(port: int, cookie: str, relationship: str) -> str:
    response, _ = request(port, "GET", f"/conversations/relationship/{relationship}/", headers={"Cookie": cookie})
    found = re.fullmatch(r"/conversations/(\d+)/", response.getheader("Location") or "")
    if response.status != 302 or not found:
        raise SystemExit(f"the relationship's conversation did not open (HTTP {response.status})")
    return found.group(1)


def measure_posting(server, port: int, conversation: str, cookie: str, count: int) -> dict:
    """CPU per message posted from the page (the form post and its redirect, without following it)."""
    response, body = request(port, "GET", f"/conversations/{conversation}/", headers={"Cookie": cookie})
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    headers = {
        "Cookie": f"{cookie}; csrftoken={cookies_of(response)['csrftoken']}",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    latencies, cpu = [], server_cpu_seconds(server)
    for i in range(count):
        form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "body": f"Benchmark message {i}: see you soon."})
        started = time.perf_counter()
        response, _ = request(port, "POST", f"/conversations/{conversation}/post/", form, headers)
        latencies.append(time.perf_counter() - started)
        if response.status != 302:
            raise SystemExit(f"posting a message: HTTP {response.status}")
    cpu_ms = 1000 * (server_cpu_seconds(server) - cpu) / count
    cuts = statistics.quantiles(latencies, n=100)
    return {"cpu_ms": cpu_ms, "p50_ms": cuts[49] * 1000, "p95_ms": cuts[94] * 1000}


def measure(server, port: int, path: str, cookie: str, count: int) -> dict:
    headers = {"Cookie": cookie}
    for _ in range(3):  # the first requests build per-process indexes and caches: steady state is what counts
        response, _ = request(port, "GET", path, headers=headers)
        if response.status not in (200, 204):  # 204: an idle conversation poll, nothing new
            raise SystemExit(f"{path}: HTTP {response.status}")
    latencies = []
    cpu = server_cpu_seconds(server)
    for _ in range(count):
        started = time.perf_counter()
        response, _ = request(port, "GET", path, headers=headers)
        latencies.append(time.perf_counter() - started)
        if response.status not in (200, 204):  # 204: an idle conversation poll, nothing new
            raise SystemExit(f"{path}: HTTP {response.status}")
    cpu_ms = 1000 * (server_cpu_seconds(server) - cpu) / count
    cuts = statistics.quantiles(latencies, n=100)
    return {"cpu_ms": cpu_ms, "p50_ms": cuts[49] * 1000, "p95_ms": cuts[94] * 1000}


def bench_database(label: str, db_env: dict, args, tmp: Path, size: int) -> list[dict]:
    print(f"\n== {label}, {size:,} people", flush=True)
    env = server_env(label, db_env, tmp)
    redis_server = None
    if args.redis:
        redis_port = free_port()
        redis_server = subprocess.Popen(
            [args.redis, "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--dir", str(tmp)],
            stdout=subprocess.DEVNULL,
        )
        env["REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
    try:
        return [{**r, "size": size} for r in measure_database(label, env, args, tmp, size)]
    finally:
        if redis_server:
            redis_server.terminate()
            redis_server.wait(timeout=10)


def measure_database(label: str, env: dict, args, tmp: Path, size: int) -> list[dict]:
    prepare(env, size)
    port = free_port()
    server = start_gunicorn(env, port, args.workers)
    results = []
    try:
        cookies = {email: log_in(port, email) for email in (MENTEE, MENTOR, COORDINATOR)}
        ids = {
            "relationship": first_id(port, cookies[MENTOR], "/relationships/", r'href="/relationships/(\d+)/"'),
            "meeting": first_id(port, cookies[MENTOR], "/meetings/", r'href="/meetings/(\d+)/"'),
        }
        ids["conversation"] = conversation_of(port, cookies[MENTOR], ids["relationship"])
        urls = [
            (what, email, path.format(**ids), target)
            for what, email, path, target in URLS
            if re.search(args.only, what, re.IGNORECASE)
        ]
        # Every worker's first requests import modules, compile templates and fill per-process caches. With
        # requests one at a time either worker may take any of them, so warm both on every URL before timing any:
        # otherwise the first URL measured pays the second worker's start.
        for _ in range(2 * args.workers):
            for _, email, path, _ in urls:
                request(port, "GET", path, headers={"Cookie": cookies[email]})
        for what, email, path, (cpu_target, p95_target) in urls:
            figures = measure(server, port, path, cookies[email], args.requests)
            result = {"database": label, "what": what, "path": path, "cpu_target": cpu_target}
            results.append({**result, "p95_target": p95_target, **figures, "load": os.getloadavg()[0]})
            report(results[-1])
            if what == "conversation poll, idle":
                per_minute = 60 / args.poll_seconds
                print(
                    f"  {'':22} an idle open tab: {per_minute:.0f} requests a minute, "
                    f"{figures['cpu_ms'] * per_minute:.0f} ms of server CPU a minute "
                    f"(polling every {args.poll_seconds} s)"
                )
        if re.search(args.only, "posting a message", re.IGNORECASE):
            figures = measure_posting(server, port, ids["conversation"], cookies[MENTOR], args.requests)
            result = {"database": label, "what": "posting a message", "path": "POST /conversations/…/post/"}
            targets = {"cpu_target": PAGE[0], "p95_target": PAGE[1]}
            results.append({**result, **targets, **figures, "load": os.getloadavg()[0]})
            report(results[-1])
    finally:
        stop(server)
    if size == args.size and not args.no_profile:
        out = Path(args.profile).resolve() if args.profile else tmp / "profiles"
        out.mkdir(parents=True, exist_ok=True)
        print(f"  cProfile of one request per URL into {out}/", flush=True)
        listing = json.dumps([(slug(what), email, path) for what, email, path, _ in urls])
        subprocess.run(
            [sys.executable, "-c", SHARES + PROFILE_SCRIPT, str(out / slug(label)), listing],
            cwd=ROOT,
            env=env,
            check=True,
        )
        where = json.loads((out / f"{slug(label)}.where.json").read_text())
        for result in results:
            result["where"] = where.get(slug(result["what"]))
    return results


def verdict(value: float, target: float) -> str:
    return f"{value:6.1f} ms / {target:4.0f} {'ok  ' if value <= target else 'OVER'}"


def report(r: dict) -> None:
    print(
        f"  {r['what']:22} CPU {verdict(r['cpu_ms'], r['cpu_target'])}   p95 {verdict(r['p95_ms'], r['p95_target'])}"
        f"   p50 {r['p50_ms']:5.1f} ms   {r['path']}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="seed_demo --size")
    parser.add_argument("--requests", type=int, default=100, help="timed requests per URL, one at a time")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="gunicorn sync workers")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--only", default="", metavar="REGEX", help="only the URLs whose label matches, e.g. API")
    parser.add_argument(
        "--redis", nargs="?", const="redis-server", metavar="SERVER", help="start redis-server and set REDIS_URL"
    )
    parser.add_argument("--poll-seconds", type=int, default=10, help="CONVERSATION_POLL_SECONDS, for the idle-tab cost")
    parser.add_argument("--profile", metavar="DIR", help="keep the cProfile of one request per URL in DIR")
    parser.add_argument("--no-profile", action="store_true", help="skip the profiles (and the table they make)")
    parser.add_argument(
        "--scale-to", type=int, default=100_000, metavar="N", help="measure again at N people (0: do not)"
    )
    args, _ = parser.parse_known_args()  # `./run bench` passes its arguments to every benchmark

    print(
        f"gunicorn --workers {args.workers}; {os.cpu_count()} cores; {args.requests} requests per URL"
        f"{'; REDIS_URL set' if args.redis else ''}"
    )
    tmp = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    (tmp / "bench_directory_settings.py").write_text(SETTINGS_SHIM)
    wanted = args.databases.split(",")
    sizes = [args.size, *([args.scale_to] if args.scale_to else [])]
    results = []
    try:
        for size in sizes:
            if "sqlite" in wanted:
                sqlite = {"SQLITE_PATH": str(tmp / f"bench-{size}.sqlite3")}
                results += bench_database("SQLite", sqlite, args, tmp, size)
            server = postgres_server() if "postgresql" in wanted else None
            if server:
                database = Postgres(server)
                try:
                    results += bench_database("PostgreSQL", {"DATABASE_URL": database.url}, args, tmp, size)
                finally:
                    database.drop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    summary([r for r in results if r["size"] == args.size])
    if args.scale_to:
        growth(results, args.size, args.scale_to)


def growth(results: list[dict], small: int, large: int) -> None:
    """Each row's CPU per request at both sizes and the ratio, against issue 22's 1.5x."""
    databases = list(dict.fromkeys(r["database"] for r in results))
    at = {(r["database"], r["what"], r["size"]): r["cpu_ms"] for r in results}
    print(f"\nFrom {small:,} to {large:,} people: CPU per request (ms) and growth (target at most {GROWTH_TARGET}x)")
    print(f"\n| what | {' | '.join(f'{d} {small:,} | {d} {large:,} | {d} growth' for d in databases)} |")
    print("| --- " * (1 + 3 * len(databases)) + "|")
    for what in dict.fromkeys(r["what"] for r in results):
        cells = []
        for d in databases:
            before, after = at.get((d, what, small)), at.get((d, what, large))
            if before is None or after is None:
                cells += ["-", "-", "-"]
                continue
            ratio = after / before
            cells += [f"{before:.1f}", f"{after:.1f}", f"**{ratio:.2f}x**{'' if ratio <= GROWTH_TARGET else ' OVER'}"]
        print(f"| {what} | {' | '.join(cells)} |")


def summary(results: list[dict]) -> None:
    """One row per URL, each database's CPU per request and p95 beside the target, marked when over it."""
    databases = list(dict.fromkeys(r["database"] for r in results))
    rows = {}
    for r in results:
        rows.setdefault(r["what"], {})[r["database"]] = r

    def cell(r: dict | None, key: str, target: float) -> str:
        if r is None:
            return "-"
        return f"**{r[key]:.1f}**{'' if r[key] <= target else ' OVER'}"

    print("\nCPU per request is gunicorn's utime + stime from /proc: what counts on a shared machine. p95 also waits")
    print("for a core, so it holds only on an idle one (load average per database below).")
    print(
        f"\n| what | CPU target | {' | '.join(f'{d} CPU' for d in databases)} | p95 target | "
        f"{' | '.join(f'{d} p95' for d in databases)} |"
    )
    print("| --- " * (3 + 2 * len(databases)) + "|")
    for what, by_database in rows.items():
        first = next(iter(by_database.values()))
        cpu = " | ".join(cell(by_database.get(d), "cpu_ms", first["cpu_target"]) for d in databases)
        p95 = " | ".join(cell(by_database.get(d), "p95_ms", first["p95_target"]) for d in databases)
        print(f"| {what} | {first['cpu_target']:.0f} ms | {cpu} | {first['p95_target']:.0f} ms | {p95} |")
    for database in databases:
        loads = [r["load"] for r in results if r["database"] == database]
        print(f"{database}: load average {min(loads):.1f}-{max(loads):.1f} during the run")
    over = [r for r in results if r.get("where") and r["cpu_ms"] > r["cpu_target"]]
    if over:
        print("\nWhere the CPU of each URL over its target goes: shares of one request under cProfile. The parts")
        print("overlap: ORM building and SQL are counted wherever they happen, before the view (the session, the")
        print("person) and inside templates too; form fields are part of templates (bench_pages.py, SHARES).")
        print(f"\n| what | database | SQL queries | {' | '.join(WHERE)} |")
        print("| --- " * (3 + len(WHERE)) + "|")
        for r in over:
            parts = " | ".join(f"{r['where'][part]} %" for part in WHERE)
            print(f"| {r['what']} | {r['database']} | {r['where']['queries']} | {parts} |")


if __name__ == "__main__":
    main()
