"""What the tiers and point rules editors share: error labels, marked cells, the server bar,
and the words for a save the central server did not take."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget

from sync.admin_client import SignInNeeded
from sync.errors import Offline, Refused, ServerFailed, SyncError
from ui import theme
from ui.admin_session import AdminSession

# lupdate reads the context of QCoreApplication.translate("RulebookEditing", …) literally.
_BAD = Qt.ItemDataRole.UserRole + 7  # a cell's "holds a bad value" flag


def error_label(parent: QWidget, name: str) -> QLabel:
    """A red line under a field or table, hidden while there is nothing to say."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.DANGER};")
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def mark(item: QTableWidgetItem | None, bad: bool) -> None:
    """Tint a table cell that holds a bad value (and clear the tint when it is good).

    Quietly: a tint is no edit, so the table's ``itemChanged`` must not fire (the
    editors re-check on it, and would go round for ever).
    """
    if item is None or bool(item.data(_BAD)) == bad:
        return
    table = item.tableWidget()
    blocked = table.blockSignals(True) if table is not None else False
    try:
        item.setData(_BAD, bad)
        item.setBackground(QBrush(QColor(theme.DANGER_BACKGROUND)) if bad else QBrush())
    finally:
        if table is not None:
            table.blockSignals(blocked)


def is_marked(item: QTableWidgetItem | None) -> bool:
    return item is not None and bool(item.data(_BAD))


def server_text(session: AdminSession) -> str:
    """Where saving goes, and who is signed in."""
    translate = QCoreApplication.translate
    if session.server_url is None:
        return translate(
            "RulebookEditing",
            "Standalone database: the rulebook can be edited and previewed here, but saving "
            "needs a connection to the central server.",
        )
    if session.username:
        return translate(
            "RulebookEditing", "Saves go to the central server {url}, signed in as {user}."
        ).format(url=session.server_url, user=session.username)
    return translate(
        "RulebookEditing", "Saves go to the central server {url}; you will be asked to sign in."
    ).format(url=session.server_url)


def save_error_text(err: SyncError, session: AdminSession) -> str:
    """Why the central server did not take a save, in the interface language."""
    translate = QCoreApplication.translate
    if isinstance(err, SignInNeeded):
        return translate("RulebookEditing", "Your sign-in has expired: sign in again and save.")
    if isinstance(err, Offline):
        return translate(
            "RulebookEditing", "Cannot reach the central server {url}: the change was not saved."
        ).format(url=session.server_url or "")
    if isinstance(err, Refused):
        if err.params.get("status") == 403:
            return translate(
                "RulebookEditing",
                "{user} may not change the rulebook (back office or admin only).",
            ).format(user=session.username or "")
        reason = str(err.params.get("reason") or err.params.get("error") or "")
        return translate(
            "RulebookEditing", "The central server refused the change: {reason}"
        ).format(reason=reason)
    if isinstance(err, ServerFailed):
        return translate(
            "RulebookEditing", "The central server failed ({status}); try again."
        ).format(status=err.params.get("status", ""))
    return translate(
        "RulebookEditing", "The central server did not take the change: {reason}"
    ).format(reason=err.message)
