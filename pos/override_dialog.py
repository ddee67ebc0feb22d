"""A manager's override: spending beyond the offline bounds, or a refund above the threshold.

The manager types their user name and PIN and a reason; the PIN is checked offline
against the till's staff list (``core/staff_signin.py``: a manager role, five wrong
PINs lock them like any sign-in). Only a verified manager's user name goes into the
command's ``override``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
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
from core.services import DeviceServices
from core.staff_signin import PIN_MAX, StaffMember
from pos.signin_screen import staff_error_text
from ui import theme
from ui.ops import Op


class OverrideDialog(QDialog):
    """Shows why the core refused; asks for the manager's user, PIN and a reason."""

    def __init__(self, services: DeviceServices, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Manager override"))
        self.setMinimumWidth(480)
        self.services = services
        self.manager: StaffMember | None = None
        self._busy = False
        self.why_label = QLabel(why, self)
        self.why_label.setWordWrap(True)
        self.manager_field = QLineEdit(self)
        self.manager_field.setObjectName("overrideManager")
        self.manager_field.setMaxLength(64)
        self.pin_field = QLineEdit(self)
        self.pin_field.setObjectName("overridePin")
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(PIN_MAX)
        self.pin_field.setValidator(QRegularExpressionValidator(r"[0-9]{0,8}", self.pin_field))
        self.reason_field = QLineEdit(self)
        self.reason_field.setObjectName("overrideReason")
        self.reason_field.setMaxLength(500)
        self.reason_field.setPlaceholderText(self.tr("e.g. network down since this morning"))
        for field in (self.manager_field, self.pin_field, self.reason_field):
            field.setMinimumHeight(field.sizeHint().height() + 12)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("overrideError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.DANGER}; font-weight: bold;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Manager"), self.manager_field)
        form.addRow(self.tr("Manager PIN"), self.pin_field)
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
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.manager_field.returnPressed.connect(self.pin_field.setFocus)
        self.pin_field.returnPressed.connect(self.reason_field.setFocus)
        self.manager_field.setFocus()

    def override(self) -> Override:
        """The verified manager's override (only after the dialog was accepted)."""
        assert self.manager is not None
        return Override(staff=self.manager.username, reason=self.reason_field.text().strip())

    def is_busy(self) -> bool:
        return self._busy

    def _accept(self) -> None:
        # Everything is required; say what is missing here, not as a refusal afterwards.
        if self._busy:
            return
        user, pin = self.manager_field.text().strip(), self.pin_field.text()
        for field, missing in (
            (self.manager_field, not user),
            (self.pin_field, not pin),
            (self.reason_field, not self.reason_field.text().strip()),
        ):
            if missing:
                self._say(self.tr("Fill in the manager, their PIN and the reason."))
                field.setFocus()
                return
        services = self.services
        self._busy = True
        (
            Op(self, lambda: services.staff_sign_in(user, pin, manager=True))
            .success(self._verified)
            .failure(self._refused)
            .finished(lambda: setattr(self, "_busy", False))
            .run()
        )

    def _verified(self, who: StaffMember) -> None:
        self.manager = who
        self.accept()

    def _refused(self, err: DomainError) -> None:
        self.pin_field.clear()
        self._say(staff_error_text(err))
        self.pin_field.setFocus()

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def needs_override(err: DomainError) -> bool:
    """Whether a manager's override would allow what the core refused."""
    return isinstance(err, OverrideNeeded)


def ask_override(
    parent: QWidget,
    services: DeviceServices,
    why: str,
    then: Callable[[Override], None],
    otherwise: Callable[[], None],
) -> OverrideDialog:
    """Open the override dialog (not modal-blocking); ``then(override)`` or ``otherwise()``."""
    dialog = OverrideDialog(services, why, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: then(dialog.override()))
    dialog.rejected.connect(otherwise)
    dialog.open()
    return dialog
