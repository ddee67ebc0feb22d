"""The back office's main window: a sidebar, the pages, a status bar. It assembles, nothing more.

Each page is its own module in ``desktop/pages``. The window remembers its
geometry, the last page and the tables' column layouts in ``QSettings``.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from core.services import DeviceServices
from desktop import settings as saved
from desktop.pages.attention import AttentionPage
from desktop.pages.audit_log import AuditLogPage
from desktop.pages.coupons import CouponsPage
from desktop.pages.dashboards import DashboardsPage
from desktop.pages.mall import MallPage
from desktop.pages.member_detail import MemberDetailPage
from desktop.pages.members import MembersPage
from desktop.pages.rules import RulesPage
from desktop.pages.settings import SettingsPage
from desktop.pages.staff import StaffPage
from desktop.pages.tiers import TiersPage
from ui import theme
from ui.admin_session import AdminSession
from ui.sync_bridge import SyncBridge
from ui.widgets.sync_status import SyncStatusWidget

MEMBERS, ATTENTION, TIERS, RULES, MALL, COUPONS, DASHBOARDS, STAFF, AUDIT, SETTINGS = (
    "members",
    "attention",
    "tiers",
    "rules",
    "mall",
    "coupons",
    "dashboards",
    "staff",
    "audit",
    "settings",
)


class MainWindow(QMainWindow):
    """Sidebar on the left, the chosen page on the right, the sync status at the bottom."""

    def __init__(
        self,
        services: DeviceServices,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        sync_bridge: SyncBridge | None = None,
    ) -> None:
        """``settings``: where to remember the layout (None: the user's); ``sync_bridge``:
        the running sync service's status (None: sync is not set up)."""
        super().__init__(parent)
        self.setObjectName("backOffice")
        self.setWindowTitle(self.tr("MemberDesk — Back office"))
        self.settings = settings if settings is not None else QSettings()
        self._started: set[str] = set()

        self.members_page = MembersPage(services, self)
        # The staff member signed in to the central API, shared by every page that asks it.
        self.admin_session = AdminSession(parent=self)
        self.detail_page = MemberDetailPage(services, self, admin_session=self.admin_session)
        self.attention_page = AttentionPage(services, self)
        self.tiers_page = TiersPage(services, self.admin_session, self, sync_bridge=sync_bridge)
        self.rules_page = RulesPage(services, self.admin_session, self, sync_bridge=sync_bridge)
        self.mall_page = MallPage(services, self.admin_session, self, sync_bridge=sync_bridge)
        self.coupons_page = CouponsPage(services, self.admin_session, self, sync_bridge=sync_bridge)
        self.dashboards_page = DashboardsPage(services, self)
        self.staff_page = StaffPage(services, self.admin_session, self)
        self.audit_page = AuditLogPage(services, self.admin_session, self)
        self.settings_page = SettingsPage(
            services, self.admin_session, self, settings=self.settings
        )
        self.pages: dict[str, QWidget] = {
            MEMBERS: self.members_page,
            ATTENTION: self.attention_page,
            TIERS: self.tiers_page,
            RULES: self.rules_page,
            MALL: self.mall_page,
            COUPONS: self.coupons_page,
            DASHBOARDS: self.dashboards_page,
            STAFF: self.staff_page,
            AUDIT: self.audit_page,
            SETTINGS: self.settings_page,
        }

        self.stack = QStackedWidget(self)
        for page in (
            self.members_page,
            self.detail_page,
            self.attention_page,
            self.tiers_page,
            self.rules_page,
            self.mall_page,
            self.coupons_page,
            self.dashboards_page,
            self.staff_page,
            self.audit_page,
            self.settings_page,
        ):
            self.stack.addWidget(page)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFont(theme.scaled_font(self.font(), 1.15))
        self.sidebar.setSpacing(2)
        self.sidebar.setIconSize(QSize(0, 0))
        self._items: dict[str, QListWidgetItem] = {}
        for key, title in (
            (MEMBERS, self.tr("Members")),
            (ATTENTION, self.tr("Attention")),
            (TIERS, self.tr("Tiers & benefits")),
            (RULES, self.tr("Point rules")),
            (MALL, self.tr("Points mall")),
            (COUPONS, self.tr("Coupons")),
            (DASHBOARDS, self.tr("Dashboards")),
            (STAFF, self.tr("Staff & roles")),
            (AUDIT, self.tr("Audit log")),
            (SETTINGS, self.tr("Settings")),
        ):
            item = QListWidgetItem(title, self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 8))
            self._items[key] = item
        self.sidebar.setFixedWidth(
            max(180, max(self.sidebar.fontMetrics().horizontalAdvance(t) for t in self._titles()))
            + 48
        )
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { background: #EEF1F4; border: none; padding-top: 8px; }"
            "QListWidget#sidebar::item { padding-left: 14px; color: #1C2833; }"
            "QListWidget#sidebar::item:selected { background: #1F4E9E; color: white; }"
        )
        self.sidebar.currentItemChanged.connect(self._sidebar_changed)

        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        self.setCentralWidget(body)

        self.sync_status = SyncStatusWidget(self)
        if sync_bridge is not None:
            self.sync_status.follow(sync_bridge)
        self.statusBar().addPermanentWidget(self.sync_status, 1)

        self.members_page.sig_open_member.connect(self.open_member)
        self.attention_page.sig_open_member.connect(self.open_member)
        self.attention_page.sig_open_count.connect(self._open_count)
        self.detail_page.sig_back.connect(lambda: self.show_page(MEMBERS))
        self.detail_page.sig_member_changed.connect(self.members_page.member_changed)
        self._bridge = sync_bridge
        self.settings_page.sig_server_changed.connect(self._server_moved)

        self._restore()

    # --- public ---------------------------------------------------------------

    def start(self) -> None:
        """Load what the page shown first needs."""
        self._start_page(self.current_page())
        if ATTENTION not in self._started:
            # The sidebar's count of open items, even before the page is opened.
            self._start_page(ATTENTION)

    def current_page(self) -> str:
        item = self.sidebar.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else MEMBERS
        return key if key in self.pages else MEMBERS

    def show_page(self, key: str) -> None:
        """Switch to the page ``key`` (``MEMBERS``, ``ATTENTION``, ``MALL``, …)."""
        item = self._items.get(key)
        if item is None:
            return
        if self.sidebar.currentItem() is item:
            self._sidebar_changed(item, None)
        else:
            self.sidebar.setCurrentItem(item)

    def open_member(self, member_id: str) -> None:
        """Show one member in full."""
        self.detail_page.show_member(member_id)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentItem(self._items[MEMBERS])
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(self.detail_page)

    # --- internals ------------------------------------------------------------

    def _titles(self) -> list[str]:
        return [item.text() for item in self._items.values()]

    def _sidebar_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        key = current.data(Qt.ItemDataRole.UserRole)
        page = self.pages.get(key)
        if page is None:
            return
        self.stack.setCurrentWidget(page)
        self._start_page(key)

    def _start_page(self, key: str) -> None:
        if key in self._started:
            return
        self._started.add(key)
        page = self.pages[key]
        start = getattr(page, "start", None)
        if callable(start):
            start()

    def _server_moved(self, _url: str) -> None:
        # A new central server: sync with it now rather than at the next timer.
        if self._bridge is not None:
            self._bridge.nudge()

    def _open_count(self, count: int) -> None:
        title = self.tr("Attention")
        self._items[ATTENTION].setText(f"{title} ({count:,})" if count else title)

    def _tables(self) -> dict[str, QHeaderView]:
        return {
            "members": self.members_page.table.horizontalHeader(),
            "attention": self.attention_page.table.horizontalHeader(),
            "member_ledger": self.detail_page.ledger_view.horizontalHeader(),
            "member_lots": self.detail_page.lots_view.horizontalHeader(),
            "member_redemptions": self.detail_page.redemptions_view.horizontalHeader(),
            "member_coupons": self.detail_page.coupons_view.horizontalHeader(),
            "tier_preview": self.tiers_page.preview_table.horizontalHeader(),
        }

    def _restore(self) -> None:
        geometry = self.settings.value(saved.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        for name, header in self._tables().items():
            saved.restore_header(self.settings, name, header)
        last = saved.text_value(self.settings, saved.LAST_PAGE)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentItem(self._items.get(last, self._items[MEMBERS]))
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(self.pages[self.current_page()])

    def save_state(self) -> None:
        """Remember the geometry, the page and the column layouts."""
        self.settings.setValue(saved.GEOMETRY, self.saveGeometry())
        self.settings.setValue(saved.LAST_PAGE, self.current_page())
        for name, header in self._tables().items():
            saved.save_header(self.settings, name, header)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
