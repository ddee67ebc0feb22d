"""The keys of the checkout screen, over the screen (F1 shows and hides it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ui import theme

# The keys listed, in the order of their descriptions in ``HelpOverlay``.
KEYS = ("F1", "F2", "F3", "F4", "F5", "F8", "F9", "F10", "Enter / F12", "Esc")


class HelpOverlay(QWidget):
    """A translucent sheet over its parent, listing the keys; any click or F1/Esc hides it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = parent
        self.setObjectName("helpOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#helpOverlay { background-color: rgba(20, 30, 40, 248); }")
        words = (
            self.tr("Show or hide this help"),
            self.tr("Look up a member: type member no., mobile or last 4 digits"),
            self.tr("Enrol a new member"),
            self.tr("Redeem a reward"),
            self.tr("Refund a sale"),
            self.tr("Print the last sale's receipt"),
            self.tr("Pay with as many points as allowed"),
            self.tr("Sign out (the sale in progress is kept)"),
            self.tr("Complete the sale"),
            self.tr("Clear: forget the member and the sale"),
        )
        big = theme.scaled_font(self.font(), 1.6)
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(2, 1)  # keys and words to the left, read down like a list
        title = QLabel(self.tr("Keys"), self)
        title.setFont(theme.scaled_font(self.font(), 2.2, bold=True))
        title.setStyleSheet("color: white;")
        for row, (key, text) in enumerate(zip(KEYS, words, strict=True)):
            k = QLabel(key, self)
            k.setFont(theme.scaled_font(big, 1.0, bold=True))
            k.setStyleSheet("color: #F7DC6F;")
            v = QLabel(text, self)
            v.setFont(big)
            v.setStyleSheet("color: white;")
            grid.addWidget(k, row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(v, row, 1)
        note = QLabel(self.tr("A scan works from anywhere on this screen."), self)
        note.setFont(big)
        note.setStyleSheet("color: #D5D8DC;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.addWidget(title)
        layout.addSpacing(16)
        layout.addLayout(grid)
        layout.addSpacing(16)
        layout.addWidget(note)
        layout.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.setGeometry(self._host.rect())
            self.raise_()
            self.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False
