"""The Qt applications run the device's sync service on their own loop (qasync).

A real central API process; the till is set up through the command line, sells
offline, and the application started on it sends the sale without anyone asking,
then a new sale at once when nudged. A standalone till runs without a service.
The application runs in a child process (``app_sync_child.py``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from core.db.models import Sale
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import (  # noqa: F401  (fixtures)
    Central,
    Device,
    central,
    device,
    private_keyring,
)

CHILD = Path(__file__).with_name("app_sync_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _run(db: Path, mode: str, *args: str, **env: str) -> Any:
    done = subprocess.run(
        [sys.executable, str(CHILD), str(db), mode, *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **env},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_standalone_till_runs_without_sync(seeded_db: Path) -> None:
    report = _run(seeded_db, "standalone")
    assert report["set_up"] is False
    assert report["last"] is None  # no service, no status
    # Start-up's objects were frozen out of garbage collection while it ran (a full
    # collection over them froze the UI for ~60 ms), and given back at the end.
    assert report["frozen"] > 10_000 and report["frozen_after"] == 0


def test_the_application_sends_offline_sales_and_a_new_sale_at_once(
    central: Central,  # noqa: F811
    device: Device,  # noqa: F811
) -> None:
    device.setup(central)
    code = device.query("SELECT code FROM members WHERE status = 'active' ORDER BY code LIMIT 1")
    device.run("sale", "--member", code[0][0], "--amount", "88.00")
    assert device.query("SELECT count(*) FROM commands WHERE sync_state = 'local'") == [(1,)]
    # The timer would come after the deadline: only the start and the nudge can send.
    report = _run(device.path, "nudge", code[0][0], MEMBERDESK_SYNC_INTERVAL="3600")
    assert report["set_up"] is True
    assert report["phases"] == ["start", "nudged", "cycling", "sent"], report
    assert device.query("SELECT sync_state, count(*) FROM commands GROUP BY sync_state") == [
        ("acked", 2)
    ]
    device_id = device.setting("device")["device_id"]
    with central.factory()() as s:
        sales = select(func.count()).select_from(Sale).where(Sale.device_id == device_id)
        assert s.execute(sales).scalar_one() == 2
