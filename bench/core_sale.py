"""Record a sale (rules + ledger + outbox, committed with synchronous=FULL): p99 <= 5 ms,
on a device database with 1,000,000 members (``--quick``: 20,000)."""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from _common import percentile, report, seeded_db


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
    samples = []
    for i in range(args.sales):
        code = rng.choice(codes)
        lines = [SaleLineInput(rng.randint(100, 300_000), rng.choice([None, "high_margin"]))]
        t = time.perf_counter()
        svc.record_sale(lines, member_key=code)
        if i >= 50:  # the first few warm caches
            samples.append((time.perf_counter() - t) * 1000)
    report(f"core_record_sale_{label}_p99", percentile(samples, 99), "ms", "<=", 5)
    print(
        f"median {percentile(samples, 50):.2f} ms, p95 {percentile(samples, 95):.2f} ms, "
        f"max {max(samples):.2f} ms over {len(samples)} sales",
        flush=True,
    )
    shutil.rmtree(work.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
