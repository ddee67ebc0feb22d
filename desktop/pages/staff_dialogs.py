"""The staff page's dialogs: an account (new or edited) and a PIN reset.

Each checks what it can say clearly before anything is sent (a clerk needs a
store, the PIN typed twice), then sends through the page's coroutine and stays
open with the server's answer when the server refuses; it closes once the server
has said yes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import InvalidInput
from core.staff_signin import check_pin_strength
from desktop.pages.admin_access import admin_error_text
from desktop.rulebook_editing import error_label, say
from sync.errors import SyncError
from sync.staff_admin import REGION_ROLE, ROLES, STORE_ROLES, StaffAccount, StorePlace
from ui.admin_session import AdminSession
from ui.async_slots import async_slot
from ui.i18n import QT_TRANSLATE_NOOP

PASSWORD_MIN = 8
PIN_MIN, PIN_MAX = 4, 6  # the server takes up to 8; a till's keypad habit is 4–6

_ROLE_NAMES = {
    "clerk": QT_TRANSLATE_NOOP("StaffRoles", "Store clerk"),
    "store_manager": QT_TRANSLATE_NOOP("StaffRoles", "Store manager"),
    "backoffice": QT_TRANSLATE_NOOP("StaffRoles", "Back office"),
    "regional_manager": QT_TRANSLATE_NOOP("StaffRoles", "Regional manager"),
    "admin": QT_TRANSLATE_NOOP("StaffRoles", "Administrator"),
}


def role_text(role: str) -> str:
    """A role's name in the interface language (an unknown code as it is)."""
    source = _ROLE_NAMES.get(role)
    return QCoreApplication.translate("StaffRoles", source) if source else role


class AccountDialog(QDialog):
    """A new account (``account`` None) or an edit of ``account``."""

    def __init__(
        self,
        session: AdminSession,
        places: Sequence[StorePlace],
        submit: Callable[[dict[str, Any]], Awaitable[StaffAccount]],
        account: StaffAccount | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffAccountDialog")
        self.session = session
        self.account = account
        self.submit = submit
        self.saved: StaffAccount | None = None
        self.setMinimumWidth(480)
        self.setWindowTitle(
            self.tr("New staff account")
            if account is None
            else self.tr("Edit {user}").format(user=account.username)
        )

        self.username_field = QLineEdit(self)
        self.username_field.setObjectName("staffUsername")
        self.username_field.setMaxLength(64)
        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("staffDisplayName")
        self.name_field.setMaxLength(100)
        self.name_field.setPlaceholderText(self.tr("the user name, if left empty"))
        self.role_box = QComboBox(self)
        self.role_box.setObjectName("staffRole")
        for role in ROLES:
            self.role_box.addItem(role_text(role), role)
        self.store_box = QComboBox(self)
        self.store_box.setObjectName("staffStore")
        self.store_box.addItem(self.tr("— choose a store —"), "")
        for place in places:
            self.store_box.addItem(f"{place.code} · {place.name} ({place.region})", place.code)
        self.region_box = QComboBox(self)
        self.region_box.setObjectName("staffRegion")
        self.region_box.addItem(self.tr("— choose a region —"), "")
        for region in sorted({p.region for p in places}):
            self.region_box.addItem(region, region)
        self.password_field = QLineEdit(self)
        self.password_field.setObjectName("staffPassword")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_field = QLineEdit(self)
        self.repeat_field.setObjectName("staffPasswordRepeat")
        self.repeat_field.setEchoMode(QLineEdit.EchoMode.Password)
        if account is not None:
            self.password_field.setPlaceholderText(self.tr("leave empty to keep the password"))
        self.where_label = QLabel(self)
        self.where_label.setObjectName("staffWhere")
        self.where_label.setWordWrap(True)
        self.error_label = error_label(self, "staffAccountError")

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username_field)
        form.addRow(self.tr("Name"), self.name_field)
        form.addRow(self.tr("Role"), self.role_box)
        form.addRow(self.tr("Store"), self.store_box)
        form.addRow(self.tr("Region"), self.region_box)
        form.addRow(self.where_label)
        form.addRow(
            self.tr("Password") if account is None else self.tr("New password"),
            self.password_field,
        )
        form.addRow(self.tr("Password again"), self.repeat_field)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Create") if account is None else self.tr("Save"))
        self.save_button.setObjectName("staffAccountSave")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        if account is not None:
            self.username_field.setText(account.username)
            self.username_field.setReadOnly(True)
            self.name_field.setText(account.display_name)
            self.role_box.setCurrentIndex(max(0, self.role_box.findData(account.role)))
            if account.store_code:
                self.store_box.setCurrentIndex(max(0, self.store_box.findData(account.store_code)))
            if account.region and account.role == REGION_ROLE:
                self.region_box.setCurrentIndex(max(0, self.region_box.findData(account.region)))
        self.role_box.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    # --- public --------------------------------------------------------------------

    def set_role(self, role: str) -> None:
        self.role_box.setCurrentIndex(self.role_box.findData(role))

    def set_store(self, code: str) -> None:
        self.store_box.setCurrentIndex(max(0, self.store_box.findData(code)))

    def set_region(self, region: str) -> None:
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(region)))

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""

    def values(self) -> dict[str, Any] | None:
        """What to send (a new account's fields, or an edit's changes); None (the problem
        shown) when something is wrong or, for an edit, nothing changed."""
        role = str(self.role_box.currentData())
        store = str(self.store_box.currentData() or "") or None
        region = str(self.region_box.currentData() or "") or None
        username = self.username_field.text().strip()
        name = self.name_field.text().strip() or None
        password, repeat = self.password_field.text(), self.repeat_field.text()
        problems: list[str] = []
        if self.account is None and (
            not username or len(username) > 64 or any(c.isspace() for c in username)
        ):
            problems.append(self.tr("Enter a user name: up to 64 characters, no spaces."))
        if role in STORE_ROLES and store is None:
            problems.append(self.tr("A clerk or store manager needs a store."))
        if role == REGION_ROLE and region is None:
            problems.append(self.tr("A regional manager needs a region."))
        if self.account is None or password or repeat:
            if len(password) < PASSWORD_MIN:
                problems.append(
                    self.tr("The password needs at least {n} characters.").format(n=PASSWORD_MIN)
                )
            elif password != repeat:
                problems.append(self.tr("The two passwords differ."))
        if problems:
            say(self.error_label, "\n".join(problems))
            return None
        store = store if role in STORE_ROLES else None
        region = region if role == REGION_ROLE else None
        if self.account is None:
            return {
                "username": username,
                "password": password,
                "role": role,
                "display_name": name,
                "store_code": store,
                "region": region,
            }
        before = self.account
        changes: dict[str, Any] = {}
        if name is not None and name != before.display_name:
            changes["display_name"] = name
        before_region = before.region if before.role == REGION_ROLE else None
        if (role, store, region) != (before.role, before.store_code, before_region):
            changes.update(role=role, store_code=store)
            if role == REGION_ROLE:
                changes["region"] = region
        if password:
            changes["password"] = password
        if not changes:
            say(self.error_label, self.tr("Nothing was changed."))
            return None
        return changes

    @async_slot()
    async def save(self) -> None:
        """Check the fields, send them, and close once the server has taken them."""
        values = self.values()
        if values is None:
            return
        say(self.error_label, "")
        self.save_button.setEnabled(False)
        try:
            self.saved = await self.submit(values)
        except SyncError as err:
            say(self.error_label, admin_error_text(err, self.session))
        else:
            self.accept()
        finally:
            self.save_button.setEnabled(True)

    def _role_changed(self) -> None:
        role = str(self.role_box.currentData())
        self.store_box.setEnabled(role in STORE_ROLES)
        self.region_box.setEnabled(role == REGION_ROLE)
        if role in STORE_ROLES:
            text = self.tr("Works in one store; the region follows the store.")
        elif role == REGION_ROLE:
            text = self.tr("Works for every store of one region.")
        else:
            text = self.tr("Works for the whole chain (no store, no region).")
        self.where_label.setText(text)


class PinDialog(QDialog):
    """A new POS PIN for ``username``, typed twice."""

    def __init__(
        self,
        session: AdminSession,
        username: str,
        submit: Callable[[str], Awaitable[None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffPinDialog")
        self.setWindowTitle(self.tr("Reset the PIN of {user}").format(user=username))
        self.session = session
        self.username = username
        self.submit = submit
        self.done_ok = False
        intro = QLabel(
            self.tr(
                "The new PIN signs {user} in at the tills of their store. Tell it to them; "
                "they can change it with their password."
            ).format(user=username),
            self,
        )
        intro.setWordWrap(True)
        digits = QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{PIN_MAX}}}"), self)
        self.pin_field = QLineEdit(self)
        self.pin_field.setObjectName("staffPin")
        self.repeat_field = QLineEdit(self)
        self.repeat_field.setObjectName("staffPinRepeat")
        for field in (self.pin_field, self.repeat_field):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(PIN_MAX)
            field.setValidator(digits)
        self.error_label = error_label(self, "staffPinError")
        form = QFormLayout()
        form.addRow(
            self.tr("New PIN ({low}–{high} digits)").format(low=PIN_MIN, high=PIN_MAX),
            self.pin_field,
        )
        form.addRow(self.tr("New PIN again"), self.repeat_field)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Reset PIN"), self)
        self.save_button.setObjectName("staffPinSave")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""

    def pin(self) -> str | None:
        """The PIN as typed twice; None (the problem shown) when it will not do."""
        pin, repeat = self.pin_field.text(), self.repeat_field.text()
        if not (pin.isascii() and pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
            problem = self.tr("A PIN is {low} to {high} digits.").format(low=PIN_MIN, high=PIN_MAX)
        elif pin != repeat:
            problem = self.tr("The two PINs differ.")
        else:
            try:
                check_pin_strength(pin)
                return pin
            except InvalidInput:
                problem = self.tr(
                    "Too easy to guess: not one digit repeated (1111), not digits in a row (1234)."
                )
        say(self.error_label, problem)
        return None

    @async_slot()
    async def save(self) -> None:
        pin = self.pin()
        if pin is None:
            return
        say(self.error_label, "")
        self.save_button.setEnabled(False)
        try:
            await self.submit(pin)
        except SyncError as err:
            say(self.error_label, admin_error_text(err, self.session))
        else:
            self.done_ok = True
            self.accept()
        finally:
            self.save_button.setEnabled(True)
