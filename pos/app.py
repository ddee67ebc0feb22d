"""``memberdesk pos``: the store checkout application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core.services import DeviceServices
from pos.checkout import CheckoutScreen
from ui.app import run_application


def _open(services: DeviceServices) -> QWidget:
    screen = CheckoutScreen(services)
    screen.setWindowTitle(QCoreApplication.translate("app", "MemberDesk — Checkout"))
    screen.resize(1024, 768)
    screen.showMaximized()
    return screen


def main(db_path: str) -> int:
    """Open the checkout screen on the device database at ``db_path``; returns the exit status."""
    return run_application(db_path, "MemberDesk POS", _open)
