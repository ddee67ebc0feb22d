"""Driving the checkout as a clerk: a scanner (a burst of keys), slow typing, F-keys."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.directory import MemberRow
from core.services import DeviceServices
from pos.window import PosWindow

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "test-output" / "pos"
# Every table a checkout action may write to.
TABLES = (
    "commands",
    "sales",
    "sale_lines",
    "refunds",
    "point_entries",
    "point_lots",
    "redemptions",
    "store_stock",
    "members",
    "coupons",
)


@pytest.fixture
def window(qtbot: QtBot, gui_services: DeviceServices) -> Iterator[PosWindow]:
    window = PosWindow(gui_services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.checkout.scan_field.hasFocus)
    yield window


def wait_idle(qtbot: QtBot, widget: QWidget) -> None:
    """Until the screen (or dialog) has no lookup, quote or held keys in flight."""
    busy = getattr(widget, "is_busy", None)
    if busy is not None:
        qtbot.waitUntil(lambda: not busy(), timeout=5000)


def scan(qtbot: QtBot, target: QWidget, text: str, screen: QWidget) -> None:
    """A scanner: the characters a few microseconds apart, then Enter, into ``target``."""
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)


def type_slowly(qtbot: QtBot, target: QWidget, text: str, gap_ms: int = 60) -> None:
    """A person: one key every ``gap_ms`` (a scan is under 30 ms per key)."""
    for ch in text:
        qtbot.wait(gap_ms)
        qtbot.keyClicks(target, ch)
    qtbot.wait(gap_ms)


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def rich_member(rows: list[MemberRow]) -> MemberRow:
    """An active member with points to spend and no debt."""
    usable = [r for r in rows if r.status == "active" and not r.frozen and r.debt == 0]
    return max(usable, key=lambda r: r.balance)


def shoot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    widget.window().grab().save(str(path))
    return path
