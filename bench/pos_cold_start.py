"""Cold start of ``memberdesk pos`` to a ready screen (window shown, scan field focused):
<= 1.5 s, median of 5 starts, on a device database with 1,000,000 members
(``--quick``: 20,000).

Each start is a new process going through the real entry point (the CLI, then
``pos.app.main``); the process says READY when the scan field has the focus and
quits. The time is measured from spawning the process to that line.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from statistics import median

from _common import ROOT, report, seeded_db

CHILD = """
import sys
from PySide6.QtCore import QTimer
import pos.app

opened = pos.app._open

def _open(services, bridge):
    window = opened(services, bridge)
    def check():
        if window.checkout.scan_field.hasFocus():
            print("READY", flush=True)
            window.close()
        else:
            QTimer.singleShot(1, check)
    QTimer.singleShot(0, check)
    return window

pos.app._open = _open
from memberdesk.cli import main
sys.argv = ["memberdesk", "pos", "--db", sys.argv[1]]
main()
"""


def start_once(db: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, db],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "READY":
            elapsed = time.perf_counter() - started
            break
    else:
        raise SystemExit(f"memberdesk pos exited ({child.wait()}) without a ready screen")
    child.wait(timeout=30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    members = 20_000 if args.quick else 1_000_000
    label = "20k" if args.quick else "1m"
    db = str(seeded_db(members))
    times = [start_once(db) for _ in range(args.starts)]
    report(f"pos_cold_start_{label}_median", median(times), "s", "<=", 1.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
