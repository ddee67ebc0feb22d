"""A till's offline queue going out: 10,000 sales recorded offline on one device, pushed and
acknowledged by the device's own sync code (``sync.push.push_outbox``) against a real server
on PostgreSQL: <= 5 s (``--quick``: 1,000 sales).

The device is set up the way ``memberdesk device setup`` does it (enrolled for S001, its
region pulled), against a throw-away copy of the cached 20,000-member benchmark database.
The sales are made with ``core.services`` (as the CLI and the POS do) before the clock
starts; what is timed is the push: batches sent, answers stored, every command acked.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

from _server import DEMO_PASSWORD, Server, pg_backends_cpu, pg_clone, pg_drop, server_database

from _common import report

SEED_MEMBERS = 20_000
STORE = "S001"


def clone_when_free(cached: str, clone: str, patience: float = 120.0) -> str:
    """``pg_clone``, waiting while other benchmarks hold the cached database open."""
    deadline = time.monotonic() + patience
    while True:
        try:
            return pg_clone(cached, clone)
        except Exception as exc:  # psycopg.errors.ObjectInUse, mostly
            if "being accessed by other users" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(2)


def private_keyring(folder: Path) -> None:
    """A plaintext keyring in a temporary HOME: never the user's own."""
    os.environ.update(
        {
            "HOME": str(folder),
            "XDG_DATA_HOME": str(folder / "data"),
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        }
    )


async def set_up(db: Path, server_url: str) -> None:
    """What ``device setup`` does: enrol, keep the token, start a fresh mirror, pull."""
    from core import clock
    from core.db.engine import open_device_db
    from sync.service import SyncService
    from sync.setup import enrol_device, reset_mirror
    from sync.state import DeviceConfig, store_token

    enrolled = await enrol_device(server_url, f"{STORE}-manager", DEMO_PASSWORD, STORE, "bench")
    device = DeviceConfig(
        device_id=enrolled["device_id"],
        store_code=enrolled.get("store_code"),
        name="bench",
        server_url=server_url,
    )
    store_token(device.device_id, enrolled["token"])
    factory = open_device_db(db)
    reset_mirror(factory, device, clock.now())
    await SyncService(factory).run_cycle()
    factory.kw["bind"].dispose()


def offline_sales(db: Path, count: int) -> None:
    """``count`` sales for random members of the device's region, in the outbox."""
    from sqlalchemy import select

    from core.db.models import Member, PointAccount
    from core.services import DeviceServices, SaleLineInput

    svc = DeviceServices.open(str(db))
    rng = random.Random(7)
    # Only the making of the queue is hurried; the push is timed with the device's pragmas.
    raw = svc.factory.kw["bind"].raw_connection()
    raw.cursor().execute("PRAGMA synchronous=OFF")
    raw.close()
    with svc.factory() as s:
        codes = list(
            s.execute(
                select(Member.code)
                .join(PointAccount, PointAccount.member_id == Member.id)
                .where(Member.status == "active", PointAccount.frozen.is_(False))
            ).scalars()
        )
    started = time.perf_counter()
    for _ in range(count):
        fen = rng.randint(1_000, 80_000)
        svc.record_sale([SaleLineInput(amount_fen=fen)], member_key=rng.choice(codes))
    print(f"{count:,} offline sales made in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    svc.factory.kw["bind"].dispose()


async def push(db: Path) -> tuple[float, float, int, int]:
    """(seconds, the device's CPU seconds, commands acknowledged, commands still unsent) of
    one full push (CPU of every thread of this process: the device's sync code)."""
    from sqlalchemy import func, select

    from core.db.engine import open_device_db
    from core.db.models import CommandRow
    from sync.push import push_outbox
    from sync.service import default_client
    from sync.state import load_device, load_token

    factory = open_device_db(db)
    with factory() as s:
        device = load_device(s)
    token = load_token(device.device_id)
    async with default_client(device, token) as client:
        started = time.perf_counter()
        cpu = time.process_time()
        pushed = await push_outbox(factory, client)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
    with factory() as s:
        unsent = s.execute(
            select(func.count()).where(CommandRow.sync_state == "local")
        ).scalar_one()
    factory.kw["bind"].dispose()
    return seconds, cpu, pushed.applied + pushed.duplicate, int(unsent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--backend", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--sales", type=int, help="override the number of sales")
    args = parser.parse_args()
    sales = args.sales or (1_000 if args.quick else 10_000)
    label = f"{sales // 1000}k" + ("" if args.backend == "postgres" else "_sqlite")

    cached = server_database(SEED_MEMBERS, args.backend)
    clone = f"memberdesk_bench_sync_push_{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory(prefix="memberdesk-sync-push-") as tmp:
        folder = Path(tmp)
        if args.backend == "postgres":
            url = clone_when_free(cached, clone)
        else:
            import shutil

            shutil.copy(cached.removeprefix("sqlite:///"), folder / "central.db")
            url = f"sqlite:///{folder / 'central.db'}"
        private_keyring(folder)
        db = folder / "till.db"
        try:
            with Server(url) as server:
                asyncio.run(set_up(db, server.url))
                offline_sales(db, sales)
                server_cpu = server.cpu_seconds()
                pg_cpu = pg_backends_cpu(clone) if args.backend == "postgres" else None
                seconds, device_cpu, acked, unsent = asyncio.run(push(db))
                server_cpu = server.cpu_seconds() - server_cpu
                pg_after = pg_backends_cpu(clone) if pg_cpu is not None else None
                # Backends that ended during the push are not counted: a lower bound.
                pg_cpu = None if pg_cpu is None or pg_after is None else pg_after - pg_cpu
        finally:
            if args.backend == "postgres":
                pg_drop(clone)
    print(
        f"pushed {acked:,} commands in {seconds:.2f} s ({acked / seconds:,.0f}/s); "
        f"{unsent} left unsent",
        file=sys.stderr,
    )
    n = max(acked, 1)
    per = f"device {1000 * device_cpu / n:.2f} ms, server {1000 * server_cpu / n:.2f} ms"
    if pg_cpu is not None:
        per += f", PostgreSQL backends {1000 * pg_cpu / n:.2f} ms"
    print(
        f"CPU per command: {per}; load average {os.getloadavg()[0]:.1f}",
        file=sys.stderr,
    )
    if acked != sales or unsent:
        print(f"error: {sales:,} made but {acked:,} acknowledged", file=sys.stderr)
        return 1
    report(f"sync_push_{label}_seconds", seconds, "s", "<=", 5.0 * sales / 10_000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
