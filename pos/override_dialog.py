"""A manager's override for spending beyond the offline bounds: who allows it, and why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.commands.payloads import Override
from core.errors import DomainError, OverrideNeeded


class OverrideDialog(QDialog):
    """Shows why the core refused, asks for the manager's id and a reason."""

    def __init__(self, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Manager override"))
        self.why_label = QLabel(why, self)
        self.why_label.setWordWrap(True)
        self.manager_field = QLineEdit(self)
        self.manager_field.setObjectName("overrideManager")
        self.reason_field = QLineEdit(self)
        self.reason_field.setObjectName("overrideReason")
        self.reason_field.setPlaceholderText(self.tr("e.g. network down since this morning"))
        form = QFormLayout()
        form.addRow(self.tr("Manager id"), self.manager_field)
        form.addRow(self.tr("Reason"), self.reason_field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Allow"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.manager_field.setFocus()

    def override(self) -> Override:
        return Override(
            staff=self.manager_field.text().strip(), reason=self.reason_field.text().strip()
        )

    def _accept(self) -> None:
        # Both are required by the core; say so here instead of a refusal afterwards.
        if not self.manager_field.text().strip():
            self.manager_field.setFocus()
            return
        if not self.reason_field.text().strip():
            self.reason_field.setFocus()
            return
        self.accept()


def needs_override(err: DomainError) -> bool:
    """Whether a manager's override would allow what the core refused (core/offline.py)."""
    return isinstance(err, OverrideNeeded)


def ask_override(
    parent: QWidget, why: str, then: Callable[[Override], None], otherwise: Callable[[], None]
) -> OverrideDialog:
    """Open the override dialog (not modal-blocking); ``then(override)`` or ``otherwise()``."""
    dialog = OverrideDialog(why, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: then(dialog.override()))
    dialog.rejected.connect(otherwise)
    dialog.open()
    return dialog
