"""The back office on a synced device: its commands name the device's operator and wake sync.

``desktop.app.operator_services`` is what the back office's window is given. On
a head-office desktop or a region laptop a change names the staff member who set
the device up (the server checks that person's role); on a store till it names
nobody. Each recorded change reaches the sync bridge on the UI thread, even when
it was recorded on a worker thread.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from core.services import DeviceServices


def make_device(services: DeviceServices, kind: str, operator: str | None) -> None:
    from core import clock
    from sync.state import DeviceConfig, save_device

    device = DeviceConfig(
        device_id="dev-" + kind,
        store_code="S001" if kind == "store" else None,
        name=kind,
        server_url="http://127.0.0.1:9",
        kind=kind,
        region="R01" if kind == "region" else None,
        regions=("R01",) if kind != "backoffice" else ("*",),
        operator=operator,
    )
    with services.factory() as session, session.begin():
        save_device(session, device, clock.now())


def commands(db: Path) -> list[tuple[str, str | None, str | None, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT kind, staff, store_code, device_id FROM commands ORDER BY seq")
        return [tuple(r) for r in rows]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kind", "named"),
    [("backoffice", "backoffice"), ("region", "R01-manager"), ("store", None)],
)
def test_changes_name_the_operator_of_a_desktop_or_laptop_and_wake_sync(
    qtbot: Any,
    gui_services: DeviceServices,
    seeded_db: Path,
    member_rows: list[Any],
    kind: str,
    named: str | None,
) -> None:
    from desktop.app import _Recorded, operator_services
    from ui import ops
    from ui.sync_bridge import SyncBridge

    operator = {"backoffice": "backoffice", "region": "R01-manager", "store": "S001-manager"}
    make_device(gui_services, kind, operator[kind])
    bridge = SyncBridge()
    services = operator_services(gui_services, bridge)
    recorded = bridge.findChild(_Recorded)
    assert recorded is not None
    code = member_rows[0].code

    # Recorded on a worker thread (as the pages' ops do), announced on the UI thread.
    with qtbot.waitSignal(recorded.sig_recorded, timeout=10_000):
        ops.executor().submit(services.adjust, code, 12, "goodwill").result(timeout=30)
    # Whoever the caller names wins.
    services.freeze(code, True, "checking", staff="admin")
    # A refusal records nothing and names nobody.
    with pytest.raises(Exception, match="reason"):
        services.adjust(code, 5, "")

    device_id = "dev-" + kind
    store = "S001" if kind == "store" else None
    assert commands(seeded_db)[-2:] == [
        ("adjust_points", named, store, device_id),
        ("freeze_points", "admin", store, device_id),
    ]
    setting = json.loads(
        sqlite3.connect(seeded_db)
        .execute("SELECT value FROM settings WHERE key = 'device'")
        .fetchone()[0]
    )
    assert setting["kind"] == kind
    bridge.deleteLater()


def test_a_standalone_database_names_nobody(
    gui_services: DeviceServices, seeded_db: Path, member_rows: list[Any]
) -> None:
    from desktop.app import operator_services
    from ui.sync_bridge import SyncBridge

    bridge = SyncBridge()
    services = operator_services(gui_services, bridge)
    services.adjust(member_rows[0].code, 3, "goodwill")
    assert commands(seeded_db)[-1][:2] == ("adjust_points", None)
    bridge.deleteLater()
