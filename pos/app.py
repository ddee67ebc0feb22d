"""``memberdesk pos``: the store checkout application."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from core.services import DeviceServices
from pos.checkout import CheckoutScreen
from ui import i18n, ops

log = logging.getLogger(__name__)


def main(db_path: str) -> int:
    """Open the checkout screen on the device database at ``db_path``; returns the exit status."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("MemberDesk POS")
    app.setOrganizationName("MemberDesk")
    i18n.install(app)
    try:
        services = DeviceServices.open(db_path)
    except Exception as err:  # a damaged file, a failed migration: say so, do not vanish
        log.exception("cannot open %s", db_path)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "MemberDesk"),
            QCoreApplication.translate("app", "Cannot open the database {path}:\n{error}").format(
                path=db_path, error=err
            ),
        )
        return 1
    screen = CheckoutScreen(services)
    screen.setWindowTitle(QCoreApplication.translate("app", "MemberDesk — Checkout"))
    screen.resize(1024, 768)
    screen.showMaximized()
    try:
        return app.exec()
    finally:
        ops.shutdown(wait=True)
