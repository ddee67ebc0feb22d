"""Points mall: stock alerts on top, then the catalog (rewards, their form, store stock) and
the redemption orders (fulfil, ship, cancel).

Everything shown is read from this database's copy (``core.mall_orders``, on the
database worker). Catalog changes go to the central server and come back with the
sync they nudge; an order's next step is a command recorded here and uploaded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.mall_orders import DEFAULT_ALERT_THRESHOLD, MallCatalog, StockAlert, load_catalog
from core.mall_orders import stock_alerts as read_alerts
from core.reward_images import load_pictures
from core.services import DeviceServices
from desktop.pages.mall.catalog import CatalogPanel
from desktop.pages.mall.orders import OrdersPanel
from desktop.rulebook_editing import server_text
from sync.admin_client import central_server
from ui import theme
from ui.admin_session import AdminSession
from ui.i18n import error_text
from ui.ops import Op
from ui.reward_pictures import Decoded, decode
from ui.sync_bridge import SyncBridge

CATALOG_TAB, ORDERS_TAB = range(2)


class MallPage(QWidget):
    """The points mall's back office."""

    # The page read the local copy afresh (catalog, alerts and the first page of orders).
    sig_loaded = Signal()

    def __init__(
        self,
        services: DeviceServices,
        session: AdminSession,
        parent: QWidget | None = None,
        *,
        sync_bridge: SyncBridge | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mallPage")
        self.services = services
        self.session = session
        self.bridge = sync_bridge
        self.alerts: list[StockAlert] = []
        self._loading = 0

        self.server_label = QLabel(self)
        self.server_label.setObjectName("mallServer")
        self.server_label.setWordWrap(True)

        self.alerts_title = QLabel(self)
        self.alerts_title.setObjectName("mallAlertsTitle")
        self.alerts_title.setStyleSheet("font-weight: bold;")
        self.threshold_spin = QSpinBox(self)
        self.threshold_spin.setObjectName("mallThreshold")
        self.threshold_spin.setRange(0, 1_000_000)
        self.threshold_spin.setValue(DEFAULT_ALERT_THRESHOLD)
        self.threshold_spin.setPrefix(self.tr("at or below "))
        self.alerts_list = QListWidget(self)
        self.alerts_list.setObjectName("mallAlerts")
        alerts_head = QHBoxLayout()
        alerts_head.addWidget(self.alerts_title)
        alerts_head.addStretch(1)
        alerts_head.addWidget(self.threshold_spin)

        self.catalog_panel = CatalogPanel(session, self)
        self.orders_panel = OrdersPanel(services, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mallTabs")
        self.tabs.addTab(self.catalog_panel, self.tr("Catalog"))
        self.tabs.addTab(self.orders_panel, self.tr("Redemption orders"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.server_label)
        layout.addLayout(alerts_head)
        layout.addWidget(self.alerts_list)
        layout.addWidget(self.tabs, 1)

        self.threshold_spin.valueChanged.connect(self.reload_alerts)
        self.catalog_panel.sig_saved.connect(self._saved)
        self.orders_panel.sig_changed.connect(self._order_changed)
        self.session.sig_changed.connect(self._show_server)
        if sync_bridge is not None:
            sync_bridge.sig_cycle_finished.connect(self.reload)
        self._show_server()
        self._show_alerts()

    # --- public ---------------------------------------------------------------------

    def start(self) -> None:
        """Read the local copy and the central server's address."""
        self.reload()
        factory = self.services.factory
        Op(self, lambda: central_server(factory)).success(self.session.set_server).run()

    def reload(self) -> None:
        """Catalog, alerts and orders as this database holds them now."""
        self._reload_catalog()
        self.reload_alerts()
        self.orders_panel.reload()

    def reload_alerts(self, *_args: object) -> None:
        factory, threshold = self.services.factory, self.threshold_spin.value()
        self._loading += 1
        (
            Op(self, lambda: read_alerts(factory, threshold))
            .success(self._alerts_loaded)
            .failure(self._load_failed)
            .finished(self._load_finished)
            .run()
        )

    def is_busy(self) -> bool:
        return bool(self._loading) or self.catalog_panel.is_busy() or self.orders_panel.is_busy()

    # --- internals ------------------------------------------------------------------

    def _reload_catalog(self) -> None:
        factory, held = self.services.factory, self.catalog_panel.held_pictures()
        self._loading += 1
        (
            Op(self, lambda: (load_catalog(factory), decode(load_pictures(factory, held))))
            .success(self._catalog_loaded)
            .failure(self._load_failed)
            .finished(self._load_finished)
            .run()
        )

    def _catalog_loaded(self, found: tuple[MallCatalog, Decoded]) -> None:
        catalog, pictures = found
        self.catalog_panel.set_catalog(catalog, pictures)
        self.orders_panel.set_stores(catalog.stores)

    def _alerts_loaded(self, alerts: list[StockAlert]) -> None:
        self.alerts = alerts
        self._show_alerts()

    def _show_alerts(self) -> None:
        threshold = self.threshold_spin.value()
        self.alerts_list.clear()
        if not self.alerts:
            self.alerts_title.setText(
                self.tr("Stock alerts: no reward on the shelf is at or below {n}.").format(
                    n=threshold
                )
            )
            self.alerts_title.setStyleSheet(f"font-weight: bold; color: {theme.SUCCESS};")
            self.alerts_list.hide()
            return
        self.alerts_title.setText(
            self.tr("Stock alerts: {count} low (at or below {n})").format(
                count=len(self.alerts), n=threshold
            )
        )
        self.alerts_title.setStyleSheet(f"font-weight: bold; color: {theme.DANGER};")
        for alert in self.alerts:
            where = self.tr("central stock") if alert.where == "central" else alert.where
            self.alerts_list.addItem(
                self.tr("{sku} {name} — {where}: {quantity} left").format(
                    sku=alert.sku, name=alert.name, where=where, quantity=alert.quantity
                )
            )
        # As tall as its lines, up to four (it scrolls beyond): the tables keep the room.
        lines = min(len(self.alerts), 4)
        frame = 2 * self.alerts_list.frameWidth()
        self.alerts_list.setFixedHeight(self.alerts_list.sizeHintForRow(0) * lines + frame + 2)
        self.alerts_list.show()

    def _load_failed(self, err: DomainError) -> None:
        self.alerts_title.setText(
            self.tr("The local copy cannot be read: {error}").format(error=error_text(err))
        )

    def _load_finished(self) -> None:
        self._loading -= 1
        if not self._loading:
            self.sig_loaded.emit()

    def _show_server(self) -> None:
        self.server_label.setText(server_text(self.session))

    def _saved(self) -> None:
        if self.bridge is not None:
            self.bridge.nudge()

    def _order_changed(self) -> None:
        self._reload_catalog()  # a cancelled order's stock came back
        self.reload_alerts()
