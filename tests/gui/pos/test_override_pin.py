"""The manager override with the manager's PIN: spending beyond the offline bound, and a
refund above the till's threshold. Only a verified manager is recorded."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from core.db.models import Setting
from core.directory import MemberRow
from core.services import DeviceServices, SaleLineInput
from pos.override_dialog import OverrideDialog
from pos.refund_dialog import RefundDialog
from pos.window import PosWindow
from tests.gui.pos.conftest import counts, rich_member, scan, shoot, type_slowly, wait_idle


def _set(svc: DeviceServices, key: str, value: Any) -> None:
    with svc.factory() as s, s.begin():
        s.merge(Setting(key=key, value=value))


def _enrolled_never_synced(svc: DeviceServices) -> None:
    with svc.factory() as s:
        device = dict(s.get(Setting, "device").value)  # type: ignore[union-attr]
    _set(svc, "device", {**device, "server_url": "http://127.0.0.1:8700"})
    _set(svc, "sync", {"cursor": "c1"})


def _override_dialog(qtbot: QtBot) -> OverrideDialog:
    found: list[OverrideDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, OverrideDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _fill(qtbot: QtBot, dialog: OverrideDialog, user: str, pin: str, reason: str) -> None:
    for field, text in (
        (dialog.manager_field, user),
        (dialog.pin_field, pin),
        (dialog.reason_field, reason),
    ):
        field.clear()
        qtbot.keyClicks(field, text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, dialog)


def _local(db: Path, kind: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT staff, json_extract(payload, '$.override.staff'),"
            " json_extract(payload, '$.override.reason') FROM commands"
            " WHERE kind = ? AND sync_state = 'local'",
            (kind,),
        ).fetchall()


def test_spending_beyond_the_bound_needs_a_manager_pin(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
    staff_list: dict[str, str],
) -> None:
    _enrolled_never_synced(gui_services)
    member = rich_member(member_rows)
    screen = window.checkout
    scan(qtbot, screen.scan_field, member.code, screen)
    type_slowly(qtbot, screen.sale.amount_field, "100")
    screen.sale.points_field.setFocus()
    type_slowly(qtbot, screen.sale.points_field, "1000")
    wait_idle(qtbot, screen)
    before = counts(seeded_db)

    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    dialog = _override_dialog(qtbot)
    # A wrong PIN: said in the dialog, which stays open; nothing recorded.
    _fill(qtbot, dialog, "S001-manager", "1111", "network down")
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Wrong user or PIN. 4 more tries before this user is locked."
    )
    assert dialog.pin_field.text() == ""
    shoot(dialog, "23-override-wrong-pin")
    # The clerk's own right PIN: not a manager.
    _fill(qtbot, dialog, "S001-clerk", staff_list["S001-clerk"], "network down")
    assert dialog.isVisible()
    assert dialog.error_label.text() == "S001-clerk is not a manager and may not allow this."
    # No reason: asked for, not checked.
    _fill(qtbot, dialog, "S001-manager", staff_list["S001-manager"], "")
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Fill in the manager, their PIN and the reason."
    assert counts(seeded_db) == before

    _fill(qtbot, dialog, "S001-manager", staff_list["S001-manager"], "network down since 9:00")
    qtbot.waitUntil(screen.done_label.isVisible)
    # The clerk made the sale; the verified manager allowed it.
    assert _local(seeded_db, "record_sale") == [
        ("S001-clerk", "S001-manager", "network down since 9:00")
    ]


def _a_big_sale(svc: DeviceServices, member: MemberRow) -> str:
    applied = svc.record_sale([SaleLineInput(60_000)], member_key=member.code, staff="S001-clerk")
    return str(applied.result["receipt_no"])


def _open_refund(qtbot: QtBot, window: PosWindow, receipt: str) -> RefundDialog:
    screen = window.checkout
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F5)
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog)
    qtbot.keyClicks(dialog.receipt_field, receipt)
    qtbot.keyClick(dialog.receipt_field, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    return dialog


def test_a_refund_above_the_threshold_needs_a_manager_pin(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
    staff_list: dict[str, str],
) -> None:
    receipt = _a_big_sale(gui_services, member_rows[3])
    dialog = _open_refund(qtbot, window, receipt)
    before = counts(seeded_db)
    dialog.ok_button.click()
    override = _override_dialog(qtbot)
    assert override.why_label.text() == (
        "A refund of ¥600.00 is more than ¥500.00: a manager must allow it."
    )
    override.reject()
    qtbot.waitUntil(lambda: dialog.error_label.text() == "Not refunded: nothing was recorded.")
    assert counts(seeded_db) == before

    wait_idle(qtbot, dialog)
    dialog.ok_button.click()
    override = _override_dialog(qtbot)
    _fill(qtbot, override, "S001-manager", staff_list["S001-manager"], "faulty goods, boxed")
    qtbot.waitUntil(lambda: window.checkout.dialog is None)
    assert _local(seeded_db, "refund_sale") == [
        ("S001-clerk", "S001-manager", "faulty goods, boxed")
    ]


def test_a_refund_within_the_threshold_needs_nobody(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
    staff_list: dict[str, str],
) -> None:
    receipt = _a_big_sale(gui_services, member_rows[4])
    dialog = _open_refund(qtbot, window, receipt)
    type_slowly(qtbot, dialog.amount_field, "500")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.checkout.dialog is None)
    assert _local(seeded_db, "refund_sale") == [("S001-clerk", None, None)]


def test_the_threshold_is_a_device_setting(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
    staff_list: dict[str, str],
) -> None:
    _set(gui_services, "pos", {"refund_override_fen": 100_000})
    receipt = _a_big_sale(gui_services, member_rows[5])
    dialog = _open_refund(qtbot, window, receipt)
    dialog.ok_button.click()  # everything: ¥600, under ¥1,000
    qtbot.waitUntil(lambda: window.checkout.dialog is None)
    assert _local(seeded_db, "refund_sale") == [("S001-clerk", None, None)]
