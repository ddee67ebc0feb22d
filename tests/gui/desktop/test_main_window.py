"""The main window: sidebar navigation, the sync status, and what it remembers between runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from core.services import DeviceServices
from desktop.main_window import ATTENTION, MEMBERS, MainWindow
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
