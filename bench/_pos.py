"""Shared by the POS benchmarks: an offscreen POS window on a device database, a paint probe."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from pos.window import PosWindow


class PaintProbe(QObject):
    """Notes when ``widget`` is painted while ``condition()`` holds."""

    def __init__(self, widget: QWidget, condition: Callable[[], bool]) -> None:
        super().__init__(widget)
        self.condition = condition
        self.painted_at: float | None = None
        widget.installEventFilter(self)

    def arm(self, condition: Callable[[], bool]) -> None:
        self.condition = condition
        self.painted_at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None and self.condition():
            self.painted_at = time.perf_counter()
        return False


def wait_for(app: QApplication, done: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Run the event loop until ``done()``; blocks in the loop, as the real application does."""
    deadline = time.perf_counter() + timeout_s
    nudge = QTimer()
    nudge.start(5)  # wakes the loop so a deadline is noticed even when nothing happens
    try:
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError("the POS did not get there in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        nudge.stop()


def open_window(db: Path) -> tuple[QApplication, PosWindow]:
    """A shown POS window on ``db`` (English, offscreen), with its focus on the scan field."""
    from core.services import DeviceServices
    from pos.window import PosWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    window = PosWindow(DeviceServices.open(str(db)))
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    wait_for(app, window.checkout.scan_field.hasFocus)
    return app, window
