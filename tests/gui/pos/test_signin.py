"""Signing in at the till, the idle lock and signing out, driven as a clerk would.

The till holds the sign-in cache of S001 (``staff_list``), so the POS starts locked.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.directory import MemberRow
from core.services import DeviceServices
from pos.window import PosWindow
from tests.gui.pos.conftest import counts, scan, shoot, type_slowly, wait_idle


@pytest.fixture
def locked(
    qtbot: QtBot, gui_services: DeviceServices, staff_list: dict[str, str]
) -> Iterator[PosWindow]:
    window = PosWindow(gui_services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.signin.user_field.hasFocus)
    yield window


def sign_in(qtbot: QtBot, window: PosWindow, user: str | None, pin: str) -> None:
    """Type the user (unless it is already there) and the PIN as a person, then Enter."""
    screen = window.signin
    if user is not None:
        screen.user_field.clear()
        screen.user_field.setFocus()
        type_slowly(qtbot, screen.user_field, user)
        qtbot.keyClick(screen.user_field, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.pin_field.hasFocus)  # the user given (or kept): the PIN is next
    type_slowly(qtbot, screen.pin_field, pin)
    qtbot.keyClick(screen.pin_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)


def _setting(db: Path, key: str) -> object:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def _staff_of_commands(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT kind, staff FROM commands WHERE sync_state = 'local'"
        ).fetchall()


def test_starts_locked_a_wrong_pin_unlocks_nothing_the_right_one_does(
    qtbot: QtBot, locked: PosWindow, seeded_db: Path
) -> None:
    assert locked.is_locked()
    assert not locked.checkout.isVisible()
    assert locked.staff_label.text() == "Nobody signed in"
    shoot(locked, "20-sign-in")

    sign_in(qtbot, locked, "S001-clerk", "1358")
    assert locked.is_locked()
    assert locked.signin.error_label.text() == (
        "Wrong user or PIN. 4 more tries before this user is locked."
    )
    assert locked.signin.pin_field.text() == ""
    assert locked.signin.pin_field.hasFocus()
    assert locked.staff is None and locked.checkout.staff is None
    shoot(locked, "21-sign-in-wrong-pin")

    sign_in(qtbot, locked, None, "1357")
    qtbot.waitUntil(lambda: not locked.is_locked())
    qtbot.waitUntil(locked.checkout.scan_field.hasFocus)
    assert locked.staff_label.text() == "Signed in: 王芳 (S001-clerk)"
    assert locked.checkout.staff == "S001-clerk"
    # The right PIN forgets the wrong one.
    assert _setting(seeded_db, "staff_lockout") == {}


def test_five_wrong_pins_lock_the_user_out(qtbot: QtBot, locked: PosWindow) -> None:
    for _ in range(5):
        sign_in(qtbot, locked, "S001-clerk", "9753")
    assert "Too many wrong PINs for S001-clerk" in locked.signin.error_label.text()
    sign_in(qtbot, locked, None, "1357")  # the right PIN, too late
    assert locked.is_locked()
    assert "Too many wrong PINs" in locked.signin.error_label.text()


def test_a_scan_at_the_sign_in_screen_does_nothing_harmful(
    qtbot: QtBot, locked: PosWindow, member_rows: list[MemberRow], seeded_db: Path
) -> None:
    before = counts(seeded_db)
    screen = locked.signin
    type_slowly(qtbot, screen.user_field, "S001-clerk")
    qtbot.keyClick(screen.user_field, Qt.Key.Key_Return)
    # The card scanned into the PIN field: dropped, not tried as a PIN.
    scan(qtbot, screen.pin_field, member_rows[0].code[1:], screen)
    assert screen.error_label.text() == "A card was scanned. Sign in first, then scan it again."
    assert screen.pin_field.text() == ""
    assert _setting(seeded_db, "staff_lockout") is None
    # And into the user field.
    screen.user_field.clear()
    screen.user_field.setFocus()
    scan(qtbot, screen.user_field, member_rows[1].code, screen)
    assert screen.user_field.text() == ""
    assert locked.is_locked()
    assert locked.checkout.card() is None
    assert counts(seeded_db) == before


def test_idle_lock_keeps_the_sale_and_another_clerk_takes_over(
    qtbot: QtBot, locked: PosWindow, member_rows: list[MemberRow], seeded_db: Path
) -> None:
    sign_in(qtbot, locked, "S001-clerk", "1357")
    qtbot.waitUntil(lambda: not locked.is_locked())
    screen = locked.checkout
    member = member_rows[2]
    scan(qtbot, screen.scan_field, member.code, screen)
    type_slowly(qtbot, screen.sale.amount_field, "88")
    wait_idle(qtbot, screen)

    locked.set_idle_lock_ms(300)
    locked.idle_timer.start()
    qtbot.waitUntil(locked.is_locked, timeout=3000)
    assert locked.signin.title.text() == "Checkout locked"
    assert "王芳 (S001-clerk) is signed in" in locked.signin.subtitle.text()
    assert locked.signin.user_field.text() == "S001-clerk"
    assert locked.staff_label.text() == "Locked — 王芳 signed in"
    shoot(locked, "22-locked")
    # Locked: no command can be made, the sale underneath is as it was.
    assert screen.card() is not None and screen.card().code == member.code  # type: ignore[union-attr]
    assert screen.sale.amount_field.text() == "88"

    sign_in(qtbot, locked, "S001-clerk-2", "1470")
    qtbot.waitUntil(lambda: not locked.is_locked())
    assert locked.staff_label.text() == "Signed in: 李娜 (S001-clerk-2)"
    qtbot.waitUntil(screen.sale.amount_field.hasFocus)
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.done_label.isVisible)
    assert _staff_of_commands(seeded_db) == [("record_sale", "S001-clerk-2")]


def test_activity_keeps_the_screen_unlocked(
    qtbot: QtBot, locked: PosWindow, member_rows: list[MemberRow]
) -> None:
    sign_in(qtbot, locked, "S001-clerk", "1357")
    qtbot.waitUntil(lambda: not locked.is_locked())
    locked.set_idle_lock_ms(400)
    locked.idle_timer.start()
    screen = locked.checkout
    for _ in range(6):  # a key every 150 ms for 0.9 s: never 400 ms idle
        qtbot.wait(150)
        qtbot.keyClick(screen.scan_field, Qt.Key.Key_Shift)
    assert not locked.is_locked()
    qtbot.waitUntil(locked.is_locked, timeout=3000)


def test_sign_out_leaves_nobody_signed_in(
    qtbot: QtBot, locked: PosWindow, gui_services: DeviceServices, seeded_db: Path
) -> None:
    sign_in(qtbot, locked, "S001-manager", "2468")
    qtbot.waitUntil(lambda: not locked.is_locked())
    qtbot.waitUntil(locked.checkout.scan_field.hasFocus)
    qtbot.keyClick(locked.checkout.scan_field, Qt.Key.Key_F10)
    assert locked.is_locked()
    assert locked.staff is None and locked.checkout.staff is None
    assert locked.signin.user_field.text() == ""
    assert locked.staff_label.text() == "Nobody signed in"
    qtbot.waitUntil(locked.signin.user_field.hasFocus)


def test_a_standalone_till_opens_at_the_checkout(
    qtbot: QtBot, gui_services: DeviceServices
) -> None:
    window = PosWindow(gui_services)
    qtbot.addWidget(window)
    window.show()
    assert not window.is_locked()
    assert window.staff_label.text() == "Standalone till: no staff sign-in"
    assert "F10" not in window.checkout.key_bar.buttons


def test_a_dialog_open_at_the_idle_lock_is_hidden_and_comes_back(
    qtbot: QtBot, locked: PosWindow
) -> None:
    sign_in(qtbot, locked, "S001-clerk", "1357")
    qtbot.waitUntil(lambda: not locked.is_locked())
    qtbot.waitUntil(locked.checkout.scan_field.hasFocus)
    qtbot.keyClick(locked.checkout.scan_field, Qt.Key.Key_F5)
    dialog = locked.checkout.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    locked.set_idle_lock_ms(200)
    locked.idle_timer.start()
    qtbot.waitUntil(locked.is_locked, timeout=3000)
    assert not dialog.isVisible()
    assert locked.checkout.dialog is dialog  # hidden, not closed: nothing typed in it is lost

    sign_in(qtbot, locked, None, "1357")
    qtbot.waitUntil(lambda: not locked.is_locked())
    qtbot.waitUntil(dialog.isVisible)
    assert locked.checkout.dialog is dialog
