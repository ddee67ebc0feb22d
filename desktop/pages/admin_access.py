"""What the admin-only pages (staff accounts, audit log) share: the bar that says where the
data lives and who is signed in, the one line for someone who may not use the page, a
dialog awaited inside an async slot, and the words for a call the server did not take."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.rulebook_editing import save_error_text
from sync.admin_client import SignInNeeded
from sync.errors import Refused, SyncError
from ui import theme
from ui.admin_session import AdminSession

# lupdate reads the context of QCoreApplication.translate("AdminAccess", …) literally.


class AdminAccessBar(QWidget):
    """Where the accounts live, who is signed in, a sign-in (or switch user) button, and,
    for someone who is not an admin, the one line that says who may use the page."""

    # The person asked to sign in (as someone else, when someone is signed in).
    sig_sign_in = Signal()

    def __init__(self, session: AdminSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.server_label = QLabel(self)
        self.server_label.setObjectName("adminServer")
        self.server_label.setWordWrap(True)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("adminSignIn")
        self.sign_in_button.clicked.connect(self.sig_sign_in)
        self.refused_label = QLabel(self)
        self.refused_label.setObjectName("adminRefused")
        self.refused_label.setWordWrap(True)
        self.refused_label.setStyleSheet(f"color: {theme.DANGER}; font-weight: bold;")
        self.refused_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.server_label, 1)
        row.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.refused_label)
        session.sig_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        translate = QCoreApplication.translate
        url, user = self.session.server_url, self.session.username
        if url is None:
            text = translate(
                "AdminAccess",
                "This page works on the central server's data; this database is standalone, "
                "so it cannot be used here.",
            )
        elif user:
            text = translate("AdminAccess", "Central server {url}, signed in as {user}.").format(
                url=url, user=user
            )
        else:
            text = translate("AdminAccess", "Central server {url}: sign in as an administrator.")
            text = text.format(url=url)
        self.server_label.setText(text)
        self.sign_in_button.setVisible(url is not None)
        self.sign_in_button.setText(
            translate("AdminAccess", "Sign in as someone else…")
            if user
            else translate("AdminAccess", "Sign in…")
        )

    def refuse(self, user: str | None) -> None:
        """Say, in one line, that only an administrator may use this page."""
        self.refused_label.setText(
            QCoreApplication.translate(
                "AdminAccess",
                "Only an administrator may use this page; {user} is not one. Sign in as an "
                "administrator to continue.",
            ).format(user=user or "?")
        )
        self.refused_label.show()

    def allow(self) -> None:
        self.refused_label.hide()

    def is_refused(self) -> bool:
        return not self.refused_label.isHidden()


def is_forbidden(err: SyncError) -> bool:
    return isinstance(err, Refused) and err.params.get("status") == 403


def admin_error_text(err: SyncError, session: AdminSession) -> str:
    """Why the central server did not take a staff or audit call, in the interface language."""
    translate = QCoreApplication.translate
    if isinstance(err, SignInNeeded):
        return translate("AdminAccess", "Your sign-in has expired: sign in again.")
    if is_forbidden(err):
        return translate("AdminAccess", "Only an administrator may do this.")
    if isinstance(err, Refused):
        reason = str(err.params.get("reason") or err.params.get("error") or "")
        return translate("AdminAccess", "The central server refused: {reason}").format(
            reason=reason
        )
    return save_error_text(err, session)


async def run_dialog(dialog: QDialog, parent: QWidget, name: str) -> int:
    """Open ``dialog`` modal to ``parent`` and wait (the loop keeps running) until it closes;
    while open it is ``parent.property(name)``, so a test can find it. Its result."""
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    dialog.finished.connect(finished)
    parent.setProperty(name, dialog)
    dialog.open()
    try:
        return await done
    finally:
        parent.setProperty(name, None)
        dialog.deleteLater()
