"""Record a sale (rules + ledger + outbox, committed with synchronous=FULL): p99 <= 5 ms,
on a device database with 1,000,000 members (``--quick``: 20,000).

Besides the BENCH line it prints what the wall time is made of, because on a shared
machine it is mostly not ours: the CPU the sale itself uses (process time, steady under
load), the COMMIT alone (the WAL's fsync, and a checkpoint every few dozen sales), and
the floor this disk puts under any durable commit: a one-row transaction on a tiny
SQLite file in the same folder, with the same pragmas.

Then the same sales again as a till makes them: one customer at a time, the log folded
into the database file in the quiet after each (``pos.window.CHECKPOINT_AFTER_MS``;
untimed, as no clerk waits for it), so a sale's COMMIT no longer does SQLite's checkpoint
every 1,000 pages. The back-to-back figure stays the BENCH line of the target; the till's
is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import percentile, report, seeded_db


def durable_commit_floor(folder: Path, rounds: int = 200) -> list[float]:
    """Wall ms of a one-row committed transaction (WAL, synchronous=FULL) in ``folder``."""
    path = folder / "floor.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (n INTEGER)")
    out = []
    for i in range(rounds):
        t = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?)", (i,))
        conn.execute("COMMIT")
        out.append((time.perf_counter() - t) * 1000)
    conn.close()
    return out


def spread(samples: list[float]) -> str:
    return (
        f"p50 {percentile(samples, 50):.2f} ms, p99 {percentile(samples, 99):.2f} ms, "
        f"max {max(samples):.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sales", type=int, default=2000)
    args = parser.parse_args()
    members = 20_000 if args.quick else 1_000_000
    label = "20k" if args.quick else "1m"
    source = seeded_db(members)
    # Work on a copy so the cached database stays as seeded.
    work = Path(tempfile.mkdtemp(prefix="bench-sale-")) / "d.db"
    shutil.copy(source, work)

    from core.services import DeviceServices, SaleLineInput

    with sqlite3.connect(work) as conn:
        codes = [
            r[0]
            for r in conn.execute(
                "SELECT m.code FROM members m JOIN point_accounts a ON a.member_id = m.id "
                "WHERE m.status = 'active' AND NOT a.frozen"
            ).fetchall()
        ]
    rng = random.Random(11)
    svc = DeviceServices.open(str(work))

    # The COMMIT of each sale, timed where SQLAlchemy hands it to the driver (the
    # whole of sqlite3's commit: WAL frames written and fsynced, checkpoint if due).
    dialect = svc.factory.kw["bind"].dialect
    committing = dialect.do_commit
    commit_ms = [0.0]

    def timed_commit(dbapi_conn: Any) -> None:
        t = time.perf_counter()
        committing(dbapi_conn)
        commit_ms[0] = (time.perf_counter() - t) * 1000

    dialect.do_commit = timed_commit

    def sales(quiet_between: bool) -> tuple[list[float], list[float], list[float]]:
        samples: list[float] = []
        cpu: list[float] = []
        commits: list[float] = []
        for i in range(args.sales):
            code = rng.choice(codes)
            lines = [SaleLineInput(rng.randint(100, 300_000), rng.choice([None, "high_margin"]))]
            commit_ms[0] = 0.0
            c = time.process_time()
            t = time.perf_counter()
            svc.record_sale(lines, member_key=code)
            wall = (time.perf_counter() - t) * 1000
            used = (time.process_time() - c) * 1000
            if i >= 50:  # the first few warm caches
                samples.append(wall)
                cpu.append(used)
                commits.append(commit_ms[0])
            if quiet_between:
                svc.checkpoint()
        return samples, cpu, commits

    load_before = os.getloadavg()
    samples, cpu, commits = sales(quiet_between=False)
    load_after = os.getloadavg()
    report(f"core_record_sale_{label}_p99", percentile(samples, 99), "ms", "<=", 5)
    print(
        f"median {percentile(samples, 50):.2f} ms, p95 {percentile(samples, 95):.2f} ms, "
        f"max {max(samples):.2f} ms over {len(samples)} sales",
        flush=True,
    )
    print(f"CPU per sale (process time): {spread(cpu)}, mean {sum(cpu) / len(cpu):.2f} ms")
    slow = sorted(range(len(samples)), key=samples.__getitem__)[-max(1, len(samples) // 100) :]
    slow_share = sum(commits[i] for i in slow) / sum(samples[i] for i in slow)
    print(
        f"COMMIT alone (fsync of the WAL, checkpoints): {spread(commits)}; "
        f"{100 * sum(commits) / sum(samples):.0f}% of all sales' wall time, "
        f"{100 * slow_share:.0f}% of the slowest 1%'s"
    )
    without = [s - c for s, c in zip(samples, commits, strict=True)]
    print(f"sale without its COMMIT: {spread(without)}")
    till, _cpu, till_commits = sales(quiet_between=True)
    report(f"core_record_sale_till_paced_{label}_p99", percentile(till, 99), "ms", "<=", 5)
    print(
        f"as a till, the log folded in between customers: {spread(till)}; "
        f"COMMIT alone {spread(till_commits)}"
    )
    floor = durable_commit_floor(work.parent)
    print(f"this disk's floor, a one-row durable commit (WAL, synchronous=FULL): {spread(floor)}")
    print(
        f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after "
        f"({os.cpu_count()} CPUs)",
        flush=True,
    )
    shutil.rmtree(work.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
