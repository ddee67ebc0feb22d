"""The POS window: the checkout screen and a status bar. It assembles, nothing more."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from core.services import DeviceServices
from pos.checkout import CheckoutScreen
from ui import theme


class PosWindow(QMainWindow):
    """``checkout`` in the middle; sync status in the status bar."""

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MemberDesk — Checkout"))
        self.checkout = CheckoutScreen(services, self)
        self.setCentralWidget(self.checkout)
        # PLACE FOR THE SYNC STATUS (issue 5, "Status bar"): ui/widgets/sync_status.py is
        # being written beside this; until it is committed, the bar says what is true of a
        # device without the sync engine wired in here. Replace this label with that widget.
        self.sync_status = QLabel(self.tr("Sync: not set up"), self)
        self.sync_status.setObjectName("syncStatusPlaceholder")
        self.sync_status.setStyleSheet(f"color: {theme.MUTED}; padding: 0 8px;")
        self.statusBar().addPermanentWidget(self.sync_status)
        self.setFocusProxy(self.checkout)
