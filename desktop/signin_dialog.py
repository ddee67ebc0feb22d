"""Signing a back-office staff member in to the central API (user name and password).

The editors of the rulebook open it when a save needs a token. The password
goes to ``POST /v1/auth/token`` and nowhere else; the token it answers is kept
in memory (:class:`ui.admin_session.AdminSession`) for this session.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.errors import Offline, Refused, SyncError
from ui import theme
from ui.admin_session import AdminSession
from ui.async_slots import async_slot


class SignInDialog(QDialog):
    """User name, password, and what went wrong if the server said no."""

    def __init__(self, session: AdminSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to the central server"))
        self.session = session
        self.setMinimumWidth(440)

        intro = QLabel(
            self.tr(
                "Sign in with your staff account: what this page changes is saved on the "
                "central server {url}."
            ).format(url=session.server_url or ""),
            self,
        )
        intro.setWordWrap(True)
        self.username_field = QLineEdit(self)
        self.username_field.setObjectName("signInUser")
        if session.username:
            self.username_field.setText(session.username)
        self.password_field = QLineEdit(self)
        self.password_field.setObjectName("signInPassword")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("signInError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.DANGER};")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username_field)
        form.addRow(self.tr("Password"), self.password_field)

        buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        # Not the accept role: the dialog closes when the server has said yes.
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button.clicked.connect(self.sign_in)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""

    @async_slot()
    async def sign_in(self) -> None:
        """Ask the server for a token; close on success, say why not otherwise."""
        user = self.username_field.text().strip()
        password = self.password_field.text()
        if not user or not password:
            self._show_error(self.tr("Enter your user name and password."))
            return
        self.sign_in_button.setEnabled(False)
        try:
            async with self.session.client() as client:
                token = await client.login(user, password)
        except Refused as err:
            if err.params.get("error") == "account_locked":
                self._show_error(
                    self.tr("This account is locked after too many failed sign-ins; try later.")
                )
            else:
                self._show_error(self.tr("Wrong user name or password."))
        except Offline:
            self._show_error(
                self.tr("Cannot reach the central server {url}.").format(
                    url=self.session.server_url or ""
                )
            )
        except SyncError as err:
            self._show_error(
                self.tr("The central server did not sign you in: {reason}").format(
                    reason=err.message
                )
            )
        else:
            self.session.signed_in(user, token)
            self.accept()
        finally:
            self.sign_in_button.setEnabled(True)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.password_field.setFocus()
        self.password_field.selectAll()


async def ensure_signed_in(session: AdminSession, parent: QWidget | None) -> bool:
    """Signed in already, or ask now (the dialog is modal to ``parent``); False if cancelled."""
    if session.is_signed_in():
        return True
    dialog = SignInDialog(session, parent)
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    dialog.finished.connect(finished)
    if parent is not None:
        parent.setProperty("signInDialog", dialog)  # lets a test find the open dialog
    dialog.open()
    try:
        await done
    finally:
        if parent is not None:
            parent.setProperty("signInDialog", None)
        dialog.deleteLater()
    return session.is_signed_in()
