"""Recognising a barcode scanner from any focus: a fast burst of keys ending in Enter.

A scanner is a keyboard that types a dozen characters a few milliseconds apart,
then Enter. People type tens to hundreds of milliseconds apart. The filter
holds back printable keys meant for the screen's other fields (amount, points,
a button) for one gap's time: if the next key comes sooner, the burst goes on;
if Enter ends a long enough burst, it is a scan and none of its keys reach the
field; otherwise the held keys are replayed to the widget they were meant for,
in order, so slow typing lands exactly as typed (one gap later).

Keys typed into the scan field itself are never held: the field looks up
whatever is typed there when Enter comes.

Gaps are measured with the keyboard events' own timestamps (when the window
system saw the key), so a burst that waited in the queue while the screen was
busy painting is still a burst, and keys a person typed while it was busy are
still a person's. Events without a timestamp (synthesised ones) use the time
they arrive.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# Keys further apart than this are a person typing.
BURST_GAP_MS = 30
# Member codes are 11 or 12 characters; a shorter burst is a fast typist.
MIN_SCAN_LENGTH = 6

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _when(event: QKeyEvent) -> float:
    """Seconds: the window system's time of the key if it has one, else now."""
    stamp = event.timestamp()
    return stamp / 1000 if stamp else time.monotonic()


@dataclass
class _Held:
    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanFilter(QObject):
    """An application event filter watching key presses for the widgets under ``screen``.

    ``sig_scanned`` carries the scanned text (without the Enter).
    """

    sig_scanned = Signal(str)

    def __init__(
        self,
        screen: QWidget,
        *,
        exempt: Callable[[QObject], bool] | None = None,
        gap_ms: int = BURST_GAP_MS,
        min_length: int = MIN_SCAN_LENGTH,
    ) -> None:
        """``exempt(widget)``: keys for this widget are never held (the scan field)."""
        super().__init__(screen)
        self._screen = screen
        self._exempt = exempt or (lambda _w: False)
        self._gap = gap_ms / 1000
        self._min_length = min_length
        self._held: list[_Held] = []
        self._last_key_at = 0.0
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(gap_ms)
        self._flush_timer.timeout.connect(self.flush)

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._held.clear()

    def holding(self) -> bool:
        """Whether keys are held back waiting to know if they are a scan."""
        return bool(self._held)

    # --- the filter -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(event, QKeyEvent) or not self._mine(watched):
            return False
        now = _when(event)
        quick = bool(self._held) and now - self._last_key_at < self._gap
        if event.key() in _ENTER:
            if quick and len(self._held) >= self._min_length:
                text = "".join(h.text for h in self._held)
                self._held.clear()
                self._flush_timer.stop()
                self.sig_scanned.emit(text)
                return True
            self.flush()
            return False
        text = event.text()
        printable = (
            len(text) == 1
            and text.isprintable()
            and not event.isAutoRepeat()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        if not printable or self._exempt(watched):
            self.flush()
            return False
        if self._held and not quick:
            self.flush()
        self._held.append(_Held(watched, event.key(), event.modifiers(), text))
        self._last_key_at = now
        self._flush_timer.start()
        return True

    def flush(self) -> None:
        """Deliver the held keys to the widgets they were meant for (a person was typing)."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for h in held:
                if not shiboken6.isValid(h.receiver):
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(
                        h.receiver, QKeyEvent(kind, h.key, h.modifiers, h.text)
                    )
        finally:
            self._replaying = False

    def _mine(self, watched: QObject) -> bool:
        # Only what the focused widget of the checkout window receives; a dialog
        # on top (enrol, refund) has its own fields and its own Enter.
        if not isinstance(watched, QWidget) or not shiboken6.isValid(self._screen):
            return False
        if watched is not QApplication.focusWidget():
            return False
        return watched is self._screen or self._screen.isAncestorOf(watched)
