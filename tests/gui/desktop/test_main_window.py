"""The main window: sidebar navigation, the sync status, and what it remembers between runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from core.services import DeviceServices
from desktop.main_window import (
    ATTENTION,
    AUDIT,
    COUPONS,
    MALL,
    MEMBERS,
    SETTINGS,
    STAFF,
    MainWindow,
)
from tests.gui.desktop.conftest import open_window


def click_sidebar(qtbot: QtBot, window: MainWindow, key: str) -> None:
    item = window._items[key]
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_sidebar_switches_pages_and_each_page_loads_once(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.members_page
    qtbot.waitUntil(lambda: window.members_page.model.rowCount() > 0)

    click_sidebar(qtbot, window, ATTENTION)
    assert window.stack.currentWidget() is window.attention_page
    assert window.current_page() == ATTENTION
    qtbot.waitUntil(lambda: not window.attention_page.model.is_loading())
    assert "Nothing needs attention" in window.attention_page.count_label.text()

    click_sidebar(qtbot, window, MEMBERS)
    assert window.stack.currentWidget() is window.members_page
    assert window.members_page.model.rowCount() > 0  # kept, not loaded again


def test_the_mall_staff_and_audit_pages_are_in_the_sidebar(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_sidebar(qtbot, window, MALL)
    assert window.stack.currentWidget() is window.mall_page
    # The catalog comes from this database's own copy, no server needed.
    qtbot.waitUntil(lambda: window.mall_page.catalog_panel.model.rowCount() > 0)

    for key, page in ((STAFF, window.staff_page), (AUDIT, window.audit_page)):
        click_sidebar(qtbot, window, key)
        assert window.stack.currentWidget() is page
        # A standalone database has no central server: the page says so, in a sentence.
        qtbot.waitUntil(lambda p=page: "standalone" in p.access.server_label.text())
        assert not page.access.sign_in_button.isVisible()


def test_the_coupons_and_settings_pages_are_in_the_sidebar(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_sidebar(qtbot, window, COUPONS)
    assert window.stack.currentWidget() is window.coupons_page
    # The templates of this database's own copy (the demo data has some).
    qtbot.waitUntil(lambda: window.coupons_page.model.rowCount() > 0)
    qtbot.waitUntil(lambda: "Standalone" in window.coupons_page.server_label.text())

    click_sidebar(qtbot, window, SETTINGS)
    assert window.stack.currentWidget() is window.settings_page
    qtbot.waitUntil(lambda: "Standalone" in window.settings_page.server_label.text())
    assert not window.settings_page.move_row.isVisible()  # nothing to move


def test_a_new_central_server_is_synced_with_at_once(
    qtbot: QtBot, gui_services: DeviceServices, settings_path: Path
) -> None:
    from sync.service import SyncStatus
    from ui.sync_bridge import SyncBridge

    class Service:
        """What the bridge needs of a sync service: a status, a subscription, a wake-up."""

        def __init__(self) -> None:
            self.status = SyncStatus(online=True)
            self.woken = 0

        def subscribe(self, _callback: Callable[[SyncStatus], None]) -> Callable[[], None]:
            return lambda: None

        def wake(self) -> None:
            self.woken += 1

    service = Service()
    bridge = SyncBridge()
    bridge.attach(service)
    window = MainWindow(
        gui_services,
        settings=QSettings(str(settings_path), QSettings.Format.IniFormat),
        sync_bridge=bridge,
    )
    qtbot.addWidget(window)
    window.settings_page.sig_server_changed.emit("http://127.0.0.1:9/")
    assert service.woken == 1


def test_status_bar_says_sync_is_not_set_up(window: MainWindow) -> None:
    assert window.sync_status.parent() is not None
    assert window.sync_status.state_label.text() == "Sync not set up"
    assert window.sync_status.isVisible()


def test_geometry_last_page_and_columns_are_remembered(
    qtbot: QtBot, gui_services: DeviceServices, settings_path: Path
) -> None:
    first = open_window(qtbot, gui_services, settings_path)
    first.resize(700, 500)  # the offscreen screen is small: restoring keeps a window on it
    first.move(QPoint(40, 30))
    size = (first.width(), first.height())
    first.members_page.table.setColumnWidth(1, 233)
    click_sidebar(qtbot, first, ATTENTION)
    first.close()

    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert stored.value("window/last_page") == ATTENTION

    second = open_window(qtbot, gui_services, settings_path)
    assert second.current_page() == ATTENTION
    assert second.stack.currentWidget() is second.attention_page
    assert (second.width(), second.height()) == size
    assert second.members_page.table.columnWidth(1) == 233
    qtbot.waitUntil(lambda: not second.attention_page.model.is_loading())


def test_a_fresh_start_opens_the_members_page(
    qtbot: QtBot, gui_services: DeviceServices, settings_path: Path
) -> None:
    window = open_window(qtbot, gui_services, settings_path)
    assert window.current_page() == MEMBERS
    assert window.stack.currentWidget() is window.members_page
    qtbot.waitUntil(lambda: window.members_page.model.rowCount() > 0)


def test_status_bar_follows_the_sync_service(
    qtbot: QtBot, gui_services: DeviceServices, settings_path: Path
) -> None:
    from sync.service import SyncStatus
    from ui.sync_bridge import SyncBridge

    class Service:
        """What the bridge needs of a sync service: a status and a subscription."""

        def __init__(self) -> None:
            self.status = SyncStatus(online=True, queue_depth=3)

        def subscribe(self, _callback: Callable[[SyncStatus], None]) -> Callable[[], None]:
            return lambda: None

    bridge = SyncBridge()
    bridge.attach(Service())
    window = MainWindow(
        gui_services,
        settings=QSettings(str(settings_path), QSettings.Format.IniFormat),
        sync_bridge=bridge,
    )
    qtbot.addWidget(window)
    assert window.sync_status.state_label.text() == "● Online"
    assert window.sync_status.queue_label.text() == "To upload: 3"
