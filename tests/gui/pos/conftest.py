"""Driving the checkout as a clerk: a scanner (a burst of keys), slow typing, F-keys.

``window`` is the checkout signed in as ``CLERK``; ``staff_list`` gives the
database the sign-in cache a till of S001 receives (PINs in ``PINS``), for the
tests of the sign-in, the lock and the manager override.
"""

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
from core.staff_signin import StaffMember
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


CLERK = StaffMember("S001-clerk", "王芳", "clerk", "S001", "R01")
PINS = {"S001-clerk": "1357", "S001-clerk-2": "1470", "S001-manager": "2468"}
ROLES = {"S001-clerk": "clerk", "S001-clerk-2": "clerk", "S001-manager": "store_manager"}
NAMES = {"S001-clerk": "王芳", "S001-clerk-2": "李娜", "S001-manager": "张伟"}


@pytest.fixture(scope="session")
def pin_hashes() -> dict[str, str]:
    from core.staff_signin import hash_pin

    return {name: hash_pin(pin) for name, pin in PINS.items()}


@pytest.fixture
def staff_list(gui_services: DeviceServices, pin_hashes: dict[str, str]) -> dict[str, str]:
    """The till's sign-in cache, as sync/staff.py stores it; returns the PINs."""
    from core.staff_signin import save_cache
    from tests.gui.conftest import SEEDED_AT

    staff = [
        {
            "username": name,
            "display_name": NAMES[name],
            "role": ROLES[name],
            "store_code": "S001",
            "region": "R01",
            "active": True,
            "pin_hash": pin_hashes[name],
        }
        for name in PINS
    ]
    with gui_services.factory() as s, s.begin():
        save_cache(s, {"store_code": "S001", "version": "t1", "staff": staff}, SEEDED_AT)
    return PINS


@pytest.fixture
def window(qtbot: QtBot, gui_services: DeviceServices) -> Iterator[PosWindow]:
    window = PosWindow(gui_services, signed_in=CLERK)
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
