"""A new device's initial pull of 1,000,000 members from PostgreSQL: <= 60 s, and the
device's peak memory (VmHWM of its process) <= 400 MB (``--quick``: 20,000 members).

The device is a head-office copy (scope: every member), so the whole seeded chain
arrives; it is set up by the steps of ``memberdesk device setup`` (enrolment by a staff
member, token into the keyring, a fresh mirror, then ``SyncService.run_cycle`` pulling
the snapshot page by page into SQLite) in a child process of its own, whose peak
resident memory is read from ``/proc/self/status`` when it is done.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _server import Server, enrol, server_database, sign_in

from _common import ROOT, report


def child(db: str, server_url: str, device_id: str, token: str, page: int) -> int:
    """The device: keep the credential, start a fresh mirror, pull everything; print figures."""
    from sqlalchemy import func, select

    from core import clock
    from core.db.engine import open_device_db
    from core.db.models import Member
    from sync.service import SyncService
    from sync.setup import reset_mirror
    from sync.state import DeviceConfig, store_token

    started = time.perf_counter()
    cpu = time.process_time()
    device = DeviceConfig(device_id, None, "bench head office", server_url, kind="backoffice")
    store_token(device_id, token)
    factory = open_device_db(db)
    reset_mirror(factory, device, clock.now())
    cycle = asyncio.run(SyncService(factory, page_limit=page).run_cycle())
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    with factory() as s:
        members = int(s.execute(select(func.count()).select_from(Member)).scalar_one())
    status = Path("/proc/self/status").read_text()
    peak_kb = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM:"))
    out = {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "members": members,
        "rows": cycle.pull.rows,
        "pages": cycle.pull.pages,
        "peak_kb": peak_kb,
        "db_bytes": os.path.getsize(db),
    }
    print(json.dumps(out))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--backend", choices=("postgres", "sqlite"), default="postgres")
    from sync.pull import PAGE

    parser.add_argument("--page", type=int, default=PAGE, help="rows per pull page")
    parser.add_argument("--child", nargs=4, metavar=("DB", "URL", "DEVICE", "TOKEN"))
    args = parser.parse_args()
    if args.child:
        db, url, device_id, token = args.child
        return child(db, url, device_id, token, args.page)

    members = 20_000 if args.quick else 1_000_000
    label = ("20k" if args.quick else "1m") + ("" if args.backend == "postgres" else "_sqlite")
    url = server_database(members, args.backend)
    with (
        tempfile.TemporaryDirectory(prefix="memberdesk-initial-pull-") as tmp,
        Server(url) as server,
    ):
        device = enrol(server.url, sign_in(server.url), "bench head office", "backoffice")
        env = {
            **os.environ,
            # A plaintext keyring in a temporary HOME: never the user's own.
            "HOME": tmp,
            "XDG_DATA_HOME": f"{tmp}/data",
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        }
        db = f"{tmp}/device.db"
        server_cpu = server.cpu_seconds()
        started = time.perf_counter()
        done = subprocess.run(
            [
                *(sys.executable, __file__, "--page", str(args.page), "--child"),
                *(db, server.url, device.device_id, device.token),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - started
        server_cpu = server.cpu_seconds() - server_cpu
        if done.returncode:
            print(f"error: the device failed:\n{done.stderr[-3000:]}", file=sys.stderr)
            return 1
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        _, server_sum = server.peak_rss_mb()
    peak_mb = figures["peak_kb"] * 1024 / 1e6
    print(
        f"{figures['members']:,} members ({figures['rows']:,} rows, {figures['pages']:,} pages) "
        f"in {figures['seconds']:.1f} s ({wall:.1f} s with process start); CPU: device "
        f"{figures['cpu_seconds']:.1f} s, server {server_cpu:.1f} s (PostgreSQL not counted); "
        "device file "
        f"{figures['db_bytes'] / 1e6:.0f} MB; device peak {peak_mb:.0f} MB; "
        f"server peak {server_sum:.0f} MiB",
        file=sys.stderr,
    )
    if figures["members"] < members:
        print(f"error: {members:,} members seeded, {figures['members']:,} pulled", file=sys.stderr)
        return 1
    target_s = 60.0 * members / 1_000_000 if args.quick else 60.0
    report(f"sync_initial_pull_{label}_seconds", figures["seconds"], "s", "<=", target_s)
    report(f"sync_initial_pull_{label}_device_peak_rss", peak_mb, "MB", "<=", 400)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
