"""Push throughput on PostgreSQL: four store devices push batches of 500 ``record_sale``
commands at the same time, each for members of its store's region: >= 3,000 commands/s,
on a database seeded with 1,000,000 members (``--quick``: 20,000 members, fewer batches).

The server runs two worker processes, as the README deploys it on a two-core machine. The
pushes go to a throw-away copy of the cached benchmark database, so the cache stays
as seeded. Where PostgreSQL's shared buffers can hold the copy, its tables and indexes
are loaded into them first, as on a server that has been running (``--cold``: not);
the PostgreSQL settings that decide write speed are printed with the figure
(docs/server.md says what to set). Bodies are built and encoded before the clock starts;
one batch per device warms up first. ``--profile FILE`` runs the server under py-spy
(``pip install py-spy``) and writes its collapsed stacks there.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
from _server import (
    Device,
    Server,
    enrol,
    pg_backends_cpu,
    pg_clone,
    pg_drop,
    pg_settings,
    pg_warm,
    server_database,
    sign_in,
)

from _common import report

STORES = ("S001", "S002", "S004", "S005")  # two stores in each of the regions R01 and R02
CATEGORIES = (None, "general", "fresh", "high_margin", "traffic")


def region_members(url: str) -> dict[str, list[str]]:
    """Active, unfrozen member ids by region."""
    from sqlalchemy import text

    from server.db import server_engine

    engine = server_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT s.region, m.id FROM members m "
                    "JOIN stores s ON s.code = m.home_store "
                    "JOIN point_accounts a ON a.member_id = m.id "
                    "WHERE m.status = 'active' AND NOT a.frozen"
                )
            ).all()
            regions: dict[str, str] = dict(
                conn.execute(text("SELECT code, region FROM stores")).all()
            )
    finally:
        engine.dispose()
    out: dict[str, list[str]] = {}
    for region, member_id in rows:
        out.setdefault(region, []).append(member_id)
    return {store: out[regions[store]] for store in STORES}


def batches(
    store: str, members: list[str], count: int, size: int, rng: random.Random
) -> list[bytes]:
    """``count`` encoded push bodies of ``size`` sales each, numbered from 1."""
    at = datetime.now().replace(microsecond=0) - timedelta(minutes=30)
    seq = 0
    out = []
    for _ in range(count):
        commands: list[dict[str, Any]] = []
        for _ in range(size):
            seq += 1
            sale_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            lines = [
                {"amount_fen": rng.randint(100, 80_000), "category": rng.choice(CATEGORIES)}
                for _ in range(rng.choice((1, 1, 1, 2, 3)))
            ]
            commands.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "kind": "record_sale",
                    "schema_version": 1,
                    "seq": seq,
                    "store_code": store,
                    "staff": f"{store}-clerk",
                    "device_time": (at + timedelta(milliseconds=seq * 50)).isoformat(),
                    "payload": {
                        "sale_id": sale_id,
                        "receipt_no": f"{store}-{seq:07d}-{sale_id[:6]}",
                        "lines": lines,
                        "member_id": rng.choice(members),
                        "points_to_spend": 0,
                    },
                }
            )
        out.append(json.dumps({"commands": commands}).encode())
    return out


async def push_all(base_url: str, device: Device, bodies: list[bytes]) -> dict[str, int]:
    """Push the bodies in order, each after the previous answer (as a device does)."""
    statuses: dict[str, int] = {}
    headers = {**device.headers, "Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=base_url, timeout=600) as client:
        for body in bodies:
            r = await client.post("/v1/sync/push", content=body, headers=headers)
            if r.status_code != 200:
                raise RuntimeError(f"push answered {r.status_code}: {r.text[:500]}")
            for result in r.json()["results"]:
                statuses[result["status"]] = statuses.get(result["status"], 0) + 1
                if result["status"] == "rejected" and statuses["rejected"] == 1:
                    print(f"first rejection: {result['error']}", file=sys.stderr)
    return statuses


async def run_devices(base_url: str, work: list[tuple[Device, list[bytes]]]) -> dict[str, int]:
    results = await asyncio.gather(*(push_all(base_url, d, b) for d, b in work))
    total: dict[str, int] = {}
    for statuses in results:
        for k, v in statuses.items():
            total[k] = total.get(k, 0) + v
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--batches", type=int, help="timed batches per device")
    parser.add_argument("--size", type=int, default=500, help="commands per batch")
    parser.add_argument(
        "--workers", type=int, default=2, help="server worker processes (the README's two)"
    )
    parser.add_argument(
        "--profile", metavar="FILE", help="the server's py-spy collapsed stacks (whole run)"
    )
    parser.add_argument(
        "--cold", action="store_true", help="leave the copy out of the shared buffers"
    )
    args = parser.parse_args()
    members = 20_000 if args.quick else 1_000_000
    label = "20k" if args.quick else "1m"
    per_device = args.batches or (2 if args.quick else 10)

    cached = server_database(members)
    clone = f"memberdesk_bench_push_{members}"
    started = time.perf_counter()
    url = pg_clone(cached, clone)
    print(f"copied the cached database in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    try:
        settings = ", ".join(f"{k} {v}" for k, v in pg_settings(url).items())
        print(f"PostgreSQL: {settings}", file=sys.stderr)
        if not args.cold:
            print(pg_warm(url), file=sys.stderr)
        by_store = region_members(url)
        rng = random.Random(2026)
        bodies = {s: batches(s, by_store[s], 1 + per_device, args.size, rng) for s in STORES}
        with Server(url, workers=args.workers, profile=args.profile) as server:
            admin = sign_in(server.url)
            devices = {s: enrol(server.url, admin, f"bench till {s}", "store", s) for s in STORES}
            warm = asyncio.run(
                run_devices(server.url, [(devices[s], bodies[s][:1]) for s in STORES])
            )
            cpu = server.cpu_seconds()
            by_process = server.cpu_by_process()
            pg_cpu = pg_backends_cpu(clone)
            t = time.perf_counter()
            statuses = asyncio.run(
                run_devices(server.url, [(devices[s], bodies[s][1:]) for s in STORES])
            )
            seconds = time.perf_counter() - t
            cpu = server.cpu_seconds() - cpu
            # The kernel spreads the tills' connections over the workers by their
            # addresses: how evenly it did decides how much of the run one GIL carries.
            split = sorted(
                (v - by_process.get(pid, 0.0) for pid, v in server.cpu_by_process().items()),
                reverse=True,
            )
            pg_after = pg_backends_cpu(clone)
            # Backends that ended during the run are not counted: a lower bound.
            pg_cpu = None if pg_cpu is None or pg_after is None else pg_after - pg_cpu
            peak, peak_sum = server.peak_rss_mb()
    finally:
        pg_drop(clone)
    commands = sum(statuses.values())
    per_command = f"{1000 * cpu / commands:.2f} ms"
    if pg_cpu is not None:
        per_command += f" + PostgreSQL backends {1000 * pg_cpu / commands:.2f} ms"
    print(f"CPU per command: server {per_command}", file=sys.stderr)
    print(
        "server CPU by process: " + ", ".join(f"{v:.1f} s" for v in split if v >= 0.05),
        file=sys.stderr,
    )
    print(
        f"{commands:,} commands ({len(STORES)} devices x {per_device} batches of {args.size}) "
        f"in {seconds:.1f} s: {statuses}; warm-up {warm}; server CPU {cpu:.1f} s "
        f"({cpu / seconds:.2f} cores), {args.workers} worker(s), peak RSS {peak:.0f} MiB "
        f"(all processes {peak_sum:.0f} MiB)",
        file=sys.stderr,
    )
    if statuses.get("applied", 0) != commands:
        print("not every command was applied", file=sys.stderr)
    report(f"server_push_{label}_commands_per_s", commands / seconds, "commands/s", ">=", 3000)
    return 0 if statuses.get("applied", 0) == commands else 1


if __name__ == "__main__":
    raise SystemExit(main())
