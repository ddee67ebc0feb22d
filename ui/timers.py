"""Run something once, later, on the UI thread: a timer owned by a Qt object.

PySide's ``QTimer.singleShot(ms, callable)`` makes a parentless timer that Python
owns; left pending when its widget goes away, it is freed by whichever thread's
garbage collection reaches it, and Qt cannot stop a timer from another thread
("Timers cannot be stopped from another thread", or a crash). A timer that is
the child of ``owner`` lives and dies with ``owner`` on its thread, and never
fires after ``owner`` is gone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def later(ms: int, owner: QObject, fn: Callable[[], object]) -> QTimer:
    """Call ``fn`` once after ``ms`` milliseconds, unless ``owner`` is deleted first."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(fn)
    timer.timeout.connect(timer.deleteLater)
    timer.start()
    return timer
