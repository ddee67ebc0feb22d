"""The sync service's status as Qt signals.

``sync.service.SyncService`` runs on asyncio (in the Qt loop through qasync)
and tells its subscribers every new ``SyncStatus``. The bridge is such a
subscriber: it keeps the latest status and re-emits it as signals on the
thread it lives on (the UI thread), so widgets only ever connect to signals.
A status handed over from another thread is queued to the bridge's thread.

    bridge = SyncBridge()
    bridge.attach(service)           # None, or never attached: sync is not set up
    widget.follow(bridge)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

if TYPE_CHECKING:
    from sync.service import SyncStatus

log = logging.getLogger(__name__)


class StatusSource(Protocol):
    """What the bridge needs of the sync service (``sync.service.SyncService`` has it)."""

    @property
    def status(self) -> SyncStatus: ...

    def subscribe(self, callback: Callable[[SyncStatus], None]) -> Callable[[], None]: ...

    def wake(self) -> None: ...


class SyncBridge(QObject):
    """Turns ``SyncStatus`` updates into signals on this object's thread."""

    # Every new status (a ``sync.service.SyncStatus``), after it differs from the last.
    sig_status_changed = Signal(object)
    # The service found the server reachable (True) or not (False); only on a change.
    sig_online_changed = Signal(bool)
    # Whether a sync service is attached at all (False: this device is not set up).
    sig_setup_changed = Signal(bool)
    # A sync cycle ended without an error: what its pull brought is in the database.
    sig_cycle_finished = Signal()

    _incoming = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: SyncStatus | None = None
        self._online: bool | None = None
        self._subscription = _Subscription()
        self._service: StatusSource | None = None
        self._incoming.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        # Holds no reference to the bridge, so it neither keeps it alive nor dies with it.
        self.destroyed.connect(self._subscription.cancel)

    # --- public ---------------------------------------------------------------

    def attach(self, service: StatusSource | None) -> None:
        """Follow ``service`` (None: this device has no sync set up)."""
        self.detach()
        if service is None:
            self.sig_setup_changed.emit(False)
            return
        self._service = service
        self._subscription.unsubscribe = service.subscribe(self.push)
        self.sig_setup_changed.emit(True)
        self.push(service.status)

    def detach(self) -> None:
        """Stop following the service; the last status is forgotten."""
        self._subscription.cancel()
        self._service = None
        self._status = None
        self._online = None

    def nudge(self) -> None:
        """Something was just recorded: sync now rather than at the next timer tick.

        Call it on the thread of the service's loop (with qasync, the UI thread).
        """
        if self._service is not None:
            self._service.wake()

    def is_set_up(self) -> bool:
        return self._subscription.unsubscribe is not None

    def status(self) -> SyncStatus | None:
        """The latest status (None before the first one, or when not set up)."""
        return self._status

    def push(self, status: SyncStatus) -> None:
        """The service's subscriber callback; any thread may call it."""
        if QThread.currentThread() is self.thread():
            self._apply(status)
        else:
            self._incoming.emit(status)

    # --- internals ------------------------------------------------------------

    @Slot(object)
    def _apply(self, status: SyncStatus) -> None:
        if status == self._status:
            return
        was_running = self._status is not None and self._status.running
        self._status = status
        self.sig_status_changed.emit(status)
        if was_running and not status.running and not status.last_error:
            self.sig_cycle_finished.emit()
        online = status.online
        if online is not None and online != self._online:
            self._online = online
            self.sig_online_changed.emit(online)


class _Subscription:
    """The service's unsubscribe function, called at most once."""

    def __init__(self) -> None:
        self.unsubscribe: Callable[[], None] | None = None

    def cancel(self, *_args: object) -> None:
        unsubscribe, self.unsubscribe = self.unsubscribe, None
        if unsubscribe is None:
            return
        try:
            unsubscribe()
        except ValueError:  # the service had already let it go
            log.debug("sync status subscription was already gone")
