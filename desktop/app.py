"""``memberdesk desktop``: the back-office application."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.services import DeviceServices
from desktop.main_window import MainWindow
from ui.app import run_application
from ui.sync_bridge import SyncBridge


def _open(services: DeviceServices, bridge: SyncBridge) -> QWidget:
    # The user's QSettings (organisation "MemberDesk", set by run_application).
    window = MainWindow(services, sync_bridge=bridge)
    window.show()
    window.start()
    return window


def main(db_path: str) -> int:
    """Open the back office on the device database at ``db_path``; returns the exit status."""
    return run_application(db_path, "MemberDesk", _open)
