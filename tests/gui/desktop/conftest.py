"""Back-office tests: the window keeps its layout in a file of the test's own, not the user's."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from core.db.models import AttentionItem
from core.directory import MemberRow
from core.services import DeviceServices
from desktop.main_window import MainWindow
from sync.push import reject

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "test-output" / "desktop"


@pytest.fixture(autouse=True)
def _no_user_settings(tmp_path: Path) -> Iterator[None]:
    """Even a ``QSettings()`` made by accident writes under this test's temporary folder."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield
    QSettings.setDefaultFormat(previous)


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "backoffice.ini"


def open_window(qtbot: QtBot, services: DeviceServices, settings_path: Path) -> MainWindow:
    window = MainWindow(
        services, settings=QSettings(str(settings_path), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    return window


@pytest.fixture
def window(qtbot: QtBot, gui_services: DeviceServices, settings_path: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, gui_services, settings_path)
    window.resize(1280, 800)
    yield window


def wait_idle(qtbot: QtBot, widget: QWidget) -> None:
    busy = getattr(widget, "is_busy", None)
    if busy is not None:
        qtbot.waitUntil(lambda: not busy(), timeout=5000)


def outbox(db: Path) -> list[tuple[str, str]]:
    """(kind, payload JSON) of every command made here and not yet acknowledged, in order."""
    with sqlite3.connect(db) as conn:
        return list(
            conn.execute(
                "SELECT kind, payload FROM commands WHERE sync_state = 'local' ORDER BY seq"
            ).fetchall()
        )


def shoot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    QApplication.processEvents()  # pending layout requests: what a person would see
    widget.window().grab().save(str(path))
    return path


def assert_drawn(path: Path) -> None:
    """A saved screenshot holds a drawn window: text, frames and fields give hundreds of
    colours, an empty or black grab a handful. Counted rather than sized, so the check
    holds on a machine without CJK fonts too (where Chinese text is drawn as boxes)."""
    image = QImage(str(path))
    assert not image.isNull(), path
    colours = {
        image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
    }
    assert len(colours) >= 100, (path, len(colours))


@dataclass(frozen=True)
class Items:
    rejected: MemberRow
    overdrawn: MemberRow


def rich(rows: list[MemberRow]) -> list[MemberRow]:
    return sorted(
        (r for r in rows if r.status == "active" and not r.frozen and r.balance > 100),
        key=lambda r: -r.balance,
    )


@pytest.fixture
def items(gui_services: DeviceServices, member_rows: list[MemberRow]) -> Items:
    """What sync leaves on a device: one item per kind that head office deals with."""
    first, second = rich(member_rows)[:2]
    made = gui_services.adjust(first.code, -50, "returned goods", staff="S001-clerk-wang")
    with gui_services.factory() as s:
        # The server refused the adjustment; the push records it as sync does.
        reject(
            s,
            made.command_id,
            {
                "code": "insufficient_points",
                "message": "member has 10 points available, 50 requested",
                "params": {"code": first.code, "available": 10, "requested": 50},
            },
        )
        # The pull brought the server's overdraft and a mismatch that was already resolved.
        s.add(
            AttentionItem(
                id="a0000000-0000-0000-0000-000000000002",
                kind="points_overdraft",
                member_id=second.id,
                command_id=None,
                detail={"sale_id": "S-2026-0042", "debt": 120, "store_code": "S002"},
                created_at=datetime(2026, 3, 3, 9, 15),
            )
        )
        s.add(
            AttentionItem(
                id="a0000000-0000-0000-0000-000000000003",
                kind="points_mismatch",
                member_id=second.id,
                command_id=None,
                detail={"device_points": 128, "server_points": 120, "store_code": "S001"},
                created_at=datetime(2026, 3, 1, 18, 0),
                resolved_at=datetime(2026, 3, 2, 9, 0),
                resolved_by="hq-li",
                resolution="the receipt's figure was honoured",
            )
        )
        s.commit()
    return Items(rejected=first, overdrawn=second)
