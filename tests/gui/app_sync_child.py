"""Run the Qt application on a device database and report what its sync did (a child process).

``python tests/gui/app_sync_child.py DB MODE [MEMBER]``: MODE ``standalone`` quits at once
and reports whether a sync service was attached; MODE ``nudge`` waits for the
start-up cycle to send everything, records one more sale, nudges the service and
waits for that cycle. It prints one JSON document: ``{"set_up", "phases", "last"}``.

The application runs in its own process so that its event loop, threads and Qt
objects cannot outlive it into other tests.
"""

from __future__ import annotations

import gc
import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from core.services import DeviceServices, SaleLineInput
from sync.service import SyncStatus
from ui.app import run_application
from ui.sync_bridge import SyncBridge

DEADLINE_MS = 90_000


def main(db: str, mode: str, code: str = "") -> int:
    report: dict[str, object] = {"set_up": None, "phases": ["start"], "last": None}
    phases: list[str] = report["phases"]  # type: ignore[assignment]

    def open_window(services: DeviceServices, bridge: SyncBridge) -> QWidget:
        window = QLabel("till")
        report["set_up"] = bridge.is_set_up()

        def on_status(status: SyncStatus) -> None:
            report["last"] = {"queue_depth": status.queue_depth, "error": status.last_error}
            if status.running:
                if phases[-1] == "nudged":
                    phases.append("cycling")
                return
            if status.queue_depth != 0 or not status.last_success_at or phases[-1] == "nudged":
                return
            if phases[-1] == "start":
                services.record_sale([SaleLineInput(amount_fen=5000)], member_key=code)
                phases.append("nudged")
                bridge.nudge()
            elif phases[-1] == "cycling":
                phases.append("sent")
                QTimer.singleShot(0, QApplication.quit)

        bridge.sig_status_changed.connect(on_status)
        deadline = QTimer(window)
        deadline.setSingleShot(True)
        deadline.timeout.connect(QApplication.quit)
        deadline.start(50 if mode == "standalone" else DEADLINE_MS)
        # Once running, what start-up made is out of the collector's way (ui.app.settle_heap).
        QTimer.singleShot(0, lambda: report.__setitem__("frozen", gc.get_freeze_count()))
        return window

    status = run_application(db, "MemberDesk test", open_window)
    report["frozen_after"] = gc.get_freeze_count()  # given back when the application ended
    print(json.dumps(report))
    return status


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:4]))
