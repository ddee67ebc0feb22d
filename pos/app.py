"""``memberdesk pos``: the store checkout application."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.services import DeviceServices
from pos.window import PosWindow
from ui.app import run_application
from ui.sync_bridge import SyncBridge


def _open(services: DeviceServices, bridge: SyncBridge) -> QWidget:
    window = PosWindow(services, sync_bridge=bridge)
    window.resize(1280, 800)
    window.showMaximized()
    return window


def main(db_path: str) -> int:
    """Open the checkout screen on the device database at ``db_path``; returns the exit status."""
    return run_application(db_path, "MemberDesk POS", _open)
