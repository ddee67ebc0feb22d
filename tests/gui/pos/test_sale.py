"""Ringing up a sale as a clerk: amount, preview, points, coupon, complete; what is stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.directory import MemberRow
from core.money import format_fen
from core.services import DeviceServices
from pos.window import PosWindow
from tests.gui.pos.conftest import rich_member, scan, type_slowly, wait_idle


def _sale_rows(db: Path) -> list[sqlite3.Row]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT * FROM sales ORDER BY at DESC").fetchall()


def _outbox(db: Path, kind: str) -> list[dict[str, object]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT payload FROM commands WHERE kind = ? AND sync_state = 'local'", (kind,)
        ).fetchall()
    return [json.loads(r[0]) for r in rows]


def test_amount_shows_the_earn_preview_and_complete_records_the_sale(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    screen = window.checkout
    member = rich_member(member_rows)
    scan(qtbot, screen.scan_field, member.code, screen)
    sale = screen.sale
    assert sale.amount_field.hasFocus()

    type_slowly(qtbot, sale.amount_field, "128.50")
    wait_idle(qtbot, screen)

    quote = sale.quote()
    assert quote is not None and quote.gross_fen == 12850
    assert quote.earn is not None and quote.earn.points > 0
    assert sale.earn_label.text() == f"Earns {quote.earn.points:,} points"
    assert "base" in sale.breakdown_label.text()
    assert sale.total_value.text() == format_fen(quote.paid_fen)
    assert sale.tier_value.text() == format_fen(-quote.tier_discount_fen)

    qtbot.keyClick(sale.amount_field, Qt.Key.Key_F9)  # pay with as many points as allowed
    wait_idle(qtbot, screen)
    with_points = sale.quote()
    assert with_points is not None and with_points.points_used > 0
    assert with_points.points_used == min(with_points.max_points, member.balance)
    assert with_points.paid_fen < quote.paid_fen
    assert sale.total_value.text() == format_fen(with_points.paid_fen)
    before = gui_services.card(member.id).points.available

    qtbot.keyClick(sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)

    stored = _sale_rows(seeded_db)[0]
    assert stored["member_id"] == member.id
    assert stored["gross_fen"] == 12850
    assert stored["tier_discount_fen"] == with_points.tier_discount_fen
    assert stored["points_spent"] == with_points.points_used
    assert stored["paid_fen"] == with_points.paid_fen
    assert with_points.earn is not None
    assert stored["points_earned"] == with_points.earn.points
    assert [p["sale_id"] for p in _outbox(seeded_db, "record_sale")] == [stored["id"]]
    entries = {
        e.kind: e.points for e in gui_services.ledger(member.id, 10) if e.sale_id == stored["id"]
    }
    assert entries["spend"] == -with_points.points_used
    assert entries["earn"] == with_points.earn.points
    after = gui_services.card(member.id).points.available
    assert after == before - with_points.points_used  # earned points wait out the return window

    # Back to ready, with what happened said once.
    assert screen.card() is None
    assert sale.amount_field.text() == ""
    assert screen.scan_field.hasFocus()
    done = screen.done_label.text()
    assert screen.done_label.isVisible() and stored["receipt_no"] in done
    assert f"Earned {with_points.earn.points:,} points" in done
    assert f"{with_points.points_used:,} points" in done
    assert f"now has {after:,} points available" in done


def test_f12_completes_and_lines_keep_their_categories(
    qtbot: QtBot, window: PosWindow, member_rows: list[MemberRow], seeded_db: Path
) -> None:
    screen = window.checkout
    sale = screen.sale
    scan(qtbot, screen.scan_field, member_rows[6].code, screen)
    wait_idle(qtbot, screen)
    sale.category_box.setCurrentIndex(sale.category_box.findData("fresh"))
    type_slowly(qtbot, sale.amount_field, "50")
    qtbot.mouseClick(sale.add_line_button, Qt.MouseButton.LeftButton)
    type_slowly(qtbot, sale.amount_field, "30")
    wait_idle(qtbot, screen)
    assert sale.quote() is not None and sale.quote().gross_fen == 8000  # type: ignore[union-attr]
    assert "¥50.00" in sale.lines_label.text()

    qtbot.keyClick(sale.amount_field, Qt.Key.Key_F12)
    wait_idle(qtbot, screen)

    stored = _sale_rows(seeded_db)[0]
    with sqlite3.connect(seeded_db) as conn:
        lines = conn.execute(
            "SELECT category, amount_fen FROM sale_lines WHERE sale_id = ? ORDER BY line_no",
            (stored["id"],),
        ).fetchall()
    assert lines == [("fresh", 5000), (None, 3000)]


def test_a_coupon_is_offered_applied_and_used(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    member = member_rows[7]
    gui_services.issue_coupon(member.code, "CT-90")  # 10% off, no minimum
    screen = window.checkout
    sale = screen.sale
    scan(qtbot, screen.scan_field, member.code, screen)
    wait_idle(qtbot, screen)
    assert sale.coupon_box.count() == 2 and "9折券" in sale.coupon_box.itemText(1)
    type_slowly(qtbot, sale.amount_field, "200")
    sale.coupon_box.setCurrentIndex(1)
    wait_idle(qtbot, screen)
    quote = sale.quote()
    assert quote is not None and quote.coupon_discount_fen > 0
    assert sale.coupon_value.text() == format_fen(-quote.coupon_discount_fen)

    qtbot.keyClick(sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)

    stored = _sale_rows(seeded_db)[0]
    assert stored["coupon_discount_fen"] == quote.coupon_discount_fen
    assert stored["paid_fen"] == quote.paid_fen
    assert gui_services.usable_coupons(member.id) == []


def test_f9_then_enter_before_the_figures_arrive_pays_what_fits_the_final_bill(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    member = rich_member(member_rows)
    gui_services.issue_coupon(member.code, "CT-100-10")
    screen = window.checkout
    sale = screen.sale
    scan(qtbot, screen.scan_field, member.code, screen)
    type_slowly(qtbot, sale.amount_field, "328.50")
    wait_idle(qtbot, screen)

    # A quick clerk: coupon, F9, Enter, without waiting for the screen to catch up.
    sale.coupon_box.setCurrentIndex(1)
    qtbot.keyClick(sale.amount_field, Qt.Key.Key_F9)
    qtbot.keyClick(sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)

    assert screen.error_label.isHidden(), screen.error_label.text()
    stored = _sale_rows(seeded_db)[0]
    assert stored["coupon_discount_fen"] == 1000
    net = stored["gross_fen"] - stored["tier_discount_fen"] - stored["coupon_discount_fen"]
    assert stored["points_spent"] == gui_services.max_points_for(net)  # the cap of this bill


def test_todays_benefits_are_shown_beside_the_member(
    qtbot: QtBot, window: PosWindow, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    member = next(r for r in member_rows if r.tier_code == "T3" and r.status == "active")
    gui_services.issue_coupon(member.code, "CT-200-30")
    screen = window.checkout
    assert screen.today.isHidden()

    scan(qtbot, screen.scan_field, member.code, screen)
    wait_idle(qtbot, screen)

    assert screen.today.isVisible()
    assert screen.today.discount_label.text() == "Tier discount: 8% off"
    assert screen.today.coupon_label.text() == "Coupons: 1  满200减30"
    assert screen.today.points_label.text() == "100 points pay ¥1.00; up to 50% of a bill"
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Escape)
    assert screen.today.isHidden()


def test_a_quiet_till_folds_its_write_ahead_log_into_the_database(
    qtbot: QtBot,
    window: PosWindow,
    member_rows: list[MemberRow],
    seeded_db: Path,
) -> None:
    """A sale's COMMIT writes only the log; once the till is quiet the log is copied into
    the database file, so the sale that would cross SQLite's 1,000 pages seldom comes."""
    screen = window.checkout
    window.checkpoint_timer.setInterval(60_000)  # not yet
    scan(qtbot, screen.scan_field, rich_member(member_rows).code, screen)
    type_slowly(qtbot, screen.sale.amount_field, "66")
    wait_idle(qtbot, screen)
    written = seeded_db.stat().st_mtime_ns
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)
    assert screen.done_label.isVisible()
    assert window.checkpoint_timer.isActive()  # started by the recorded sale
    assert seeded_db.stat().st_mtime_ns == written  # the sale is in the log only

    window.checkpoint_timer.setInterval(10)
    window.checkpoint_timer.start()
    qtbot.waitUntil(lambda: seeded_db.stat().st_mtime_ns != written, timeout=5000)
    with sqlite3.connect(seeded_db) as conn:
        _busy, pages, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert pages == copied
