"""Long work with counts and a cancel button: imports, exports, bulk actions.

    ProgressOp(self, lambda progress: bulk.tag(target, tag, progress=progress),
               label=self.tr("Tagging members…")).success(self._done).run()

The function runs on the process's database worker (``ui.ops.executor``) and
gets a ``core.progress.Progress``: its ``update(done, total, label)`` calls
reach a ``QProgressDialog`` on the UI thread (shown only if the work lasts
longer than ``ui.ops.PROGRESS_DELAY_MS``), and its ``cancelled()`` turns true
when the person presses Cancel. Results and errors arrive like ``ui.ops.Op``'s.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.errors import DomainError
from core.progress import Progress
from ui.ops import PROGRESS_DELAY_MS, Op
from ui.timers import later

T = TypeVar("T")


class _Relay(QObject):
    """Carries progress from the worker thread to the UI thread."""

    moved = Signal(int, int, str)


class _WorkerProgress:
    """The ``Progress`` the worker sees: counts go out through a queued signal."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0

    def update(self, done: int, total: int, label: str = "") -> None:
        self.done, self.total = done, total
        if shiboken6.isValid(self._relay):
            self._relay.moved.emit(done, total, label)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class ProgressOp(Generic[T]):
    """Background work that reports counts; the person may cancel it."""

    def __init__(
        self, parent: QWidget, fn: Callable[[Progress], T], *, label: str, cancellable: bool = True
    ) -> None:
        self._parent = parent
        self._label = label
        self._cancellable = cancellable
        self._relay = _Relay()
        self._relay.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)
        self.progress = _WorkerProgress(self._relay)
        self._dialog: QProgressDialog | None = None
        self._finished = False
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[DomainError], None] | None = None
        self._on_finished: Callable[[], None] | None = None
        # Callers may watch the counts (a test, a status line).
        self.on_progress: Callable[[int, int], None] | None = None
        progress = self.progress
        self._op: Op[T] = Op(parent, lambda: fn(progress))

    def success(self, cb: Callable[[T], None]) -> ProgressOp[T]:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[DomainError], None]) -> ProgressOp[T]:
        self._on_failure = cb
        return self

    def finished(self, cb: Callable[[], None]) -> ProgressOp[T]:
        self._on_finished = cb
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next check; what it finished stays."""
        self.progress.cancel()

    def run(self) -> ProgressOp[T]:
        later(PROGRESS_DELAY_MS, self._parent, self._show_dialog)
        self._op.success(self._success).failure(self._failure).finished(self._done).run()
        return self

    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def is_finished(self) -> bool:
        return self._finished

    # --- UI thread ----------------------------------------------------------------

    def _show_dialog(self) -> None:
        if self._finished or not shiboken6.isValid(self._parent):
            return
        dialog = QProgressDialog(self._parent)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle(self._label)
        dialog.setLabelText(self._label)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if self._cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setRange(0, max(self.progress.total, 0))
        dialog.setValue(min(self.progress.done, self.progress.total))
        dialog.show()
        self._dialog = dialog

    @Slot(int, int, str)
    def _moved(self, done: int, total: int, _label: str) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total)
        dialog = self._dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.setRange(0, max(total, 0))
            dialog.setValue(min(done, total))
            dialog.setLabelText(f"{self._label}\n{done:,} / {total:,}")

    def _success(self, result: T) -> None:
        if self._on_success is not None:
            self._on_success(result)

    def _failure(self, err: DomainError) -> None:
        if self._on_failure is not None:
            self._on_failure(err)

    def _done(self) -> None:
        self._finished = True
        dialog, self._dialog = self._dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        if self._on_finished is not None:
            self._on_finished()
