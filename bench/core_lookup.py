"""Member lookup by code and phone (p99 <= 1 ms) and name/pinyin prefix search (p95 <= 30 ms),
through the service layer, with 1,000,000 members (``--quick``: 20,000)."""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from collections.abc import Callable

from _common import percentile, report, seeded_db


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    members = 20_000 if args.quick else 1_000_000
    label = "20k" if args.quick else "1m"
    path = seeded_db(members)

    from core.services import DeviceServices

    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT code, phone, name, name_initials FROM members").fetchall()
    rng = random.Random(7)
    sample = rng.sample(rows, 2000)
    svc = DeviceServices.open(str(path))

    for warm in sample[:200]:
        svc.lookup(warm[0])

    def timed(fn: Callable[[str], object], keys: list[str]) -> list[float]:
        out = []
        for key in keys:
            t = time.perf_counter()
            fn(key)
            out.append((time.perf_counter() - t) * 1000)
        return out

    by_code = timed(svc.lookup, [r[0] for r in sample])
    by_phone = timed(svc.lookup, [r[1] for r in sample])
    cards = timed(svc.find, [r[0] for r in sample])
    prefixes = []
    for _code, _phone, name, initials in sample[:500]:
        prefixes += [name[:1], name[:2], initials[:2], initials[:3]]
    search = timed(svc.search, prefixes)

    report(f"core_lookup_code_{label}_p99", percentile(by_code, 99), "ms", "<=", 1)
    report(f"core_lookup_phone_{label}_p99", percentile(by_phone, 99), "ms", "<=", 1)
    report(f"core_search_prefix_{label}_p95", percentile(search, 95), "ms", "<=", 30)
    # The full member card (lots, locked and pending points) a checkout shows next.
    report(f"core_member_card_{label}_p99", percentile(cards, 99), "ms", "<=", 5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
