"""A scanner burst is recognised from any focus; a person typing is not a scan."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from core.directory import MemberRow
from pos.window import PosWindow
from tests.gui.pos.conftest import counts, scan, type_slowly, wait_idle


def test_burst_in_the_amount_field_selects_the_member_and_leaves_the_amount(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow], seeded_db: Path
) -> None:
    screen = window.checkout
    amount = screen.sale.amount_field
    amount.setFocus()
    type_slowly(qtbot, amount, "88.50")
    assert amount.text() == "88.50"
    before = counts(seeded_db)

    scan(qtbot, amount, member_rows[3].code, screen)

    card = screen.card()
    assert card is not None and card.code == member_rows[3].code
    assert amount.text() == "88.50"
    assert screen.scan_field.text() == ""
    # The scan's Enter did not complete a sale.
    assert counts(seeded_db) == before


def test_burst_with_the_focus_on_the_category_box_works(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow]
) -> None:
    screen = window.checkout
    screen.sale.category_box.setFocus()
    assert screen.sale.category_box.hasFocus()
    scan(qtbot, screen.sale.category_box, member_rows[5].code, screen)
    card = screen.card()
    assert card is not None and card.code == member_rows[5].code


def test_a_second_burst_replaces_the_member(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow]
) -> None:
    screen = window.checkout
    scan(qtbot, screen.scan_field, member_rows[0].code, screen)
    assert screen.sale.amount_field.hasFocus()
    scan(qtbot, screen.sale.amount_field, member_rows[1].code, screen)
    card = screen.card()
    assert card is not None and card.code == member_rows[1].code


def test_slow_typing_in_the_amount_field_is_not_a_scan(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow], seeded_db: Path
) -> None:
    screen = window.checkout
    scan(qtbot, screen.scan_field, member_rows[2].code, screen)
    amount = screen.sale.amount_field
    # Digits that would be a valid member code if a scanner had sent them.
    code_digits = member_rows[4].code.removeprefix("M")

    type_slowly(qtbot, amount, code_digits[:6])

    assert amount.text() == code_digits[:6]
    card = screen.card()
    assert card is not None and card.code == member_rows[2].code
    assert not screen.scanner.holding()


def test_a_short_fast_burst_is_typing(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow]
) -> None:
    screen = window.checkout
    scan(qtbot, screen.scan_field, member_rows[2].code, screen)
    amount = screen.sale.amount_field
    qtbot.keyClicks(amount, "12")  # a fast typist, far shorter than any code
    qtbot.waitUntil(lambda: amount.text() == "12")
    card = screen.card()
    assert card is not None and card.code == member_rows[2].code


def test_unknown_burst_from_the_amount_field_says_what_was_scanned(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow], seeded_db: Path
) -> None:
    screen = window.checkout
    scan(qtbot, screen.scan_field, member_rows[2].code, screen)
    amount = screen.sale.amount_field
    before = counts(seeded_db)

    scan(qtbot, amount, "M0000000000", screen)

    assert screen.error_label.isVisible()
    assert "M0000000000" in screen.error_label.text()
    assert screen.card() is None
    assert amount.text() == ""
    assert screen.scan_field.hasFocus()
    assert counts(seeded_db) == before


def test_keys_released_after_the_gap_reach_the_field_in_order(
    qtbot: QtBot, window: PosWindow
) -> None:
    screen = window.checkout
    amount = screen.sale.amount_field
    amount.setFocus()
    for ch in "1234":
        qtbot.keyClick(amount, ch)
    qtbot.keyClick(amount, Qt.Key.Key_Backspace)  # a non-printable key delivers the held ones
    wait_idle(qtbot, screen)
    assert amount.text() == "123"


def _stamped_keys(target: QWidget, text: str, start_ms: int, step_ms: int) -> None:
    """Key presses as the window system delivers them: each with the time it was typed.

    They are sent one after the other without running the event loop in between, as
    when they waited in the queue while the screen was busy.
    """
    for i, ch in enumerate([*text, "\\r"]):
        key = Qt.Key.Key_Return if ch == "\\r" else Qt.Key(ord(ch.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch if ch != "\\r" else "")
            event.setTimestamp(start_ms + i * step_ms)
            QApplication.sendEvent(target, event)
        time.sleep(0.04)  # the screen is busy: 40 ms of real time between deliveries


def test_a_burst_that_waited_in_the_queue_is_still_a_scan(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow]
) -> None:
    screen = window.checkout
    amount = screen.sale.amount_field
    amount.setFocus()
    _stamped_keys(amount, member_rows[7].code, start_ms=1_000_000, step_ms=4)
    wait_idle(qtbot, screen)
    card = screen.card()
    assert card is not None and card.code == member_rows[7].code
    assert amount.text() == ""


def test_typing_that_waited_in_the_queue_is_still_typing(
    qtbot: QtBot, window: PosWindow, seeded_db: Path
) -> None:
    screen = window.checkout
    amount = screen.sale.amount_field
    amount.setFocus()
    before = counts(seeded_db)
    _stamped_keys(amount, "1280050", start_ms=2_000_000, step_ms=150)
    wait_idle(qtbot, screen)
    assert amount.text() == "1280050"
    assert screen.card() is None
    assert counts(seeded_db) == before
