"""GUI tests: offscreen Qt, every test marked ``gui``, a small seeded device database.

The database is seeded once per session and copied for each test, so a test
may change its copy freely and seeding costs are paid once.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from core.directory import MemberRow
from core.services import DeviceServices

HERE = Path(__file__).resolve().parent
GUI_MEMBERS = 40
SEEDED_AT = datetime(2026, 3, 2, 10, 0)

# The offscreen platform cannot resize native windows to their layout's hints and
# says so with a Qt warning for every top-level widget; it is not our doing.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, extend=True))


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from core.db.engine import open_device_db
    from core.seed import seed_device

    path = tmp_path_factory.mktemp("gui-seed") / "device.db"
    factory = open_device_db(path)
    seed_device(factory, members=GUI_MEMBERS, now=SEEDED_AT)
    bind = factory.kw["bind"]
    bind.dispose()  # closes the last connection: SQLite folds the WAL back into the file
    return path


@pytest.fixture
def seeded_db(seeded_template: Path, tmp_path: Path) -> Path:
    """A device database with the demo rulebook and ``GUI_MEMBERS`` members, this test's own."""
    dest = tmp_path / "device.db"
    shutil.copyfile(seeded_template, dest)
    return dest


@pytest.fixture
def gui_services(seeded_db: Path) -> Iterator[DeviceServices]:
    from ui import ops  # Qt is imported by the tests that need it, not at collection

    svc = DeviceServices.open(str(seeded_db))
    yield svc
    # Let work the test left queued finish before the database goes away.
    ops.executor().submit(lambda: None).result(timeout=30)
    svc.factory.kw["bind"].dispose()


@pytest.fixture
def member_rows(gui_services: DeviceServices) -> list[MemberRow]:
    """Every member of the seeded database, in code order."""
    return gui_services.page(None, 1000)
