"""A scanner burst is recognised from any focus; a person typing is not a scan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
