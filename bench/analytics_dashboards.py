"""Managers' dashboards on a device database of 1,000,000 members and 10,000,000 ledger
entries (``--quick``: 20,000 members, 200,000 entries): every dashboard <= 2 s once the
aggregates are up to date, RFM recomputation <= 30 s.

Each dashboard is timed as a manager opens it: a fresh session that folds in what changed
(``refresh_aggregates``, nothing here) and computes the figures; the worst of three runs
counts. Also measured: folding in 1,000 new sales and opening the member overview (<= 2 s),
and on stderr the one-time full build of the aggregates and a sale's time with the
change-capture triggers on. The database is made once (``bench/_analytics_data.py``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from _analytics_data import analytics_db

from _common import report

DASHBOARD_S = 2.0
RFM_S = 30.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 members")
    args = parser.parse_args()
    members = 20_000 if args.quick else 1_000_000
    size = "20k" if args.quick else "1m"
    path = analytics_db(members)

    from sqlalchemy import text

    from core import analytics as a
    from core.db.engine import open_device_db

    factory = open_device_db(path)
    with factory() as s:
        entries = s.execute(text("SELECT count(*) FROM point_entries")).scalar_one()
        today = s.execute(text("SELECT max(date(at)) FROM sales")).scalar_one()
    print(f"{members:,} members, {entries:,} ledger entries; data up to {today}", file=sys.stderr)
    now = date.fromisoformat(today)

    with factory() as s, s.begin():
        if not a.is_built(s):
            started = time.perf_counter()
            built = a.rebuild_aggregates(s)
            print(
                f"full build of the aggregates: {time.perf_counter() - started:.1f} s "
                f"({built.members:,} members, {built.member_days:,} member-days)",
                file=sys.stderr,
            )

    started = time.perf_counter()
    with factory() as s, s.begin():
        a.refresh_aggregates(s)
        run = a.recompute_rfm(s, as_of=now)
    rfm_seconds = time.perf_counter() - started
    print(f"RFM: {run.members_scored:,} members scored", file=sys.stderr)

    year = a.Filters(start=now - timedelta(days=364), end=now, bucket="month")
    region = a.Filters(regions=("R01",), end=now)
    dashboards: list[tuple[str, Callable[[Any], Any]]] = [
        ("members_30d", lambda s: a.member_overview(s, a.Filters(end=now), now=now)),
        ("members_year_by_month", lambda s: a.member_overview(s, year, now=now)),
        ("members_region", lambda s: a.member_overview(s, region, now=now)),
        ("points_30d", lambda s: a.points_health(s, a.Filters(end=now), now=now)),
        ("points_year_by_month", lambda s: a.points_health(s, year, now=now)),
        ("mall_30d", lambda s: a.mall_overview(s, a.Filters(end=now), now=now)),
        ("mall_region", lambda s: a.mall_overview(s, region, now=now)),
        ("rfm_segments", lambda s: a.rfm_overview(s)),
        ("rfm_segments_region", lambda s: a.rfm_overview(s, region)),
        ("churn_list_top100", lambda s: a.churn_warnings(s, limit=100)),
        ("churn_member_ids", lambda s: a.churn_member_ids(s)),
        ("segment_member_ids_at_risk", lambda s: a.segment_member_ids(s, "at_risk")),
    ]
    ok = True
    for name, fn in dashboards:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            with factory() as s, s.begin():
                a.refresh_aggregates(s)
                fn(s)
            times.append(time.perf_counter() - started)
        ok &= report(f"analytics_{name}_{size}", max(times), "s", "<=", DASHBOARD_S)
    ok &= report(f"analytics_rfm_recompute_{size}", rfm_seconds, "s", "<=", RFM_S)
    ok &= _after_sales(factory, now, size)
    factory.kw["bind"].dispose()
    return 0 if ok else 1


def _after_sales(factory: Any, now: date, size: str) -> bool:
    """1,000 sales through the device services, then refresh + member overview."""
    from datetime import datetime

    from sqlalchemy import text

    from core import analytics as a
    from core.services import DeviceServices, SaleLineInput

    svc = DeviceServices(factory)
    with factory() as s:
        codes = [
            r[0]
            for r in s.execute(
                text(
                    "SELECT code FROM members WHERE status = 'active' ORDER BY random() LIMIT 1000"
                )
            )
        ]
    at = datetime.combine(now, datetime.min.time()).replace(hour=20)
    sale_times = []
    for i, code in enumerate(codes):
        started = time.perf_counter()
        svc.record_sale([SaleLineInput(5_000 + i)], member_key=code, at=at)
        sale_times.append(time.perf_counter() - started)
    print(
        f"a sale with change capture on: median {statistics.median(sale_times) * 1000:.1f} ms",
        file=sys.stderr,
    )
    started = time.perf_counter()
    with factory() as s, s.begin():
        folded = a.refresh_aggregates(s)
        a.member_overview(s, a.Filters(end=now), now=now)
    seconds = time.perf_counter() - started
    print(f"folded in {folded.members:,} members, {folded.member_days:,} days", file=sys.stderr)
    return report(f"analytics_refresh_1000_sales_and_open_{size}", seconds, "s", "<=", DASHBOARD_S)


if __name__ == "__main__":
    raise SystemExit(main())
