"""The production layout under load, with a web server and a worker killed in the middle.

Usage: ./run bench scaleout [--seconds 60] [--clients 4] [--rate 8] [--size 300]
   or: .venv/bin/python benchmarks/scaleout.py ...   (as root: it starts PostgreSQL and nginx)

Starts a throwaway PostgreSQL 15 cluster, migrates and seeds it, then the layout of README "Running in production":
two gunicorn servers on different ports behind nginx configured by deploy/nginx.conf (its ports replaced), two
`db_worker` processes and two `sweep --loop` processes, and a real SMTP relay (aiosmtpd) that keeps every
Message-ID. Clients then run a mixed load through nginx for `--seconds`: browse (the landing page, the mentor
directory), search (`/api/profiles?q=`), send-and-accept mentorship requests (each makes nudges and emails for
both people) and post messages in the new mentorships (each emailed to the other person by a nudge). The clients
pace themselves to `--rate` requests per second in all, a load the machine can serve: without a pace, every
client sends its next request the moment the last one returns and the figures measure a queue, not the code. Half-way
through, one gunicorn server and one worker are killed with SIGKILL. When the load stops, the remaining workers
drain the queue. Prints throughput, p50/p95, errors (and those around the kill), the layout's CPU per request (all
its processes, PostgreSQL's included, from /proc) and the rate two cores could serve at that cost, and whether every
email reached the relay once per Message-ID and every due nudge was delivered once.
"""

import argparse
import contextlib
import http.client
import json
import os
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
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentorhub.outbox.tests.conftest import Relay  # noqa: E402

PYTHON = sys.executable
BIN = Path(PYTHON).parent
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))

# Made by `manage.py shell`: P fresh mentee/mentor pairs with write tokens, so each request and accept is new work.
PAIRS_SCRIPT = """
import json
from mentorhub.accounts.models import AccessToken, User
pairs = []
for n in range({pairs}):
    mentee = User.objects.create_user(email=f"load-mentee-{{n}}@example.org", password=None,
        email_verified=True, profile={{"name": f"Load Mentee {{n}}", "seeking_mentors": True}})
    mentor = User.objects.create_user(email=f"load-mentor-{{n}}@example.org", password=None,
        email_verified=True, profile={{"name": f"Load Mentor {{n}}", "accepting_mentees": True, "mentor_capacity": 3}})
    pairs.append({{"mentee": AccessToken.issue(mentee, "load", AccessToken.WRITE)[1],
                  "mentor": AccessToken.issue(mentor, "load", AccessToken.WRITE)[1], "mentor_id": mentor.pk}})
print("PAIRS " + json.dumps(pairs))
"""

NGINX_MAIN = """daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/site.conf;
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_postgres(command: str) -> None:
    subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c", command], check=True, capture_output=True)


class Cluster:
    """A PostgreSQL cluster of its own in a temporary directory, removed afterwards."""

    def __init__(self):
        if os.geteuid() != 0 or not (PG_BIN / "initdb").exists():
            sys.exit(f"scaleout needs root and PostgreSQL in {PG_BIN} (set PG_BIN)")
        if subprocess.run(["id", "postgres"], capture_output=True).returncode:
            subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
        self.dir = tempfile.mkdtemp(prefix="scaleout-pg-")
        shutil.chown(self.dir, "postgres")
        self.port = free_port()
        as_postgres(f"{PG_BIN}/initdb -D {self.dir}/data -A trust -U postgres")
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        as_postgres(f"{PG_BIN}/pg_ctl -D {self.dir}/data -w -o '{options}' -l {self.dir}/log start")
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def query(self, sql: str) -> list[tuple]:
        import psycopg

        with psycopg.connect(self.url) as conn:
            cursor = conn.execute(sql)
            return cursor.fetchall() if cursor.description else []

    def stop(self) -> None:
        subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c", f"{PG_BIN}/pg_ctl -D {self.dir}/data -m fast stop"],
                       capture_output=True)  # fmt: skip
        shutil.rmtree(self.dir, ignore_errors=True)


class Processes:
    def __init__(self, logs: Path, env: dict):
        self.logs, self.env, self.running = logs, env, []

    def start(self, name: str, *command) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "w")  # noqa: SIM115 (kept open by the process)
        process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=log, start_new_session=True)
        self.running.append(process)
        return process

    def manage(self, name: str, *args) -> subprocess.Popen:
        return self.start(name, PYTHON, "manage.py", *args)

    def kill(self, process: subprocess.Popen) -> None:
        """SIGKILL to the process and its children (a gunicorn master and its workers): no goodbye."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def stop_all(self) -> None:
        for process in self.running:
            self.kill(process)


def layout_cpu_seconds(groups: list[int], postmaster: int) -> float:
    """CPU used so far by the processes of these process groups and by PostgreSQL's (/proc; live processes only)."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid = int(stat.parent.name)
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        if int(fields[2]) in groups or pid == postmaster or int(fields[1]) == postmaster:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def wait_http(port: int, path: str = "/healthz", seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"nothing answered on port {port}")


class Load:
    """Client threads through nginx; each records (seconds since start, milliseconds, status, kind)."""

    def __init__(self, port: int, pairs: list[dict], clients: int, rate: float):
        self.port, self.pairs, self.clients = port, pairs, clients
        self.interval = clients / rate  # each client's time between requests
        self.samples, self.lock, self.stop = [], threading.Lock(), threading.Event()
        self.started = time.monotonic()
        self.next_at = {}

    def call(self, conn, kind, method, path, token=None, body=None):
        # Each client keeps to its own schedule; a late answer is not made up for with a burst.
        pause = self.next_at.get(threading.get_ident(), 0) - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self.next_at[threading.get_ident()] = max(time.monotonic(), self.next_at.get(threading.get_ident(), 0)) + (
            self.interval
        )
        headers = {"Host": "localhost"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if body is not None:
            headers["Content-Type"] = "application/json"
            body = json.dumps(body)
        began = time.monotonic()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            conn.close()
            data, status = b"", 0
        with self.lock:
            self.samples.append((began - self.started, (time.monotonic() - began) * 1000, status, kind))
        return status, data

    def client(self, number: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        mine = self.pairs[number :: self.clients]
        step = 0
        while not self.stop.is_set():
            step += 1
            pair = mine[step % len(mine)]
            self.call(conn, "browse", "GET", "/")
            self.call(conn, "browse", "GET", "/api/mentors?limit=10", pair["mentee"])
            self.call(conn, "search", "GET", f"/api/profiles?q={'aeiou'[step % 5]}&limit=20", pair["mentee"])
            if step % 4 == 0 and mine:
                pair = mine.pop(0)
                status, data = self.call(conn, "request", "POST", "/api/requests", pair["mentee"],
                                         {"to_person_id": pair["mentor_id"], "message": "Could we talk?"})  # fmt: skip
                if status == 201:
                    request_id = json.loads(data)["id"]
                    status, data = self.call(
                        conn, "accept", "POST", f"/api/requests/{request_id}/accept", pair["mentor"], {}
                    )
                    if status == 200:
                        messages = f"/api/relationships/{json.loads(data)['id']}/messages"
                        for who in ("mentee", "mentor"):
                            self.call(conn, "message", "POST", messages, pair[who], {"body": f"Hello from the {who}."})
            if not mine:
                mine = self.pairs[number :: self.clients][:1]  # pairs used up: keep browsing and searching

    def run(self, seconds: float, at_half) -> None:
        threads = [threading.Thread(target=self.client, args=(n,), daemon=True) for n in range(self.clients)]
        for thread in threads:
            thread.start()
        time.sleep(seconds / 2)
        self.killed_at = time.monotonic() - self.started
        at_half()
        time.sleep(seconds / 2)
        self.stop.set()
        for thread in threads:
            thread.join(timeout=40)
        self.seconds = time.monotonic() - self.started


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--rate", type=float, default=8, help="requests per second, all clients together")
    parser.add_argument("--size", type=int, default=300, help="demo people seeded besides the load's own")
    args = parser.parse_args()
    if not shutil.which("nginx"):
        sys.exit("nginx is missing: apt-get install -y nginx (Debian's package)")
    tmp = Path(tempfile.mkdtemp(prefix="scaleout-"))
    tmp.chmod(0o777)  # nginx's workers run as nobody and write their temporary files here
    cluster = Cluster()
    relay = Relay()
    relay.start()
    web_ports, proxy_port = [free_port(), free_port()], free_port()
    static_root = tmp / "static"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mentorhub.settings",
        "DATABASE_URL": cluster.url,
        "MENTORHUB_DEBUG": "0",
        "MENTORHUB_DEMO": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SITE_URL": f"http://localhost:{proxy_port}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "TRUSTED_PROXY_COUNT": "1",
        "STATIC_ROOT": str(static_root),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(relay.port),
        "SMTP_TLS": "0",
        "SMTP_TIMEOUT": "5",
        "API_TOKEN_RATE_PER_MINUTE": "1000000",
        "WORKER_HEARTBEAT_SECONDS": "1",
        "WORKER_DEAD_AFTER_SECONDS": "5",
        "EMAIL_OUTBOX_LEASE_SECONDS": "6",
        "LOG_LEVEL": "WARNING",
        # Messages are emailed when they are due, not two minutes later: within the run, so they are counted.
        "CONVERSATION_NOTIFY_DELAY_MINUTES": "0",
    }
    processes = Processes(tmp, env)
    try:
        print(f"PostgreSQL on port {cluster.port}; logs in {tmp}", flush=True)
        for step in (["migrate", "--noinput"], ["seed_demo", "--size", str(args.size)], ["collectstatic", "--noinput"]):
            subprocess.run([PYTHON, "manage.py", *step], cwd=ROOT, env=env, check=True, capture_output=True)
        pairs_out = subprocess.run(
            [PYTHON, "manage.py", "shell", "-c", PAIRS_SCRIPT.format(pairs=args.clients * 12)],
            cwd=ROOT, env=env, check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        pairs = json.loads(pairs_out.split("PAIRS ", 1)[1])
        # Whatever seeding queued is delivered before the clock starts, so the figures are the load's own.
        cluster.query("UPDATE outbox_email SET state = 'sent' WHERE state <> 'sent'")
        cluster.query("UPDATE nudges_nudge SET delivered_at = now(), skipped = 'before the benchmark' "
                      "WHERE delivered_at IS NULL")  # fmt: skip
        cluster.query("DELETE FROM django_tasks_database_dbtaskresult")
        before = {row[0] for row in cluster.query("SELECT message_id FROM outbox_email")}
        site = (ROOT / "deploy" / "nginx.conf").read_text()
        site = site.replace("127.0.0.1:8001", f"127.0.0.1:{web_ports[0]}").replace(
            "127.0.0.1:8002", f"127.0.0.1:{web_ports[1]}"
        )
        site = site.replace("listen 80;", f"listen 127.0.0.1:{proxy_port};")
        (tmp / "site.conf").write_text(site)
        (tmp / "nginx.conf").write_text(NGINX_MAIN.format(tmp=tmp))
        gunicorn = [str(BIN / "gunicorn"), "mentorhub.wsgi", "--workers", "2", "--threads", "4"]
        webs = [processes.start(f"web-{n}", *gunicorn, "--bind", f"127.0.0.1:{p}") for n, p in enumerate(web_ports)]
        processes.start("nginx", shutil.which("nginx"), "-c", str(tmp / "nginx.conf"), "-p", str(tmp))
        workers = [processes.manage(f"worker-{n}", "db_worker", "--interval", "0.5") for n in range(2)]
        for n in range(2):
            processes.manage(f"sweep-{n}", "sweep", "--loop", "--interval", "2")
        for port in [*web_ports, proxy_port]:
            wait_http(port)
        print(f"Load: {args.clients} clients, {args.rate:g} requests/s in all, for {args.seconds:.0f} s through nginx "
              f"on port {proxy_port}", flush=True)  # fmt: skip
        load = Load(proxy_port, pairs, args.clients, args.rate)
        postmaster = int((Path(cluster.dir) / "data" / "postmaster.pid").read_text().split()[0])
        groups = [process.pid for process in processes.running]
        cpu = -layout_cpu_seconds(groups, postmaster)
        load_average = os.getloadavg()[0]

        def kill_half():
            nonlocal cpu
            cpu += layout_cpu_seconds(groups, postmaster)  # what the processes about to die have used
            processes.kill(webs[0])
            processes.kill(workers[0])
            print(f"  killed web server :{web_ports[0]} and a db_worker at {load.killed_at:.0f} s", flush=True)
            cpu -= layout_cpu_seconds(groups, postmaster)

        load.run(args.seconds, kill_half)
        cpu += layout_cpu_seconds(groups, postmaster)
        load_average = max(load_average, os.getloadavg()[0])
        drain_started = time.monotonic()
        while time.monotonic() - drain_started < 120:
            (waiting,) = cluster.query(
                "SELECT (SELECT count(*) FROM outbox_email WHERE state <> 'sent')"
                " + (SELECT count(*) FROM nudges_nudge WHERE delivered_at IS NULL AND due_at <= now())"
                " + (SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status IN ('READY', 'RUNNING'))"
            )[0]
            if not waiting:
                break
            time.sleep(1)
        drained = time.monotonic() - drain_started
    except BaseException:
        cluster.stop()
        raise
    finally:
        processes.stop_all()
        relay.stop()

    samples = load.samples
    kinds = Counter(kind for *_, kind in samples)
    ok = [s for s in samples if 200 <= s[2] < 400]
    refused = [s for s in samples if 400 <= s[2] < 500]  # a rule said no (capacity, a pair that exists): not errors
    errors = [s for s in samples if s[2] == 0 or s[2] >= 500]
    around_kill = [s for s in errors if abs(s[0] - load.killed_at) < 15]
    emails = {row[0] for row in cluster.query("SELECT message_id FROM outbox_email")} - before
    unsent = cluster.query("SELECT count(*) FROM outbox_email WHERE state <> 'sent'")[0][0]
    arrived = Counter(m for m in relay.message_ids() if m not in before)
    explained = cluster.query("SELECT count(*) FROM outbox_email WHERE last_error LIKE '%%handing the message over%%'")
    nudges_due, nudges_delivered, nudges_emailed = cluster.query(
        "SELECT count(*), count(delivered_at), count(emailed_at) FROM nudges_nudge"
        " WHERE due_at <= now() AND (skipped IS NULL OR skipped <> 'before the benchmark')"
    )[0]
    notifications_twice = cluster.query(
        "SELECT count(*) FROM (SELECT nudge_id FROM nudges_notification WHERE nudge_id IS NOT NULL"
        " GROUP BY nudge_id HAVING count(*) > 1) AS repeated"
    )[0][0]
    taken_over = cluster.query("SELECT coalesce(sum(recovered_tasks), 0) FROM operations_heartbeat")[0][0]
    cluster.stop()
    latencies = [s[1] for s in ok]
    print()
    print(f"requests: {len(samples)} in {load.seconds:.1f} s = {len(samples) / load.seconds:.1f}/s "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")  # fmt: skip
    print(f"latency: p50 {statistics.median(latencies):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms")
    per_request = cpu / max(len(samples), 1)
    print(f"CPU of the whole layout: {per_request * 1000:.0f} ms per request, so 2 cores serve about "
          f"{2 / per_request:.0f} requests/s at best; asked for {args.rate:g}/s; machine load average up to "
          f"{load_average:.1f}")  # fmt: skip
    print(f"errors: {len(errors)} (connection or 5xx; {len(around_kill)} within 15 s of the kill); "
          f"refused by a rule (4xx): {len(refused)}")  # fmt: skip
    for at, took, status, kind in errors:
        print(f"  error: {kind} at {at:.1f} s, status {status or 'no answer'} after {took:.0f} ms")
    print(f"emails: {len(emails)} queued, {sum(arrived.values())} arrived, {len(arrived)} distinct Message-IDs, "
          f"duplicates {sum(arrived.values()) - len(arrived)} (explained by a recorded hand-over: {explained[0][0]}), "
          f"lost {len(emails - set(arrived))}, unsent {unsent}")  # fmt: skip
    print(f"nudges: {nudges_due} due, {nudges_delivered} delivered, {nudges_emailed} emailed, "
          f"{notifications_twice} notified twice")  # fmt: skip
    print(f"after the load: queue drained in {drained:.1f} s; tasks taken over from the dead worker: {taken_over}")
    exact = (
        len(emails - set(arrived)) == 0
        and sum(arrived.values()) - len(arrived) <= explained[0][0]
        and nudges_due == nudges_delivered
        and not notifications_twice
        and not unsent
    )
    print("every email and nudge delivered exactly once: " + ("yes" if exact else "NO"))
    shutil.rmtree(tmp, ignore_errors=True) if exact else print(f"logs kept in {tmp}")
    return 0 if exact else 1


if __name__ == "__main__":
    sys.exit(main())
