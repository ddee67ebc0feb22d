"""Starting a MemberDesk Qt application: one place for what the back office and POS share."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.services import DeviceServices
from ui import i18n, ops

log = logging.getLogger(__name__)


def run_application(
    db_path: str, name: str, open_window: Callable[[DeviceServices], QWidget]
) -> int:
    """Open the device database, show the window ``open_window`` builds, run until it closes."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(name)
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
    window = open_window(services)  # held here for as long as the application runs
    try:
        return app.exec()
    finally:
        window.close()
        ops.shutdown(wait=True)
