"""A one-line sync status: online or offline, what waits to upload, the last sync, the last error.

Shared by the checkout screen and the back office's status bar. It shows a
``sync.service.SyncStatus`` as it is given (usually through
``ui.sync_bridge.SyncBridge``) and reads nothing itself. Without a status the
device has no sync set up (a standalone till), and it says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from core import clock
from ui import theme

if TYPE_CHECKING:
    from sync.service import SyncStatus
    from ui.sync_bridge import SyncBridge

# Seconds a queued command may wait before its age is shown as a warning.
OLD_QUEUE_S = 15 * 60
# The error line is cut after this many characters (the tooltip has all of it).
ERROR_CHARS = 80


def parse_time(text: str | None) -> datetime | None:
    """An ISO time of the sync state as naive business time (None if absent or unreadable)."""
    if not text:
        return None
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return None
    if at.tzinfo is not None:
        at = at.astimezone(clock.zone()).replace(tzinfo=None)
    return at


class SyncStatusWidget(QFrame):
    """Online/offline, queue depth, oldest unsent age, last sync, last error."""

    def __init__(
        self, parent: QWidget | None = None, *, now: Callable[[], datetime] = clock.now
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._now = now
        self._status: SyncStatus | None = None

        self.state_label = QLabel(self)
        self.state_label.setObjectName("syncState")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.queue_label = QLabel(self)
        self.queue_label.setObjectName("syncQueue")
        self.oldest_label = QLabel(self)
        self.oldest_label.setObjectName("syncOldest")
        self.last_sync_label = QLabel(self)
        self.last_sync_label.setObjectName("syncLastSuccess")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("syncError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(f"color: {theme.DANGER};")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(16)
        for label in (
            self.state_label,
            self.queue_label,
            self.oldest_label,
            self.last_sync_label,
            self.error_label,
        ):
            layout.addWidget(label)
        layout.addStretch(1)
        self.set_status(None)

    # --- public ---------------------------------------------------------------

    def follow(self, bridge: SyncBridge) -> None:
        """Show what ``bridge`` reports from now on, starting with what it knows."""
        bridge.sig_status_changed.connect(self.set_status)
        bridge.sig_setup_changed.connect(self._setup_changed)
        self.set_status(bridge.status() if bridge.is_set_up() else None)
        if bridge.is_set_up() and bridge.status() is None:
            self._show_waiting()

    def status(self) -> SyncStatus | None:
        return self._status

    def set_status(self, status: SyncStatus | None) -> None:
        """Show ``status``; None: this device has no sync set up."""
        self._status = status
        if status is None:
            self._show_not_set_up()
            return
        self._show_state(status)
        self._show_queue(status)
        self._show_last_sync(status)
        self._show_error(status)

    # --- internals ------------------------------------------------------------

    def _setup_changed(self, set_up: bool) -> None:
        if set_up:
            self._show_waiting()
        else:
            self.set_status(None)

    def _show_not_set_up(self) -> None:
        self._state(self.tr("Sync not set up"), theme.MUTED)
        self.state_label.setToolTip(
            self.tr("This device works on its own: nothing is uploaded to a server")
        )
        for label in (self.queue_label, self.oldest_label, self.last_sync_label, self.error_label):
            label.hide()

    def _show_waiting(self) -> None:
        self._state(self.tr("● Sync starting…"), theme.MUTED)
        self.state_label.setToolTip("")
        for label in (self.queue_label, self.oldest_label, self.last_sync_label, self.error_label):
            label.hide()

    def _state(self, text: str, colour: str) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.state_label.show()

    def _show_state(self, status: SyncStatus) -> None:
        if status.online is None:
            text, colour = self.tr("● Connecting…"), theme.MUTED
            tip = self.tr("The server has not been tried yet")
        elif status.online:
            text, colour = self.tr("● Online"), theme.SUCCESS
            tip = self.tr("The server answered the last sync")
        else:
            text, colour = self.tr("● Offline"), theme.DANGER
            tip = self.tr("The server cannot be reached; sales are kept and uploaded later")
        if status.running:
            text = self.tr("{state} · syncing").format(state=text)
        self._state(text, colour)
        self.state_label.setToolTip(tip)

    def _show_queue(self, status: SyncStatus) -> None:
        self.queue_label.setText(self.tr("To upload: {count:,}").format(count=status.queue_depth))
        self.queue_label.setToolTip(
            self.tr("Changes made on this device that the server has not received yet")
        )
        self.queue_label.setStyleSheet("" if status.queue_depth else f"color: {theme.MUTED};")
        self.queue_label.show()
        age = status.oldest_unsent_age_s
        if status.queue_depth and age is not None:
            self.oldest_label.setText(
                self.tr("oldest waiting {age}").format(age=self._duration(age))
            )
            self.oldest_label.setStyleSheet(
                f"color: {theme.DANGER}; font-weight: bold;" if age >= OLD_QUEUE_S else ""
            )
            self.oldest_label.show()
        else:
            self.oldest_label.hide()

    def _show_last_sync(self, status: SyncStatus) -> None:
        at = parse_time(status.last_success_at)
        if at is None:
            self.last_sync_label.setText(self.tr("Never synced"))
            self.last_sync_label.setToolTip("")
        else:
            self.last_sync_label.setText(self.tr("Last sync {time}").format(time=self._when(at)))
            self.last_sync_label.setToolTip(at.isoformat(sep=" ", timespec="seconds"))
        self.last_sync_label.show()

    def _show_error(self, status: SyncStatus) -> None:
        error = status.last_error
        if not error:
            self.error_label.hide()
            return
        shown = error if len(error) <= ERROR_CHARS else error[: ERROR_CHARS - 1] + "…"
        self.error_label.setText(self.tr("Last error: {error}").format(error=shown))
        tip = error
        if status.next_attempt_in_s is not None and not status.running:
            retry = self.tr("Next attempt in {duration}").format(
                duration=self._duration(status.next_attempt_in_s)
            )
            tip = f"{error}\n{retry}"
        self.error_label.setToolTip(tip)
        self.error_label.show()

    def _when(self, at: datetime) -> str:
        """Today's times as 14:05; older ones with their date."""
        if at.date() == self._now().date():
            return f"{at:%H:%M}"
        return f"{at:%Y-%m-%d %H:%M}"

    def _duration(self, seconds: float) -> str:
        s = max(0, int(seconds))
        if s < 60:
            return self.tr("{n} s").format(n=s)
        if s < 3600:
            return self.tr("{n} min").format(n=s // 60)
        if s < 86400:
            return self.tr("{h} h {m} min").format(h=s // 3600, m=s % 3600 // 60)
        return self.tr("{d} d {h} h").format(d=s // 86400, h=s % 86400 // 3600)
