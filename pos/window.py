"""The POS window: the checkout screen and a status bar. It assembles, nothing more."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

from core.services import DeviceServices
from pos.checkout import CheckoutScreen
from ui.sync_bridge import SyncBridge
from ui.widgets.sync_status import SyncStatusWidget


class PosWindow(QMainWindow):
    """``checkout`` in the middle; the sync status in the status bar."""

    def __init__(
        self,
        services: DeviceServices,
        parent: QWidget | None = None,
        *,
        sync_bridge: SyncBridge | None = None,
    ) -> None:
        """``sync_bridge``: the running sync service's status (None: sync is not set up)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("MemberDesk — Checkout"))
        self.checkout = CheckoutScreen(services, self)
        self.setCentralWidget(self.checkout)
        self.sync_status = SyncStatusWidget(self)
        if sync_bridge is not None:
            self.sync_status.follow(sync_bridge)
            # A sale, refund or redemption goes up at once, not at the next timer tick.
            self.checkout.sig_recorded.connect(lambda _text: sync_bridge.nudge())
        self.statusBar().addPermanentWidget(self.sync_status, 1)
        self.setFocusProxy(self.checkout)
