"""The mentor directory page and the suggestions API over HTTP, as production serves them.

Usage: .venv/bin/python benchmarks/bench_directory_http.py [--size 10000] [--seconds 10] [--workers 2]
                                                            [--databases sqlite,postgresql]

For each database, in a throwaway database of its own (a temporary SQLite file; a fresh PostgreSQL database on
the server of BENCH_DATABASE_URL, or else on the development cluster at 127.0.0.1:55440 when it answers): migrate,
`seed_demo --size N`, collectstatic into a temporary STATIC_ROOT, start gunicorn with production settings on a
free loopback port, log in as the demo mentee, warm every worker's index, then load each URL with one client
(latency) and with 50 concurrent clients (throughput) using wrk (installed with apt-get when missing and
possible; otherwise a Python thread pool). Prints the figures and their ratio to the issue's targets.
"""

import argparse
import http.client
import json
import math
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEV_CLUSTER = "postgres://postgres@127.0.0.1:55440/postgres"
MENTEE, PASSWORD = "mentee@example.com", "mentorhub-demo"
URLS = {"directory page": "/mentors/", "suggestions API": "/api/mentors/suggestions?limit=10"}
P95_TARGET_MS, THROUGHPUT_TARGET, CLIENTS = 20.0, 250.0, 50
CORES = os.cpu_count() or 1

# Production settings with static files collected into a temporary directory, so a run never touches the
# checkout's staticfiles/. BENCH_PLAIN_STATIC is the fallback when the manifest storage cannot collect.
SETTINGS_SHIM = """import os
from mentorhub.settings import *  # noqa: F403
STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
if os.environ.get("BENCH_PLAIN_STATIC"):
    STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"}}  # noqa: F405
"""

# wrk reports its own latency histogram; this prints the percentiles the targets need as one JSON line.
WRK_SCRIPT = """wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH {"requests": %d, "seconds": %f, "p50_ms": %f, "p95_ms": %f, "p99_ms": %f, '
    .. '"errors": %d, "bad_status": %d}\\n', summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3,
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_wrk() -> str | None:
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if shutil.which("apt-get") and os.geteuid() == 0:
        print("Installing wrk with apt-get ...", flush=True)
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": False}
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], env=env, **quiet).returncode:
            subprocess.run(["apt-get", "update", "-qq"], env=env, **quiet)
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], env=env, **quiet)
    return shutil.which("wrk")


# --- databases ------------------------------------------------------------------------------------------


class Postgres:
    """A database of our own on a PostgreSQL server, dropped afterwards."""

    def __init__(self, server_url: str):
        import psycopg

        self.psycopg = psycopg
        self.server_url = server_url
        self.name = f"bench_directory_{os.getpid()}"
        with psycopg.connect(server_url, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        self.url = urllib.parse.urlunsplit(urllib.parse.urlsplit(server_url)._replace(path=f"/{self.name}"))

    def drop(self):
        with self.psycopg.connect(self.server_url, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def postgres_server() -> str | None:
    url = os.environ.get("BENCH_DATABASE_URL") or DEV_CLUSTER
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=2):
            return url
    except Exception as error:  # any failure means: no PostgreSQL for this run
        print(f"PostgreSQL skipped: {url} does not answer ({type(error).__name__}).")
        return None


# --- the server -----------------------------------------------------------------------------------------


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare(env: dict, size: int) -> None:
    manage(env, "migrate", "--noinput")
    started = time.perf_counter()
    manage(env, "seed_demo", "--size", str(size))
    print(f"  seed_demo --size {size}: {time.perf_counter() - started:.1f} s", flush=True)
    try:
        subprocess.run(
            [PYTHON, "manage.py", "collectstatic", "--noinput"], cwd=ROOT, env=env, check=True, capture_output=True
        )
    except subprocess.CalledProcessError as error:
        lines = (error.stderr or b"").decode().splitlines()
        reason = next((line for line in lines if "could not be found" in line), lines[-1] if lines else "")
        print(f"  NOTE collectstatic with the manifest storage failed: {reason.strip()}")
        print("  This run uses whitenoise's plain storage; static files are not what it measures.")
        env["BENCH_PLAIN_STATIC"] = "1"
        manage(env, "collectstatic", "--noinput")


def start_gunicorn(env: dict, port: int, workers: int) -> subprocess.Popen:
    command = [
        str(Path(PYTHON).parent / "gunicorn"),
        "mentorhub.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--log-level",
        "warning",
        # A worker's first request builds the per-process mentor directory: at 100,000 people on a busy machine that
        # takes longer than gunicorn's 30 s default, which would kill the worker during the warm-up.
        "--timeout",
        "300",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    # Two minutes: on a shared machine under load, importing Django and the apps in each worker takes that long.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            request(port, "GET", "/account/login/")
            return server
        except OSError:
            time.sleep(0.2)
    stop(server)
    raise SystemExit("gunicorn did not start within 120 s")


def server_cpu_seconds(server: subprocess.Popen) -> float:
    """CPU time used so far by gunicorn's master and workers (Linux /proc), to report CPU per request: a figure
    that other work on a shared machine does not distort, unlike latency and throughput."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        if int(fields[2]) == server.pid:  # process group: gunicorn runs in a session of its own
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def request(port, method, path, body=None, headers=None, connection=None):
    # As long as gunicorn's --timeout above: a worker's first page at 100,000 people builds the mentor directory.
    conn = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response, response.read()


def cookies_of(response) -> dict:
    found = {}
    for name, value in response.getheaders():
        if name.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            found[key] = rest.split(";")[0]
    return found


def log_in(port: int, email: str = MENTEE) -> str:
    response, body = request(port, "GET", "/account/login/")
    jar = cookies_of(response)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    form = urllib.parse.urlencode({"login": email, "password": PASSWORD, "csrfmiddlewaretoken": token})
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={jar['csrftoken']}"}
    response, _ = request(port, "POST", "/account/login/", form, headers)
    jar.update(cookies_of(response))
    if response.status != 302 or "sessionid" not in jar:
        raise SystemExit(f"logging in as {email} failed (HTTP {response.status})")
    return f"sessionid={jar['sessionid']}"


def check(port: int, cookie: str) -> None:
    """Each URL answers 200 with ranked mentors before anything is timed (this also builds an index)."""
    for label, path in URLS.items():
        response, body = request(port, "GET", path, headers={"Cookie": cookie})
        found = body.count(b'class="card match"') if path.startswith("/mentors") else len(json.loads(body))
        if response.status != 200 or not found:
            raise SystemExit(f"{label} {path}: HTTP {response.status}, {found} mentors")


# --- load -----------------------------------------------------------------------------------------------


def run_wrk(wrk: str, script: Path, port: int, path: str, cookie: str, clients: int, seconds: int) -> dict:
    command = [wrk, f"-t{min(clients, 2)}", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script)]
    out = subprocess.run(
        [*command, f"http://127.0.0.1:{port}{path}"],
        env={**os.environ, "BENCH_COOKIE": cookie},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = json.loads(out.split("BENCH ", 1)[1].splitlines()[0])
    result["rps"] = result["requests"] / result["seconds"]
    return result


def run_threads(port: int, path: str, cookie: str, clients: int, seconds: int) -> dict:
    """The fallback load generator: one keep-alive connection per client thread."""
    latencies, errors, bad_status = [], [0], [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine = []
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                response, _ = request(port, "GET", path, headers={"Cookie": cookie}, connection=conn)
            except (OSError, http.client.HTTPException):
                with lock:
                    errors[0] += 1
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                continue
            mine.append(time.perf_counter() - started)
            if response.status != 200:
                with lock:
                    bad_status[0] += 1
        with lock:
            latencies.extend(mine)

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [math.nan] * 99
    return {
        "requests": len(latencies),
        "seconds": elapsed,
        "rps": len(latencies) / elapsed,
        "p50_ms": cuts[49] * 1000,
        "p95_ms": cuts[94] * 1000,
        "p99_ms": cuts[98] * 1000,
        "errors": errors[0],
        "bad_status": bad_status[0],
    }


def server_env(label: str, db_env: dict, tmp: Path) -> dict:
    """The environment of a benchmark's Django processes: production settings on the given database, through the
    settings shim written into `tmp`."""
    return {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SQLITE_PATH")},
        **db_env,
        "PYTHONPATH": os.pathsep.join([str(tmp), str(ROOT)]),
        "DJANGO_SETTINGS_MODULE": "bench_directory_settings",
        "BENCH_STATIC_ROOT": str(tmp / f"static-{label}"),
        "MENTORHUB_DEBUG": "0",
        "MENTORHUB_DEMO": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "LOG_LEVEL": "ERROR",
    }


def bench_database(label: str, db_env: dict, args, wrk: str | None, tmp: Path) -> list[dict]:
    print(f"\n== {label}", flush=True)
    env = server_env(label, db_env, tmp)
    prepare(env, args.size)
    port = free_port()
    server = start_gunicorn(env, port, args.workers)
    results = []
    try:
        cookie = log_in(port)
        check(port, cookie)
        script = tmp / "report.lua"

        def load(path, clients, seconds):
            cpu = server_cpu_seconds(server)
            if wrk:
                result = run_wrk(wrk, script, port, path, cookie, clients, seconds)
            else:
                result = run_threads(port, path, cookie, clients, seconds)
            result["cpu_ms"] = 1000 * (server_cpu_seconds(server) - cpu) / max(result["requests"], 1)
            return result

        for name, path in URLS.items():
            load(path, 2 * args.workers, 3)  # every worker builds its index before anything is timed
            one = load(path, 1, args.seconds)
            many = load(path, CLIENTS, args.seconds)
            # On a shared machine other work competes for the same cores: say how busy it was.
            load_average = os.getloadavg()[0]
            results.append(
                {"database": label, "what": name, "path": path, "one": one, "many": many, "load": load_average}
            )
            report(results[-1])
    finally:
        stop(server)
    return results


def report(r: dict) -> None:
    one, many = r["one"], r["many"]
    failures = many["errors"] + many["bad_status"] + one["errors"] + one["bad_status"]
    print(
        f"  {r['what']:16} {r['path']}\n"
        f"    1 client:    p50 {one['p50_ms']:6.1f} ms  p95 {one['p95_ms']:6.1f} ms  p99 {one['p99_ms']:6.1f} ms"
        f"  ({one['rps']:.0f} req/s)   p95 / {P95_TARGET_MS:.0f} ms target = {one['p95_ms'] / P95_TARGET_MS:.2f}\n"
        f"    {CLIENTS} clients:  {many['rps']:6.0f} req/s  p95 {many['p95_ms']:6.1f} ms"
        f"   req/s / {THROUGHPUT_TARGET:.0f} target = {many['rps'] / THROUGHPUT_TARGET:.2f}"
        f"   errors {failures}\n"
        f"    server CPU per request {many['cpu_ms']:.1f} ms: alone on {CORES} cores at most"
        f" ~{CORES * 1000 / many['cpu_ms']:.0f} req/s   (load average {r['load']:.1f})",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="seed_demo --size")
    parser.add_argument("--seconds", type=int, default=10, help="duration of each timed run")
    parser.add_argument("--workers", type=int, default=CORES, help="gunicorn sync workers")
    parser.add_argument("--databases", default="sqlite,postgresql")
    args, _ = parser.parse_known_args()  # `./run bench` passes its arguments to every benchmark

    wrk = ensure_wrk()
    print(
        f"Load generator: {wrk or 'Python threads (wrk not available)'}; gunicorn --workers {args.workers}; "
        f"{os.cpu_count()} cores; {args.seconds} s per run"
    )
    tmp = Path(tempfile.mkdtemp(prefix="bench-directory-"))
    (tmp / "bench_directory_settings.py").write_text(SETTINGS_SHIM)
    (tmp / "report.lua").write_text(WRK_SCRIPT)
    wanted = args.databases.split(",")
    results = []
    try:
        if "sqlite" in wanted:
            results += bench_database("SQLite", {"SQLITE_PATH": str(tmp / "bench.sqlite3")}, args, wrk, tmp)
        server = postgres_server() if "postgresql" in wanted else None
        if server:
            database = Postgres(server)
            try:
                results += bench_database("PostgreSQL", {"DATABASE_URL": database.url}, args, wrk, tmp)
            finally:
                database.drop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print("\n| database | what | 1 client p50 / p95 | 50 clients | errors | server CPU / request | load |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        one, many = r["one"], r["many"]
        failures = many["errors"] + many["bad_status"] + one["errors"] + one["bad_status"]
        print(
            f"| {r['database']} | {r['what']} | {one['p50_ms']:.1f} / **{one['p95_ms']:.1f} ms** "
            f"({one['p95_ms'] / P95_TARGET_MS:.2f} of {P95_TARGET_MS:.0f} ms) | **{many['rps']:.0f} req/s** "
            f"({many['rps'] / THROUGHPUT_TARGET:.2f} of {THROUGHPUT_TARGET:.0f}) | {failures} "
            f"| {many['cpu_ms']:.1f} ms | {r['load']:.1f} |"
        )


if __name__ == "__main__":
    main()
