"""Looking a member up by what the customer says: last four digits, a name, pinyin initials."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.directory import MemberRow
from core.services import DeviceServices
from pos.window import PosWindow
from tests.gui.pos.conftest import scan, wait_idle


def test_last_four_digits_shared_by_two_members_offers_a_pick_list(
    qtbot: QtBot, window: PosWindow, gui_services: DeviceServices
) -> None:
    first = gui_services.enrol("王一", "13900007391").result["code"]
    second = gui_services.enrol("李二", "13800007391").result["code"]
    screen = window.checkout

    scan(qtbot, screen.scan_field, "7391", screen)

    assert screen.pick_list.isVisible() and screen.pick_list.hasFocus()
    assert sorted(screen.pick_list.codes()) == sorted([first, second])
    row = screen.pick_list.item(screen.pick_list.codes().index(second)).text()
    assert "138****7391" in row and "李*" in row  # masked, as on the panel
    assert screen.error_label.isHidden()
    wanted = screen.pick_list.codes()[1]
    qtbot.keyClick(screen.pick_list, Qt.Key.Key_Down)
    qtbot.keyClick(screen.pick_list, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)

    card = screen.card()
    assert card is not None and card.code == wanted
    assert screen.pick_list.isHidden()
    assert screen.sale.amount_field.hasFocus()


def test_pinyin_initials_list_the_members_and_esc_goes_back_to_the_scan_field(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow]
) -> None:
    target = member_rows[0]
    screen = window.checkout

    scan(qtbot, screen.scan_field, target.initials, screen)

    assert target.code in screen.pick_list.codes()
    qtbot.keyClick(screen.pick_list, Qt.Key.Key_Escape)
    assert screen.pick_list.isHidden()
    assert screen.scan_field.hasFocus()


def test_a_name_nobody_has_is_said(qtbot: QtBot, window: PosWindow) -> None:
    screen = window.checkout
    scan(qtbot, screen.scan_field, "zzzq", screen)
    assert screen.pick_list.isHidden()
    assert screen.error_label.text() == "No member found for “zzzq”."
    assert screen.scan_field.hasFocus()
