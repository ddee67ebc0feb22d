"""The member detail's Benefits tab: the tier's benefits with quota used and left, the
uses, and granting a free-shipping coupon or a birthday gift the way head-office staff do
it, through the ``use_benefit`` command that the core checks."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core import clock
from core.directory import MemberRow
from core.services import DeviceServices
from desktop.main_window import MainWindow
from desktop.pages.member_detail import MemberDetailPage
from tests.gui.desktop.conftest import outbox, shoot, wait_idle


def _open(qtbot: QtBot, window: MainWindow, member: MemberRow) -> MemberDetailPage:
    window.open_member(member.id)
    detail = window.detail_page
    qtbot.waitUntil(lambda: (c := detail.card()) is not None and c.id == member.id)
    wait_idle(qtbot, detail)
    detail.tabs.setCurrentWidget(detail.benefits_tab)
    return detail


def _row_of(detail: MemberDetailPage, benefit_id: str) -> int:
    rows = detail.benefits_tab.benefits_model.rows()
    return next(i for i, b in enumerate(rows) if b.benefit_id == benefit_id)


def _cell(detail: MemberDetailPage, row: int, col: int) -> str:
    model = detail.benefits_tab.benefits_model
    return str(model.data(model.index(row, col)))


def test_granting_free_shipping_coupons_until_the_quota_is_used(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: DeviceServices,
    seeded_db: Path,
    member_rows: list[MemberRow],
) -> None:
    member = next(
        r for r in member_rows if r.tier_code == "T3" and r.status == "active" and not r.frozen
    )
    detail = _open(qtbot, window, member)
    tab = detail.benefits_tab
    assert tab.tier_caption.text() == f"Benefits of {gui_services.card(member.id).tier_name}"
    row = _row_of(detail, "T3.free_shipping")
    line = tab.benefits_model.rows()[row]
    assert line.quota == 2 and line.left is not None
    assert _cell(detail, row, 0) == "Free-shipping coupon"
    assert _cell(detail, row, 3) == f"{line.left} of 2"
    # A benefit that applies at every sale is not handed out.
    tab.benefits_view.selectRow(_row_of(detail, "T3.discount"))
    assert _cell(detail, _row_of(detail, "T3.discount"), 0) == "8% off every purchase"
    assert not tab.grant_button.isEnabled()

    coupons_before = detail.coupons_model.rowCount()
    uses_before = tab.uses_model.rowCount()
    for n in range(line.left):
        tab.benefits_view.selectRow(_row_of(detail, "T3.free_shipping"))
        assert tab.grant_button.isEnabled()
        before = outbox(seeded_db)
        qtbot.mouseClick(tab.grant_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda before=before: len(outbox(seeded_db)) == len(before) + 1)
        qtbot.waitUntil(lambda n=n: tab.uses_model.rowCount() == uses_before + n + 1)
        wait_idle(qtbot, detail)
        kind, payload = outbox(seeded_db)[-1]
        assert kind == "use_benefit"
        assert json.loads(payload)["benefit_id"] == "T3.free_shipping"
        assert "Free-shipping coupon" in detail.message_label.text()
        assert detail.coupons_model.rowCount() == coupons_before + n + 1
    row = _row_of(detail, "T3.free_shipping")
    assert _cell(detail, row, 3) == "0 of 2"
    tab.benefits_view.selectRow(row)
    assert not tab.grant_button.isEnabled()
    newest = tab.uses_model.rows()[0]
    assert (newest.benefit_id, newest.kind) == ("T3.free_shipping", "free_shipping_coupon")
    assert newest.period_key == clock.now().strftime("%Y-%m")
    shoot(window, "13-benefits-granted-en")


def test_a_birthday_gift_outside_the_birthday_month_is_refused_and_nothing_is_queued(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: DeviceServices,
    seeded_db: Path,
    member_rows: list[MemberRow],
) -> None:
    month = clock.now().month
    member = next(
        r
        for r in member_rows
        if r.tier_code in ("T2", "T3", "T4")
        and r.status == "active"
        and not r.frozen
        and (b := gui_services.card(r.id).birthday) is not None
        and b.month != month
    )
    detail = _open(qtbot, window, member)
    tab = detail.benefits_tab
    row = _row_of(detail, f"{member.tier_code}.birthday_gift")
    assert tab.benefits_model.rows()[row].left == 1
    tab.benefits_view.selectRow(row)
    assert _cell(detail, row, 0).startswith("Birthday gift: ")
    before = outbox(seeded_db)
    balance = gui_services.card(member.id).points.balance
    qtbot.mouseClick(tab.grant_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.message_label.text().startswith("Not granted: "))
    wait_idle(qtbot, detail)
    assert "birthday month" in detail.message_label.text()
    assert outbox(seeded_db) == before
    assert gui_services.card(member.id).points.balance == balance
    # The page read the member again: the button is usable for another try.
    tab.benefits_view.selectRow(_row_of(detail, f"{member.tier_code}.birthday_gift"))
    assert tab.grant_button.isEnabled()


def test_a_tier_without_benefits_says_so(
    qtbot: QtBot, window: MainWindow, member_rows: list[MemberRow]
) -> None:
    member = next(r for r in member_rows if r.tier_code == "T0" and r.status == "active")
    detail = _open(qtbot, window, member)
    tab = detail.benefits_tab
    assert tab.benefits_model.rowCount() == 0
    assert tab.tier_caption.text().endswith("tier has no benefits.")
    assert not tab.grant_button.isEnabled()
