"""Member reads (``GET /v1/members/{code}``) by 50 concurrent clients against a server with
two worker processes on PostgreSQL: p99 latency <= 20 ms, with 1,000,000 members
(``--quick``: 20,000).

Each client has its own keep-alive connection and asks for one random member after another
(closed loop: the next request goes out as soon as the answer is in, so this is the
latency at the server's full throughput). ``--pace RPS`` instead has every client send at
most RPS requests a second (tills scanning cards), which shows the latency below
saturation.

The clients are ``_http.KeepAlive``, a lean HTTP/1.1 client: they share the machine with
the server, and httpx (``--httpx``) costs as much CPU a request as the server does.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time

import httpx
from _http import KeepAlive
from _server import Server, enrol, pg_backends_cpu, server_database, sign_in

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


Client = KeepAlive | httpx.AsyncClient


async def get(client: Client, path: str) -> int:
    if isinstance(client, KeepAlive):
        status, _body = await client.get(path)
        return status
    return (await client.get(path)).status_code


async def client_loop(
    client: Client, codes: list[str], until: float, pace: float, samples: list[float]
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
        status = await get(client, f"/v1/members/{rng.choice(codes)}")
        samples.append((time.perf_counter() - t) * 1000)
        if status != 200:
            errors += 1
    return errors


async def load(
    clients: list[Client], codes: list[str], secs: float, pace: float
) -> tuple[list[float], int]:
    samples: list[float] = []
    until = time.perf_counter() + secs
    errors = await asyncio.gather(*(client_loop(c, codes, until, pace, samples) for c in clients))
    return samples, sum(errors)


async def warm_then_measure(
    server: Server, headers: dict[str, str], codes: list[str], args: argparse.Namespace, secs: float
) -> tuple[list[float], int, dict[str, float]]:
    """(latencies in ms, errors, CPU seconds of the server, its PostgreSQL backends and this
    client) of the measured part."""
    # Made once, before any timing: an httpx client's set-up (an SSL context) blocks the loop.
    clients: list[Client] = [
        httpx.AsyncClient(base_url=server.url, headers=headers, timeout=30, verify=False)
        if args.httpx
        else KeepAlive(server.url, headers)
        for _ in range(args.clients)
    ]
    try:
        await load(clients, codes, 3.0, args.pace)
        database = server.database_url.rsplit("/", 1)[1]
        before = (server.cpu_seconds(), pg_backends_cpu(database), time.process_time())
        samples, errors = await load(clients, codes, secs, args.pace)
        after = (server.cpu_seconds(), pg_backends_cpu(database), time.process_time())
        cpu = {
            name: (b - a) if a is not None and b is not None else float("nan")
            for name, a, b in zip(("server", "postgres", "client"), before, after, strict=True)
        }
        return samples, errors, cpu
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
    parser.add_argument("--httpx", action="store_true", help="httpx clients instead")
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
        samples, errors, cpu = asyncio.run(
            warm_then_measure(server, device.headers, codes, args, seconds)
        )
    rate = len(samples) / seconds
    print(
        f"{len(samples):,} reads by {args.clients} clients in {seconds:.0f} s ({rate:,.0f}/s, "
        f"{errors} errors); p50 {percentile(samples, 50):.1f} ms, p95 "
        f"{percentile(samples, 95):.1f} ms, max {max(samples):.1f} ms; CPU a read: server "
        f"{1000 * cpu['server'] / len(samples):.2f} ms ({args.workers} workers), PostgreSQL "
        f"{1000 * cpu['postgres'] / len(samples):.2f} ms, this client "
        f"{1000 * cpu['client'] / len(samples):.2f} ms; cores busy "
        f"{sum(cpu.values()) / seconds:.2f}",
        file=sys.stderr,
    )
    name = f"server_member_read_{label}_{args.clients}c"
    if args.pace:
        name += f"_{args.pace:g}rps"
    report(f"{name}_p99", percentile(samples, 99), "ms", "<=", 20)
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
