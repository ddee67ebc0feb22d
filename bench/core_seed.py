"""Seeding demo data: 1,000,000 members with purchase history in <= 120 s (``--quick``:
20,000 members, the target scaled linearly to 2.4 s), into a fresh device database file.

Times ``core.seed.seed_device`` itself (not creating the schema); prints one BENCH line,
and the peak memory of this process and of its worker processes on stderr.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_PER_MILLION = 120.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 members instead of 1,000,000")
    args = parser.parse_args()
    members = 20_000 if args.quick else 1_000_000
    name = "core_seed_20k_members" if args.quick else "core_seed_1m_members"
    target = TARGET_PER_MILLION * members / 1_000_000

    from core.db.engine import open_device_db
    from core.seed import seed_device

    with tempfile.TemporaryDirectory(prefix="memberdesk-bench-seed-") as folder:
        factory = open_device_db(Path(folder) / "seed.db")
        started = time.perf_counter()
        summary = seed_device(factory, members=members)
        seconds = time.perf_counter() - started
        factory.kw["bind"].dispose()

    met = seconds <= target
    print(f"BENCH {name} {seconds:.1f} s target <= {target:g} {'met' if met else 'MISSED'}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"peak RSS {own:.0f} MiB (worker processes {workers:.0f} MiB); "
        f"{summary.members:,} members, {summary.sales:,} sales, {summary.entries:,} entries",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
