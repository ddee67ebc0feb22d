"""Enrolling a new member at the till: name and mobile, the rest optional, in seconds.

The dialog records the enrolment itself (through ``DeviceServices.enrol`` on
the database worker) and stays open with the core's refusal said plainly
(a duplicate phone, an invalid number), so the clerk corrects one field.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.apply import Applied
from core.errors import DomainError
from core.services import DeviceServices
from ui import theme
from ui.i18n import error_text
from ui.ops import Op


class EnrolDialog(QDialog):
    """Accepted once the member is enrolled; ``member_code`` is then the new code."""

    def __init__(
        self, services: DeviceServices, parent: QWidget | None = None, *, staff: str | None = None
    ) -> None:
        """``staff``: the signed-in clerk, named on the command."""
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol a new member"))
        self.services = services
        self.staff = staff
        self.member_code: str | None = None
        self._busy = False

        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("enrolName")
        self.phone_field = QLineEdit(self)
        self.phone_field.setObjectName("enrolPhone")
        self.phone_field.setPlaceholderText(self.tr("11-digit mobile number"))
        self.gender_box = QComboBox(self)
        self.gender_box.addItem(self.tr("Not given"), None)
        self.gender_box.addItem(self.tr("Female"), "F")
        self.gender_box.addItem(self.tr("Male"), "M")
        self.birthday_field = QDateEdit(self)
        self.birthday_field.setDisplayFormat("yyyy-MM-dd")
        self.birthday_field.setMinimumDate(QDate(1900, 1, 1))
        self.birthday_field.setSpecialValueText(self.tr("Not given"))
        self.birthday_field.setDate(self.birthday_field.minimumDate())
        self.email_field = QLineEdit(self)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("enrolError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.DANGER}; font-weight: bold;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name_field)
        form.addRow(self.tr("Mobile *"), self.phone_field)
        form.addRow(self.tr("Gender"), self.gender_box)
        form.addRow(self.tr("Birthday"), self.birthday_field)
        form.addRow(self.tr("E-mail"), self.email_field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Enrol"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_busy(self) -> bool:
        return self._busy

    def submit(self) -> None:
        """Enrol with what is typed; the dialog closes when the core accepted it."""
        if self._busy:
            return
        name = self.name_field.text().strip()
        phone = self.phone_field.text().strip()
        if not name:
            self._refused(self.tr("A name is required."), self.name_field)
            return
        if not phone:
            self._refused(self.tr("A mobile number is required."), self.phone_field)
            return
        optional: dict[str, Any] = {}
        if self.gender_box.currentData():
            optional["gender"] = self.gender_box.currentData()
        if self.birthday_field.date() != self.birthday_field.minimumDate():
            d = self.birthday_field.date()
            optional["birthday"] = date(d.year(), d.month(), d.day())
        if self.email_field.text().strip():
            optional["email"] = self.email_field.text().strip()
        services, staff = self.services, self.staff
        self._busy = True
        self.ok_button.setEnabled(False)
        (
            Op(self, lambda: services.enrol(name, phone, staff=staff, **optional))
            .success(self._enrolled)
            .failure(self._failed)
            .finished(self._done)
            .run()
        )

    def _enrolled(self, applied: Applied) -> None:
        self.member_code = str(applied.result["code"])
        self.accept()

    def _failed(self, err: DomainError) -> None:
        field = self.phone_field if "phone" in err.code else self.name_field
        self._refused(error_text(err), field)

    def _done(self) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)

    def _refused(self, text: str, field: QLineEdit) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        field.setFocus()
        field.selectAll()
