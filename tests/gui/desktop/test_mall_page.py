"""Points mall page: a reward created through the page reaches a real central API and comes
back with the sync; it is redeemed for a member, fulfilled and shipped from the order list
(commands through the outbox); another order is cancelled and its points and stock come
back; bad input sends nothing; low stock is listed on top."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
import qasync
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from core import clock
from core.db.models import CommandRow, Member, PointAccount, Redemption, Reward, StoreStock
from core.mall_orders import OrderFilter, list_orders
from core.services import DeviceServices
from desktop.app import OperatorServices
from desktop.pages.mall import MallPage
from desktop.pages.mall.page import ORDERS_TAB
from sync.service import SyncService
from tests.gui.desktop.rulebook_fixtures import (  # noqa: F401  (fixtures)
    BackOffice,
    backoffice,
    finish,
    qloop,
    until,
)
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import central, private_keyring  # noqa: F401  (fixtures)
from ui.admin_session import AdminSession
from ui.sync_bridge import SyncBridge

ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)


def open_page(
    qtbot: QtBot, services: DeviceServices, *, bridge: SyncBridge | None = None
) -> MallPage:
    page = MallPage(services, AdminSession(), sync_bridge=bridge)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    page.start()
    qtbot.waitUntil(lambda: page.catalog_panel.catalog is not None and not page.is_busy())
    return page


def type_reward(page: MallPage, **texts: str) -> None:
    panel = page.catalog_panel
    panel.new_reward()
    for name, text in texts.items():
        if name == "kind":
            panel.kind_box.setCurrentIndex(panel.kind_box.findData(text))
        elif name == "stock_mode":
            panel.stock_box.setCurrentIndex(panel.stock_box.findData(text))
        else:
            panel.fields[name].setText(text)


def rich_member(services: DeviceServices) -> str:
    """A member of S001 with points to spend (the seeded ones may have few)."""
    with services.factory() as s:
        code = (
            s.execute(
                select(Member.code)
                .join(PointAccount, PointAccount.member_id == Member.id)
                .where(Member.status == "active", PointAccount.frozen.is_(False))
                .order_by(Member.code)
            )
            .scalars()
            .first()
        )
    assert code is not None
    services.adjust(code, 50_000, "points for the mall test")
    return code


def balance(services: DeviceServices, code: str) -> int:
    return services.find(code).points.balance


def test_bad_input_is_named_and_nothing_is_saved(
    qtbot: QtBot,
    gui_services: DeviceServices,
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    page = open_page(qtbot, gui_services)
    panel = page.catalog_panel
    assert panel.model.rowCount() > 0
    before = panel.model.rowCount()
    type_reward(
        page,
        sku="RW-BAD",
        name="帆布袋",
        category="家居",
        points_price="800",
        cash_yuan="12.505",  # a third decimal is not money
        per_member_limit="two",
        valid_from="2026-13-01",
    )
    finish(qloop, panel.save())
    assert panel.save_status.text() == "Nothing was sent: correct the fields marked in red."
    error = panel.form_error.text()
    assert "Cash (¥): not an amount in yuan (for example 12.50)" in error
    assert "Limit per member: not a whole number" in error
    assert "Valid from: not a date (YYYY-MM-DD)" in error
    assert "background-color" in panel.fields["cash_yuan"].styleSheet()
    # Right input on a standalone database: said plainly, nothing pretended.
    panel.fields["cash_yuan"].setText("12.50")
    panel.fields["per_member_limit"].setText("2")
    panel.fields["valid_from"].setText("")
    finish(qloop, panel.save())
    assert "needs a connection to the central server" in panel.save_status.text()
    assert panel.form_error.text() == "" and panel.fields["cash_yuan"].styleSheet() == ""
    with gui_services.factory() as s:
        assert s.get(Reward, "RW-BAD") is None
    # The search box narrows the table.
    panel.search_field.setText("no reward is called this")
    assert panel.model.rowCount() == 0
    panel.search_field.setText("")
    assert panel.model.rowCount() == before


def test_low_stock_is_listed_on_top(qtbot: QtBot, gui_services: DeviceServices) -> None:
    with gui_services.factory() as s, s.begin():
        s.execute(update(Reward).values(central_stock=100))
        s.execute(update(StoreStock).values(quantity=100))
        sku = s.execute(
            select(StoreStock.sku)
            .join(Reward, Reward.sku == StoreStock.sku)
            .where(Reward.active.is_(True), StoreStock.store_code == "S001")
        ).scalar()
        s.execute(
            update(StoreStock)
            .where(StoreStock.sku == sku, StoreStock.store_code == "S001")
            .values(quantity=3)
        )
    page = open_page(qtbot, gui_services)
    assert page.alerts_list.count() == 1
    assert page.alerts_list.item(0).text().startswith(f"{sku} ")
    assert page.alerts_list.item(0).text().endswith("S001: 3 left")
    page.threshold_spin.setValue(2)
    qtbot.waitUntil(lambda: not page.is_busy() and page.alerts_list.count() == 0)
    assert "no reward on the shelf is at or below 2" in page.alerts_title.text()


@ON_SQLITE
def test_create_redeem_fulfil_ship_and_cancel(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    # The back office's services name the signed-in staff on every command, as the app's do.
    services = OperatorServices(backoffice.services, "backoffice", lambda: None)
    member = rich_member(services)
    backoffice.sync(qloop)  # the points are confirmed: spending them is within offline bounds
    service = SyncService(services.factory, interval=3600)
    bridge = SyncBridge()
    page = open_page(qtbot, services, bridge=bridge)
    qtbot.waitUntil(lambda: page.session.server_url == backoffice.central.url)
    page.session.signed_in("backoffice", backoffice.token())
    bridge.attach(service)
    panel, orders = page.catalog_panel, page.orders_panel

    async def scenario() -> None:
        sync_task = asyncio.ensure_future(service.run_forever())
        try:
            # A new reward: 600 points + ¥12.50, 4 in central stock, 2 per member.
            type_reward(
                page,
                sku="RW-MUG",
                name="马克杯",
                category="家居",
                points_price="600",
                cash_yuan="12.50",
                central_stock="4",
                per_member_limit="2",
            )
            await panel.save()
            assert "RW-MUG saved on the central server" in panel.save_status.text()
            shelf = await asyncio.to_thread(server_shelf, backoffice)
            assert (shelf["RW-MUG"]["points_price"], shelf["RW-MUG"]["cash_price_fen"]) == (
                600,
                1250,
            )
            # The save nudged the sync; the pull brings it to the table.
            await until(lambda: panel.select("RW-MUG") and not page.is_busy(), timeout=60)
            row = panel.selected()
            assert row is not None and row.central_stock == 4 and row.cash_price_fen == 1250
            assert panel.fields["cash_yuan"].text() == "12.50"
            # 4 left is low (at or below 5): listed on top.
            await until(lambda: any("RW-MUG" in t for t in alert_texts(page)))

            # Two redemptions at the counter (through the device services, as the POS does).
            points_before = balance(services, member)
            when = clock.now() - timedelta(minutes=1)
            first = services.redeem(member, "RW-MUG", at=when).result["redemption_id"]
            second = services.redeem(member, "RW-MUG").result["redemption_id"]
            assert balance(services, member) == points_before - 1200
            page.tabs.setCurrentIndex(ORDERS_TAB)
            orders.member_field.setText(member)
            orders.reload()
            await until(lambda: orders.model.rowCount() == 2 and not orders.is_busy())
            assert orders.model.rows()[0].id == second  # newest first

            # Fulfil, then ship, the first.
            assert orders.select(first)
            assert orders.fulfil_button.isEnabled() and not orders.ship_button.isEnabled()
            orders.fulfil_button.click()
            await until(lambda: state_of(orders, first) == "fulfilled" and not orders.is_busy())
            assert orders.select(first)
            assert orders.ship_button.isEnabled() and not orders.fulfil_button.isEnabled()
            orders.ship_button.click()
            await until(lambda: state_of(orders, first) == "shipped" and not orders.is_busy())
            assert orders.select(first)
            assert not orders.cancel_button.isEnabled()  # a shipped order stays shipped

            # Cancel the second: its points and stock come back.
            assert orders.select(second)
            orders.cancel_button.click()
            dialog = orders.dialog
            assert dialog is not None
            dialog.reason_field.setText("member changed their mind")  # type: ignore[attr-defined]
            dialog.confirm()  # type: ignore[attr-defined]
            await until(lambda: state_of(orders, second) == "cancelled" and not orders.is_busy())
            assert balance(services, member) == points_before - 600
            with services.factory() as s:
                assert s.get(Reward, "RW-MUG").central_stock == 3  # type: ignore[union-attr]

            # The fulfil and ship went through the outbox and reached the server once.
            bridge.nudge()
            await until(lambda: outbox_empty(services), timeout=60)
            server = await asyncio.to_thread(server_redemption, backoffice, first)
            assert server == ("completed", "shipped")
            assert await asyncio.to_thread(server_redemption, backoffice, second) == (
                "cancelled",
                "placed",
            )
            orders.state_box.setCurrentIndex(orders.state_box.findData("shipped"))
            await until(lambda: not orders.is_busy() and orders.model.rowCount() == 1)
            page.tabs.setCurrentIndex(0)
            page.catalog_panel.select("RW-MUG")
            page.grab().save("/tmp/mall.png")
            page.tabs.setCurrentIndex(ORDERS_TAB)
            page.grab().save("/tmp/mall_orders.png")
        finally:
            service.stop()
            await asyncio.wait_for(sync_task, 30)

    try:
        qloop.run_until_complete(scenario())
    finally:
        bridge.detach()
    assert list_orders(services.factory, OrderFilter(member_code=member, state="shipped"))


def alert_texts(page: MallPage) -> list[str]:
    return [page.alerts_list.item(i).text() for i in range(page.alerts_list.count())]


def state_of(orders: Any, redemption_id: str) -> str | None:
    return next((r.state for r in orders.model.rows() if r.id == redemption_id), None)


def outbox_empty(services: DeviceServices) -> bool:
    with services.factory() as s:
        return (
            s.execute(select(CommandRow.id).where(CommandRow.sync_state == "local")).first() is None
        )


def server_shelf(bo: BackOffice) -> dict[str, Any]:
    with bo.http() as http:
        r = http.get("/v1/rewards")
        assert r.status_code == 200, r.text
        return {x["sku"]: x for x in r.json()}


def server_redemption(bo: BackOffice, redemption_id: str) -> tuple[str, str]:
    from server.db import open_server_db

    factory = open_server_db(bo.central.database_url, migrate=False)
    try:
        with factory() as s:
            red = s.get(Redemption, redemption_id)
            assert red is not None
            return red.status, red.fulfilment
    finally:
        factory.kw["bind"].dispose()


@ON_SQLITE
def test_edit_allocate_and_refusals_reach_the_server_or_nothing(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    services = backoffice.services
    service = SyncService(services.factory, interval=3600)
    bridge = SyncBridge()
    page = open_page(qtbot, services, bridge=bridge)
    qtbot.waitUntil(lambda: page.session.server_url == backoffice.central.url)
    bridge.attach(service)
    panel = page.catalog_panel
    before = server_shelf(backoffice)
    assert "RW0004" in before and before["RW0004"]["stock_mode"] == "store"

    async def scenario() -> None:
        sync_task = asyncio.ensure_future(service.run_forever())
        try:
            # A clerk is told, and nothing changes.
            page.session.signed_in("S001-clerk", backoffice.token("S001-clerk"))
            assert panel.select("RW0004")
            panel.fields["points_price"].setText("900")
            await panel.save()
            assert panel.save_status.text() == (
                "S001-clerk may not make this change to the points mall."
            )
            page.session.signed_in("backoffice", backoffice.token())
            # A price that is not a whole number: named, nothing sent.
            panel.fields["points_price"].setText("850.5")
            await panel.save()
            assert "Points price: not a whole number" in panel.form_error.text()
            assert panel.save_status.text() == (
                "Nothing was sent: correct the fields marked in red."
            )
            assert await asyncio.to_thread(server_shelf, backoffice) == before

            # Edit: a new price and off the shelf; only the changed fields are sent.
            panel.fields["points_price"].setText("950")
            panel.active_box.setChecked(False)
            await panel.save()
            assert "RW0004 saved on the central server" in panel.save_status.text()
            assert "RW0004" not in await asyncio.to_thread(server_shelf, backoffice)
            # Allocate S002's stock of the same reward.
            panel.store_box.setCurrentIndex(panel.store_box.findData("S002"))
            panel.quantity_field.setText("many")
            await panel.allocate()
            assert panel.save_status.text() == "Quantity: not a whole number. Nothing was sent."
            panel.quantity_field.setText("1,234")
            await panel.allocate()
            assert panel.save_status.text().startswith("S002 now holds 1234 of RW0004")

            # The sync the saves nudged brings both back to the table and the form.
            def back() -> bool:
                row = panel.catalog.reward("RW0004") if panel.catalog else None
                return (
                    row is not None
                    and row.points_price == 950
                    and not row.active
                    and row.store_stock.get("S002") == 1234
                )

            await until(back, timeout=60)
            await until(lambda: not page.is_busy())
            assert panel.fields["points_price"].text() == "950"
            assert not panel.active_box.isChecked()
            assert "S002: 1,234" in panel.allocation_label.text()
        finally:
            service.stop()
            await asyncio.wait_for(sync_task, 30)

    try:
        qloop.run_until_complete(scenario())
    finally:
        bridge.detach()
