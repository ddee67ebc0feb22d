"""``memberdesk desktop``: the back-office application."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from core.services import DeviceServices
from desktop.main_window import MainWindow
from ui import i18n, ops

log = logging.getLogger(__name__)


def main(db_path: str) -> int:
    """Open the back office on the device database at ``db_path``; returns the exit status."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("MemberDesk")
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
    window = MainWindow(services)
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        ops.shutdown(wait=True)
