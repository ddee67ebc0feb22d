"""Shared by the POS benchmarks: an offscreen POS window on a device database, a paint probe."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from pos.window import PosWindow


class PaintProbe(QObject):
    """Notes when ``widget`` is painted while ``condition()`` holds."""

    def __init__(self, widget: QWidget, condition: Callable[[], bool]) -> None:
        super().__init__(widget)
        self.condition = condition
        self.painted_at: float | None = None
        # The process's CPU time then (every thread: the screen's and the database worker's).
        self.cpu_at: float | None = None
        widget.installEventFilter(self)

    def arm(self, condition: Callable[[], bool]) -> None:
        self.condition = condition
        self.painted_at = None
        self.cpu_at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None and self.condition():
            self.painted_at = time.perf_counter()
            self.cpu_at = time.process_time()
        return False


# A scanner's keys, as the window system stamps them: a few milliseconds apart.
SCANNER_KEY_MS = 3


def scanner_keys(widget: QWidget, text: str) -> Callable[[], None]:
    """Send the characters of a scan to ``widget`` as a scanner types them; returns the
    function that sends its last key (Enter), for the caller to time.

    The keys carry timestamps a scanner's would have, so a bench process that the
    shared machine leaves waiting between two keys still sends a scanner's burst (with
    ``QTest.keyClicks`` the keys' arrival times would make it a person's typing).
    """
    stamp = int(time.monotonic() * 1000)

    def send(key: int, chars: str) -> None:
        nonlocal stamp
        stamp += SCANNER_KEY_MS
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, chars)
            event.setTimestamp(stamp)
            QApplication.sendEvent(widget, event)

    for ch in text:
        send(ord(ch.upper()), ch)
    return lambda: send(Qt.Key.Key_Return, "\r")


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
    """A shown POS window on ``db`` (English, offscreen), with its focus on the scan field,
    signed in as a clerk (a till with staff sign-in would otherwise start locked)."""
    from core.services import DeviceServices
    from core.staff_signin import StaffMember
    from pos.window import PosWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    clerk = StaffMember("S001-clerk", "bench clerk", "clerk", "S001")
    window = PosWindow(DeviceServices.open(str(db)), signed_in=clerk)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    wait_for(app, window.checkout.scan_field.hasFocus)
    return app, window
