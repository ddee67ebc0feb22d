"""The Qt applications run the device's sync service on their own loop (qasync).

A real central API process; the till is set up through the command line, sells
offline, and the application started on it sends the sale without anyone asking.
A standalone till runs without a service and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import func, select

from core.db.models import Sale
from core.services import DeviceServices, SaleLineInput
from sync.service import SyncStatus
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import (  # noqa: F401  (fixtures)
    Central,
    Device,
    central,
    device,
    private_keyring,
)
from ui.app import run_application
from ui.sync_bridge import SyncBridge

DEADLINE_MS = 90_000


def _run(db: Path, until: Callable[[DeviceServices, SyncBridge, SyncStatus], bool]) -> list[Any]:
    """Run the application on ``db`` until ``until`` holds for a status (or the deadline)."""
    seen: list[Any] = []
    held: list[QWidget] = []

    def open_window(services: DeviceServices, bridge: SyncBridge) -> QWidget:
        window = QLabel("till")
        held.append(window)
        seen.append(bridge.is_set_up())

        def on_status(status: SyncStatus) -> None:
            seen.append(status)
            if until(services, bridge, status):
                QTimer.singleShot(0, QApplication.quit)

        bridge.sig_status_changed.connect(on_status)
        # Owned by the window, so no timer outlives this application run.
        deadline = QTimer(window)
        deadline.setSingleShot(True)
        deadline.timeout.connect(QApplication.quit)
        deadline.start(50 if not bridge.is_set_up() else DEADLINE_MS)
        return window

    assert run_application(str(db), "MemberDesk test", open_window) == 0
    for window in held:
        window.deleteLater()
    QApplication.sendPostedEvents()
    return seen


def test_a_standalone_till_runs_without_sync(seeded_db: Path, qapp: QApplication) -> None:
    seen = _run(seeded_db, lambda *_: False)
    assert seen == [False]


def test_the_application_sends_offline_sales_and_a_new_sale_at_once(
    central: Central,  # noqa: F811
    device: Device,  # noqa: F811
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    device.setup(central)
    code = device.query("SELECT code FROM members WHERE status = 'active' ORDER BY code LIMIT 1")
    device.run("sale", "--member", code[0][0], "--amount", "88.00")
    assert device.query("SELECT count(*) FROM commands WHERE sync_state = 'local'") == [(1,)]
    # The timer would come after the deadline: only the start and the nudge can send.
    monkeypatch.setenv("MEMBERDESK_SYNC_INTERVAL", "3600")
    phase: list[str] = ["start"]

    def until(services: DeviceServices, bridge: SyncBridge, status: SyncStatus) -> bool:
        if status.running:
            if phase[-1] == "nudged":
                phase.append("cycling")
            return False
        if status.queue_depth != 0 or not status.last_success_at or phase[-1] == "nudged":
            return False
        if phase[-1] == "start":
            # The offline sale is through: record one more and ask for a sync now.
            services.record_sale([SaleLineInput(amount_fen=5000)], member_key=code[0][0])
            phase.append("nudged")
            bridge.nudge()
            return False
        phase.append("sent")
        return True

    seen = _run(device.path, until)
    assert seen[0] is True
    assert phase == ["start", "nudged", "cycling", "sent"], seen[-3:]
    assert device.query("SELECT sync_state, count(*) FROM commands GROUP BY sync_state") == [
        ("acked", 2)
    ]
    device_id = device.setting("device")["device_id"]
    with central.factory()() as s:
        assert (
            s.execute(
                select(func.count()).select_from(Sale).where(Sale.device_id == device_id)
            ).scalar_one()
            == 2
        )
