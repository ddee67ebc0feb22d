"""The managers' dashboards as a manager opens them in the back office: the Qt page on a
device database of 1,000,000 members and 10,000,000 ledger entries (``--quick``: 20,000
members), offscreen. Target: every dashboard opens in <= 2 s.

Timed from the request (a tab shown, a filter changed) to the figures on screen: the read
on the database worker (``refresh_aggregates`` + the core.analytics function), the hop back
to the UI thread and drawing the tiles, charts and tables. The page's first opening also
loads the filter lists. Each dashboard is opened for the last 30 days, a year by month and
one region; the worst counts. The database is the analytics benchmark's
(``bench/_analytics_data.py``); its aggregates are built and RFM scored first, untimed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date, timedelta
from typing import Any

from _analytics_data import analytics_db

from _common import report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OPEN_S = 2.0
WAIT_MS = 120_000


def _wait(app: Any, board: Any) -> float:
    """Seconds until ``board`` shows new figures (or says why not)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    board.sig_loaded.connect(loop.quit)
    board.sig_failed.connect(loop.quit)
    QTimer.singleShot(WAIT_MS, loop.quit)
    loop.exec()
    board.sig_loaded.disconnect(loop.quit)
    board.sig_failed.disconnect(loop.quit)
    app.processEvents()  # the layout and paint the person sees
    return time.perf_counter()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 members")
    args = parser.parse_args()
    members = 20_000 if args.quick else 1_000_000
    size = "20k" if args.quick else "1m"
    path = analytics_db(members)

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from core import analytics as a
    from core.services import DeviceServices
    from desktop.pages.dashboards import DashboardsPage
    from ui import ops

    app = QApplication.instance() or QApplication(sys.argv[:1])
    services = DeviceServices.open(str(path))
    factory = services.factory
    with factory() as s:
        today = date.fromisoformat(
            str(s.execute(text("SELECT max(date(at)) FROM sales")).scalar_one())
        )
    started = time.perf_counter()
    with factory() as s, s.begin():
        a.refresh_aggregates(s)
        if a.last_run(s) is None:
            a.recompute_rfm(s, as_of=today)
    print(f"aggregates and RFM ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    page = DashboardsPage(services, today=lambda: today)
    page.resize(1440, 1000)
    page.show()
    app.processEvents()
    ok = True
    started = time.perf_counter()
    page.start()
    first = _wait(app, page.members) - started
    ok &= report(f"dashboards_ui_first_open_{size}", first, "s", "<=", OPEN_S)

    month = a.Filters(start=today - timedelta(days=29), end=today)
    year = a.Filters(start=today - timedelta(days=364), end=today, bucket="month")
    region = a.Filters(start=today - timedelta(days=29), end=today, regions=("R01",))
    for name, board in (
        ("members", page.members),
        ("points", page.points),
        ("mall", page.mall),
        ("rfm", page.rfm),
    ):
        times = []
        for filters in (month, year, region):
            started = time.perf_counter()
            board.load(filters)
            times.append(_wait(app, board) - started)
            if board.error_label.isVisible():
                print(f"{name}: {board.error_label.text()}", file=sys.stderr)
                ok = False
        print(f"{name}: " + ", ".join(f"{t:.2f} s" for t in times), file=sys.stderr)
        ok &= report(f"dashboards_ui_open_{name}_{size}", max(times), "s", "<=", OPEN_S)
    page.close()
    ops.executor().submit(lambda: None).result(timeout=60)
    factory.kw["bind"].dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
