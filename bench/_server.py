"""Shared by the server benchmarks: a seeded central database, a server process, devices.

* ``server_database(members)``: the URL of a seeded central database, made once
  and reused: on PostgreSQL the database ``memberdesk_bench_<N>`` (its table
  ``bench_ready`` says the seed finished), on SQLite (``backend="sqlite"``, for
  quick runs) a file beside the device benchmarks' ones.
* ``Server``: ``memberdesk server run`` as a child process on a free loopback
  port; its peak memory (VmHWM of it and of its uvicorn workers) read from /proc.
* ``sign_in`` / ``enrol``: a staff access token, device credentials.

``MEMBERDESK_BENCH_PG`` names the PostgreSQL server (default
``postgresql://postgres@127.0.0.1:5432``), ``MEMBERDESK_BENCH_DIR`` where SQLite
files live.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import httpx

from _common import ROOT

PG = os.environ.get("MEMBERDESK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432")
ADMIN_PASSWORD = "bench-admin-pass"
DEMO_PASSWORD = "demo-pass-1"  # what ``memberdesk seed`` gives the demo staff


def _memberdesk(*args: str) -> str:
    """Run the command line (as an operator would); its stdout."""
    done = subprocess.run(
        [sys.executable, "-m", "memberdesk", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"memberdesk {' '.join(args[:2])} failed: {done.stderr.strip()}")
    return done.stdout


def _seed(url: str, members: int) -> float:
    """``server init`` and ``seed`` into an empty database; the seed's own seconds."""
    _memberdesk("server", "init", "--database-url", url, "--admin-password", ADMIN_PASSWORD)
    started = time.perf_counter()
    out = json.loads(
        _memberdesk("seed", "--database-url", url, "--members", str(members), "--json")
    )
    wall = time.perf_counter() - started
    print(
        f"seeded {out['members']:,} members ({out['sales']:,} sales, {out['entries']:,} "
        f"entries) in {out['seconds']:.1f} s ({wall:.1f} s with start-up and demo staff)",
        file=sys.stderr,
    )
    return float(out["seconds"])


def _migrate(url: str) -> None:
    """Bring a cached database seeded by an older tree to the current schema (as ``server
    init`` would): what is measured runs on the schema the code expects."""
    from server.db import server_engine, upgrade

    engine = server_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def _pg_admin() -> Any:
    import psycopg

    return psycopg.connect(f"{PG}/postgres", autocommit=True, connect_timeout=5)


def pg_database(members: int) -> str:
    """``memberdesk_bench_<members>`` on PostgreSQL, seeded once; its URL."""
    import psycopg

    name = f"memberdesk_bench_{members}"
    url = f"{PG}/{name}"
    with _pg_admin() as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if exists:
        with psycopg.connect(url, autocommit=True) as conn:
            ready = conn.execute("SELECT to_regclass('bench_ready') IS NOT NULL").fetchone()
            if ready and ready[0] and conn.execute("SELECT 1 FROM bench_ready").fetchone():
                _migrate(url)
                return url
    print(f"seeding {members:,} members into {url} ...", file=sys.stderr)
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    seconds = _seed(url, members)
    with psycopg.connect(url, autocommit=True) as conn:
        # Fresh statistics and visibility maps, as a database in service would have.
        conn.execute("VACUUM (ANALYZE)")
        conn.execute("CREATE TABLE bench_ready (members integer, seed_seconds float8)")
        conn.execute("INSERT INTO bench_ready VALUES (%s, %s)", (members, seconds))
    return url


def sqlite_database(members: int) -> str:
    """A seeded server SQLite file, made once; its URL."""
    folder = Path(os.environ.get("MEMBERDESK_BENCH_DIR", tempfile.gettempdir()))
    path = folder / f"memberdesk-server-bench-{members}.db"
    ready = path.with_suffix(".ready")
    if not (path.exists() and ready.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        print(f"seeding {members:,} members into {path} ...", file=sys.stderr)
        _seed(f"sqlite:///{path}", members)
        ready.write_text("ok")
    else:
        _migrate(f"sqlite:///{path}")
    return f"sqlite:///{path}"


def server_database(members: int, backend: str = "postgres") -> str:
    """A seeded central database with ``members`` members (cached between runs)."""
    return pg_database(members) if backend == "postgres" else sqlite_database(members)


def pg_clone(url: str, name: str) -> str:
    """A throw-away copy of a cached PostgreSQL database (for benchmarks that write)."""
    source = url.rsplit("/", 1)[1]
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}" STRATEGY FILE_COPY')
    return f"{PG}/{name}"


# What decides how fast PostgreSQL writes: printed with the figures it gave.
PG_SETTINGS = ("shared_buffers", "wal_compression", "max_wal_size", "synchronous_commit")


def _value(conn: Any, sql: str) -> Any:
    """The first column of a query's one row."""
    row = conn.execute(sql).fetchone()
    assert row is not None, sql
    return row[0]


def pg_settings(url: str) -> dict[str, str]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        return {name: str(_value(conn, f"SHOW {name}")) for name in PG_SETTINGS}


def pg_warm(url: str) -> str:
    """Load a copied database's tables and indexes into PostgreSQL's shared buffers, as
    they are on a server that has been running, when the buffers can hold them.

    A copy starts with none of its pages there: with shared buffers that can hold the
    database, a write benchmark on a cold copy measures its first reads, not its steady
    state. Needs ``pg_prewarm`` (PostgreSQL's contrib). Returns what it did, to print.
    """
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        size = _value(conn, "SELECT pg_database_size(current_database())")
        buffers = _value(
            conn, "SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers'"
        )
        if size > buffers * 0.9:
            return (
                f"not warmed: the database ({size >> 20:,} MiB) does not fit in "
                f"shared_buffers ({buffers >> 20:,} MiB)"
            )
        try:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        except psycopg.Error as e:
            return f"not warmed: pg_prewarm is not available ({e})"
        started = time.perf_counter()
        blocks = _value(
            conn,
            "SELECT sum(pg_prewarm(c.oid)) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i')",
        )
    seconds = time.perf_counter() - started
    return f"warmed {int(blocks) * 8 >> 10:,} MiB into shared buffers in {seconds:.0f} s"


def pg_drop(name: str) -> None:
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pg_backends_cpu(database: str) -> float | None:
    """User + system CPU seconds of the PostgreSQL backends serving ``database`` now.

    Read from /proc, so only for a PostgreSQL on this machine (None elsewhere). With the
    server's own CPU it says what a command costs, whatever else the machine is doing.
    """
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    found = False
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            if not cmdline.startswith("postgres:") or f" {database} " not in cmdline:
                continue
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found = True
        total += int(fields[11]) + int(fields[12])
    return total / tick if found else None


# --- the server process -----------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_options() -> list[str]:
    """Options of ``server run`` that keep background work out of a measurement."""
    from memberdesk.cli import build_parser

    try:
        build_parser().parse_args(["server", "run", "--jobs-every", "0"])
    except SystemExit:
        return []
    return ["--jobs-every", "0"]


def _descendants(pid: int) -> list[int]:
    out: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in children:
                out.append(int(child))
                todo.append(int(child))
    return out


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Server:
    """``memberdesk server run`` on a loopback port (use as a context manager)."""

    database_url: str
    workers: int = 1
    # py-spy's collapsed stacks of the server's whole run go to this file (py-spy in .venv)
    profile: str | None = None
    process: subprocess.Popen[bytes] | None = None
    port: int = 0
    log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120.0) -> Server:
        self.port = free_port()
        # The server's output, for the message if it fails; it lives as long as the server.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115
        wrapper: list[str] = []
        if self.profile:
            spy = Path(sys.executable).with_name("py-spy")
            if not spy.exists():
                raise RuntimeError("py-spy is not installed: .venv/bin/pip install py-spy")
            # py-spy starts the server itself: attaching to a running one needs ptrace rights.
            wrapper = [str(spy), "record", "--subprocesses", "--format", "raw"]
            wrapper += ["--rate", "200", "-o", self.profile, "--"]
        self.process = subprocess.Popen(
            [
                *wrapper,
                sys.executable,
                "-m",
                "memberdesk",
                "server",
                "run",
                "--database-url",
                self.database_url,
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
                *_run_options(),
            ],
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                self.log.seek(0)
                output = self.log.read().decode(errors="replace")
                raise RuntimeError(f"the server stopped:\n{output[-3000:]}")
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the server did not answer /v1/health in time")
            time.sleep(0.2)
        if self.workers > 1:  # every worker up, not only the first
            deadline = time.monotonic() + timeout
            while len(self.pids()) <= self.workers and time.monotonic() < deadline:
                time.sleep(0.2)
            # A worker accepts connections once its imports are done, and the clients'
            # keep-alive connections stay where they land: started while one worker is
            # still importing, every client would be the other's. So wait until no
            # process has used CPU for half a second (each is idle in its event loop).
            before = self._cpu_by_pid()
            while time.monotonic() < deadline:
                time.sleep(0.5)
                now = self._cpu_by_pid()
                if now == before:
                    break
                before = now
        return self

    def _cpu_by_pid(self) -> dict[int, int]:
        out = {}
        for pid in self.pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out[pid] = int(fields[11]) + int(fields[12])
        return out

    def pids(self) -> list[int]:
        """The server process and its worker processes."""
        assert self.process is not None
        return [self.process.pid, *_descendants(self.process.pid)]

    def peak_rss_mb(self) -> tuple[float, float]:
        """(largest single process, sum over processes) of peak resident memory, MiB."""
        peaks = [_status_kb(pid, "VmHWM") / 1024 for pid in self.pids()]
        return max(peaks), sum(peaks)

    def rss_mb(self) -> float:
        return sum(_status_kb(pid, "VmRSS") for pid in self.pids()) / 1024

    def cpu_seconds(self) -> float:
        """User + system CPU time used so far by the server and its workers."""
        return sum(self._cpu_by_pid().values()) / os.sysconf("SC_CLK_TCK")

    def cpu_by_process(self) -> dict[int, float]:
        """CPU seconds used so far, by process id (the parent and each worker)."""
        tick = os.sysconf("SC_CLK_TCK")
        return {pid: ticks / tick for pid, ticks in self._cpu_by_pid().items()}

    def stop(self) -> None:
        if self.process is None:
            return
        if self.profile:  # stop the server; py-spy then writes its file and ends
            for pid in _descendants(self.process.pid)[:1]:
                os.kill(pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=120)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not None:
            self.log.close()
        self.process = None

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


# --- staff and devices ------------------------------------------------------------


def sign_in(base_url: str, username: str = "admin", password: str = ADMIN_PASSWORD) -> str:
    """A staff access token (valid 15 minutes)."""
    r = httpx.post(
        f"{base_url}/v1/auth/token", data={"username": username, "password": password}, timeout=30
    )
    r.raise_for_status()
    return str(r.json()["access_token"])


@dataclass(frozen=True)
class Device:
    device_id: str
    token: str
    store_code: str | None

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def enrol(
    base_url: str, staff_token: str, name: str, kind: str = "store", store_code: str | None = None
) -> Device:
    """Enrol a device (``store`` for a store's till, ``backoffice``/``channel`` for all)."""
    body: dict[str, Any] = {"name": name, "kind": kind}
    if store_code:
        body["store_code"] = store_code
    r = httpx.post(
        f"{base_url}/v1/devices",
        json=body,
        headers={"Authorization": f"Bearer {staff_token}"},
        timeout=30,
    )
    r.raise_for_status()
    data = r.json()
    return Device(data["device_id"], data["token"], data.get("store_code"))
