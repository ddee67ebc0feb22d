"""From the last key of a scan (Enter) to the member panel painted: p99 <= 16 ms, with
1,000,000 members (``--quick``: 20,000).

Scans arrive as a scanner sends them, as a burst into whatever has the focus: after
the first member is shown that is the amount field, so every scan after it goes
through the burst recognition (``pos.scanner``), the database worker (``ui.ops``)
and a repaint of the panel.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time

from _pos import PaintProbe, open_window, scanner_keys, wait_for

from _common import percentile, report, seeded_db


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--scans", type=int, default=500)
    args = parser.parse_args()
    members = 20_000 if args.quick else 1_000_000
    label = "20k" if args.quick else "1m"
    path = seeded_db(members)
    with sqlite3.connect(path) as conn:
        codes = [r[0] for r in conn.execute("SELECT code FROM members").fetchall()]
    sample = random.Random(11).sample(codes, args.scans + 20)

    from PySide6.QtWidgets import QApplication

    app, window = open_window(path)
    screen = window.checkout
    target = {"code": ""}

    def shown() -> bool:
        card = screen.card()
        return card is not None and card.code == target["code"]

    # The member number differs from scan to scan (points or a masked name may not).
    probe = PaintProbe(screen.panel.code_label, shown)
    samples: list[float] = []
    cpu_ms: list[float] = []
    for i, code in enumerate(sample):
        target["code"] = code
        probe.arm(shown)
        focus = QApplication.focusWidget() or screen.scan_field
        last_key = scanner_keys(focus, code)  # the scanner's burst ...
        cpu = time.process_time()
        started = time.perf_counter()
        last_key()  # ... and its last key
        wait_for(app, lambda: probe.painted_at is not None)
        assert probe.painted_at is not None and probe.cpu_at is not None
        if i >= 20:  # the first scans warm the caches
            samples.append((probe.painted_at - started) * 1000)
            cpu_ms.append((probe.cpu_at - cpu) * 1000)
        wait_for(app, lambda: not screen.is_busy())

    print(
        f"{len(samples)} scans: p50 {percentile(samples, 50):.1f} ms,"
        f" p90 {percentile(samples, 90):.1f} ms; CPU (all threads) to the paint:"
        f" p50 {percentile(cpu_ms, 50):.1f} ms, p99 {percentile(cpu_ms, 99):.1f} ms;"
        f" load average {os.getloadavg()[0]:.1f}",
        file=sys.stderr,
    )
    report(f"pos_scan_to_panel_{label}_p99", percentile(samples, 99), "ms", "<=", 16)
    window.close()
    from ui import ops

    ops.shutdown(wait=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
