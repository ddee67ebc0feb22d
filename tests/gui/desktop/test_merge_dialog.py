"""Merging a duplicate from the member page: find it, compare, give a reason, merge."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.directory import MemberRow
from core.services import DeviceServices
from desktop.main_window import MainWindow
from desktop.merge_dialog import MergeMembersDialog
from tests.gui.desktop.conftest import outbox, rich, shoot, wait_idle
from tests.gui.desktop.test_member_detail import open_by_pinyin, usable

BALANCE_ROW, COUPONS_ROW, STATUS_ROW = 8, 10, 3


def _find(qtbot: QtBot, dialog: MergeMembersDialog, key: str) -> None:
    dialog.key_field.clear()
    qtbot.keyClicks(dialog.key_field, key)
    qtbot.keyClick(dialog.key_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog._finding)


def test_merge_a_duplicate_from_the_member_page(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: DeviceServices,
    seeded_db: Path,
    member_rows: list[MemberRow],
) -> None:
    kept = usable(member_rows)
    gone = next(
        r
        for r in rich(member_rows)
        if r.id != kept.id and r.debt == 0 and gui_services.card(r.id).points.available > 0
    )
    open_by_pinyin(qtbot, window, kept)
    detail = window.detail_page
    kept_card, gone_card = gui_services.card(kept.id), gui_services.card(gone.id)
    total = (
        kept_card.points.balance
        - kept_card.points.expired_due
        + gone_card.points.balance
        - gone_card.points.expired_due
    )
    before = outbox(seeded_db)

    qtbot.mouseClick(detail.merge_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert isinstance(dialog, MergeMembersDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.survivor is not None)
    assert kept.code in dialog.cell(1, 1)
    assert not dialog.ok_button.isEnabled()  # nothing to merge until the duplicate is found

    _find(qtbot, dialog, kept.code)
    assert "this member" in dialog.error_label.text()
    _find(qtbot, dialog, "13000000000")
    assert "No member found" in dialog.error_label.text()
    assert dialog.duplicate is None and not dialog.ok_button.isEnabled()

    _find(qtbot, dialog, gone.phone)
    assert dialog.duplicate is not None and dialog.duplicate.card.id == gone.id
    assert not dialog.error_label.isVisible()
    assert gone.code in dialog.cell(1, 2)
    assert dialog.cell(BALANCE_ROW, 3) == f"{total:,}"
    assert "closed" in dialog.cell(STATUS_ROW, 2)
    QApplication.processEvents()  # pending layout requests: what a person would see
    dialog.grab().save("/tmp/merge.png")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "reason" in dialog.error_label.text()
    assert dialog.isVisible() and outbox(seeded_db) == before

    qtbot.keyClicks(dialog.reason_field, "enrolled twice, ticket 2040")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.dialog is None)
    wait_idle(qtbot, detail)

    made = outbox(seeded_db)[len(before) :]
    assert [kind for kind, _ in made] == ["merge_members"]
    payload = json.loads(made[0][1])
    assert payload == {
        "survivor_id": kept.id,
        "duplicate_id": gone.id,
        "reason": "enrolled twice, ticket 2040",
    }
    assert gone.code in detail.message_label.text() and detail.message_label.isVisible()
    qtbot.waitUntil(lambda: (c := detail.card()) is not None and c.points.balance == total)
    closed = gui_services.card(gone.id)
    assert closed.status == "closed" and closed.points.balance == 0
    shoot(window, "member_detail_merged")


def test_a_closed_member_offers_no_merge(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
) -> None:
    member = usable(member_rows)
    gui_services.set_status(member.code, "closed", "left the programme")
    open_by_pinyin(qtbot, window, member)
    assert not window.detail_page.merge_button.isEnabled()
