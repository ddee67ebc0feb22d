"""Member reads (``GET /v1/members/{code}``) by 50 concurrent clients against a server with
two worker processes on PostgreSQL: p99 latency <= 20 ms, with 1,000,000 members
(``--quick``: 20,000).

Each client is an ``httpx.AsyncClient`` with its own keep-alive connection that asks for
one random member after another (closed loop: the next request goes out as soon as the
answer is in, so this is the latency at the server's full throughput). ``--pace RPS``
instead has every client send at most RPS requests a second (tills scanning cards), which
shows the latency below saturation.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time

import httpx
from _server import Server, enrol, server_database, sign_in

from _common import percentile, report


def member_codes(url: str, count: int) -> list[str]:
    from sqlalchemy import text

    from server.db import server_engine

    engine = server_engine(url)
    try:
        with engine.connect() as conn:
            codes = [r[0] for r in conn.execute(text("SELECT code FROM members")).all()]
    finally:
        engine.dispose()
    return random.Random(5).sample(codes, min(count, len(codes)))


async def client_loop(
    client: httpx.AsyncClient, codes: list[str], until: float, pace: float, samples: list[float]
) -> int:
    errors = 0
    rng = random.Random(id(client))
    interval = 1 / pace if pace else 0.0
    next_at = time.perf_counter() + rng.random() * interval
    while time.perf_counter() < until:
        if interval:
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
            next_at += interval
        t = time.perf_counter()
        r = await client.get(f"/v1/members/{rng.choice(codes)}")
        samples.append((time.perf_counter() - t) * 1000)
        if r.status_code != 200:
            errors += 1
    return errors


async def load(
    clients: list[httpx.AsyncClient], codes: list[str], secs: float, pace: float
) -> tuple[list[float], int]:
    samples: list[float] = []
    until = time.perf_counter() + secs
    errors = await asyncio.gather(*(client_loop(c, codes, until, pace, samples) for c in clients))
    return samples, sum(errors)


async def warm_then_measure(
    server: Server, headers: dict[str, str], codes: list[str], args: argparse.Namespace, secs: float
) -> tuple[list[float], int, float, float]:
    """(latencies in ms, errors, server and client CPU seconds) of the measured part."""
    # Made once, before any timing: a client's set-up (an SSL context) blocks the loop.
    clients = [
        httpx.AsyncClient(base_url=server.url, headers=headers, timeout=30, verify=False)
        for _ in range(args.clients)
    ]
    try:
        await load(clients, codes, 3.0, args.pace)
        cpu, server_cpu = time.process_time(), server.cpu_seconds()
        samples, errors = await load(clients, codes, secs, args.pace)
        return (
            samples,
            errors,
            server.cpu_seconds() - server_cpu,
            time.process_time() - cpu,
        )
    finally:
        for client in clients:
            await client.aclose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, help="measured seconds (default 30, quick 8)")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--pace", type=float, default=0.0, help="requests/s per client (0: max)")
    parser.add_argument(
        "--profile", metavar="FILE", help="the server's py-spy collapsed stacks (whole run)"
    )
    args = parser.parse_args()
    members = 20_000 if args.quick else 1_000_000
    label = "20k" if args.quick else "1m"
    seconds = args.seconds or (8.0 if args.quick else 30.0)
    url = server_database(members)
    codes = member_codes(url, 20_000)

    with Server(url, workers=args.workers, profile=args.profile) as server:
        admin = sign_in(server.url)
        device = enrol(server.url, admin, "bench channel", "channel")
        samples, errors, cpu, client_cpu = asyncio.run(
            warm_then_measure(server, device.headers, codes, args, seconds)
        )
    rate = len(samples) / seconds
    print(
        f"{len(samples):,} reads by {args.clients} clients in {seconds:.0f} s ({rate:,.0f}/s, "
        f"{errors} errors); p50 {percentile(samples, 50):.1f} ms, p95 "
        f"{percentile(samples, 95):.1f} ms, max {max(samples):.1f} ms; server CPU "
        f"{cpu / seconds:.2f} cores with {args.workers} workers, this client "
        f"{client_cpu / seconds:.2f} cores",
        file=sys.stderr,
    )
    name = f"server_member_read_{label}_{args.clients}c"
    if args.pace:
        name += f"_{args.pace:g}rps"
    report(f"{name}_p99", percentile(samples, 99), "ms", "<=", 20)
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
