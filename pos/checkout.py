"""The checkout screen: scan or type a member key, see the member.

The scan field holds the focus whenever the screen is ready: after it is
shown, after every lookup, after an error and after Esc, so the next scan or
keystroke always lands there. Enter looks the key up (member code, full
mobile number or its last four digits); an unknown or misread key shows an
inline error naming what was scanned, and the field is empty and ready again.

Scanner bursts from any focus come later: whatever recognises a burst only
has to call :meth:`CheckoutScreen.submit_key` with the scanned text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.directory import MemberCard
from core.errors import DomainError
from core.services import DeviceServices
from ui import theme
from ui.i18n import error_text
from ui.ops import Op
from ui.widgets.member_panel import MemberPanel


class CheckoutScreen(QWidget):
    """Scan field, inline error line, member panel."""

    # A member was looked up and is shown (member id). The sale flow starts here.
    sig_member_found = Signal(str)
    # A lookup was refused (the text shown to the clerk).
    sig_lookup_failed = Signal(str)

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._generation = 0
        self._busy = False

        self.scan_field = QLineEdit(self)
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(
            self.tr("Scan the member card, or type member no. / mobile, then Enter")
        )
        self.scan_field.setFont(theme.scaled_font(self.font(), 2.0))
        self.scan_field.setMinimumHeight(self.scan_field.sizeHint().height() + 16)
        self.scan_field.returnPressed.connect(self._field_entered)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("scanError")
        self.error_label.setWordWrap(True)
        self.error_label.setFont(theme.scaled_font(self.font(), 1.5, bold=True))
        self.error_label.setStyleSheet(
            f"color: {theme.DANGER}; background-color: {theme.DANGER_BACKGROUND};"
            f" border: 2px solid {theme.DANGER}; border-radius: 4px; padding: 8px;"
        )
        self.error_label.hide()

        self.panel = MemberPanel(self, scale=1.6)
        self.panel.set_hint(self.tr("Scan a member card to begin"))
        self.panel.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.error_label)
        layout.addWidget(self.panel, 1)
        self.setFocusProxy(self.scan_field)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear)

    # --- public ---------------------------------------------------------------

    def submit_key(self, key: str) -> None:
        """Look up a scanned or typed key and show the member (or why not)."""
        text = key.strip()
        self.scan_field.clear()
        if not text:
            self._ready()
            return
        self._generation += 1
        generation = self._generation
        services = self.services
        self._busy = True
        (
            Op(self, lambda: services.find(text))
            .success(lambda card: self._found(generation, card))
            .failure(lambda err: self._refused(generation, text, err))
            .finished(lambda: self._finished(generation))
            .run()
        )

    def clear(self) -> None:
        """Forget the member and any error; ready for the next scan."""
        self._generation += 1  # a lookup still running no longer matters
        self._busy = False
        self.scan_field.clear()
        self.error_label.hide()
        self.error_label.clear()
        self.panel.clear()
        self._ready()

    def card(self) -> MemberCard | None:
        return self.panel.card()

    def is_busy(self) -> bool:
        return self._busy

    # --- internals ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After the window is mapped, or activation steals the focus back.
        QTimer.singleShot(0, self._ready)

    def _field_entered(self) -> None:
        self.submit_key(self.scan_field.text())

    def _found(self, generation: int, card: MemberCard) -> None:
        if generation != self._generation:
            return
        self.error_label.hide()
        self.panel.set_card(card)
        self.sig_member_found.emit(card.id)

    def _refused(self, generation: int, scanned: str, err: DomainError) -> None:
        if generation != self._generation:
            return
        # Never leave the previous member on screen under a failed scan.
        self.panel.clear()
        text = error_text(err)
        self.error_label.setText(text)
        self.error_label.setToolTip(self.tr("Scanned: {text}").format(text=scanned))
        self.error_label.show()
        self.sig_lookup_failed.emit(text)

    def _finished(self, generation: int) -> None:
        if generation == self._generation:
            self._busy = False
            self._ready()

    def _ready(self) -> None:
        if self.isVisible():
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
