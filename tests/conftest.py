"""Shared fixtures: a device database with the demo rulebook and no members yet."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")

# A Monday in March: no member day, no 双十一, nobody's birthday by default.
T0 = datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def device_db(tmp_path: Path) -> Path:
    from core.db.engine import open_device_db
    from core.seed import seed_device

    path = tmp_path / "device.db"
    seed_device(open_device_db(path), members=0, now=T0)
    return path


@pytest.fixture
def services(device_db: Path) -> Iterator[object]:
    from core.services import DeviceServices

    svc = DeviceServices.open(str(device_db))
    yield svc
    svc.factory.kw["bind"].dispose()
