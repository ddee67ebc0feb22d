"""The sync bridge turns ``SyncStatus`` updates into signals; the status widget shows them."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sync.service import SyncStatus
from ui import i18n
from ui.sync_bridge import SyncBridge
from ui.widgets.sync_status import SyncStatusWidget

NOW = datetime(2026, 3, 2, 15, 30)
ONLINE = SyncStatus(
    online=True,
    queue_depth=3,
    oldest_unsent_age_s=125.0,
    last_push_at="2026-03-02T14:05:00",
    last_pull_at="2026-03-02T14:05:01",
    last_success_at="2026-03-02T14:05:02",
)
OFFLINE = replace(
    ONLINE,
    online=False,
    queue_depth=1_234,
    oldest_unsent_age_s=2 * 3600 + 5 * 60,
    last_success_at="2026-02-27T09:00:00",
    last_error="offline: the server cannot be reached (ConnectError)",
    last_error_code="offline",
    next_attempt_in_s=40.0,
)


class FakeService:
    """The part of ``sync.service.SyncService`` the bridge uses."""

    def __init__(self, status: SyncStatus) -> None:
        self.status = status
        self.subscribers: list[Callable[[SyncStatus], None]] = []

    def subscribe(self, callback: Callable[[SyncStatus], None]) -> Callable[[], None]:
        self.subscribers.append(callback)
        return lambda: self.subscribers.remove(callback)

    def publish(self, status: SyncStatus) -> None:
        self.status = status
        for callback in list(self.subscribers):
            callback(status)


@pytest.fixture
def widget(qtbot: QtBot) -> SyncStatusWidget:
    w = SyncStatusWidget(now=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    return w


def _shown(w: SyncStatusWidget) -> dict[str, str]:
    labels = {
        "state": w.state_label,
        "queue": w.queue_label,
        "oldest": w.oldest_label,
        "last": w.last_sync_label,
        "error": w.error_label,
    }
    return {name: label.text() for name, label in labels.items() if label.isVisible()}


def test_without_sync_settings_it_says_not_set_up(widget: SyncStatusWidget) -> None:
    assert _shown(widget) == {"state": "Sync not set up"}


def test_online_shows_queue_oldest_age_and_last_sync(widget: SyncStatusWidget) -> None:
    widget.set_status(ONLINE)
    assert _shown(widget) == {
        "state": "● Online",
        "queue": "To upload: 3",
        "oldest": "oldest waiting 2 min",
        "last": "Last sync 14:05",
    }


def test_offline_shows_the_error_and_an_old_sync_with_its_date(widget: SyncStatusWidget) -> None:
    widget.set_status(OFFLINE)
    assert _shown(widget) == {
        "state": "● Offline",
        "queue": "To upload: 1,234",
        "oldest": "oldest waiting 2 h 5 min",
        "last": "Last sync 2026-02-27 09:00",
        "error": "Last error: offline: the server cannot be reached (ConnectError)",
    }
    assert "Next attempt in 40 s" in widget.error_label.toolTip()


def test_nothing_queued_never_tried_and_syncing(widget: SyncStatusWidget) -> None:
    widget.set_status(SyncStatus(running=True))
    assert _shown(widget) == {
        "state": "● Connecting… · syncing",
        "queue": "To upload: 0",
        "last": "Never synced",
    }
    widget.set_status(None)
    assert _shown(widget) == {"state": "Sync not set up"}


def test_a_long_error_is_cut_and_whole_in_the_tooltip(widget: SyncStatusWidget) -> None:
    long = "server_error: " + "x" * 300
    widget.set_status(replace(OFFLINE, last_error=long))
    assert len(widget.error_label.text()) < 120
    assert widget.error_label.toolTip().startswith(long)


def test_bridge_emits_status_and_online_changes(qtbot: QtBot) -> None:
    bridge = SyncBridge()
    service = FakeService(SyncStatus())
    online_changes: list[bool] = []
    statuses: list[object] = []
    bridge.sig_online_changed.connect(online_changes.append)
    bridge.sig_status_changed.connect(statuses.append)
    with qtbot.waitSignal(bridge.sig_setup_changed) as setup:
        bridge.attach(service)
    assert setup.args == [True]
    assert bridge.is_set_up() and statuses == [SyncStatus()]
    service.publish(ONLINE)
    service.publish(ONLINE)  # the same again: nothing new to say
    service.publish(replace(ONLINE, queue_depth=4))
    service.publish(OFFLINE)
    assert statuses[1:] == [ONLINE, replace(ONLINE, queue_depth=4), OFFLINE]
    assert online_changes == [True, False]
    assert bridge.status() == OFFLINE

    bridge.detach()
    assert service.subscribers == [] and not bridge.is_set_up() and bridge.status() is None


def test_bridge_says_when_a_cycle_finished_without_an_error(qtbot: QtBot) -> None:
    bridge = SyncBridge()
    service = FakeService(SyncStatus())
    finished: list[None] = []
    bridge.sig_cycle_finished.connect(lambda: finished.append(None))
    bridge.attach(service)
    service.publish(replace(ONLINE, running=True))
    assert finished == []  # still running
    service.publish(ONLINE)
    assert len(finished) == 1
    service.publish(replace(ONLINE, queue_depth=2))  # idle to idle: no cycle ended
    assert len(finished) == 1
    service.publish(replace(OFFLINE, running=True))
    service.publish(OFFLINE)  # ended with an error
    assert len(finished) == 1
    bridge.detach()


def test_bridge_brings_a_status_from_another_thread_to_its_own(qtbot: QtBot) -> None:
    bridge = SyncBridge()
    received: list[bool] = []
    bridge.sig_status_changed.connect(
        lambda _s: received.append(threading.current_thread() is threading.main_thread())
    )
    worker = threading.Thread(target=bridge.push, args=(ONLINE,))
    with qtbot.waitSignal(bridge.sig_status_changed, timeout=2000):
        worker.start()
        worker.join()
    assert received == [True]


def test_a_deleted_bridge_unsubscribes(qtbot: QtBot) -> None:
    service = FakeService(ONLINE)
    bridge = SyncBridge()
    bridge.attach(service)
    assert len(service.subscribers) == 1
    with qtbot.waitSignal(bridge.destroyed):
        bridge.deleteLater()
    assert service.subscribers == []


def test_widget_follows_the_bridge(qtbot: QtBot, widget: SyncStatusWidget) -> None:
    bridge = SyncBridge()
    widget.follow(bridge)
    assert _shown(widget) == {"state": "Sync not set up"}
    service = FakeService(ONLINE)
    bridge.attach(service)
    assert _shown(widget)["state"] == "● Online"
    service.publish(OFFLINE)
    assert _shown(widget)["state"] == "● Offline"
    bridge.attach(None)
    assert _shown(widget) == {"state": "Sync not set up"}


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def test_the_text_is_translated(qtbot: QtBot, chinese: None) -> None:
    w = SyncStatusWidget(now=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    assert w.state_label.text() == "未设置同步"
    w.set_status(OFFLINE)
    shown = _shown(w)
    assert shown["state"] == "● 离线"
    assert shown["queue"] == "待上传：1,234"
