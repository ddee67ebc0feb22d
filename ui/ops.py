"""Running core services off the UI thread, Anki-style.

    Op(self, lambda: services.search(text, 200)).success(self._show).failure(self._error).run()

All database work of the process goes through one single-worker executor, so
SQLite sees one writer and reads never race each other; results come back to
the UI thread through a queued signal. A ``DomainError`` goes to the failure
callback (the rules refused: the user should be told); anything else is a bug
and is logged with its traceback.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.errors import DomainError
from ui.timers import later

log = logging.getLogger(__name__)

T = TypeVar("T")

# Work that lasts longer than this shows a progress dialog (if the op asked for one).
PROGRESS_DELAY_MS = 600

_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
_dispatcher: _Dispatcher | None = None


class _Dispatcher(QObject):
    """Lives on the UI thread; runs the closures that worker threads hand it."""

    ready = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.ready.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, closure: Callable[[], None]) -> None:
        closure()


def executor() -> ThreadPoolExecutor:
    """The process's one database worker."""
    global _executor
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="memberdesk-db")
        return _executor


def _ui_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("ui.ops needs a QApplication")
        _dispatcher = _Dispatcher()
        _dispatcher.moveToThread(app.thread())
    return _dispatcher


def shutdown(wait: bool = True) -> None:
    """Stop the worker (at application exit); queued work that has not started is dropped."""
    global _executor
    with _lock:
        ex, _executor = _executor, None
    if ex is not None:
        ex.shutdown(wait=wait, cancel_futures=True)


class Op(Generic[T]):
    """One unit of background work with callbacks on the UI thread.

    ``parent`` ties the op to a widget or model: if it has been deleted by the
    time the result arrives, the callbacks are not called.
    """

    def __init__(self, parent: QObject | None, fn: Callable[[], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[DomainError], None] | None = None
        self._on_finished: Callable[[], None] | None = None
        self._progress_label: str | None = None
        self._progress: QProgressDialog | None = None
        self._done = False

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[DomainError], None]) -> Op[T]:
        """Called with the error when the core refuses the request."""
        self._on_failure = cb
        return self

    def finished(self, cb: Callable[[], None]) -> Op[T]:
        """Called after success or failure, and also after an unexpected error."""
        self._on_finished = cb
        return self

    def with_progress(self, label: str) -> Op[T]:
        """Show a busy dialog with ``label`` if the work takes longer than 600 ms."""
        self._progress_label = label
        return self

    def run(self) -> Future[T]:
        """Queue the work; must be called on the UI thread."""
        dispatcher = _ui_dispatcher()
        if self._progress_label is not None:
            owner = self._parent if self._parent is not None else dispatcher
            later(PROGRESS_DELAY_MS, owner, self._show_progress)
        future = executor().submit(self._fn)

        def deliver(done: Future[T]) -> None:
            # Runs on the worker thread (or here, if already done): hop to the UI thread.
            try:
                dispatcher.ready.emit(lambda: self._finish(done))
            except RuntimeError:  # the application is gone
                log.debug("op finished after the UI was torn down")

        future.add_done_callback(deliver)
        return future

    def _alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _show_progress(self) -> None:
        if self._done or not self._alive():
            return
        parent = self._parent if isinstance(self._parent, QWidget) else None
        dialog = QProgressDialog(parent)
        dialog.setLabelText(self._progress_label or "")
        dialog.setRange(0, 0)  # busy: the core reports no counts for this op
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._progress = dialog

    def _finish(self, done: Future[T]) -> None:
        self._done = True
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if not self._alive() or done.cancelled():
            return
        try:
            error = done.exception()
            if error is None:
                if self._on_success is not None:
                    self._on_success(done.result())
            elif isinstance(error, DomainError):
                if self._on_failure is not None:
                    self._on_failure(error)
                else:
                    log.info("refused: %s", error)
            else:
                log.error("background operation failed", exc_info=error)
        finally:
            if self._on_finished is not None:
                self._on_finished()
