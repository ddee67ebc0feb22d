"""Each refusal said plainly on the screen, and nothing written."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from core import clock
from core.db.models import Setting
from core.directory import MemberRow
from core.services import DeviceServices
from pos.override_dialog import OverrideDialog
from pos.redeem_dialog import RedeemDialog
from pos.window import PosWindow
from sync.service import SyncStatus
from tests.gui.pos.conftest import counts, rich_member, scan, type_slowly, wait_idle
from ui.sync_bridge import SyncBridge


def _set(svc: DeviceServices, key: str, value: Any) -> None:
    with svc.factory() as s, s.begin():
        s.merge(Setting(key=key, value=value))


def test_amount_not_understood(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow], seeded_db: Path
) -> None:
    screen = window.checkout
    scan(qtbot, screen.scan_field, member_rows[0].code, screen)
    before = counts(seeded_db)

    type_slowly(qtbot, screen.sale.amount_field, "12.3.4")
    assert "“12.3.4” is not an amount" in screen.sale.problem_label.text()
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)

    assert screen.error_label.isVisible()
    assert "“12.3.4” is not an amount. Enter yuan, for example 128.50." in (
        screen.error_label.text()
    )
    assert counts(seeded_db) == before
    # The amount is selected for retyping; a scan still works from there.
    assert screen.sale.amount_field.hasFocus()
    assert screen.sale.amount_field.selectedText() == "12.3.4"


def test_no_member_scanned(qtbot: QtBot, window: PosWindow, seeded_db: Path) -> None:
    screen = window.checkout
    before = counts(seeded_db)
    screen.sale.amount_field.setFocus()
    type_slowly(qtbot, screen.sale.amount_field, "20")
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)
    assert screen.error_label.text() == "Scan the member card first."
    assert counts(seeded_db) == before
    assert screen.scan_field.hasFocus()


def test_frozen_account(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    member = member_rows[8]
    gui_services.freeze(member.code, True, "card reported stolen")
    screen = window.checkout
    before = counts(seeded_db)
    scan(qtbot, screen.scan_field, member.code, screen)
    assert "POINTS FROZEN" in screen.panel.status_banner.text()

    type_slowly(qtbot, screen.sale.amount_field, "60")
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)

    assert screen.error_label.text() == f"The points account of member {member.code} is frozen."
    assert counts(seeded_db) == before


def test_insufficient_points(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    member = rich_member(member_rows)
    available = gui_services.card(member.id).points.available
    screen = window.checkout
    scan(qtbot, screen.scan_field, member.code, screen)
    type_slowly(qtbot, screen.sale.amount_field, "99999")  # a cap far above the balance
    screen.sale.points_field.setFocus()
    type_slowly(qtbot, screen.sale.points_field, str(available + 1))
    wait_idle(qtbot, screen)
    expected = f"has {available} points available; {available + 1} requested"
    assert expected in screen.sale.problem_label.text()
    before = counts(seeded_db)

    qtbot.keyClick(screen.sale.points_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)

    assert expected in screen.error_label.text()
    assert counts(seeded_db) == before


def test_expired_coupon(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    member = member_rows[9]
    gui_services.issue_coupon(member.code, "CT-95")
    screen = window.checkout
    scan(qtbot, screen.scan_field, member.code, screen)
    type_slowly(qtbot, screen.sale.amount_field, "80")
    screen.sale.coupon_box.setCurrentIndex(1)
    wait_idle(qtbot, screen)
    code = screen.sale.coupon_box.currentData()
    # The coupon runs out while the customer is still at the counter.
    with sqlite3.connect(seeded_db) as conn:
        conn.execute(
            "UPDATE coupons SET valid_until = '2020-01-01 00:00:00.000000' WHERE code = ?",
            (code,),
        )
    before = counts(seeded_db)

    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)

    assert screen.error_label.text() == f"Coupon {code} cannot be used (expired)."
    assert counts(seeded_db) == before


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


def test_beyond_the_offline_bound_asks_a_manager_and_without_one_spends_nothing(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
    staff_list: dict[str, str],
) -> None:
    with gui_services.factory() as s:
        device = dict(s.get(Setting, "device").value)  # type: ignore[union-attr]
    _set(gui_services, "device", {**device, "server_url": "http://127.0.0.1:8700"})
    _set(gui_services, "sync", {"cursor": "c1"})  # enrolled, never synced
    member = rich_member(member_rows)
    screen = window.checkout
    scan(qtbot, screen.scan_field, member.code, screen)
    type_slowly(qtbot, screen.sale.amount_field, "100")
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F9)
    wait_idle(qtbot, screen)
    # Never synced: F9 offers nothing beyond the bound; the clerk types the points.
    assert screen.sale.points_field.text() == ""
    screen.sale.points_field.setFocus()
    type_slowly(qtbot, screen.sale.points_field, "1000")
    wait_idle(qtbot, screen)
    points = screen.sale.quote().points_used  # type: ignore[union-attr]
    assert points == 1000
    before = counts(seeded_db)

    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    dialog = _override_dialog(qtbot)
    assert "has not synced yet" in dialog.why_label.text()
    dialog.reject()
    wait_idle(qtbot, screen)
    assert "nothing was recorded and no points were spent" in screen.error_label.text()
    assert counts(seeded_db) == before

    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    dialog = _override_dialog(qtbot)
    qtbot.keyClicks(dialog.manager_field, "S001-manager")
    qtbot.keyClicks(dialog.pin_field, staff_list["S001-manager"])
    qtbot.keyClicks(dialog.reason_field, "network down since 9:00")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: screen.done_label.isVisible())

    with sqlite3.connect(seeded_db) as conn:
        row = conn.execute(
            "SELECT json_extract(payload, '$.override.staff'),"
            " json_extract(payload, '$.points_to_spend')"
            " FROM commands WHERE kind = 'record_sale' AND sync_state = 'local'"
        ).fetchone()
    assert row == ("S001-manager", points)


def test_the_status_bar_says_sync_is_not_set_up(window: PosWindow) -> None:
    assert window.sync_status.state_label.text() == "Sync not set up"
    assert window.statusBar().isAncestorOf(window.sync_status)


class _Service:
    """What a SyncBridge follows: a status and a way to subscribe to the next ones."""

    def __init__(self, status: SyncStatus) -> None:
        self.status = status

    def subscribe(self, callback: Callable[[SyncStatus], None]) -> Callable[[], None]:
        return lambda: None


def test_the_status_bar_follows_the_sync_service(
    qtbot: QtBot, gui_services: DeviceServices
) -> None:
    bridge = SyncBridge()
    bridge.attach(_Service(SyncStatus(online=False, queue_depth=3, oldest_unsent_age_s=120)))
    window = PosWindow(gui_services, sync_bridge=bridge)
    qtbot.addWidget(window)
    window.show()
    assert window.sync_status.state_label.text() == "● Offline"
    assert window.sync_status.queue_label.text() == "To upload: 3"
    assert window.sync_status.oldest_label.text() == "oldest waiting 2 min"


def test_enter_without_an_amount_asks_for_it(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow], seeded_db: Path
) -> None:
    screen = window.checkout
    scan(qtbot, screen.scan_field, member_rows[0].code, screen)
    before = counts(seeded_db)
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)
    assert screen.error_label.text() == "Type the amount of the sale first."
    assert screen.sale.amount_field.hasFocus()
    assert counts(seeded_db) == before


def test_f9_stays_within_the_offline_bound_and_needs_no_manager(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    with gui_services.factory() as s:
        device = dict(s.get(Setting, "device").value)  # type: ignore[union-attr]
    _set(gui_services, "device", {**device, "server_url": "http://127.0.0.1:8700"})
    _set(gui_services, "sync", {"cursor": "c1", "last_success_at": clock.now().isoformat()})
    member = rich_member(member_rows)
    # Points given on this till that the server has not confirmed yet: usable later,
    # not before the next sync.
    gui_services.adjust(member.code, 50_000, "welcome gift")
    allowance = gui_services.offline_allowance(member.id)
    bound = allowance.spendable
    assert allowance.bounded and 0 < bound < gui_services.card(member.id).points.available
    screen = window.checkout
    scan(qtbot, screen.scan_field, member.code, screen)
    type_slowly(qtbot, screen.sale.amount_field, "5000")
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F9)
    wait_idle(qtbot, screen)

    assert screen.sale.points_field.text() == str(bound)
    assert f"Offline: {bound:,} may be spent here until the next sync" in (
        screen.sale.points_hint.text()
    )
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)
    assert screen.error_label.isHidden(), screen.error_label.text()
    assert f"paid with {bound:,} points" in screen.done_label.text()


def test_redeeming_beyond_the_offline_bound_asks_a_manager(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
    staff_list: dict[str, str],
) -> None:
    with gui_services.factory() as s:
        device = dict(s.get(Setting, "device").value)  # type: ignore[union-attr]
    _set(gui_services, "device", {**device, "server_url": "http://127.0.0.1:8700"})
    _set(gui_services, "sync", {"cursor": "c1"})  # enrolled, never synced
    member = rich_member(member_rows)
    screen = window.checkout
    scan(qtbot, screen.scan_field, member.code, screen)
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F4)
    dialog = screen.dialog
    assert isinstance(dialog, RedeemDialog)
    wait_idle(qtbot, dialog)
    offer = next(o for o in dialog.offers() if o.points_price > 0)
    dialog.select_sku(offer.sku)
    before = counts(seeded_db)

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    override = _override_dialog(qtbot)
    override.reject()
    qtbot.waitUntil(lambda: "nothing was spent" in dialog.error_label.text())
    assert counts(seeded_db) == before

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    override = _override_dialog(qtbot)
    qtbot.keyClicks(override.manager_field, "S001-manager")
    qtbot.keyClicks(override.pin_field, staff_list["S001-manager"])
    qtbot.keyClicks(override.reason_field, "customer's birthday gift")
    override.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: screen.dialog is None)

    with sqlite3.connect(seeded_db) as conn:
        row = conn.execute(
            "SELECT json_extract(payload, '$.override.staff'), json_extract(payload, '$.sku')"
            " FROM commands WHERE kind = 'redeem_reward' AND sync_state = 'local'"
        ).fetchone()
    assert row == ("S001-manager", offer.sku)
