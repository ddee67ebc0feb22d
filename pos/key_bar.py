"""The row of F-key buttons under the checkout: each one a shortcut and a large touch target."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui import theme


class KeyBar(QWidget):
    """Buttons that never take the focus; their keys work anywhere on ``screen``."""

    def __init__(self, screen: QWidget) -> None:
        super().__init__(screen)
        self._screen = screen
        self.buttons: dict[str, QPushButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)

    def add(self, key: str, label: str, action: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(key), self._screen)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
        button = QPushButton(f"{key}  {label}", self)
        button.setObjectName(f"key{key.replace(' ', '')}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a touch never steals the focus
        button.setMinimumHeight(48)
        button.setFont(theme.scaled_font(self.font(), 1.2))
        button.clicked.connect(action)
        self._layout.addWidget(button)
        self.buttons[key] = button
