"""Refund (F5), redeem (F4), enrol (F3), help (F1), Esc: driven by keys, checked in the database."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from core import clock
from core.directory import MemberRow
from core.services import DeviceServices, SaleLineInput
from pos.enrol_dialog import EnrolDialog
from pos.receipt import receipt_html
from pos.redeem_dialog import RedeemDialog
from pos.refund_dialog import RefundDialog
from pos.window import PosWindow
from tests.gui.pos.conftest import counts, rich_member, scan, type_slowly, wait_idle


def _ok(dialog: QDialogButtonBox) -> None:
    button = dialog.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    button.click()


def test_refund_by_receipt_number_shows_and_reverses_the_points(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    member = rich_member(member_rows)
    sold = gui_services.record_sale([SaleLineInput(20_000)], member_key=member.code).result
    assert sold["points_earned"] > 0
    balance = gui_services.card(member.id).points.balance
    screen = window.checkout

    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F5)
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog)
    qtbot.keyClicks(dialog.receipt_field, sold["receipt_no"])
    qtbot.keyClick(dialog.receipt_field, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    preview = dialog.preview()
    assert preview is not None and preview.points_reversed == sold["points_earned"]
    assert f"{sold['points_earned']:,} points taken back" in dialog.preview_label.text()
    assert dialog.amount_field.hasFocus()

    _ok(dialog.buttons)
    qtbot.waitUntil(lambda: screen.dialog is None)
    wait_idle(qtbot, screen)

    with sqlite3.connect(seeded_db) as conn:
        refund = conn.execute("SELECT amount_fen, points_reversed FROM refunds").fetchall()
        outbox = conn.execute(
            "SELECT count(*) FROM commands WHERE kind = 'refund_sale' AND sync_state = 'local'"
        ).fetchone()[0]
    assert refund == [(sold["gross_fen"] - sold["tier_discount_fen"], sold["points_earned"])]
    assert outbox == 1
    assert gui_services.card(member.id).points.balance == balance - sold["points_earned"]
    assert f"{sold['points_earned']:,} points taken back" in screen.done_label.text()


def test_partial_refund_from_the_members_recent_sales(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    member = rich_member(member_rows)
    sold = gui_services.record_sale([SaleLineInput(10_000)], member_key=member.code).result
    screen = window.checkout
    scan(qtbot, screen.scan_field, member.code, screen)

    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F5)
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog)
    qtbot.waitUntil(lambda: dialog.recent_list.count() > 0)
    assert sold["receipt_no"] in dialog.recent_list.item(0).text()
    dialog.recent_list.setCurrentRow(0)
    wait_idle(qtbot, dialog)
    half = (sold["gross_fen"] - sold["tier_discount_fen"]) // 2
    qtbot.keyClicks(dialog.amount_field, f"{half // 100}.{half % 100:02d}")
    preview = dialog.preview()
    assert preview is not None and 0 < preview.points_reversed < sold["points_earned"]
    assert preview.amount_fen == half

    qtbot.keyClick(dialog.amount_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)

    with sqlite3.connect(seeded_db) as conn:
        refund = conn.execute("SELECT amount_fen, points_reversed FROM refunds").fetchall()
    assert refund == [(half, preview.points_reversed)]


def test_unknown_receipt_is_said_and_nothing_written(
    qtbot: QtBot, window: PosWindow, seeded_db: Path
) -> None:
    screen = window.checkout
    before = counts(seeded_db)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F5)
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog)
    qtbot.keyClicks(dialog.receipt_field, "R000000NOPE")
    qtbot.keyClick(dialog.receipt_field, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert dialog.error_label.text() == "No sale “R000000NOPE”."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert counts(seeded_db) == before


def test_redeem_takes_points_and_stock(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    member = rich_member(member_rows)
    card = gui_services.card(member.id)
    screen = window.checkout
    scan(qtbot, screen.scan_field, member.code, screen)

    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F4)
    dialog = screen.dialog
    assert isinstance(dialog, RedeemDialog)
    wait_idle(qtbot, dialog)
    offers = dialog.offers()
    stocked = [o for o in offers if o.stock is not None and o.points_price <= card.points.available]
    assert stocked, "the demo catalog has stocked rewards this member can afford"
    rewards = {r.sku: (r, stock) for r, stock in gui_services.rewards_here()}
    for o in offers:  # only what this store has and this tier may take
        reward, stock = rewards[o.sku]
        assert stock is None or stock > 0
        assert reward.min_tier_rank <= card.tier_rank
    offer = stocked[0]
    dialog.select_sku(offer.sku)
    row = dialog.table.currentRow()
    assert dialog.table.item(row, RedeemDialog.STOCK).text() == f"{offer.stock:,}"

    _ok(dialog.buttons)
    qtbot.waitUntil(lambda: screen.dialog is None)
    wait_idle(qtbot, screen)

    after = dict(gui_services.rewards_here())
    stock_after = next(s for r, s in after.items() if r.sku == offer.sku)
    assert stock_after == offer.stock - 1  # type: ignore[operator]
    assert gui_services.card(member.id).points.available == (
        card.points.available - offer.points_price
    )
    assert screen.panel.available_label.text() == (
        f"{card.points.available - offer.points_price:,}"
    )
    assert "Redeemed 1 ×" in screen.done_label.text()


def test_out_of_stock_is_said_and_nothing_written(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    member = rich_member(member_rows)
    screen = window.checkout
    scan(qtbot, screen.scan_field, member.code, screen)
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F4)
    dialog = screen.dialog
    assert isinstance(dialog, RedeemDialog)
    wait_idle(qtbot, dialog)
    offer = next(o for o in dialog.offers() if o.stock is not None)
    dialog.select_sku(offer.sku)
    # Another till hands out the last ones while this customer decides.
    with sqlite3.connect(seeded_db) as conn:
        conn.execute("UPDATE store_stock SET quantity = 0 WHERE sku = ?", (offer.sku,))
        conn.execute("UPDATE rewards SET central_stock = 0 WHERE sku = ?", (offer.sku,))
    before = counts(seeded_db)

    _ok(dialog.buttons)
    wait_idle(qtbot, dialog)

    assert f"Reward {offer.sku}: 0 in stock" in dialog.error_label.text()
    assert dialog.isVisible()
    assert counts(seeded_db) == before


def test_enrol_selects_the_new_member_and_keeps_the_amount(
    qtbot: QtBot, window: PosWindow, gui_services: DeviceServices, seeded_db: Path
) -> None:
    screen = window.checkout
    screen.sale.amount_field.setFocus()
    type_slowly(qtbot, screen.sale.amount_field, "66")
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F3)
    dialog = screen.dialog
    assert isinstance(dialog, EnrolDialog)
    qtbot.waitUntil(dialog.name_field.hasFocus)
    dialog.name_field.insert("张小明")  # what an input method commits
    qtbot.keyClicks(dialog.phone_field, "13912345678")
    qtbot.keyClick(dialog.phone_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    wait_idle(qtbot, screen)

    card = screen.card()
    assert card is not None and card.phone == "13912345678"
    assert screen.panel.name_label.text().startswith("张")
    assert screen.sale.amount_field.text() == "66"
    assert gui_services.find("13912345678").id == card.id


def test_enrol_with_a_taken_phone_says_so(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow], seeded_db: Path
) -> None:
    screen = window.checkout
    before = counts(seeded_db)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F3)
    dialog = screen.dialog
    assert isinstance(dialog, EnrolDialog)
    dialog.name_field.insert("李四")
    qtbot.keyClicks(dialog.phone_field, member_rows[0].phone)
    qtbot.keyClick(dialog.phone_field, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert dialog.error_label.text() == (
        f"This phone number already belongs to member {member_rows[0].code}."
    )
    assert dialog.isVisible() and dialog.phone_field.hasFocus()
    assert counts(seeded_db) == before


def test_f1_shows_the_keys_and_esc_hides_them_then_clears(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow]
) -> None:
    screen = window.checkout
    scan(qtbot, screen.scan_field, member_rows[0].code, screen)
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F1)
    assert screen.help.isVisible()
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Escape)
    assert not screen.help.isVisible()
    assert screen.card() is not None
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Escape)
    assert screen.card() is None
    assert screen.scan_field.hasFocus()


def test_refund_of_points_already_spent_shows_the_debt_it_leaves(
    qtbot: QtBot, window: PosWindow, gui_services: DeviceServices, seeded_db: Path
) -> None:
    code = gui_services.enrol("赵六", "13700001111").result["code"]
    # Bought ten days ago (the earned points are out of the return window) ...
    sold = gui_services.record_sale(
        [SaleLineInput(100_000)], member_key=code, at=clock.now() - timedelta(days=10)
    ).result
    earned = sold["points_earned"]
    # ... and spent most of them on rewards since.
    gui_services.redeem(code, "RW0002", 3)  # 300 points each
    held = gui_services.find(code).points
    assert held.available + held.locked < earned
    screen = window.checkout
    scan(qtbot, screen.scan_field, code, screen)

    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F5)
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog)
    qtbot.keyClicks(dialog.receipt_field, sold["receipt_no"])
    qtbot.keyClick(dialog.receipt_field, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    debt = earned - (held.available + held.locked)
    assert f"does not have {debt:,} of these points" in dialog.preview_label.text()

    _ok(dialog.buttons)
    qtbot.waitUntil(lambda: screen.dialog is None)
    wait_idle(qtbot, screen)

    with sqlite3.connect(seeded_db) as conn:
        created = conn.execute("SELECT debt_created FROM refunds").fetchone()[0]
    assert created == debt
    assert gui_services.find(code).points.debt == debt
    assert f"Points debt: {debt:,}." in screen.done_label.text()
    assert screen.panel.debt_label.isVisible()


def test_f8_prints_the_last_receipt_as_a_pdf_on_a_till_without_a_printer(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow], tmp_path: Path
) -> None:
    screen = window.checkout
    screen.receipts_folder = tmp_path
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F8)
    assert screen.error_label.text() == "No sale to print yet."

    member = rich_member(member_rows)
    scan(qtbot, screen.scan_field, member.code, screen)
    type_slowly(qtbot, screen.sale.amount_field, "88")
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)
    assert screen.last_sale is not None
    result, card, at = screen.last_sale
    text = receipt_html(result, card, at)
    assert result["receipt_no"] in text
    assert f"Points earned: {result['points_earned']:,}" in text
    assert f"Points available: {card.points.available:,}" in text
    assert "Pending sync" in text  # a standalone till: nothing is uploaded

    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F8)

    pdf = tmp_path / f"{result['receipt_no']}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert screen.done_label.text() == f"Receipt printed: {pdf}"
